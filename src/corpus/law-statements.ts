import { assignmentBans, consentConditions, type AssignmentBan, type ConsentCondition } from './consent-conditions.js';
import { immediateDuties, type ImmediateDuty } from './immediate-duties.js';
import { countedByLaw, notCountedIn, type CountStatement } from './not-counted.js';
import { oralRequests } from './oral-requests.js';
import { writtenFormClause } from './removed-duties.js';
import { lawBans, statedDuties, type LawBan, type LawDuty } from './reversed-modals.js';
import { lawPrerequisites, type LawPrerequisite } from './deferred-steps.js';
import { lawEffects, type LawEffect } from './effect-moments.js';
import { standardFloors, type StandardFloor } from './standard-floors.js';
import { yearlyDeadlines, type YearlyDeadline } from './yearly-deadlines.js';
import type { SearchHit, StatementIndexer, StoredProvision } from './store.js';

/**
 * Statements a model reads out of the laws' provisions that do not depend on the document checked: the laws' outright bans,
 * their duties, the requests they let be made by word of mouth. Reading them means a full-text search and a parse of some
 * thousands of provisions (about 0.1 s), so `corpus import` reads them once and stores them (table law_statement); a corpus
 * written by a release whose readers differ is read on the fly instead, with the same result.
 */

export interface LawStatementKinds {
  duties: LawDuty;
  bans: LawBan;
  oral: { kind: string; sentence: string };
  /** Days the law keeps out of a count (探亲假…不计入年休假假期). */
  notCounted: CountStatement;
  /** What the law counts into another count (服现役年限视同失业保险缴费年限). */
  counted: CountStatement;
  yearly: YearlyDeadline;
  /** A clause that asks for writing, and the act it names before it (变更劳动合同，应当采用书面形式). */
  written: { own: string; before: string };
  /** An act the law allows only with a person's agreement (经与劳动者协商一致，可以…). */
  consent: ConsentCondition;
  /** A duty the law wants done at once (立即…通知). */
  immediate: ImmediateDuty;
  /** Work the law bars outright for a protected worker (不得安排未成年工从事…). */
  assignmentBan: AssignmentBan;
  /** A payment kept at or above a public standard (失业保险金…不得低于城市居民最低生活保障标准). */
  floors: StandardFloor;
  /** A step the law puts before an act (未经法制审核或者审核未通过的，不得作出决定). */
  prerequisites: LawPrerequisite;
  /** When a paper takes effect (调解书经双方当事人签收后，发生法律效力). */
  effects: LawEffect;
}
export type LawStatementKind = keyof LawStatementKinds;

interface KindSpec<T> {
  /** Words every provision that states one contains, searched in this order. */
  queries: string[];
  /** Most provisions read per query, as ranked by the full-text index. */
  limit: number;
  read(text: string): T[];
}

export const LAW_STATEMENT_KINDS: { [K in LawStatementKind]: KindSpec<LawStatementKinds[K]> } = {
  duties: { queries: ['应当', '必须'], limit: 8000, read: statedDuties },
  bans: { queries: ['不得', '禁止', '严禁'], limit: 5000, read: lawBans },
  oral: { queries: ['口头'], limit: 2000, read: oralRequests },
  notCounted: { queries: ['不计入', '不计算在', '不算入'], limit: 500, read: notCountedIn },
  counted: { queries: ['视同', '计算为', '计为'], limit: 500, read: countedByLaw },
  yearly: { queries: ['每年'], limit: 2000, read: yearlyDeadlines },
  written: {
    queries: ['书面'],
    limit: 5000,
    read: (text) => text.split(/[。；]/u).flatMap((sentence) => writtenFormClause(sentence) ?? []),
  },
  consent: { queries: ['协商一致', '同意'], limit: 3000, read: consentConditions },
  immediate: { queries: ['立即'], limit: 500, read: immediateDuties },
  assignmentBan: { queries: ['不得安排'], limit: 500, read: assignmentBans },
  floors: { queries: ['不得低于'], limit: 2000, read: standardFloors },
  prerequisites: { queries: ['未经', '先行', '催告', '之前'], limit: 3000, read: lawPrerequisites },
  effects: { queries: ['生效', '发生法律效力'], limit: 3000, read: lawEffects },
};

/**
 * The version of the readers above. A stored corpus whose statements were written under another version is read on the fly;
 * a test compares a digest of what the readers find in the shared corpus with the one recorded for this version, so that a
 * reader changed without a new version fails the suite instead of leaving stale statements in users' corpora.
 */
export const STATEMENTS_VERSION = 'statements-5';

export interface ReadStatement<T> {
  provision: StoredProvision;
  statement: T;
}

type Search = (query: string, options: { limit: number }) => { hits: SearchHit[] };

/** Every statement of one kind in the corpus, in the order of its queries and of the index's ranking within each. */
export function readLawStatements<K extends LawStatementKind>(kind: K, search: Search): Array<ReadStatement<LawStatementKinds[K]>> {
  const spec = LAW_STATEMENT_KINDS[kind] as KindSpec<LawStatementKinds[K]>;
  return spec.queries.flatMap((query) =>
    search(query, { limit: spec.limit }).hits.flatMap((hit) => spec.read(hit.provision.text).map((statement) => ({ provision: hit.provision, statement }))),
  );
}

export const statementIndexer: StatementIndexer = {
  version: STATEMENTS_VERSION,
  kinds: Object.keys(LAW_STATEMENT_KINDS),
  read: (kind, search) => readLawStatements(kind as LawStatementKind, search),
};
