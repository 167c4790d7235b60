/**
 * A modal word of the law turned around by a draft.
 *
 * An act the law bans outright, allowed by a draft. The law says who must not do what, with no case and no exception
 * (在诉讼过程中，被告及其诉讼代理人不得自行向原告、第三人和证人收集证据); a draft that lets someone do nearly the same act
 * (本部门…可以直接向原告、第三人及有关证人询问、收集证据) permits what the law forbids, whatever its reasons.
 *
 * The act is the words from the modal word to the end of its clause. They must be mostly the law's (three in five of the law's
 * pairs of characters, nine in twenty of the draft's, at least five in all) and hold the law's last four characters, its verb
 * and object (收集证据): a ban on taking a deposit (不得向劳动者收取押金) says nothing of a training fee. Who acts must be of the
 * same kind where both are named.
 *
 * Silent where the law's ban has a case (…的，不得…), a condition (未经…, 擅自) or an exception (除外, 但是, 另有规定) — the draft
 * may be stating the other side of it — and where the draft's permission is itself a case (可以…的，), negated (不可以, 可以不) or
 * a question (是否可以).
 *
 * And the other way round: a duty the law puts (用人单位招用残疾人职工，应当依法与其签订劳动合同或者服务协议), waived by a draft
 * (可以不签订劳动合同或者服务协议; 一律不计入…残疾人职工人数). A duty the law puts in a case (用人单位跨地区招用残疾人的，应当计入…)
 * binds a draft whose sentence names most of that case. Duties are often stated broadly and waived by the law itself elsewhere,
 * so a waiver must hold nearly all the law's words (three in four of its pairs, three in five of the draft's).
 */

import { sentenceParts } from '../zh/context.js';
import { bigramCoverage } from '../zh/similarity.js';
import { contentBigrams } from './removed-duties.js';

export interface LawBan {
  /** The banned act: the words after the modal word, up to the clause's end. */
  act: string;
  actor: ActorKind | null;
  /** The part of the law's sentence that states the ban, for the message. */
  words: string;
}

export interface BannedPermission {
  start: number;
  end: number;
  phrase: string;
  act: string;
  actor: ActorKind | null;
}

type ActorKind = 'admin' | 'employer' | 'intermediary' | 'person';

const BAN = /(?<!不)(?:不得|禁止|严禁)(?!不)/gu;
const PERMISSION = /(?<![不是否])(?:可以|允许|准许)(?!不)/gu;
/** A ban the law puts only in a case, on a condition or with an exception: the draft may be saying the other side. */
const QUALIFIED = /除外|但是|但(?![书])|另有规定|未经|非经|擅自|无正当理由|违反|违法|非法|私自|除[^，。；]{1,30}?外/u;
const CASE_BEFORE = /的[，,]|(?:时|后|前)[，,]/u;
const CLAUSE_END = /[，,。；;：:]/u;

/** Who acts, by the words that name it; a longer name first at each position (职业中介机构 is an intermediary). */
const ACTOR_RE =
  /(?<intermediary>经营性人力资源服务机构|人力资源服务机构|职业中介机构|中介机构|劳务经纪人|经纪人)|(?<employer>用人单位|用工单位|企业|雇主|单位)|(?<admin>部门|机关|委员会|人民政府|被告|经办机构|监察机构|本厅|仲裁庭|人民法院)|(?<person>劳动者|职工|务工人员|个人|本人|当事人|申请人|求职者|参保人员|原告|第三人)/gu;

/**
 * Who acts: the actor named first in the modal word's own clause, or else in the part before it — the subject, not whom the act
 * is done to (用人单位招用残疾人职工，应当…; 工伤保险费由用人单位缴纳，职工个人不缴纳…), nor whose consent is asked. A body named
 * only 机构 (辅助性就业机构, 承办机构) is of no known kind.
 */
function actorOf(spoken: string): ActorKind | null {
  // Whose consent is asked (经劳动者本人书面同意的) is not who acts.
  const words = spoken.replace(/经[^，。；]{0,20}?(?:同意|批准|认可)(?:的|后)?/gu, '');
  const clauseStart = Math.max(words.lastIndexOf('，'), words.lastIndexOf(','), words.lastIndexOf('：')) + 1;
  return firstActor(words.slice(clauseStart)) ?? firstActor(words);
}

function firstActor(words: string): ActorKind | null {
  for (const m of words.matchAll(ACTOR_RE)) {
    const groups = m.groups ?? {};
    const kind = Object.keys(groups).find((k) => groups[k] !== undefined) as ActorKind | undefined;
    if (kind) return kind;
  }
  return null;
}

function actAfter(part: string, from: number): string {
  let end = from;
  while (end < part.length && !CLAUSE_END.test(part[end])) end++;
  return part.slice(from, end);
}

/** The unqualified bans of a law's provision. */
export function lawBans(text: string): LawBan[] {
  const out: LawBan[] = [];
  // An exception anywhere in the provision (…。但是，…除外) qualifies its rule.
  if (QUALIFIED.test(text)) return out;
  for (const range of sentenceParts(text)) {
    const part = text.slice(range.start, range.end);
    for (const m of part.matchAll(BAN)) {
      const before = part.slice(0, m.index);
      if (CASE_BEFORE.test(before)) continue;
      const act = actAfter(part, m.index! + m[0].length);
      if (contentBigrams(act).size < 4) continue;
      out.push({ act, actor: actorOf(before), words: part.replace(/[。；;]$/u, '') });
    }
  }
  return out;
}

/**
 * The acts a modal word of a draft paragraph governs (可以…, 可以不…): each with where it is, the words it governs up to the
 * clause's end, who acts and the full sentence. `keep` says which to read, from the act, what follows it and the sentence.
 */
function modalActs(
  text: string,
  modal: RegExp,
  keep: (act: string, rest: string, sentence: string) => boolean,
): Array<BannedPermission & { sentence: string }> {
  const out: Array<BannedPermission & { sentence: string }> = [];
  for (const range of sentenceParts(text)) {
    const part = text.slice(range.start, range.end);
    const sentence = text.slice(range.sentence.start, range.sentence.end);
    for (const m of part.matchAll(modal)) {
      const from = m.index! + m[0].length;
      const act = actAfter(part, from);
      if (contentBigrams(act).size < 4 || !keep(act, part.slice(from + act.length), sentence)) continue;
      out.push({
        start: range.start + m.index!,
        end: range.start + from + act.length,
        phrase: `${m[0]}${act}`,
        act,
        actor: actorOf(part.slice(0, m.index)),
        sentence,
      });
    }
  }
  return out;
}

/** The permissions of a draft paragraph, with the act each allows. */
export function draftPermissions(text: string): BannedPermission[] {
  return modalActs(
    text,
    PERMISSION,
    (act, rest, sentence) =>
      // A permission that is a case (可以…的，) or points to the law (可以依照…规定) decides nothing of its own; one to keep from
      // the act (可以在不损害…的情况下) allows nothing the law bans; one the sentence bounds at once (可以低于…标准支付，但不得
      // 低于…的80%) is a measured exception, not the ban lifted.
      !/的$/u.test(act) &&
      !/^(?:依照|按照|依据|根据)/u.test(act) &&
      !/[不未无]/u.test(act) &&
      !/^[，,]?但(?:是)?(?:不得|不能|最低|最高|最多|不超过|不低于)/u.test(rest) &&
      !OWN_EXCEPTIONS.test(sentence),
  );
}

/** Verbs of the duties a bare 不 can waive (不计入, 不签订, 不缴纳): not 不断, 不属于, 不服, 不可抗力. */
const DUTY_VERBS =
  '(?:计入|计算|缴纳|支付|签订|订立|参加|实行|办理|发放|告知|公布|公开|通知|记录|转移|承担|执行|安排|提供|受理|审查|核实|报告|移送|听取|说明|出具|退还|补足)';
/** An act that is a thing named (不予行政处罚决定书, 不再享受…待遇的后果, 不予公开政府信息动态调整机制), not something done. */
const NOUN_ACT = /(?:书|表|单|后果|情形|机制|制度|事项|范围|义务|清单|目录)$/u;

/** A duty of the law: the act after 应当 or 必须, with the case it is put in, if any. */
export interface LawDuty {
  act: string;
  actor: ActorKind | null;
  inCase: string;
  words: string;
}

const DUTY = /(?:应当|必须)(?:依法|按照规定|及时)?/gu;
/** A duty waived: 可以不, 无需, 不必, 不再, 一律不, 不予 before the law's act, or a bare 不 right before its verb. */
const WAIVER = new RegExp(`(?:可以不|无需|无须|不必|不需要|不再|一律不予?|不予|(?<![不得应可须拒])不(?=${DUTY_VERBS}))`, 'gu');
/** Whose side a negation names only as the case (未签订…的, 不计入的). */
const AS_CASE = /的(?:[，,]|$)/u;
/** …or a case that goes on after it (故意拖延不订立劳动合同，对劳动者造成损害的，…): no modal word before its 的. */
const CASE_GOES_ON = /^[^。；：:]*?的[，,]/u;
const MODAL_WORD = /应当|可以|必须|须|不得/u;
/** A sentence that gives its rule with the law's exceptions or defers to them (国家另有规定的，从其规定; 但…除外). */
const OWN_EXCEPTIONS = /另有规定|从其规定|除外|但(?:是)?(?:按照|依照|依法|法律|国家)/u;

export function statedDuties(text: string): LawDuty[] {
  const out: LawDuty[] = [];
  if (QUALIFIED.test(text) || /可以不|无需|不需要/u.test(text)) return out;
  for (const range of sentenceParts(text)) {
    const part = text.slice(range.start, range.end);
    for (const m of part.matchAll(DUTY)) {
      const before = part.slice(0, m.index);
      const act = actAfter(part, m.index! + m[0].length).replace(/(?:之内|以内)$/u, '');
      if (contentBigrams(act).size < 4) continue;
      // A case named before the duty (用人单位跨地区招用残疾人的，); a time (…时，) is no case of its own.
      const caseEnd = before.lastIndexOf('的，');
      out.push({ act, actor: actorOf(before), inCase: caseEnd >= 0 ? before.slice(0, caseEnd + 1) : '', words: part.replace(/[。；;]$/u, '') });
    }
  }
  return out;
}

/** The waivers of a draft paragraph, with the act each lets go. */
export function draftWaivers(text: string): Array<BannedPermission & { sentence: string }> {
  return modalActs(text, WAIVER, (act, rest, sentence) => {
    // A modal word after the negation (不予行政处罚决定书应当载明…) makes it part of what is named, not the act.
    if (AS_CASE.test(act) || NOUN_ACT.test(act) || MODAL_WORD.test(act) || OWN_EXCEPTIONS.test(sentence)) return false;
    const goesOn = CASE_GOES_ON.exec(rest);
    return !goesOn || MODAL_WORD.test(goesOn[0]);
  });
}

/** Whether a draft's waiver lets go the act a law's duty requires. */
export function waivesDuty(draft: BannedPermission & { sentence: string }, duty: LawDuty): boolean {
  if (duty.inCase && bigramCoverage(duty.inCase, draft.sentence) < 0.5) return false;
  // A duty is often stated broadly (应当及时、准确地公开政府信息) and waived by the law itself in particular cases elsewhere:
  // only a waiver of nearly all the law's words is held against it.
  return sameAct(draft, duty, { law: 0.75, draft: 0.6 });
}

/**
 * Whether the law's provision itself allows the act in its own words (用人单位不得克扣劳动者工资。有下列情况之一的，用人单位可以
 * 代扣劳动者工资): the draft then states the law's exception.
 */
export function allowedBy(draft: BannedPermission, lawText: string): boolean {
  return draftPermissions(lawText).some((p) => {
    const theirs = contentBigrams(p.act);
    const mine = contentBigrams(draft.act);
    let shared = 0;
    for (const g of mine) if (theirs.has(g)) shared++;
    return mine.size > 0 && shared / mine.size >= 0.7;
  });
}

/** Whether a draft's permission allows the act a law's ban forbids. */
export function permitsBanned(draft: BannedPermission, ban: LawBan): boolean {
  return sameAct(draft, ban, { law: 0.6, draft: 0.45 });
}

/** The same act by the same kind of actor: most of the law's words, and its verb and object. */
function sameAct(draft: BannedPermission, ban: { act: string; actor: ActorKind | null }, share: { law: number; draft: number }): boolean {
  if (draft.actor && ban.actor && draft.actor !== ban.actor) return false;
  // The ban's verb and object, its last four characters, must be the draft's too (收集证据; not 收取押金 against 收取培训费用,
  // nor 其他用人单位 against 其他用工单位).
  const object = ban.act.replace(/[^\p{Script=Han}]/gu, '').slice(-4);
  if (object.length < 4 || !draft.act.includes(object)) return false;
  const theirs = contentBigrams(ban.act);
  const mine = contentBigrams(draft.act);
  let shared = 0;
  for (const g of theirs) if (mine.has(g)) shared++;
  return shared >= 5 && shared / theirs.size >= share.law && shared / mine.size >= share.draft;
}
