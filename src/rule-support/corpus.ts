import { articleAt } from '../document/structure/locate.js';
import type { LegalDocument } from '../document/model.js';
import { formatChineseDate } from '../zh/dates.js';
import type { CorpusApi } from '../corpus/api.js';
import type { StoredLaw } from '../corpus/store.js';
import { KIND_RANK, NATIONAL } from '../document/profile/kinds.js';
import { PROVINCES, regionOf, titleKey } from '../corpus/titles.js';
import type { LawLevel } from '../corpus/types.js';

/** Helpers the corpus rules share: the document's date and region, and which stored laws rank above it. */

/** The date the document speaks from: its profile's reference date (成文日期, else its latest revision or publication), else --as-of. */
export function documentDate(doc: LegalDocument, asOf: string): string {
  return doc.profile?.dates.reference.value ?? doc.closing.signedDate?.iso ?? asOf;
}

/**
 * The province whose local law applies: the profile's region (null for a
 * national document: only national law ranks above it); without a profile,
 * the issuer's or title's province, else settings.region, else 湖南省.
 */
export function documentRegion(doc: LegalDocument, settings: Readonly<Record<string, unknown>>): string | null {
  if (doc.profile) return doc.profile.region.value === NATIONAL ? null : doc.profile.region.value;
  for (const f of [...doc.header.issuers, ...doc.closing.signatories]) {
    const r = regionOf(f.text);
    if (r) return r;
  }
  const fromTitle = doc.header.title ? regionOf(doc.header.title.text) : null;
  if (fromTitle) return fromTitle;
  const configured = settings.region;
  if (typeof configured === 'string' && (PROVINCES as readonly string[]).includes(configured)) return configured;
  return '湖南省';
}

export function chineseDate(iso: string | null): string {
  return iso ? formatChineseDate(iso) : '';
}

/** Rank of a 行政规范性文件 (the document under review when nothing else is known). */
export const DRAFT_RANK = 4;

/** Rank of a stored law by its level: a 地方性法规 prevails over 规章 (立法法), which KIND_RANK also says. */
const STORED_RANK: Record<LawLevel, number | null> = {
  宪法: 0,
  法律: 1,
  行政法规: 2,
  地方性法规: 3,
  部门规章: 3.5,
  地方政府规章: 3.5,
  规范性文件: 4,
  司法解释: null,
};

/** Rank of a normative document of the State Council's departments, against a local one (DRAFT_RANK). */
const NATIONAL_NORMATIVE_RANK = 3.8;

export interface HigherLaw {
  law: StoredLaw;
  rank: number;
  /** Date used to order laws of equal rank (the later prevails). */
  date: string;
}

/** Title keys the document is known by: its title, the instrument a 印发 notice issues, the titles in its body. */
function ownTitleKeys(doc: LegalDocument): Set<string> {
  const keys = new Set<string>();
  const title = doc.header.title?.text.replace(/[\s\u3000]/g, '');
  if (title) {
    keys.add(titleKey(title));
    const issued = /印发[^《]*《([^》]+)》/u.exec(title);
    if (issued) keys.add(titleKey(issued[1]));
  }
  for (const t of doc.bodyTitles ?? []) keys.add(titleKey(t.text.replace(/[\s\u3000]/g, '')));
  return keys;
}

/**
 * The personnel a law governs when its title names them, against the personnel a document's title is about: the civil service
 * law binds civil servants (and institutions run as civil service, 参照公务员法管理), not the staff of public institutions, whose
 * own regulation does not bind civil servants either. A document whose title names both, or neither, keeps every law.
 */
const CIVIL_SERVICE_LAW = /公务员/u;
const INSTITUTION_STAFF_LAW = /事业单位/u;
function outsidePersonnel(lawTitle: string, docTitle: string): boolean {
  // 机关事业单位工作人员: the staff of both, civil servants among them.
  const civil = /公务员|参照公务员法|参公|机关(?=事业单位|工作人员)/u.test(docTitle);
  const institution = /事业单位/u.test(docTitle);
  if (civil === institution) return false;
  return civil ? INSTITUTION_STAFF_LAW.test(lawTitle) : CIVIL_SERVICE_LAW.test(lawTitle);
}

/**
 * The candidate filter of the conflict rules: stored laws a document must
 * conform to. Only sources of higher rank than the document's own kind
 * (法律 > 行政法规 > 地方性法规 > 规章 > 规范性文件; a 部门规章 has no 地方性法规
 * above it), national or of the document's own region, in force on the
 * document's date (the version in force then, when the corpus holds it),
 * never the document itself
 * (by title, also the instrument a 印发 notice issues), never a law for other
 * personnel (the civil service law on a public institution's staff); for copying
 * (purpose 'copy'), never a law enacted after the document was first made:
 * a text cannot copy what did not exist. 司法解释 and laws of unknown level
 * are left out.
 */
export function higherLaws(
  corpus: CorpusApi,
  doc: LegalDocument,
  date: string,
  region: string | null,
  purpose: 'conflict' | 'copy' = 'conflict',
): Map<number, HigherLaw> {
  const out = new Map<number, HigherLaw>();
  const kind = doc.profile?.kind.value ?? '行政规范性文件';
  const ownRank = KIND_RANK[kind];
  if (ownRank === undefined) return out;
  const own = ownTitleKeys(doc);
  const docTitle = doc.header.title?.text ?? '';
  const first = doc.profile?.dates.published?.value ?? doc.profile?.dates.signed?.value ?? date;
  for (const law of corpus.storedLaws()) {
    if (!law.hasText || law.level === null) continue;
    // A national department's normative document (工资支付暂行规定, 劳部发〔1994〕489号) binds the provincial departments below
    // it: above a local normative document, below every rule.
    const rank = law.level === '规范性文件' && law.region === null ? NATIONAL_NORMATIVE_RANK : STORED_RANK[law.level];
    if (rank === null || rank >= ownRank) continue;
    if (kind === '部门规章' && law.level === '地方性法规') continue;
    if (law.region !== null && law.region !== region) continue;
    if (own.has(titleKey(law.title))) continue;
    if (outsidePersonnel(law.title, docTitle)) continue;
    // A text cannot copy what was enacted after it was first made (a conflict with a later higher law in force is still one).
    const enacted = law.promulgationDate ?? law.versionDate;
    if (purpose === 'copy' && enacted && enacted > first) continue;
    // The version in force on the document's date; when the corpus holds only a later version, the instrument is not
    // compared (its text may say what the law did not say yet).
    const r = corpus.catalog.resolve(law.title, date);
    if (!r || (r.state !== 'in-force' && r.state !== 'partial') || r.record.key !== law.key) continue;
    out.set(law.id, { law, rank, date: law.promulgationDate ?? law.versionDate ?? '' });
  }
  return out;
}

/**
 * The blocks whose text states rules: every body paragraph after the header,
 * including the 办法 a 印发 notice attaches after its own signature; not
 * headings, tables or text boxes.
 */
export function ruleBlocks(doc: LegalDocument): number[] {
  const out: number[] = [];
  for (let i = doc.bodyStart; i < doc.source.blocks.length; i++) {
    const b = doc.source.blocks[i];
    if (b.container === 'body' && b.style.headingLevel === undefined && b.text.trim() !== '') out.push(i);
  }
  return out;
}

/** For each block that is a 项 of an article, the text of the 款 that introduces it (…有下列情形之一的：). */
export function itemLeadIns(doc: LegalDocument): Map<number, string> {
  const out = new Map<number, string>();
  for (const a of doc.articles) {
    for (const c of a.children) {
      if (c.children.length === 0) continue;
      const first = c.blocks[0];
      const leadIn = doc.text.slice(c.span.start, doc.blockStarts[first] + doc.source.blocks[first].text.length);
      for (const item of c.children) for (const b of item.blocks) if (b !== first) out.set(b, leadIn);
    }
  }
  return out;
}

/** How a message names the provision at an offset: 本款 in an article of several paragraphs, 本条, or 文件 outside articles. */
export function provisionWordAt(doc: LegalDocument, offset: number): string {
  const article = articleAt(doc, offset);
  if (!article) return '文件';
  const item = article.children.flatMap((c) => c.children).find((n) => n.span.start <= offset && offset <= n.span.end);
  if (item) return '本项';
  return article.children.filter((c) => c.kind === 'clause').length > 1 ? '本款' : '本条';
}
