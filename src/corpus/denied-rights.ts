/**
 * A right the law gives a person, denied by a draft. The law says the person 有权 do something (个人有权撤回其同意; 个人有权向个人
 * 信息处理者查阅、复制其个人信息; 个人有权要求个人信息处理者予以说明); a draft that says the same person 不得 do it (授权有效期内，
 * 个人不得撤回授权; 待遇领取人员不得查阅、复制; 个人不得要求…说明理由) takes the right away. So does a draft that bars a remedy the
 * law opens to a party with 可以 (申请仲裁, 提起诉讼): 劳动者不得就同一欠薪事项另行申请劳动争议仲裁或者提起诉讼; a remedy the law
 * gives in a case (仲裁裁决被人民法院裁定撤销的，当事人可以…提起诉讼) only where the draft speaks of that case, and never against the
 * order of steps the law keeps (劳动争议未经仲裁的，不得直接起诉) or a claim made again (重复申请仲裁).
 *
 * Matched by the verb right after the modal word and by one more word of what the right is about, shared by the law's clause
 * and the draft's (撤回…同意, 要求…说明, 查阅、复制): 劳动者有权拒绝执行违章指挥 is never held against 不得拒绝加班. Consent given
 * by authorisation is consent (授权 reads as 同意).
 *
 * Silent where the one denied is not a person but an official, a role in the work, a body or an employer (工作人员不得查阅,
 * 查阅人员不得查阅本人及其亲属的档案), where the denial is a
 * case (…不得查阅的), where the draft names a secret, privacy or a law as its ground (涉及国家秘密的，不得查阅), where the draft
 * restates an exception (除外), and where the law's own clause has one.
 */

import { CLAUSE_END, clauseAround, fullSentences } from '../zh/context.js';
import { dutyOverlap } from './removed-duties.js';

/** Rights a person holds against a body that a draft may deny. */
export const RIGHT_VERBS = ['查阅', '复制', '撤回', '要求', '查询', '更正', '删除', '陈述', '申辩', '拒绝'] as const;

export interface DeniedRight {
  start: number;
  end: number;
  phrase: string;
  verb: string;
  /** The denial's clause, from the modal word to the clause's end, for matching the law's words. */
  clause: string;
  /** The whole sentence: a remedy is matched by the case it is given in. */
  sentence: string;
}

/**
 * Remedies the law opens to a party (当事人可以依法申请调解、仲裁、提起诉讼; 可以自收到裁定书之日起十五日内…向人民法院提起诉讼):
 * said with 可以, not 有权. Read as one verb whatever the court or tribunal is called.
 */
const REMEDY = '申请(?:劳动(?:人事)?争议)?仲裁|提起(?:行政)?诉讼|向人民法院起诉|申请行政复议|申请复核|提出(?:再)?申诉';
const VERBS = `${RIGHT_VERBS.join('|')}|${REMEDY}`;
// 不得以此为由拒绝接受检查: the ground the draft gives (以…为由) stands between the modal word and the verb.
const DENIED = new RegExp(`(?:不得|无权|不能)(?:以[^，。；]{1,10}?为由)?(?:就[^，。；]{1,20}?)?(?:再|另行|直接)?(?:向[^，。；]{1,20}?)?(${VERBS})`, 'gu');
const GRANTED = new RegExp(`有权(?:依法)?(?:向[^，。；]{1,24}?)?(${VERBS})|可以(?![^，。；]{0,40}?不)[^，。；]{0,40}?(${REMEDY})`, 'gu');
const REMEDY_RE = new RegExp(`^(?:${REMEDY})$`, 'u');

/** One name for a right however it is worded: 申请劳动争议仲裁 is 申请仲裁, 向人民法院起诉 is 提起诉讼. */
export function rightVerb(words: string): string {
  if (/仲裁$/u.test(words)) return '申请仲裁';
  if (/诉讼$|起诉$/u.test(words)) return words.includes('行政') ? '提起行政诉讼' : '提起诉讼';
  if (/申诉$/u.test(words)) return '提出申诉';
  return words;
}
/** Who holds the right: a person, named last before the modal word. */
const PERSON = /(?:个人|本人|劳动者|职工|员工|当事人|申请人|参保人员?|用户|人员|求职者|学员|学生|监护人|近亲属|考生|权利人|投诉人|举报人|被调查人)$/u;
/** A person opening a clause (当事人应当…). */
const PERSON_FIRST = new RegExp(`^${PERSON.source.replace(/\$$/u, '')}`, 'u');
/** Who cannot: an official, a body, an employer. */
const NOT_PERSON = /(?:(?:工作|经办|执法|监考|管理|查阅|借阅|办案|审核|评审|考评|检查|监察|调查|稽核|核查)人员|专家|机构|单位|部门|机关|企业|公司|平台)$/u;
const GROUNDED = /秘密|保密|隐私|国家安全|公共安全|依法|法律、?(?:行政)?法规|除外/u;

/** The comma clause of a sentence around `at`, without its delimiter. */
function clauseBounds(sentence: string, at: number): { start: number; end: number } {
  const { start, end } = clauseAround(sentence, at);
  return { start, end: end > at && CLAUSE_END.test(sentence[end - 1]) ? end - 1 : end };
}

/** Who the clause says is denied or granted, the words before the modal (也 and 均 left out). */
function holder(sentence: string, clauseStart: number, at: number): string {
  return sentence.slice(clauseStart, at).replace(/(?:也|均|都|亦|一律)$/u, '');
}

/** Who the clause ending at `comma` denies: the words before its modal word. */
function previousHolder(sentence: string, comma: number, remedy: boolean): string {
  const { start } = clauseBounds(sentence, comma);
  const modal = sentence.slice(start, comma).search(/不得|无权|不能/u);
  // 当事人应当重新申请仲裁，不得直接…: a remedy barred to the party the clause before opens with (a bar on asking, 不得要求其…,
  // is the body's).
  if (modal < 0) return remedy ? (PERSON_FIRST.exec(sentence.slice(start, comma))?.[0] ?? '') : '';
  return holder(sentence, start, start + modal);
}

export function deniedRights(text: string): DeniedRight[] {
  const out: DeniedRight[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (GROUNDED.test(sentence)) continue;
    for (const m of sentence.matchAll(DENIED)) {
      // Asking again for what was decided (不得就同一争议重复申请仲裁) is barred by the decision, not by the draft.
      if (/重复|再次/u.test(m[0])) continue;
      const { start, end } = clauseBounds(sentence, m.index);
      const who = holder(sentence, start, m.index);
      // The person is the first in line: 个人不得要求…，也不得申请… names 个人 before the modal of the clause before.
      const person = who === '' && start > 0 ? previousHolder(sentence, start - 1, REMEDY_RE.test(m[1])) : who;
      // Whoever objects to a decision (聘任制公务员对年度考核结果不服的，不得申请复核) is the party the remedy is for.
      const objection =
        who === '' && start > 0 && REMEDY_RE.test(m[1]) ? /([^，。；]{2,16}?)(?:对|就)[^，。；]*不服的?[，,]$/u.exec(sentence.slice(0, start)) : null;
      const objecting = !!objection && !/(?:单位|企业|公司|机构|部门|机关)$/u.test(objection[1]);
      if (!objecting && (!PERSON.test(person) || NOT_PERSON.test(person))) continue;
      // A denial named as a case (申请人不得查阅的材料) decides nothing.
      if (/^的/u.test(sentence.slice(m.index + m[0].length))) continue;
      out.push({
        start: range.start + m.index,
        end: range.start + end,
        phrase: sentence.slice(m.index, end),
        verb: rightVerb(m[1]),
        clause: sentence.slice(m.index, end),
        sentence,
      });
    }
  }
  return out;
}

/** The clauses of a law's text that give a person the right of `verb` (个人有权撤回其同意), with their holder. */
export function grantedRights(lawText: string, verb: string): string[] {
  const out: string[] = [];
  for (const range of fullSentences(lawText)) {
    const sentence = lawText.slice(range.start, range.end);
    for (const m of sentence.matchAll(GRANTED)) {
      if (rightVerb(m[1] ?? m[2]) !== verb) continue;
      const { start, end } = clauseBounds(sentence, m.index);
      const clause = sentence.slice(start, end);
      // An exception in the same part of the sentence (…，法律另有规定的除外); one after a semicolon is a case of its own.
      const partStart = sentence.lastIndexOf('；', m.index) + 1;
      const partEnd = sentence.indexOf('；', m.index);
      if (/除外|但是|可以不/u.test(sentence.slice(partStart, partEnd < 0 ? sentence.length : partEnd))) continue;
      const who = holder(sentence, start, m.index);
      // A remedy is the parties' whoever the clause names (对仲裁裁决不服的，可以…提起诉讼); a right is a person's.
      const remedy = m[2] !== undefined && REMEDY_RE.test(m[2]);
      if (!remedy && !PERSON.test(who.replace(/(?:依法)$/u, ''))) continue;
      // A remedy given in a case (仲裁裁决被人民法院裁定撤销的，当事人可以…提起诉讼) is quoted with it: only that case is matched.
      const before = remedy ? clauseBounds(sentence, Math.max(0, start - 1)) : null;
      const givenIn = before && start > 0 && /的[，,]$/u.test(sentence.slice(before.start, start)) ? sentence.slice(before.start, start) : '';
      out.push(givenIn + clause);
    }
  }
  return out;
}

/** Consent given by authorisation is consent. */
const normalise = (s: string): string => s.replace(/授权/gu, '同意');

/**
 * Whether the law's right clause and the draft's denial speak of the same thing: the verb, which both name by construction,
 * and one more word.
 */
export function sameRight(denial: DeniedRight, lawClause: string): boolean {
  if (REMEDY_VERBS.has(denial.verb)) {
    // A remedy the law gives in a case is taken away only in that case; one it gives without a case is not taken away by an
    // order of steps the law itself keeps (劳动争议未经仲裁的，不得直接起诉).
    const given = /^(.*的)[，,]/u.exec(lawClause);
    if (given && dutyOverlap(denial.sentence, given[1]).share >= 0.5) return true;
    // A personnel decision's review (公务员对涉及本人的下列人事处理不服的，可以…申请复核): the law lists the decisions, the draft
    // names one; the same holder objecting is the law's case.
    if (given && PERSONNEL_REMEDIES.has(denial.verb)) {
      const holderNoun = /^([^，。；]{2,12}?)(?:对|就)/u.exec(given[1])?.[1];
      return !!holderNoun && denial.sentence.includes(holderNoun) && /不服/u.test(denial.sentence);
    }
    if (given) return false;
    if (STEP_FIRST.test(denial.sentence)) return false;
  }
  // A refusal is a right only of what is refused (有权拒绝接受调查或者检查, not 拒绝归档): its object must be the law's.
  if (denial.verb === '拒绝') {
    const after = (t: string): string => normalise(t.slice(t.indexOf('拒绝') + 2));
    return dutyOverlap(after(denial.clause), after(lawClause)).shared >= 2;
  }
  return dutyOverlap(normalise(denial.clause), normalise(lawClause.slice(lawClause.indexOf('有权') + 2))).shared >= 2;
}

const REMEDY_VERBS = new Set(['申请仲裁', '提起诉讼', '提起行政诉讼', '申请行政复议', '申请复核', '提出申诉']);
const PERSONNEL_REMEDIES = new Set(['申请复核', '提出申诉']);
/** Another step named before the remedy: 未经仲裁的, 应当先申请仲裁, 先行调解. */
const STEP_FIRST = /未经[^，。；]{0,20}?(?:仲裁|复议|调解)|先(?:行)?(?:申请|向|经)|应当先/u;
