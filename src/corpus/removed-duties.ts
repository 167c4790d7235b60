/**
 * A duty to inform the law puts on someone, taken away by a draft. The law
 * says who must tell, publish, record or hear what (用人单位应当按月将缴纳社会
 * 保险费的明细情况告知本人; 监督检查的情况应当及时向社会公布; 不同意见应当如实载明);
 * a draft that says the opposite for the same thing (职工未提出要求的，用人单位可以
 * 不予告知; 不向社会公布; 不同意见不予载明) removes a safeguard the law gives without
 * condition. The duty is found by its verb and by the words the draft shares
 * with the law's own sentence: most of the words of the law's clause must be
 * in the draft's sentence, so that a general rule (行政机关应当及时、准确地公开
 * 政府信息) is never held against a particular refusal.
 *
 * Silent where the draft restates an exception (法律规定不需要告知的除外), where the
 * negation is a case (未告知的), and where the law's own sentence allows
 * otherwise (可以不, 除外, 但是).
 */

import { fullSentences } from '../zh/context.js';

/** Duties to inform: what the law requires to be told, published, recorded or heard. */
export const INFORMING_VERBS = ['公布', '公开', '告知', '通知', '寄送', '载明', '记录', '通报', '送达', '说明理由', '听取', '征求', '明示', '公示'] as const;
/**
 * Guarantees the law states as what happens, with no modal word (由工伤保险基金补足差额; 个人账户余额可以继承): a benefit topped
 * up or passed on. A draft that says it does not (不再由工伤保险基金补足差额; 不予继承) withdraws it.
 */
export const GUARANTEE_VERBS = ['补足', '继承', '折抵'] as const;
/**
 * Duties to hand over or to act for another the law puts without condition (行政机关应当及时将案件移送司法机关; 职工应当缴纳的社会
 * 保险费由用人单位代扣代缴), and checks it puts on whoever runs a service (核实参加招聘会的招聘单位及其招聘简章的真实性). A draft
 * that says they are not done (可以不再移送公安机关; 用人单位不再代扣代缴; 可以免于核实其招聘简章) takes them away.
 */
export const HANDLING_VERBS = ['移送', '代扣代缴', '提交职工代表大会', '核实'] as const;

export interface RemovedDuty {
  start: number;
  end: number;
  phrase: string;
  verb: string;
  /** The sentence, for matching the law's words. */
  sentence: string;
}

/** Words that make the verb part of a noun: 公开申请, 告知书, 通知书, 公布方式, 告知承诺 (a way of handling a case). */
const NOUN_AFTER = /^(?:申请(?!人)|工作|事项|目录|范围|决定|方式|内容|期限|渠道|平台|书|单|制度|义务|承诺)/u;
const NEGATION = /(?:不再|不予|无需|无须|可以不|一律不|不向|不必|不需要|不负责|免于|免予|(?<=[也亦并])不)/gu;
/** What may stand between 不予 and the duty it refuses: a manner, a time, whom it is told to (不予书面告知, 不予向社会公布). */
const NEGATED_AT_ONCE = /^(?:书面|及时|另行|再|一并|主动|当场|定期|单独|向[^，。；]{1,12}?)?$/u;
/** Words of form, not of substance: shared by every duty. */
const FORM = new Set(['应当', '当及', '及时', '当如', '如实', '当在', '当向', '应及', '并及', '时向', '依法', '规定', '有关', '相关', '的情', '况应']);
const PUNCTUATION = /[，。；、：:“”《》（）()\s]/u;
const FORM_WORDS = /应当|必须|及时|如实|依法|按照规定|有关|相关/gu;

/** Where a verb is in a text: 说明理由 also with what the reasons are for between (说明不予受理的理由). */
function verbAt(text: string, verb: string): { at: number; length: number } {
  if (verb === '说明理由') {
    const m = /说明(?:[^，。；]{0,10}?的)?理由/u.exec(text);
    return m ? { at: m.index, length: m[0].length } : { at: -1, length: 0 };
  }
  return { at: text.indexOf(verb), length: verb.length };
}

/** Content bigrams of a text: what a duty is about. */
export function contentBigrams(text: string): Set<string> {
  const out = new Set<string>();
  // Words of form split the text, so that no bigram runs across them (单位应当按月: 单位, 按月).
  const bare = text.replace(FORM_WORDS, '，');
  for (let i = 0; i + 2 <= bare.length; i++) {
    const g = bare.slice(i, i + 2);
    if (!PUNCTUATION.test(g) && !FORM.has(g) && !g.includes('的')) out.add(g);
  }
  return out;
}

/** Duties to inform a paragraph takes away (不予告知, 不向社会公布, 不同意见不予载明). */
export function removedDuties(text: string, verbs: readonly string[] = INFORMING_VERBS): RemovedDuty[] {
  const out: RemovedDuty[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    // An exception restated from the law (…不需要告知…的除外) keeps the duty.
    if (/除外|除[^，。；]{1,30}?外/u.test(sentence)) continue;
    for (const m of sentence.matchAll(NEGATION)) {
      const after = sentence.slice(m.index + m[0].length).split(/[，,；;。]/u)[0];
      // The verb must be what is negated: only an adverb or whom it is told to between (不再定期向参保人员寄送), not another
      // act joined to a refusal (作出不予批准的书面决定并说明理由).
      const verb = verbs.find((v) => {
        const at = verbAt(after, v).at;
        // What is told put before its verb with 将 (不再按月将缴纳社会保险费的明细情况告知职工本人) is the object, not another act.
        const object = /^再?(?:按月|按季度?|按年|定期|及时|书面|主动)?将[^，。；并及后]{1,30}?$/u.test(after.slice(0, Math.max(0, at)));
        if (at < 0 || at > (object ? 32 : 14)) return false;
        const between = object ? '' : after.slice(0, at);
        // A modal between puts the duty back (不予受理决定书应当告知…), and 不予 takes its verb at once: what stands between is
        // another act refused (对不予采纳部分说明理由), not the duty.
        // A procedure no longer used (不再适用告知承诺方式) names the verb as what is applied, not as a duty refused.
        if (/[的并和及]|应当|必须|须|可以|适用|采用|实行/u.test(between)) return false;
        return m[0] !== '不予' || NEGATED_AT_ONCE.test(between);
      });
      if (!verb) continue;
      // A refusal that is itself what is told or decided (告知申请人不予公开并说明理由; 决定不予公开) keeps the duty.
      if (/(?:告知|通知|决定|作出|说明)[^，。；]{0,8}$/u.test(sentence.slice(0, m.index))) continue;
      const found = verbAt(after, verb);
      const end = m.index + m[0].length + found.at + found.length;
      // The verb inside a noun (不再处理该政府信息公开申请) is no act of informing.
      if (NOUN_AFTER.test(sentence.slice(end))) continue;
      // The law's case denied (不涉嫌犯罪的，不再移送): the duty was never owed.
      if (/(?:不|未|尚未|尚不)(?:涉嫌|构成)/u.test(sentence.slice(0, m.index))) continue;
      // A negation that is the case of a sentence (未告知的, 未告知本人的，不予公开的信息) describes, it does not decide; the 的 of
      // what the act is about (免于核实其招聘简章的真实性) does not.
      if (/^的|^[^，。；]{0,6}?的[，,]/u.test(sentence.slice(end))) continue;
      out.push({ start: range.start + m.index, end: range.start + end, phrase: sentence.slice(m.index, end), verb, sentence });
    }
  }
  return out;
}

/** The written form the law asks for, relaxed: 可以采取口头或者书面方式, 不需要采用书面形式. */
const FORM_RELAXED = /口头(?:或者|或|、|和)书面|书面(?:或者|或|、)口头|(?:不需要|无需|无须|不必|可以不)(?:采用|以|签订|订立)?书面(?:形式|方式)?/gu;

/**
 * A written form the law requires, relaxed by a draft (用人单位应当将处理结果告知投诉人，可以采取口头或者书面方式; 不需要采用
 * 书面形式变更劳动合同). Read as a duty of the verb 书面, and found in the law by the same words as a removed duty: most of the
 * law's clause that asks for writing must be in the draft's sentence. An oral form the law itself allows (可以订立口头协议, 以
 * 口头或者书面方式提出回避申请) has no such clause.
 */
export function relaxedWrittenForms(text: string): RemovedDuty[] {
  const out: RemovedDuty[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    for (const m of sentence.matchAll(FORM_RELAXED)) {
      out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], verb: '书面', sentence });
    }
  }
  return out;
}

/** The comma clause of a sentence that holds a position, and the clause before it ('' for the first). */
function clauseAt(sentence: string, at: number): { own: string; before: string } {
  const clauses = sentence.split(/(?<=[，,])/u);
  let from = 0;
  let k = 0;
  for (; k < clauses.length; k++) {
    if (from + clauses[k].length > at) break;
    from += clauses[k].length;
  }
  return { own: clauses[k] ?? '', before: k > 0 ? clauses[k - 1] : '' };
}

/**
 * The clause of a law's sentence that asks for writing (应当书面告知当事人; 变更劳动合同，应当采用书面形式), and the clause
 * before it, which names the act when the clause does not (行政复议机关中止…审理，应当书面告知当事人). Null when the law's
 * sentence allows speech too or no writing is required.
 */
export function writtenFormClause(lawSentence: string): { own: string; before: string } | null {
  if (/口头|可以不|除外|但是|无需|不需要/u.test(lawSentence)) return null;
  const at = lawSentence.indexOf('书面');
  if (at < 0 || !/(?:应当|必须)/u.test(lawSentence.slice(0, at))) return null;
  const { own, before } = clauseAt(lawSentence, at);
  // In a clause of its own, the act is named before the modal word (延长冻结的决定应当及时书面告知当事人).
  return { own, before: before || own.slice(0, Math.max(0, own.search(/应当|必须/u))) };
}

/**
 * The clause of a law's sentence that puts the duty (…应当…{verb}), with the clause before it when it names only the act
 * (不同意见应当如实载明 names its object; 并告知申请人 does not); null when the law's sentence allows otherwise.
 */
export function dutyClause(lawSentence: string, verb: string): string | null {
  const at = lawSentence.indexOf(verb);
  // What the sentence allows otherwise up to the end of the duty's clause (a cap in a later clause, 延长的期限最长不得超过20个工作日,
  // is another rule).
  const upToClauseEnd = at < 0 ? lawSentence : lawSentence.slice(0, at + lawSentence.slice(at).search(/[，,]|$/u));
  // A refusal is what reasons are given for (书面通知申请人不予受理，并说明理由): not an exception to giving them.
  const otherwise =
    verb === '说明理由' ? /可以不|除外|除[^，。；]{1,30}?外|但是|不得|无需|不需要/u : /可以不|除外|除[^，。；]{1,30}?外|但是|不予|不得|无需|不需要/u;
  if (otherwise.test(upToClauseEnd)) return null;
  // A guarantee or a hand-over is stated as what happens (可以裁决先予执行，移送人民法院执行); a duty to inform needs its modal word.
  const guarantee = ([...GUARANTEE_VERBS, ...HANDLING_VERBS] as readonly string[]).includes(verb);
  if (at < 0 || (!guarantee && !/(?:应当|必须)/u.test(lawSentence.slice(0, at)))) return null;
  const clause = clauseAt(lawSentence, at);
  // A clause that is the case of another (违法行为涉嫌犯罪应当移送司法机关的，…) puts no duty of its own.
  if (/的[，,]?$/u.test(clause.own)) return null;
  // A permission joined after the duty (应当告知申请人不作为政府信息公开申请处理并可以告知通过相应渠道提出) is no part of it.
  const own = clause.own.split(/并可以|并可(?!能)/u)[0];
  return contentBigrams(own).size >= 6 || !clause.before ? own : clause.before + own;
}

/**
 * A guarantee's or a handling duty's clause with the case it answers (基本养老保险待遇低于伤残津贴的，由工伤保险基金补足差额;
 * 违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关): a draft that names the case but not who pays (…的，不再补足差额) says
 * the same thing as one that names who pays, and the case tells one law's duty to hand over from another's. Null for duties to
 * inform, for a clause with no case before it, and where dutyClause finds none.
 */
export function clauseWithCase(lawSentence: string, verb: string): string | null {
  if (!([...GUARANTEE_VERBS, ...HANDLING_VERBS] as readonly string[]).includes(verb)) return null;
  const own = dutyClause(lawSentence, verb);
  if (!own) return null;
  const { before } = clauseAt(lawSentence, lawSentence.indexOf(verb));
  return /的[，,]$/u.test(before) && !own.startsWith(before) ? before + own : null;
}

/** How much of the law's duty clause the draft's sentence says: the share of its content bigrams found there. */
export function dutyOverlap(draftSentence: string, clause: string): { share: number; shared: number } {
  const theirs = contentBigrams(clause);
  const mine = contentBigrams(draftSentence);
  let shared = 0;
  for (const g of theirs) if (mine.has(g)) shared++;
  return { share: theirs.size === 0 ? 0 : shared / theirs.size, shared };
}
