import type { ScannedBlock } from '../../rule-support/text-scan.js';
import { spanOf } from '../../rule-support/text-scan.js';
import { literalsOf, mayContainMatch } from '../../rule-support/required-literals.js';
import { CHINESE_NUMERAL_CHARS } from '../../zh/numerals.js';
import * as L from './lexicon.js';
import { agentBy, actorKindOf, phraseEndingAt, subjectBefore } from './roles.js';
import { inside, quotedRanges } from './segment.js';
import type { ActorKind, ClauseUnit, Effect, EffectKind, EffectStatus, Range, SentenceUnit } from './types.js';

/**
 * What a clause does in law, read from its structure: a precondition
 * (licence) before a free activity, a measure against someone after a
 * breach (sanction), a coercive measure of the administration, money the
 * administration collects (fee), a paper from a third party that an
 * applicant must bring (certificate), a restriction on which operators may
 * be chosen or where they come from (market), an eligibility condition on a
 * protected attribute. Each effect also says whether the document itself
 * sets it or not, and why not (negated, conduct, governed…).
 */

const compiled = new Map<string, RegExp>();
/** A regular expression compiled once per process: the detectors run over every sentence of every document. */
const re = (source: string, flags = 'gu'): RegExp => {
  if (flags !== 'gu') return new RegExp(source, flags);
  let r = compiled.get(source);
  if (!r) {
    r = new RegExp(source, flags);
    compiled.set(source, r);
  }
  r.lastIndex = 0;
  return r;
};

const VIOLATION_RE = re(L.VIOLATION, 'u');
/** An official who breaks the rules, as the breach's subject: no verb or preposition before (拒绝执法人员录音录像 is the public's breach). */
const OFFICIAL_RE = re(`^(?:(?!拒绝|阻挠|妨碍|阻碍|干扰|抗拒|殴打|威胁|辱骂|冒充|贿赂|配合|协助|[向对给为])[^，。；]){0,12}?${L.OFFICIAL}`, 'u');
const NUMBER_RE = /[0-9]|[零一二两三四五六七八九十百千万半]+(?:元|倍|日|天|个月|年|%|周岁)/u;
const SPECIFIC_RE = /[0-9零一二两三四五六七八九十百千万]+(?:元|倍|个月|年|日|天|%)|百分之/u;

interface Context {
  block: ScannedBlock;
  sentence: SentenceUnit;
  quoted: Range[];
  /** The document's title and the headings above the provision: what it is about (招聘, 培训…). */
  context: string;
  /** The document lets the operator choose its partners itself (企业可以自主选择…作为合作培训机构). */
  partnersChosenFreely: boolean;
  /** Fees the document says elsewhere are charged at the price or finance authority's rates (考务费按照…核定的收费标准收取). */
  pricedFees: ReadonlySet<string>;
}

/** Partners chosen by the operator, not by the administration: 合作… then names no restriction. */
/** A partner of the administration (人社部门的合作培训机构): not one the operator chose, whatever the document lets it choose elsewhere. */
const ADMIN_PARTNER = /(?:部门|厅|局|机关|人民政府|政府|机构)(?:的|公布的|确定的|认定的|遴选的)$/u;

export const PARTNERS_CHOSEN_FREELY = /(?:自主|自行)(?:选择|确定|选定)[^。；]{0,40}?(?:作为)?合作/u;

/** A fee charged at the rates an authority fixed: 考务费按照省发展和改革委员会、省财政厅核定的收费标准收取. */
const PRICED_FEE =
  /([^，。；、：:\s]{1,6}费)(?:用)?[^。；]{0,8}?(?:按照|按|依照|执行)[^。；]{0,30}?(?:价格主管部门|价格部门|物价部门|发展改革|发展和改革|财政)[^。；]{0,24}?(?:核定|批准|规定|确定|制定|公布)/gu;

/** The fees a document says are charged at the rates an authority fixed: the same fee named elsewhere is not set by it. */
export function pricedFeesOf(text: string): Set<string> {
  return new Set([...text.matchAll(PRICED_FEE)].map((m) => m[1]));
}

function clauseAt(sentence: SentenceUnit, pos: number): ClauseUnit {
  return sentence.clauses.find((c) => c.start <= pos && pos <= c.end) ?? sentence.clauses[sentence.clauses.length - 1];
}

/** Whether a negation that starts before `pos` reaches it. */
function negatedAt(sentence: SentenceUnit, pos: number): boolean {
  return sentence.clauses.some((c) => c.negated.some((n) => n.start < pos && pos < n.end));
}

/** Whether [start, end) lies inside one conditional clause: a description of conduct, not a rule. */
function withinCondition(sentence: SentenceUnit, start: number, end: number): boolean {
  const c = clauseAt(sentence, start);
  return c.conditional && end <= c.end;
}

/** The breach the measure answers, if any: a condition of the sentence, a relative clause before it, a 适用于… after it, or the lead-in of the list. */
function breachOf(sentence: SentenceUnit, start: number): string | null {
  for (const c of sentence.clauses) if (c.end <= start && c.violation) return c.text;
  const before = sentence.block.text.slice(sentence.start, start);
  const m = VIOLATION_RE.exec(before);
  if (m && /的/u.test(before.slice(m.index))) return before;
  // Whom a case is open against (对涉案用人单位…): the measure answers the suspected breach.
  if (/对(?:涉案|涉嫌违法|违法违规)[^，。；]{0,8}?(?:单位|企业|机构|人员)/u.test(before)) return before;
  const after = sentence.block.text.slice(start, sentence.end);
  if (/(?:适用于|针对)/u.test(after) && VIOLATION_RE.test(after)) return after;
  const lead = sentence.provision.leadIn?.text;
  if (lead && /有下列[^：:]{0,8}?(?:情形|行为|情况)之一/u.test(lead)) return lead;
  // 逾期不改正的 / 情节严重的 in an earlier sentence of the same provision, or whom it is about (对…违反…受到行政处罚的用人单位，
  // 列入…名单。在列入期间，…暂停受理其…申请).
  for (const s of sentence.provision.sentences) {
    if (s.index >= sentence.index) break;
    for (const c of s.clauses) if (c.violation) return c.text;
    const lead = s.clauses[0]?.text ?? '';
    const v = /^对/u.test(lead) ? VIOLATION_RE.exec(lead) : null;
    if (v && /的/u.test(lead.slice(v.index))) return s.text;
  }
  return null;
}

/**
 * A lead-in whose items name kinds of penalty as a case (拟作出下列行政处罚决定的，应当告知…听证的权利): the items describe
 * penalties the law provides, they impose none.
 */
const PENALTIES_LISTED = /(?:拟作出|适用|属于|包括)[^。：:]{0,12}?下列(?:行政)?处罚(?:决定)?|下列(?:行政)?处罚(?:决定)?(?:的|前|之前|时)/u;

interface Draft {
  kind: EffectKind;
  subtype: string;
  start: number;
  end: number;
  certainty: 'sure' | 'inferred';
  detail: Record<string, string>;
  describe: string;
  /** A status decided by the detector (e.g. conduct); else computed from the clause. */
  status?: EffectStatus;
  /** Figures the document fixes make a general reference (依法) no excuse. */
  specific?: boolean;
  /** Where negation and governance are judged, when not at the start (the gate of 从事…，须经…批准). */
  focus?: number;
}

const PROBLEM = /存在([^。；]{0,60}?)(?:等)?(?:问题|现象|情况)|有([^。；]{0,60}?)等?(?:违法|违规)?行为/gu;

function describedProblem(ctx: Context, at: number): boolean {
  const text = ctx.block.text.slice(ctx.sentence.start, ctx.sentence.end);
  const offset = at - ctx.sentence.start;
  for (const m of text.matchAll(PROBLEM)) if (m.index < offset && offset < m.index + m[0].length) return true;
  return false;
}

/** Whether `at` is inside a question of a review checklist: the part from the last colon or semicolon opens with 是否. */
function reviewQuestion(ctx: Context, at: number): boolean {
  const text = ctx.block.text;
  const from = Math.max(ctx.sentence.start, ...['；', ';', '：', ':'].map((p) => text.lastIndexOf(p, at - 1) + 1));
  return /^\s*(?:[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])?\s*是否/u.test(text.slice(from, at));
}

function finish(ctx: Context, d: Draft): Effect {
  const focus = d.focus ?? d.start;
  const clause = clauseAt(ctx.sentence, focus);
  let status: EffectStatus = d.status ?? 'set';
  const governed = clause.governedBy;
  if (status === 'set') {
    if (inside(ctx.quoted, d.start)) status = 'quoted';
    // A problem described (部分地方仍存在以各种名义收取保证金、逾期不退等问题): conduct reported, not a rule set.
    else if (describedProblem(ctx, d.start)) status = 'conduct';
    // A question a review asks (重点审查以下内容：…；是否没有法律、法规依据要求群众和企业提供证明；…): conduct looked for, not a rule set.
    else if (reviewQuestion(ctx, d.start)) status = 'conduct';
    else if (ctx.sentence.definition || (d.kind === 'sanction' && PENALTIES_LISTED.test(ctx.sentence.provision.leadIn?.text ?? ''))) status = 'definition';
    else if (negatedAt(ctx.sentence, focus)) status = 'negated';
    else if (governed && !governed.general) status = 'governed';
    else if (governed && governed.general && !d.specific) status = 'applied';
    else if (internalMatter(ctx, d, clause)) status = 'internal';
  }
  const span = spanOf(ctx.block, d.start, d.end);
  return {
    kind: d.kind,
    subtype: d.subtype,
    clause,
    start: d.start,
    end: d.end,
    span,
    phrase: '',
    status,
    certainty: d.certainty,
    governedBy: governed,
    detail: d.detail,
    describe: d.describe,
  };
}

/**
 * The administration's own staff and their papers: a measure on them is internal management (行政许可法第三条第二款:
 * approvals of a body's own personnel and affairs are not licences; discipline of staff is not an administrative
 * penalty or compulsion, nor is a paper they bring for their own work certificate a certificate demanded of the public).
 */
const OWN_STAFF = /^(?:[^，。；]{0,6}?)(?:行政执法人员|执法人员|劳动保障监察员|监察员|协管员|公务员)/u;
const OWN_PAPERS = /(?:行政执法|执法|监察)(?:证件|证)/u;
const OWN_PAPERS_APPLIED = new RegExp(`(?:申领|申请|换领|补领)[^，。；]{0,4}?${OWN_PAPERS.source}`, 'u');
/** Who holds the gated event: a department (省人力资源社会保障厅开展…活动), or a private party. */
const ADMIN_DOER =
  /(?:厅|局|部门|人民政府|机关)(?:在[^，。；]{0,8}?|统一|自行|拟)?(?:开展|举办|组织开展|组织)[^，。；]{0,16}?(?:活动|竞赛|比赛|评比|表彰|达标|会议|论坛|展会)/u;
/** Any party outside the administration named in the provision: the approval may be of its act. */
const PRIVATE_PARTY = /企业|公司|用人单位|个人|社会组织|协会|学会|学校|院校|机构|经营者|申请人|单位(?!统一)/u;

/** The personnel and pay of a public body's staff: what 行政许可法第三条第二款 keeps out of licensing. */
const PERSONNEL_MATTER =
  /工资(?:变动|定级|晋升|调整|标准|待遇|审批)|薪级|岗位(?:设置|变动|等级)|人员编制|职务任免|人事(?:调动|任免|管理|事项)|工作人员[^，。；]{0,8}?(?:聘用|调动|任免|奖励|工资)/u;
const PUBLIC_BODY_STAFF = /事业单位|机关/u;
/** A party outside the public bodies: an approval of its act may be a licence. */
const OUTSIDE_PARTY = /企业|公司|社会组织|民办|经营者|个人|申请人/u;

function internalMatter(ctx: Context, d: Draft, clause: ClauseUnit): boolean {
  const sentence = ctx.sentence;
  // Sanctions on staff are read where they are detected (OFFICIAL: discipline, not a penalty on the public).
  if (d.kind === 'compulsion') {
    // The case the measure answers names the staff (行政执法人员有下列情形之一的，由发证机关暂扣其行政执法证件).
    const cases = sentence.clauses.filter((c) => c.conditional && c.start <= clause.start);
    const papers = ctx.block.text.slice(d.start, d.end + 8);
    // A 行政执法证件 named in the measure itself (暂扣或者收回行政执法证件, a way of holding officers to account) is an officer's.
    return (cases.some((c) => OWN_STAFF.test(c.text)) && OWN_PAPERS.test(papers)) || /^[^，。；]{0,12}?行政执法证/u.test(papers);
  }
  if (d.kind === 'certificate') return OWN_PAPERS_APPLIED.test(sentence.text);
  if (d.kind === 'licence') {
    const provision = sentence.provision.sentences.map((s) => s.text).join('。');
    if (ADMIN_DOER.test(provision) && !PRIVATE_PARTY.test(provision)) return true;
    // The same paragraph of the law: approvals of the personnel and finances of public bodies (下列工资变动事项实行审批管理, in
    // a document on 事业单位 pay) are not licences.
    return PERSONNEL_MATTER.test(provision) && PUBLIC_BODY_STAFF.test(`${ctx.context}。${provision}`) && !OUTSIDE_PARTY.test(provision);
  }
  return false;
}

function scan(text: string, from: number, to: number, source: string, each: (m: RegExpExecArray, start: number, end: number) => void): void {
  const body = text.slice(from, to);
  // A sentence without any of the words the pattern cannot match without is skipped before the pattern is compiled.
  if (!mayContainMatch(body, literalsOf(source, 'gu'))) return;
  const r = re(source);
  for (let m = r.exec(body); m; m = r.exec(body)) {
    if (m[0].length === 0) {
      r.lastIndex++;
      continue;
    }
    each(m, from + m.index, from + m.index + m[0].length);
  }
}

// ---- licence -----------------------------------------------------------------------------

const GRANT_ANY = `(?:${L.GRANT_STRONG}|${L.GRANT_WEAK}|${L.GRANT_PAPER})`;
const ONLY_THEN = '(?:方可|才能|才可以|方能|始得|才可|才得以)';
/** 经 as a grant's word, not the 经 of 经办, 经营, 经济, 经费, 经历, 经常, 经验. */
const GATE_JING = '经(?![办营济费历常验])';
/** A sentence that opens with the grant (经检查机关验收合格…后，方可…). */
const OPENS_WITH_GRANT = new RegExp(`^(?:${GATE_JING}|报经|报请)`, 'u');
// 报 alone before the office that decides (应当报所在地县级人力资源社会保障部门审核同意后方可办理) is 报经.
const GATE_PRE = `(?:经过|${GATE_JING}|报经|报请|报(?=[^，。；]{1,30}?(?:部门|机关|厅|局|委员会|人民政府)[^，。；]{0,4}?(?:审批|批准|核准|审核|同意)后)|取得|获得|领取|办理|通过|持有)`;
const ONLY_THEN_RE = new RegExp(ONLY_THEN, 'u');
/** The act a case names (用人单位解除残疾职工劳动合同的): what a bare 方可办理 after it gates. */
const CASE_ACT_RE = new RegExp(`${L.ACTIVITY}[^，。；的]{0,20}`, 'u');
/** Passing commissioned work on to another: 转委托他人处理, 分包给…, 转包. */
const SUBCOMMISSION = /^(?:将[^，。；]{0,12}?)?(?:转委托|再委托|分包|转包|转交他人|委托他人)/u;
/** Employers whose pay and posts their superiors manage: an approval there is administration, not a licence. */
const PUBLIC_EMPLOYER = /事业单位|机关|国有|公益性岗位/u;
/** 审核同意后执行: an act carried out only after the approval, said without 方可. */
const THEN_CARRIED_OUT = '(?<=后)(?=(?:执行|实施)(?:$|[，。；]))';
// A short adverbial may come before the activity: 跨市开展, 在本省上线运营, 正式营业.
const ACTIVITY_RE = re(
  `^(?:在[^，。；]{1,12}?|向[^，。；]{1,12}?|为[^，。；]{1,8}?|面向[^，。；]{1,8}?|对外)?(?:正式|自行|独立|继续|跨[^，。；]{1,3}?)?${L.ACTIVITY}`,
  'u',
);
const BENEFIT_RE = re(`^(?:在[^，。；]{1,12}?)?${L.BENEFIT_ACT}`, 'u');
const STRONG_RE = re(L.GRANT_STRONG, 'u');
const ISSUED_PAPER = /(?:取得|领取|持有|获得|办理)[^，。；]{0,16}?(?:备案|登记|注册)(?:凭证|证书|证明|回执|证)/u;
const PRIVATE_GIVER = /(?:本人|劳动者|职工|农民工|工会|双方|当事人|用人单位|家属|监护人|学员|公司)/u;

function adminNamed(text: string): boolean {
  // Any phrase in the text that names the administration.
  for (let i = text.length; i > 0; i--) {
    // 委 of 委托, 委派: a verb, not a committee's short name (经信委).
    if (text[i - 1] === '委' && /[托派任员]/u.test(text[i] ?? '')) continue;
    const np = phraseEndingAt(text, i, 0, 20);
    if (np && actorKindOf(np) === 'admin') return true;
  }
  return false;
}

/** Steps of a procedure before the administration, not an act of one's own business: applying, reporting, filing. */
const PROCEDURE_STEP = /^[^，。；]{0,4}?(?:申请|申报|报送|报请|报批|报备|报告|提出|提请|办理|进入|转入|参加|参与|列入|纳入|变更|注销)/u;

/** Whether the act at `at` is an employer's or operator's own (the nearest actor named in the sentence), not a step before the administration. */
const COURT_STEP = /破产|诉讼|起诉|仲裁/u;
const JOINT_WITH_EMPLOYER = /(?:用人单位|企业|用工单位)(?:与|和|同)$/u;

function ownAct(sentence: SentenceUnit, at: number, activity: string): boolean {
  // A step before the administration is no act of one's own; a step before a court (提出破产申请, 提起诉讼) is.
  // The act, not when it is done (在申报时扣除 deducts; 申报 only says when).
  const act = activity.replace(/^在[^，。；]{1,10}?(?:时|中)/u, '');
  if ((PROCEDURE_STEP.test(act) && !COURT_STEP.test(act)) || adminNamed(act)) return false;
  const clauses = sentence.clauses;
  for (let i = clauses.indexOf(clauseAt(sentence, at)); i >= 0; i--) {
    const actor = clauses[i].actor;
    // 经检查机关验收合格…后: the body that gives the grant, not who acts.
    if (actor && /(?:经|报经|报请)$/u.test(sentence.block.text.slice(clauses[i].start, actor.start))) continue;
    // 由用人单位对…予以书面确认后，方可作出…决定: the one whose confirmation is awaited gives it; the act is another's.
    if (
      actor &&
      GIVER_BY.test(sentence.block.text.slice(clauses[i].start, actor.start)) &&
      GIVES_AFTER.test(sentence.block.text.slice(actor.end, clauses[i].end))
    )
      continue;
    // 用人单位与劳动者应当…: the parties together, the employer among them.
    if (actor?.kind === 'person' && JOINT_WITH_EMPLOYER.test(sentence.block.text.slice(Math.max(0, actor.start - 8), actor.start))) return true;
    if (actor) return actor.kind === 'employer' || actor.kind === 'market';
  }
  // No clause names its actor (企业在提交讨论前，…; 企业的裁减人员方案报经…): the actor the sentence opens with, unless it opens
  // with the grant (经检查机关验收合格…后，方可…), whose body gives it.
  const opensWithGrant = OPENS_WITH_GRANT.test(sentence.block.text.slice(sentence.start, at));
  const kind = opensWithGrant ? null : leadingActor(sentence.block.text, sentence.start, at);
  if (kind) return kind === 'employer' || kind === 'market';
  // A part after a semicolon that names none goes on with the part before it (用人单位应当…报…审核；未经审核同意的，不得…).
  const previous = sentence.provision.sentences.find((x) => x.index === sentence.index - 1);
  return !!previous && /[；;]/u.test(sentence.block.text[sentence.start - 1] ?? '') && ownAct(previous, previous.end - 1, '');
}

/** 由 before an actor whose own confirmation or consent the clause waits for (由用人单位…予以书面确认后). */
const GIVER_BY = /由$/u;
const GIVES_AFTER = /^(?:(?!报|经(?![办营济费历常验])|向)[^，。；])*?(?:确认|同意|认可|签字|签章|盖章)后/u;

/** The state as owner of its enterprises (国资委, 履行出资人职责的机构): its approvals are an investor's, not licences. */
const INVESTOR = /(?:国资委|国有资产监督管理(?:机构|委员会|部门)|履行出资人职责)/u;

function licences(ctx: Context, out: Draft[]): void {
  const { block, sentence } = ctx;
  const text = block.text;
  const sentenceText = sentence.text;
  const provisionText = sentence.provision.sentences.map((s) => s.text).join('。');
  if (INVESTOR.test(provisionText) && /国有(?:企业|独资|控股|资本)|企业/u.test(provisionText)) return;
  const judge = (start: number, end: number, gate: string, grant: string, activity: string, form: string, focus?: number): void => {
    if (BENEFIT_RE.test(activity)) return;
    // Passing on work one was commissioned with (转委托, 分包) needs the consent of who commissioned it (民法典第九百二十三条): a
    // party's consent to its contract, even where that party is an administration, not a licence.
    if (SUBCOMMISSION.test(activity)) return;
    // 方可办理 after a case that names the act (用人单位解除残疾职工劳动合同的，应当提前报…审核同意后方可办理): the act gated is the case's.
    const caseAct = /^(?:办理|实施|执行)$/u.test(activity.replace(/[的，。；]+$/u, ''))
      ? CASE_ACT_RE.exec(text.slice(sentence.start, start).split(/[，,]/u)[0] ?? '')
      : null;
    // An act outside the vocabulary of free activities is still gated when an employer or operator does it on its own
    // account (未取得批复的，企业不得按照该方案归集缴费; 经预审同意后方可提交职工代表大会讨论); read as a licence to be checked.
    const known = ACTIVITY_RE.test(activity) || !!caseAct;
    if (!known && !((form === 'only-after' || form === 'not-without') && ownAct(sentence, end - activity.length, activity))) return;
    // Who gives the grant is named before the activity (经本人同意; not the 学员 the activity recruits).
    const giver = gate.endsWith(activity) ? gate.slice(0, gate.length - activity.length) : gate;
    if (PRIVATE_GIVER.test(giver) && !adminNamed(giver)) return;
    // The giver named just before a shorter gate (须经该公司|审核后方可使用).
    if (/经[^，。；]{0,8}?(?:公司|工会|本人|双方|当事人)$/u.test(text.slice(Math.max(sentence.start, start - 12), start))) return;
    // A register the administration keeps (目录, 名录) that one must be on before acting is a licence by another name.
    const strong = STRONG_RE.test(grant) || /(?:目录|名录|名单|库)$/u.test(grant);
    // A paper of a filing or registration one must obtain (取得备案凭证) is issued by the office that keeps the register.
    const issued = ISSUED_PAPER.test(gate);
    if (!strong && !issued && !adminNamed(gate) && !adminNamed(sentenceText) && !adminNamed(provisionText)) return;
    const act = (caseAct?.[0] ?? activity).replace(/[的，。；]+$/u, '');
    out.push({
      kind: 'licence',
      subtype: form,
      start,
      end,
      certainty: known ? 'sure' : 'inferred',
      focus,
      detail: { gate: gate.replace(/^(?:须|需|必须|应当|应)?(?:事先|预先|先)?/u, ''), activity: act, grant },
      describe: `以取得行政机关的${strong ? '批准' : `“${grant}”`}作为${act}的前提，实际是设定行政许可`,
    });
  };
  // 经…批准后方可… / 取得…备案凭证后才能… / 经核准的，方可…
  scan(text, sentence.start, sentence.end, LICENCE_ONLY_AFTER, (m, start, end) => {
    // 审核同意后执行, without 方可: only an employer's or operator's own act is gated so; a body's own step (报省人民政府批准后实施)
    // and the pay and posts of public institutions and state bodies, which their superiors manage (单位实行年薪制…核准后实施), are not.
    if (!ONLY_THEN_RE.test(m[0]) && (!ownAct(sentence, end - m[2].length, '') || PUBLIC_EMPLOYER.test(`${ctx.context}\n${provisionText}`))) return;
    judge(start, end, m[0].slice(0, m[0].length - m[2].length), m[1], m[2], 'only-after');
  });
  // 未经…备案的，不得… / 未取得…证书的，一律不得…
  scan(text, sentence.start, sentence.end, LICENCE_NOT_WITHOUT, (m, start, end) => {
    judge(start, end, m[0], m[1], m[2], 'not-without');
  });
  // 未经备案的，解除决定不发生效力: an act made void without the grant is gated on it.
  scan(text, sentence.start, sentence.end, LICENCE_VOID_WITHOUT, (m, start, end) => {
    judge(start, end, m[0], m[1], m[2], 'not-without');
  });
  // 登记后才能招生 (the grant named without a verb before it)
  scan(text, sentence.start, sentence.end, LICENCE_GRANT_THEN, (m, start, end) => {
    judge(start, end, m[0], m[1], m[2], 'only-after');
  });
  // 在开展业务前向…申请资质认定 (the grant to be had before the activity)
  scan(text, sentence.start, sentence.end, LICENCE_BEFORE_ACTIVITY, (m, start, end) => {
    judge(start, end, m[0], m[2], m[1], 'before-activity');
  });
  // 从事…，须经…批准 (the activity first, the approval after)
  scan(text, sentence.start, sentence.end, LICENCE_ACTIVITY_MUST_APPROVE, (m, start, end) => {
    // A post-hoc duty (…之日起15日内备案) is not a precondition; strong grants only.
    judge(start, end, m[2], m[2], m[1], 'must-approve', start + m[1].length);
  });
  // 实行审批管理 / 实行许可制度
  scan(text, sentence.start, sentence.end, LICENCE_SYSTEM, (m, start, end) => {
    // 从事国家实行准入管理职业的岗位: the state's own system, named to pick out a class of posts; the document sets none.
    if (/(?:国家|依法|法律、行政法规规定)$/u.test(text.slice(clauseAt(sentence, start).start, start)) || /^(?:的|职业|工种)/u.test(text.slice(end))) return;
    out.push({
      kind: 'licence',
      subtype: 'system',
      start,
      end,
      certainty: 'sure',
      detail: { gate: m[0], activity: '', grant: m[0] },
      describe: '对有关活动实行审批（许可）管理，实际是设定行政许可',
    });
  });
}

// ---- sanctions -------------------------------------------------------------------------

/** A standing whose loss punishes: one to carry on an activity (开展…资格, 资质, 许可, 定点), or one taken for a term. */
const QUALIFICATION_PUNISHES =
  /(?:开展|从事|承接|经营|执业|认定|鉴定|评价|培训|办学|招生|派遣|中介|资质|许可|定点|备案)[^，。；]{0,14}?(?:资格|资质|许可|定点|备案)|(?:资质|许可|定点)|[0-9零一二两三四五六七八九十半]+(?:个月|年)/u;
/** A term the withdrawal lasts, named before it (三年内取消其…资格). */
const TERM_BEFORE = /[0-9零一二两三四五六七八九十]+(?:个月|年)内$/u;
const BAR_AFTER =
  /^[^，。；]{0,2}[，,]?(?:[0-9零一二两三四五六七八九十]+年内|今后[0-9零一二两三四五六七八九十]+年|一定期限内)?[^，。；]{0,4}?(?:不得|不予|禁止|不再)(?:重新)?(?:申请|申报|认定|参加|承接|享受)/u;

const DESCRIBE_SANCTION: Record<string, string> = {
  fine: '罚款',
  confiscation: '没收',
  revocation: '吊销许可证件',
  suspension: '暂扣许可证件',
  closure: '责令停产停业、关闭',
  occupation: '限制从业',
  detention: '行政拘留',
  reprimand: '警告、通报批评',
  qualification: '取消或者暂停资格',
  downgrade: '降低资质等级',
  ban: '限制参加有关活动或者申请有关事项',
  deduction: '扣减、停发补贴或者资金',
  blacklist: '列入黑名单',
};

const ACCOUNTABILITY = /追究[^，。；]{0,8}?(?:人员|领导|负责人)?[^，。；]{0,4}?(?:责任|问责)|(?:约谈|问责)[^，。；]{0,6}?(?:负责人|领导)/u;
const SUPERVISION =
  /上(?:一)?级[^，。；]{0,16}?(?:部门|机关|人民政府)[^，。；]{0,12}?(?:督促|责令|通报|约谈)|考核[^，。；]{0,10}?(?:不合格|不达标|较差)[^，。；]{0,4}?(?:单位|部门|地区)[^。；]*?督促[^。；]{0,16}?整改/u;
/** Applying for a post or an exam, which anyone may: 报考, 应聘, 报名参加…招聘. */
const PUBLIC_APPLICATION = /报考|应聘|报名参加/u;
const SETBACK =
  /(?:未获|未予|不予)(?:批准|许可|通过|认定)|被(?:吊销|撤销|注销)[^，。；]{0,12}?(?:许可证|资格|资质|执照)|未通过(?:审核|审批|评审|评估)?|被驳回|评(?:为|定为)[C-DＣＤ]级|(?:评为|评定为|等级为)(?:较差|差|不合格|不诚信)|(?:被|予以)?(?:辞退|开除|解聘)(?:之日|的|后)|被解除(?:劳动合同|聘用合同|劳动关系)(?:之日|的|后)|(?:已|被)移送(?:公安|司法|检察)机关|被(?:依法)?(?:公开|作出|给予|处以)?[^，。；]{0,6}?(?:行政处罚|罚款)(?:决定)?的|(?:列入|纳入)[^，。；]{0,12}?(?:名单|名录)|(?:记入|列入|纳入)[^，。；]{0,8}?(?:诚信档案|失信记录|不良(?:行为|信用)?记录)|视为放弃/u;

/**
 * Funds a region is allotted (核减该县（市、区）下一年度以工代赈资金安排): one level of government adjusting another's budget, not a
 * measure on a party.
 */
const REGION_ALLOTMENT = /(?:该|所在|当地|下级|下一级)(?:县|市|区|州|市州|地区|地方)|(?:县|市|区)（[市区县、]{1,6}）/u;
const AWARD_REVOKED = /(?:撤销|取消|收回)[^，。；]{0,6}?(?:奖励|称号|荣誉|表彰)/u;
const ALLOTMENT_AFTER = /^[^，。；]{0,2}?(?:安排|分配|额度|指标|规模|切块)/u;

/** Whether the issuer named back (该工会组织) is the one the case before names as applying (工会组织代为申请的，…). */
function appliesItself(issuer: string, before: string): boolean {
  const named = /^(?:该|上述|前述)([^，。；]{2,12})$/u.exec(issuer)?.[1];
  if (!named) return false;
  const at = before.lastIndexOf(named);
  return at >= 0 && /^[^，。；]{0,10}?(?:申请|提出|申报|申领|报送)[^，。；]{0,10}?的[，,]/u.test(before.slice(at + named.length));
}

/** An office named by the measures it handles: 负责罚款执行工作的机构, 负责罚没款收缴的工作人员. */
const REMIT_BEFORE = /负责[^，。；]{1,14}$/u;
const REMIT_AFTER = /^[^，。；]{0,10}?的(?:机构|部门|科室|处室|工作人员|人员|岗位|单位)/u;

/** From when the person stopped doing what a payment is for: 自离岗次月起, 自解除聘用合同之日起, 自调离当月起. */
const SERVICE_ENDED = /自[^，。；]{0,10}?(?:离岗|离职|离开|退出|调离|解除|终止|辞职|辞聘|期满|死亡)[^，。；]{0,8}?(?:次月|当月|下月|之日|之月|时)起$/u;

function sanctions(ctx: Context, out: Draft[]): void {
  const { block, sentence } = ctx;
  const text = block.text;
  const take = (list: Array<[string, string]>, disguised: boolean): void => {
    for (const [subtype, source] of list) {
      scan(text, sentence.start, sentence.end, source, (m, start, end) => {
        if (out.some((d) => d.kind === 'sanction' && d.start < end && start < d.end)) return;
        if (withinCondition(sentence, start, end)) {
          out.push({ kind: 'sanction', subtype, start, end, certainty: 'sure', detail: {}, describe: '', status: 'conduct' });
          return;
        }
        // A measure another body takes under its own law, at the department's request (提请市场监督管理部门吊销…营业执照), or one
        // the sentence undoes (撤销…没收财物以及对财产的查封): the document sets neither.
        const before = text.slice(Math.max(sentence.start, start - 24), start);
        if (/(?:提请|建议|商请|移送|函告|通报|抄告)[^，。；]{0,16}?(?:部门|机关|机构)[^，。；]{0,4}$/u.test(before)) return;
        if (/(?:撤销|变更|返还|解除|纠正|确认)[^，。；]{0,10}$/u.test(before)) return;
        // A measure someone has undergone (用人单位已经注销或者被吊销营业执照，仍在…; 被依法吊销营业执照、责令关闭的): a fact the
        // sentence starts from, with the list it heads.
        if (/被(?:依法)?(?:处以|给予|处)?(?:[^，。；、]{1,16}、)*$/u.test(before)) return;
        // 被处以罚款的当事人: the one who was fined, named by it.
        if (/^被/u.test(m[0]) && /^的/u.test(text.slice(end))) return;
        // The measure as the ground of a procedure (因吊销…许可证件举行的行政处罚听证), or a sentence that keeps such cases out of
        // the document (…，不适用本规定): it names the measure, it imposes nothing.
        if (
          /(?:因|对于?|就)(?:拟作出|拟)?$/u.test(before) &&
          /^[^，。；]{0,40}?(?:举行|组织|进行|作出|办理)的[^，。；]{0,10}?(?:听证|程序|决定|复议|诉讼)/u.test(text.slice(end, sentence.end))
        )
          return;
        if (/不适用本(?:规定|办法|细则|规程|通知|条例|意见)/u.test(text.slice(sentence.start, sentence.end))) return;
        // An office named by its remit (抄送本部门负责罚款执行工作的机构): the measure is what it handles, not imposed on anyone.
        if (REMIT_BEFORE.test(text.slice(Math.max(sentence.start, end - 24), end)) && REMIT_AFTER.test(text.slice(end, sentence.end))) return;
        // A class of measure defined (…达到前条规定标准的，属于没收较大数额违法所得): the document says what counts, it imposes nothing.
        if (/(?:属于|是指|称为)(?:本[办法规定细则]{2,4}所称的?)?$/u.test(before)) return;
        // 已采取的停发待遇或者暂停拨付费用等措施情况: measures taken under some power, reported on, not imposed here.
        if (/已(?:经|依法)?采取(?:的|了)?[^，。；]{0,4}$/u.test(before) && /^[^，。；]{0,16}?措施/u.test(text.slice(end, sentence.end))) return;
        // 已经作出的警告、吊销许可证等行政处罚决定: kinds of decision named, not imposed.
        if (/^(?:、[^，。；、]{1,12})*等?(?:行政处罚|处罚|处理)决定/u.test(text.slice(end, sentence.end))) return;
        if (subtype === 'deduction' && (REGION_ALLOTMENT.test(m[0]) || ALLOTMENT_AFTER.test(text.slice(end, sentence.end)))) return;
        // A payment for service stopped from when the service ends (违约退出的，自离岗次月起停发工作生活补贴): nothing is owed for the
        // time after, whatever ended it; no penalty.
        if (subtype === 'deduction' && SERVICE_ENDED.test(before)) return;
        // The benefits that came with an award, stopped when the award is revoked (撤销其奖励，收回奖励证书…，并停止其享受的有关待遇):
        // the award undone, not a penalty.
        if (subtype === 'ban' && AWARD_REVOKED.test(text.slice(sentence.start, start))) return;
        const breach = breachOf(sentence, start);
        // A ban answers a breach, or a refusal, a revocation or a low rating (未获批准的，二年内不得再次提出申请; 对评为C级的企业，
        // 暂停受理其…申请; 被吊销许可证的，其负责人3年内不得在本省从事…).
        const setback = disguised && !breach && subtype === 'ban' ? SETBACK.exec(text.slice(sentence.start, start))?.[0] : undefined;
        if (disguised && !breach && !setback) return;
        // Withdrawing a standing in a programme (见习单位资格, 称号) is a revocation; it punishes when it bars an activity or lasts a term.
        if (
          subtype === 'qualification' &&
          !QUALIFICATION_PUNISHES.test(m[0]) &&
          !BAR_AFTER.test(text.slice(end, Math.min(sentence.end, end + 16))) &&
          !TERM_BEFORE.test(before)
        )
          return;
        // Officials who break the rules answer with discipline, not with a penalty on the public; a bar on applying for posts
        // anywhere after they leave (自辞退之日起五年内不得报考…) reaches them as members of the public.
        // A fine is no discipline, whoever pays it (工作人员…提供虚假材料的，由…部门处1000元以上5000元以下的罚款).
        if (breach && OFFICIAL_RE.test(breach.replace(/^对/u, '')) && subtype !== 'fine' && !(subtype === 'ban' && PUBLIC_APPLICATION.test(m[0]))) return;
        // 予以通报批评并追究有关人员责任: accountability inside the administration (各地不得自行扩大调整范围…), not a penalty.
        // 由上一级人力资源社会保障部门督促整改或者予以通报批评: a superior body supervising a lower one, not a penalty either; so
        // is a unit rated poorly in a work appraisal, reprimanded and urged to put it right (对考核结果为不合格的单位…通报批评，并督促其…整改).
        if (subtype === 'reprimand' && (ACCOUNTABILITY.test(sentence.text) || SUPERVISION.test(sentence.text))) return;
        const what = DESCRIBE_SANCTION[subtype];
        out.push({
          kind: 'sanction',
          subtype,
          start,
          end,
          certainty: 'sure',
          specific: SPECIFIC_RE.test(m[0]),
          detail: { breach: breach ?? '', measure: m[0], disguised: disguised ? 'yes' : '' },
          describe: !disguised
            ? `属于行政处罚（${what}）`
            : breach
              ? `是对违法行为的制裁，实际是设定行政处罚（${what}）`
              : `以“${setback}”为由限制其申请或者从事有关活动，法律、法规没有规定的，实际是设定行政处罚（${what}）`,
        });
      });
    }
  };
  take(L.PENALTY_CLASSIC, false);
  take(L.PENALTY_DISGUISED, true);
}

// ---- compulsion -------------------------------------------------------------------------

const DESCRIBE_COMPULSION: Record<string, string> = {
  seizure: '查封、扣押财物或者证件',
  freeze: '冻结存款、账户或者暂停账户支付',
  transfer: '划拨存款、汇款',
  enforcement: '加处罚款或者滞纳金',
};

/** A verb before the measure that imposes it (予以查封, 可以扣押): not a mere mention. */
const IMPOSING_BEFORE = /(?:予以|实施|采取|可以|可|应当|依法|有权|责令|决定|并|先行|当场)[^，。；]{0,2}$/u;
/** The measure followed by the kind of activity or paper it belongs to (…等现场执法活动, …的决定): it names them, it imposes nothing. */
const KIND_OF_ACTIVITY = /^(?:、[^，。；、]{1,12})*(?:等|的)[^，。；]{0,30}?(?:活动|行为|事项|执法|程序|案件|过程|场所|环节|情形|决定|文书|清单|笔录|通知书)/u;
/** The measure as the name of a wrong investigated (查处扣押劳动者证件案件, 扣押…、以担保名义收取财物等违法案件). */
const NAMED_WRONG = /^(?:(?:、|和|或者|及)[^，。；]{1,24}?)*(?:等)?(?:违法)?(?:案件|行为)/u;
/** Papers only an employer or an agent holds back from a worker (劳动合同法第九条): the administration seizes no such thing. */
const WORKERS_PAPERS = /(?:劳动者|职工|员工|求职者|被派遣劳动者|农民工|务工人员)(?:本人)?的?(?:居民)?(?:身份证件?|证件|社会保障卡|社保卡|银行卡|工资卡)/u;

/** A fund, budget or account of the administration's own, or money paid on to a bank (划拨…至代发银行). */
const OWN_FUNDS =
  /(?:基金|财政|预算|专户|支出户|收入户|国库)[^，。；]{0,6}?(?:中|内)?(?:直接)?(?:划拨|拨付)|划拨[^，。；]{0,16}?(?:至|到)[^，。；]{0,10}?(?:银行|专户|账户|单位)/u;

function compulsions(ctx: Context, out: Draft[]): void {
  const { block, sentence } = ctx;
  const text = block.text;
  for (const [subtype, source] of L.COMPULSION) {
    scan(text, sentence.start, sentence.end, source, (m, start, end) => {
      if (out.some((d) => d.kind === 'compulsion' && d.start < end && start < d.end)) return;
      if (withinCondition(sentence, start, end)) {
        out.push({ kind: 'compulsion', subtype, start, end, certainty: 'sure', detail: {}, describe: '', status: 'conduct' });
        return;
      }
      // 查封、扣押财物应当制作笔录: the measure named as the subject of a procedure, not imposed.
      const clauseStart = clauseAt(sentence, start).start;
      if (
        /^(?:查封|扣押|扣留|冻结|封存|暂扣|、|和|或者)*$/u.test(text.slice(clauseStart, start)) &&
        /^(?:应当|须|必须|时|的|前|后|决定|期间)/u.test(text.slice(end))
      )
        return;
      // 对查封扣押财产、强制拆除等现场执法活动，要推行全程音像记录: the measure names a kind of activity that other duties concern.
      if (!IMPOSING_BEFORE.test(text.slice(clauseStart, start)) && KIND_OF_ACTIVITY.test(text.slice(end, clauseAt(sentence, start).end))) return;
      // 查处扣押劳动者证件案件: the measure names the wrong an employer commits, not a measure of the administration.
      // So is one listed in the case of a penalty (…或者扣押、变相扣押农民工本人社会保障卡，经责令限期改正逾期不改正的，按照…处罚).
      if (
        WORKERS_PAPERS.test(m[0]) &&
        (NAMED_WRONG.test(text.slice(end, sentence.end)) ||
          text.slice(Math.max(clauseStart, start - 2), start) === '变相' ||
          (!IMPOSING_BEFORE.test(text.slice(clauseStart, start)) && /的[，,]/u.test(text.slice(end, sentence.end))))
      )
        return;
      // Money moved out of a fund or budget the administration keeps (从社会保险基金支出户中划拨待遇资金至代发银行) is a payment it makes,
      // not money taken from a party.
      if (subtype === 'transfer' && OWN_FUNDS.test(text.slice(clauseStart, Math.min(sentence.end, end + 16)))) return;
      // Who does it: an employer or a private person seizing papers is conduct the law forbids, not a measure.
      const clause = clauseAt(sentence, start);
      // 责令银行暂停…: the administration acts through whom it orders.
      const ordered = /(?:责令|通知|要求|协助|委托)[^，。；]{0,10}$/u.test(text.slice(clause.start, start));
      const doer = ordered ? 'admin' : (agentBy(text, start, clause.start)?.kind ?? subjectBefore(text, start, clause.start)?.kind ?? null);
      if (doer && doer !== 'admin') {
        out.push({ kind: 'compulsion', subtype, start, end, certainty: 'sure', detail: {}, describe: '', status: 'conduct' });
        return;
      }
      out.push({
        kind: 'compulsion',
        subtype,
        start,
        end,
        certainty: doer === 'admin' || breachOf(sentence, start) ? 'sure' : 'inferred',
        specific: true,
        detail: { measure: m[0] },
        describe: `实际是设定行政强制${subtype === 'enforcement' ? '执行' : '措施'}（${DESCRIBE_COMPULSION[subtype]}）`,
      });
    });
  }
}

// ---- fees -------------------------------------------------------------------------------

const NOT_FEE_RE = re(L.NOT_FEE, 'u');
const DESCRIPTIVE_BEFORE = /(?:所|非法|违法|违规|擅自|已|多|乱)$/u;
const PAYER_TO = /向([^，。；]{2,24}?)$/u;
const PRICE_SET = /(?:价格主管部门|价格部门|物价部门|发展改革部门|发展和改革部门|财政部门)[^，。；]{0,12}?(?:核定|批准|规定|确定|制定|公布)/u;

/** Who the sentence is about when the clause names nobody (劳务经纪人组织劳动者…的，可以向劳动者收取…): the head of its first words. */
function sentenceSubject(text: string, from: number, to: number): { text: string; kind: ActorKind | null } | null {
  const m = /^(?:对)?([^，。；：]{2,14}?)(?:组织|开展|从事|招用|使用|提供|作为|为|在|应当|可以|须|不得)/u.exec(text.slice(from, to));
  const kind = m ? actorKindOf(m[1]) : null;
  return m && kind ? { text: m[1], kind } : null;
}

/**
 * The party acting in the clauses before a fee that names no collector (用人单位应当如实提供，并可以…收取复印费用; 企业招用员工时，
 * 可以要求员工…缴纳…押金): an employer or an operator charging, not the administration. The person asked to pay is skipped.
 */
function partyBefore(sentence: SentenceUnit, at: number, openingToo: boolean): ActorKind | null {
  const own = clauseAt(sentence, at);
  const text = sentence.block.text;
  for (let i = sentence.clauses.indexOf(own); i >= 0; i--) {
    const clause = sentence.clauses[i];
    // A case (用人单位和个人…打印…的) names who pays, not who charges.
    if (clause.conditional && !openingToo) continue;
    const actor = clause.actor && clause.actor.start < at ? clause.actor : null;
    // A clause with no actor found may still open with one (入驻基地的创业企业招用员工时), where the one asked to pay is named.
    const kind = actor?.kind ?? (openingToo ? leadingActor(text, clause.start, Math.min(clause.end, at)) : null);
    if (!kind) continue;
    if (kind === 'person' && /要求/u.test(text.slice(clause.start, Math.min(clause.end, at)))) continue;
    return kind;
  }
  return null;
}

/** Who bears the cost named just before (…费用按照代收协议由税务部门承担). */
const BORNE_BY = /^[^。；]{0,16}?由([^，。；]{2,16}?)(?:承担|负担|列支)/u;

/** Nouns a payment word modifies (缴费记录, 缴费基数, 缴费年限, 费用结算): a record, a measure or the settling of payments, not a charge. */
const RECORD_AFTER = /^(?:记录|基数|年限|信息|凭证|明细|档案|数据|情况|证明|标准|结算|核算|清算)/u;

/** Money handed on to the administration or the treasury after it is taken in. */
const REMITTED = /^[^。；]{0,20}?(?:上缴|解缴|缴入|划入)((?:同级|本级)?(?:财政|国库|[^，。；]{0,12}?(?:部门|机关)))/u;

function fees(ctx: Context, out: Draft[]): void {
  const { block, sentence } = ctx;
  const text = block.text;
  const add = (start: number, end: number, money: string, collector: { text: string; kind: ActorKind | null } | null): void => {
    if (out.some((d) => d.kind === 'fee' && d.start < end && start < d.end)) return;
    // A deposit named after wages (工资支付保证金) is a deposit; only the statutory 工资保证金 is not a charge.
    if (NOT_FEE_RE.test(money) && !(/(?:保证金|押金|风险金|抵押金)$/u.test(money) && !/工资保证金$/u.test(money))) return;
    // 收取企业和职工缴费: contributions named by the act of paying them, not a fee named by what it is for.
    if (/缴费$/u.test(money) && !/^(?:保证金|押金|风险金|抵押金)/u.test(text.slice(end))) return;
    // 存储保证金 in a document on the statutory 工资保证金 (保障农民工工资支付条例第三十二条): that deposit, named short.
    if (/^的?保证金$/u.test(money) && /工资保证金/u.test(`${ctx.context}\n${text}`)) return;
    if (DESCRIPTIVE_BEFORE.test(text.slice(Math.max(sentence.start, start - 2), start))) return;
    // 代收代办服务一律免费: the service is free, nothing is charged.
    if (/免费$/u.test(money)) return;
    // 属于前款规定的收取费用: the sentence says what the rule before forbids, it charges nothing.
    if (/属于[^，。；]{0,12}?(?:规定|所称)的$/u.test(text.slice(Math.max(sentence.start, start - 16), start))) return;
    // 征收形成的缴费记录, 缴费基数: the money words name a record of payments, not a charge.
    if (RECORD_AFTER.test(text.slice(end, end + 2))) return;
    // A cost the administration bears itself (代收费用…由税务部门承担) is charged to no one.
    const bearer = BORNE_BY.exec(text.slice(end, sentence.end));
    if (bearer && actorKindOf(bearer[1]) === 'admin') return;
    if (withinCondition(sentence, start, end)) {
      out.push({ kind: 'fee', subtype: 'charge', start, end, certainty: 'sure', detail: {}, describe: '', status: 'conduct' });
      return;
    }
    // A market operator charging for its own services is not an administrative fee.
    if (collector?.kind && collector.kind !== 'admin') return;
    // Charged at what the price or finance authority fixed (按照价格主管部门核定的收费项目和标准收取学费): the document does not set it.
    if (PRICE_SET.test(text.slice(sentence.start, sentence.end))) return;
    const clause = clauseAt(sentence, start);
    const amount = NUMBER_RE.test(text.slice(clause.start, Math.min(sentence.end, end + 10)));
    // …or the same fee, so fixed in another article of the document (缴纳考务费用, where 考务费按照…核定的收费标准收取); a fee
    // whose amount this article sets itself (缴纳考务费150元) is the document's own.
    if (!amount && [...ctx.pricedFees].some((fee) => money.replace(/用$/u, '').endsWith(fee))) return;
    out.push({
      kind: 'fee',
      subtype: /押金|保证金|保障金|风险金|抵押金|质保金|履约金/u.test(money) ? 'deposit' : 'charge',
      start,
      end,
      certainty: collector?.kind === 'admin' || amount ? 'sure' : 'inferred',
      specific: amount,
      detail: { money: money.replace(/^[的]/u, ''), collector: collector?.text ?? '' },
      describe: `由${collector?.text || '行政机关'}向当事人收取费用，实际是设定行政事业性收费`,
    });
  };
  // 向…缴纳…费 / 缴纳…押金
  scan(text, sentence.start, sentence.end, FEE_PAY, (m, start, end) => {
    // 不预交鉴定费用, 未缴纳…费用: a payment the sentence says was not made, not a charge it sets.
    if (/[不未]$/u.test(text.slice(Math.max(sentence.start, start - 1), start))) return;
    const clause = clauseAt(sentence, start);
    const to = PAYER_TO.exec(text.slice(clause.start, start).replace(/(?:应当|须|需|必须|先|事先|统一|按时)+$/u, ''));
    // 向…部门指定账户缴存: the account's holder collects.
    const holder = to?.[1].replace(/(?:指定|开设|设立)?的?(?:银行)?(?:账户|专户)$/u, '');
    // Money an operator takes in and hands on to the department (由评价机构统一上缴同级人力资源社会保障部门) is the department's.
    const remitted = REMITTED.exec(text.slice(end, sentence.end));
    // Whoever pays is the subject of 缴纳; only one who asks another to pay (企业…可以要求员工…缴纳…押金) collects.
    const asks = /要求[^，。；]{0,16}$/u.exec(text.slice(clause.start, start));
    const party = remitted || holder || !asks ? null : partyBefore(sentence, start - asks[0].length, true);
    const collector = remitted
      ? { text: remitted[1], kind: 'admin' as const }
      : holder
        ? { text: holder, kind: actorKindOf(holder) }
        : party === 'employer' || party === 'market'
          ? { text: '', kind: party }
          : null;
    add(start, end, m[1], collector);
  });
  // 收取…费 / 由…收取
  scan(text, sentence.start, sentence.end, FEE_COLLECT, (m, start, end) => {
    const clause = clauseAt(sentence, start);
    // The money named as the clause's subject (代收费用应当与学费、住宿费分开列示): a noun, nothing collected here.
    if (text.slice(clause.start, start).trim() === '' && NOUN_FEE_NEXT.test(text.slice(end, end + 4))) return;
    const agent = agentBy(text, start, clause.start);
    // 企业可以向新录用的员工收取…: the one charged (向…) stands between the collector and the verb.
    const payer = /向[^，。；]{1,20}?$/u.exec(text.slice(clause.start, start));
    // 评价机构依据原省劳动和社会保障厅有关…收费文件收取费用: the body whose paper is the basis is not the one collecting.
    const basis = /(?:依据|根据|依照)[^，。；]{1,30}?(?:文件|规定|办法|通知|意见)$/u.exec(text.slice(clause.start, payer ? start - payer[0].length : start));
    const subject = subjectBefore(text, (payer ? start - payer[0].length : start) - (basis?.[0].length ?? 0), clause.start);
    // An item with no subject of its own is done by the lead-in's (申请认定的家政企业…应当符合下列要求：（一）…统一收取服务费用).
    const lead = sentence.provision.leadIn?.text;
    const party = partyBefore(sentence, start, false);
    const collector =
      (agent?.kind ? agent : subject?.kind ? { text: subject.text, kind: subject.kind } : sentenceSubject(text, sentence.start, start)) ??
      (lead ? sentenceSubject(lead, 0, lead.length) : null) ??
      // Only an employer: a service body may be the department's own (所属技能人才评价服务机构…收取核验服务费).
      (party === 'employer' ? { text: '', kind: party } : null);
    add(start, end, m[1], collector);
  });
  // 专家评审和实地考察所需费用由申请人承担，按照每所学校3万元的标准缴纳: the cost of the administration's own review of an
  // application, laid on the applicant (行政许可法第五十八条: 实施行政许可…不得收取任何费用).
  scan(text, sentence.start, sentence.end, FEE_REVIEW_COST, (m, start, end) => {
    if (!NUMBER_RE.test(text.slice(start, sentence.end))) return;
    add(start, end, m[1], { text: '行政机关', kind: 'admin' });
  });
  // 专家评估费用，由申请人…向劳动能力鉴定委员会缴纳 (the money first, paid by a person to the administration)
  scan(text, sentence.start, sentence.end, FEE_MONEY_PAID_TO, (m, start, end) => {
    if (actorKindOf(m[2]) !== 'person' || actorKindOf(m[3]) !== 'admin') return;
    const name = FEE_NAME_TAIL.exec(m[1])?.[0] ?? m[1];
    add(start + m[1].length - name.length, end, name, { text: m[3], kind: 'admin' });
  });
  // 押金一千元由…统一收取 (the money first)
  scan(text, sentence.start, sentence.end, FEE_MONEY_FIRST, (m, start, end) => {
    const collector = agentBy(text, end, start);
    add(start, end, m[1], collector ?? { text: m[2], kind: actorKindOf(m[2]) });
  });
  // 参加…部门组织的…培训，培训费每人200元，由劳务人员报名时缴纳: the money first, paid by the participant for what the
  // administration organises.
  scan(text, sentence.start, sentence.end, FEE_MONEY_PAID_BY, (m, start, end) => {
    // Paid by the participant, not out of a fund or by the employer.
    if (actorKindOf(m[2]) !== 'person') return;
    const before = text.slice(sentence.start, start);
    const organiser = ADMIN_ORGANISED.exec(before);
    if (!organiser) return;
    const body = phraseEndingAt(before, organiser.index + organiser[1].length);
    if (actorKindOf(body) !== 'admin') return;
    add(start, end, m[1], { text: body, kind: 'admin' });
  });
  // 监管服务费按存储金额的3‰收取，…缴纳至人力资源社会保障行政部门指定账户 (the money first, at a rate, paid to the administration)
  scan(text, sentence.start, sentence.end, FEE_AT_RATE, (m, start, end) => {
    const payee = FEE_PAID_TO.exec(text.slice(end, sentence.end));
    if (!payee || actorKindOf(payee[1]) !== 'admin') return;
    // The fee's own name (监管服务费), not what it is charged on (工资保证金, money that is not a fee).
    add(start, end, FEE_NAME_TAIL.exec(m[1])?.[0] ?? m[1], { text: payee[1], kind: 'admin' });
  });
}

// ---- certificates -------------------------------------------------------------------------

// After a modal (能够证明…的材料, 足以证明, 用以证明) 证明 is a verb: the papers prove a fact, nobody attests it.
const ATTEST = `(?<!能够|足以|可以|用以|用于|据以|借以|藉以)(?:${L.ATTEST_STRONG}|${L.ATTEST_WEAK})(?![其该本自是为属确已未与有无了过事能])`;
const ATTEST_STRONG_RE = re(`${L.ATTEST_STRONG}$`, 'u');
const ISSUED_BY = /([^，。；、]{2,24}?)(?:出具|开具|盖章|签字|签署|证明)的/u;
const SELF = /^(?:本人|申请人本人|申请人|个人|本单位|自己|其本人)/u;
// Not a check the person asks for (职工个人申请核查…并要求单位补缴的): the papers are then the applicant's.
const INVESTIGATION = /(?<!申请|请求)(?:调查|检查|稽核|监察|询问|核查|审计|巡查)[^。；]{0,30}?(?:要求|责令|可以)/u;
const NOT_DEMAND = /(?:虚假|伪造|变造|假冒)/u;
/** A clause that continues the list of the clause before it (以及…, 和…), without a verb of its own. */
const LIST_GOES_ON = /^\s*(?:以及|及其|或者|还有)(?![^，。；]{0,12}?(?:应当|须|需|可以|不得|(?:提交|提供|出具|开具|办理)(?!的)))/u;

/** The actor named at the start of a sentence (its subject). */
function leadingActor(text: string, from: number, to: number): ActorKind | null {
  let end = from;
  while (end < to && end - from < 24 && !/[，,。；;：:]/u.test(text[end])) end++;
  // 职工人数在三百人以上的用人单位: a count of persons that picks out the employer, not the subject; read on from after it.
  const counted = /^[^，。；]{0,8}?(?:人数|总数|数量)[^，。；]{0,12}?(?:以上|以下|以内|不足|超过|达到)[^，。；]{0,4}?的/u.exec(text.slice(from, end));
  if (counted) from += counted[0].length;
  // The shortest phrase with a head: 人力资源服务机构接受…人员 is about the 机构, not the 人员.
  for (let k = from + 2; k <= end; k++) {
    const kind = actorKindOf(text.slice(from, k));
    if (kind) return kind;
  }
  return null;
}

/** Where the name holding the bracket that closes at `at` begins: 社区 in 社区（村）, back to a separator. */
function nameBeforeBracket(text: string, at: number, from: number): number {
  let s = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
  if (s < from) return at;
  while (s > from && !/[，。；、：:\s）)]/u.test(text[s - 1])) s--;
  return s;
}

/** Who issues the paper named in a phrase: X出具的…证明, or a 由/到 X 出具 procurement. */
function issuerIn(phrase: string): { text: string; kind: ActorKind | null } | null {
  const m = ISSUED_BY.exec(phrase);
  if (!m) return null;
  const who = m[1].replace(/^(?:由|经|到|向)/u, '');
  // 本人签署的: the person's own paper; 本人居住地社区服务中心出具的: the body named after 本人 issues it.
  const kind = actorKindOf(who);
  if (SELF.test(who) && (kind === null || kind === 'person')) return { text: who, kind: 'person' };
  const np = who.replace(/^.*?(?:提供|提交|出具|出示|持|凭)/u, '');
  return { text: np, kind: actorKindOf(np) ?? (/(?:委员会|委会|社区|派出所|街道|乡镇|学校|医院|单位)$/u.test(np) ? 'third-party' : null) };
}

const SERVICE_LIST_END = /(?:等|的|出具|核验|查询|验证|咨询)(?:服务|便利)(?:事项)?$/u;
/** Someone hands papers in or applies: what makes a paper a 证明事项. */
const HANDED_IN = /提交|提供|持有?|凭|出示|附|报送|申请|申报|申领|办理|领取|认定|报名/u;
/** A paper another body takes as the ground of its own decision (将鉴定意见作为其年度考核…的重要参考). */
const INTERNAL_USE = /(?:将|把)[^，。；]{0,10}?(?:意见|鉴定|评价|证明)[^，。；]{0,4}?作为[^，。；]{0,24}?(?:参考|依据)/u;
/** A label that names an activity (（一）出具离职证明。): the heading of a duty the next sentence gives someone, not a demand. */
const ACTIVITY_LABEL = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、])?\s*(?:出具|开具)[^，。；]{1,16}$/u;
const SERVICE_LEAD_IN = /(?:提供|履行|承担|负责)(?:下列|以下|如下)[^。：:]{0,8}?(?:服务|职责|工作|事项)[：:]?$/u;

const OPERATOR_WORD = /机构|企业|公司|单位|经营者|供应商|服务商/u;
/** An office inside the department itself: 承办处室, 内设机构, 法制工作机构. */
const OWN_OFFICE = /处室|内设机构|法制(?:工作)?机构|本机关|本部门/u;

/** A verb of applying or submitting, whose subject is the one the papers are asked of. */
const SUBMIT_VERB = /申请|申报|提出|报送|提交|报请|附/gu;
/** An applicant outside the administration named before the verb: the papers are asked of it. */
const PRIVATE_APPLICANT = /申请人|申报人|用人单位|企业|个人|劳动者|职工|人员|经营者|社会组织/u;

/**
 * One government applying to another (市州申请调剂金，由市州人力资源社会保障部门…提出书面申请，并附…): a paper another
 * department issues for it is a step between administrations, not a 证明事项: those are the papers 公民、法人和其他组织
 * bring when they apply to the administration.
 */
function governmentApplies(text: string): boolean {
  if (PRIVATE_APPLICANT.test(text)) return false;
  for (const m of text.matchAll(SUBMIT_VERB)) {
    const at = m.index!;
    const who = /由/u.test(text.slice(0, at)) ? agentBy(text, at) : null;
    const kind = who?.kind ?? leadingActor(text, 0, at);
    if (kind) return kind === 'admin';
  }
  return false;
}

/** A case of going to court (向人民法院提起诉讼的，…): the papers it needs are the court's. */
const COURT_FILING = /向人民法院(?:提起诉讼|起诉|申请(?:撤销|执行|强制执行)?)[^，。；]{0,30}?的[，,]/u;

function certificates(ctx: Context, out: Draft[]): void {
  const { block, sentence } = ctx;
  const text = block.text;
  const s = sentence.text;
  if (INVESTIGATION.test(s)) return;
  // 向人民法院提起诉讼的，应当提交…: what a court asks under procedural law, not a paper the administration demands.
  if (COURT_FILING.test(s)) return;
  // A market operator or employer asking its client for papers (要求用人单位提供营业执照和委托证明) sets no 证明事项, unless the
  // paper is one another body issues (户籍所在地公安派出所出具的户籍证明, 原工作单位出具的工资收入证明): the document then makes the
  // person go and get it.
  let operatorAsks = false;
  const add = (start: number, end: number, nounStart: number, verb: string, issuer: { text: string; kind: ActorKind | null } | null, via: string): void => {
    if (operatorAsks && (!issuer || issuer.kind === null || issuer.kind === 'person')) return;
    // A phrase cut off inside a bracket (社区（村）居民委员会…) starts at the name the bracket belongs to.
    if (/^[）)]/u.test(text.slice(start, end))) start = nameBeforeBracket(text, start, sentence.start);
    if (out.some((d) => d.kind === 'certificate' && d.start < end && start < d.end)) return;
    const phrase = text.slice(start, end);
    // “营业执照、劳动合同等证明材料” names the items listed before it; each is judged on its own. So does “以…缴费记录等
    // 作为其就业的证明材料”: the papers named before 作为 serve as the proof.
    const before = text.slice(start, nounStart);
    if (/等(?:相关|有关|其他)?$/u.test(before) || /作为[^，。；]{0,20}$/u.test(before)) return;
    // 应当提交清单所列证明: the papers the list of retained 证明事项 keeps, each with its basis there.
    if (/(?:证明事项)?(?:清单|目录)(?:所列|列明|中|内|保留)的?$/u.test(before)) return;
    if (NOT_DEMAND.test(phrase)) return;
    const noun = text.slice(nounStart, end);
    const strong = ATTEST_STRONG_RE.test(noun);
    const thirdParty = !!issuer && issuer.kind !== null && issuer.kind !== 'person';
    if (!strong && !thirdParty) return; // 说明、承诺书 only when someone else issues them
    if (issuer?.kind === 'person') return; // the applicant's own statement or commitment
    // A paper one office of the department writes for its own decision (由承办处室出具合法合规说明) is internal work, asked of no one.
    if (issuer && OWN_OFFICE.test(issuer.text)) return;
    if (issuer?.kind === 'admin' && governmentApplies(via === 'listed' ? (sentence.provision.leadIn?.text ?? '') : text.slice(sentence.start, start))) return;
    if (withinCondition(sentence, start, end)) {
      out.push({ kind: 'certificate', subtype: via, start, end, certainty: 'sure', detail: {}, describe: '', status: 'conduct' });
      return;
    }
    out.push({
      kind: 'certificate',
      subtype: via,
      start,
      end,
      certainty: thirdParty ? 'sure' : 'inferred',
      specific: true,
      detail: { paper: phrase, issuer: issuer?.text ?? '', issuerKind: issuer?.kind ?? '', verb },
      describe: `要求申请人提供${issuer?.text ? `由${issuer.text}出具的` : '他人出具的'}证明材料，实际是设定证明事项`,
    });
  };
  // The one who demands.
  const ask = s.indexOf('要求');
  if (ask >= 0) {
    const at = sentence.start + ask;
    const clause = clauseAt(sentence, at);
    // The sentence's subject, not a party inside the case or time that opens it (市州核定参保单位…时，应当要求…).
    const opening = sentence.clauses.find((c) => !c.conditional && c.start <= at);
    const who = subjectBefore(text, at, clause.start)?.kind ?? (opening ? leadingActor(text, opening.start, at) : null);
    operatorAsks = who === 'market' || who === 'employer';
  }
  // 提供/提交/持/凭 … 证明: every paper named after the verb, up to the end of its clause (提供甲证明和乙出具的证明).
  scan(text, sentence.start, sentence.end, CERT_DEMAND_VERB, (m, vStart, vEnd) => {
    const verb = m[0];
    const clause = clauseAt(sentence, vStart);
    const before = text.slice(clause.start, vStart);
    if (/为[^，。；]{1,20}?$/u.test(before) && /(?:出具|开具)/u.test(verb)) return; // 为…出具: a duty to issue
    // 申请出具生效证明, 向经办机构申请出具参保证明: the applicant asks the body for the paper; nothing is asked of the applicant.
    if (/(?:出具|开具)/u.test(verb) && /(?:申请|请求)$/u.test(before)) return;
    if (/(?:出具|开具)/u.test(verb) && ACTIVITY_LABEL.test(s)) return;
    // 提供档案查阅、依据档案记载出具相关证明等服务: a service offered, not a paper asked for.
    if (/提供/u.test(text.slice(clause.start, vEnd)) && SERVICE_LIST_END.test(text.slice(clause.start, clause.end))) return;
    if (/所$/u.test(before)) return; // 所提交的证明材料: the papers are referred to, not demanded
    // An item under 提供下列服务： (（三）依据档案记载出具相关证明): the body's own service.
    if (/(?:出具|开具)/u.test(verb) && sentence.provision.leadIn && SERVICE_LEAD_IN.test(sentence.provision.leadIn.text)) return;
    // 违反规定要求提供证明材料的: the breach a sanction answers, not a demand.
    if (/(?:违反[^，。；]{0,6}?规定|违规|擅自|变相)[^，。；]{0,6}$/u.test(before)) return;
    // The list of papers may go on past a comma: 提交申报表、证书，以及毕业院校出具的学历证明.
    let regionEnd = clause.end;
    for (let next = sentence.clauses.find((c) => c.start > regionEnd); next && LIST_GOES_ON.test(text.slice(next.start, next.end));) {
      regionEnd = next.end;
      next = sentence.clauses.find((c) => c.start > regionEnd);
    }
    const region = text.slice(vEnd, regionEnd);
    const nouns = re(ATTEST);
    let prev = 0;
    for (let n = nouns.exec(region); n; n = nouns.exec(region)) {
      const nounStart = vEnd + n.index;
      const nounEnd = nounStart + n[0].length;
      // 持有有效参保证明的协定国人员: the paper describes whom the rule is for; nothing is asked for.
      if (/^持/u.test(verb) && /^的[^，。；、]/u.test(text.slice(nounEnd))) continue;
      const list = text.slice(vEnd + prev, nounStart);
      prev = n.index + n[0].length;
      // A ban between the verb and the paper (提供执行衔接服务不得要求当事人提供…的证明, a PDF line that lost its comma): the paper
      // is what may not be asked for.
      if (/不得|不再|无需|无须|免予|免于/u.test(list)) continue;
      if (/(?:出具|开具)/u.test(verb)) {
        // X应当出具证明 with X an institution: a duty to issue, unless the paper itself comes from someone else. X may open
        // the sentence before a clause of time (事业单位应当在解除…聘用合同时出具…的证明).
        // …or a clause before it that names one, after a case (当事人申请出具生效证明的，仲裁委员会应当核实…，在五个工作日内出具生效证明).
        const named = sentence.clauses.some((c) => c.start < clause.start && !c.conditional && leadingActor(text, c.start, c.end) === 'admin') ? 'admin' : null;
        const subject =
          subjectBefore(text, vStart, clause.start)?.kind ?? leadingActor(text, clause.start, vStart) ?? named ?? leadingActor(text, sentence.start, vStart);
        if (subject && subject !== 'person' && !issuerIn(text.slice(vEnd, nounEnd))) continue;
      }
      // The paper's own phrase starts after the last separator of the list of materials.
      let from = 0;
      for (const sep of list.matchAll(/以及|或者|[、，,；和及与或]/gu)) from = sep.index! + sep[0].length;
      const phraseStart = nounStart - list.length + from;
      add(phraseStart, nounEnd, nounStart, verb, issuerIn(text.slice(phraseStart, nounEnd)) ?? issuerIn(text.slice(vEnd, nounEnd)), 'demand');
    }
  });
  // 到…开具 / 由…出具 … 证明
  // A paper one body writes for another's own use (由受援单位对…服务情况出具鉴定意见。派出单位应当将鉴定意见作为考核的参考): no one
  // is asked to bring it, so no 证明事项 unless the provision has someone hand papers in or apply.
  const provisionText = sentence.provision.sentences.map((x) => x.text).join('。') + (sentence.provision.leadIn?.text ?? '');
  const internalUse = !HANDED_IN.test(provisionText) && INTERNAL_USE.test(provisionText);
  scan(text, sentence.start, sentence.end, CERT_PROCURE, (m, start, end) => {
    if (internalUse) return;
    // 每份收取证明工本费10元: the paper names what a fee is for; nothing is asked of the applicant here.
    if (/^(?:工本费|费)/u.test(text.slice(end))) return;
    // 向经办机构申请出具参保证明: the applicant asks the body for its own paper; nothing is asked of the applicant.
    if (/^向/u.test(m[0]) && /(?:申请|请求)$/u.test(m[1])) return;
    const clause = clauseAt(sentence, start);
    const subject = subjectBefore(text, start, clause.start);
    if (subject?.kind && subject.kind !== 'person' && !/申请|申领|办理|领取|认定/u.test(s)) return;
    // 确有需要的，由技工院校出具书面说明: a body explaining itself; an explanation proves nothing unless someone must hand it in.
    if (/说明$/u.test(m[3]) && !HANDED_IN.test(provisionText)) return;
    const who = m[1];
    // 工会组织代为申请的，由该工会组织出具代为申请的书面意见: the one the case names as applying writes its own paper.
    if (appliesItself(who, text.slice(sentence.start, start))) return;
    add(start, end, end - m[3].length, '开具', { text: who, kind: actorKindOf(who) ?? 'third-party' }, 'procure');
  });
  // 以…出具的…证明为准
  scan(text, sentence.start, sentence.end, CERT_AS_PROOF, (m, start, end) => {
    const who = m[1].replace(/^(?:中国)?/u, '');
    // 以 + issuer + 出具的 + paper: the phrase quoted ends with the paper, before 为准.
    const paperEnd = start + '以'.length + m[1].length + '出具的'.length + m[2].length + m[3].length;
    add(start + 1, paperEnd, paperEnd - m[3].length, '出具', { text: who, kind: actorKindOf(who) ?? 'third-party' }, 'procure');
  });
  // 应当取得…出具的…证明
  scan(text, sentence.start, sentence.end, CERT_OBTAIN, (m, start, end) => {
    const who = m[1];
    add(start + 2, end, end - m[3].length, '取得', { text: who, kind: actorKindOf(who) ?? 'third-party' }, 'procure');
  });
  // 附…证明 / 材料包括…证明
  scan(text, sentence.start, sentence.end, CERT_ATTACH, (m, start, end) => {
    add(start, end, end - m[2].length, '附', issuerIn(m[0]), 'attach');
  });
  // 须经村（居）民委员会签署意见并加盖公章: a paper the applicant brings must carry the attestation of a third party; the
  // endorsement is a 证明 by another name.
  scan(text, sentence.start, sentence.end, CERT_ENDORSED, (m, start, end) => {
    if (negatedAt(sentence, start)) return;
    // Only a body that issues papers to residents (村（居）委会, 社区, 派出所, 学校…; roles.ts): an employer's review
    // and stamp is a step of the procedure, the applicant's own signature attests nothing.
    if (/审核|审查|核实/u.test(m[1]) || actorKindOf(m[1]) !== 'third-party') return;
    add(start, end, start, '签署', { text: m[1], kind: 'third-party' }, 'endorse');
  });
  // 授权委托书须经公证机构公证后，方可使用: a paper made valid only by a notary's attestation is a 证明 by another name.
  scan(text, sentence.start, sentence.end, CERT_NOTARISED, (m, start, end) => {
    if (negatedAt(sentence, start)) return;
    add(start, end, start, '公证', { text: '公证机构', kind: 'third-party' }, 'notarised');
  });
  // An item of a list of materials to submit.
  const lead = sentence.provision.leadIn;
  if (
    lead &&
    /(?:提交|提供|报送|附送|携带|准备|出具|上传)[^。]{0,24}?(?:材料|资料|证件|证明)[^。]{0,6}?[：:]$|(?:材料|资料)(?:包括|如下)[：:]?$|下列(?:材料|资料)[：:]?$/u.test(
      lead.text,
    )
  ) {
    scan(text, sentence.start, sentence.end, CERT_LISTED, (m, start, end) => {
      add(start, end, end - m[2].length, '提交', issuerIn(m[0]), 'listed');
    });
  }
}

// ---- markets ----------------------------------------------------------------------------------

/** Bodies of the administration or of public service, not operators one may choose: 经办机构, 鉴定机构, 医疗机构 by agreement. */
const PUBLIC_BODY = /(?:经办|鉴定|仲裁|医疗|行政|事业|监察|公共就业|人才服务)机构|部门|机关/u;
const COMPETITIVE = /(?:公开招标|招标|政府采购|公开遴选|竞争性|择优确定|公开择优|公开征集|向社会公开|自主选择|自愿选择|供[^，。；]{0,12}?参考)/u;
/** Individuals who serve in a procedure (examiners, experts, arbitrators), whose pool is not a list of operators. */
const DATA_STORE = /(?:数据库|信息库|题库|试题库|案例库|资料库|档案库|数据)$/u;
const PERSON_POOL =
  /(?:(?:考官|专家|评委|评审委员|考评员|督导员|仲裁员|调解员|讲师|师资|人才|志愿者|监考人员|工作人员)(?:信息)?库|(?:人|人员|员|生|工|者|对象|人选)(?:名单|名录|库))$/u;
/** A verb of recording right after a list (在目录中注明, 在名录中载明). */
const RECORDED_IN = /^[^，。；]{0,4}?(?:注明|载明|标明|标注|列明|记载|记录)/u;
const INTERNAL = /指定(?:专人|[^，。；]{0,8}?(?:内设机构|工作机构|专门机构|管理机构|责任人|负责人|联络员)|[^，。；]{0,12}?负责)/u;
const PERSONS = /(?:人员|劳动者|职工|农民工|毕业生|青年|困难|军人|学生|学员|群众|居民|家庭|残疾人|妇女|劳动力|专家|人才|评委|考官|教师|技师|工匠|选手)/u;
// A bank named with its branch (中国邮政储蓄银行湖南省分行) is one enterprise, as a company is.
const ENTERPRISE_SUFFIX = /(?:股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|集团|公司|银行[\u4e00-\u9fff]{0,8}?(?:分行|支行|营业部))/gu;
const GENERIC_NAME =
  /^(?:各类|各|相关|有关|符合条件|该|本|其|任何|一家|某|辖区|区域|全省|全市|上述|下列|所属|国有|民营|中小|外地|本地|外资|人力资源服务|劳务派遣|培训|用人单位|参保|新设|入驻|重点|总部|新落户|引进)/u;

const COMPOUND_AFTER = /^(?:信用|债|股|制|治理|章程|法|类|型|化|登记|注册|设立|改制|上市)/u;

/**
 * Whether a benefit at `start` goes to the operator named in clause `home`: in that clause, or in the clause right
 * after one that names it as the receiver (对某公司，给予…).
 */
function benefitReaches(sentence: SentenceUnit, home: number, start: number): boolean {
  if (home < 0) return false;
  const where = sentence.clauses.indexOf(clauseAt(sentence, start));
  return where === home || (where === home + 1 && /^(?:对|向|给|为)/u.test(sentence.clauses[home].text));
}

/** A named enterprise in a text: the words before 有限公司/集团 that are not a general term. */
/** A name of record (湘安数字认证有限公司), not a kind of business named short (劳务公司, 担保公司). */
function legalName(name: string | null): string | null {
  return name && (/有限(?:责任)?公司$/u.test(name) || name.replace(/(?:集团)?(?:股份)?(?:有限)?(?:责任)?公司$|集团$/u, '').length >= 4) ? name : null;
}

function namedEnterprise(s: string): string | null {
  ENTERPRISE_SUFFIX.lastIndex = 0;
  for (const m of s.matchAll(ENTERPRISE_SUFFIX)) {
    let from = m.index!;
    while (from > 0 && m.index! - from < 20 && !/[，。；：、（）()“”《》\s的对向由给与和及或在从将把为等]/u.test(s[from - 1])) from--;
    // The name starts after a verb that stands before it (省人力资源社会保障厅委托湖南湘才…有限公司).
    const verb = /^.*(?:委托|交由|通过|选择|指定|确定|授权)/u.exec(s.slice(from, m.index!));
    if (verb) from += verb[0].length;
    const name = s.slice(from, m.index!);
    // 公司信用类债券, 公司制改革: 公司 as part of another noun, not the end of a name.
    if (COMPOUND_AFTER.test(s.slice(m.index! + m[0].length))) continue;
    if ([...name].length >= 2 && !GENERIC_NAME.test(name) && !/(?:各类|相关|有关|符合条件|等)/u.test(name)) return s.slice(from, m.index! + m[0].length);
  }
  return null;
}

function markets(ctx: Context, out: Draft[]): void {
  const { block, sentence } = ctx;
  const text = block.text;
  const s = sentence.text;
  const placeIndifferent = PLACE_INDIFFERENT.test(s);
  const add = (
    subtype: string,
    start: number,
    end: number,
    describe: string,
    certainty: 'sure' | 'inferred',
    detail: Record<string, string> = {},
    focus?: number,
  ): void => {
    if (out.some((d) => d.kind === 'market' && d.start < end && start < d.end)) return;
    if (subtype === 'locality' && placeIndifferent) return;
    if (withinCondition(sentence, start, end)) {
      out.push({ kind: 'market', subtype, start, end, certainty, detail, describe, status: 'conduct' });
      return;
    }
    out.push({ kind: 'market', subtype, start, end, certainty, detail, describe, specific: true, focus });
  };
  const competitive = COMPETITIVE.test(s);
  // Choice confined to a list, a partner or a designated operator.
  scan(text, sentence.start, sentence.end, MARKET_CHOICE_ROSTER, (m, start, end) => {
    if (competitive || INTERNAL.test(m[0])) return;
    // A pool or list of persons (考官库, 申请人名单) is not a list of operators: drawing examiners from it, or publishing it,
    // chooses no supplier.
    if (PERSON_POOL.test(m[1] + m[2])) return;
    // A store of data (证书信息数据库, 题库) that something is recorded in or drawn from lists no operators.
    if (DATA_STORE.test(m[1] + m[2])) return;
    // A catalogue of services or items (在目录范围内确定年度购买项目) scopes what is bought, not who supplies it.
    if (m[2] === '目录' && !OPERATOR_WORD.test(m[1]) && /^[^，。；]{0,16}?(?:项目|事项|内容)/u.test(text.slice(end, sentence.end))) return;
    if (/^合作/u.test(m[2]) && ctx.partnersChosenFreely && !ADMIN_PARTNER.test(m[1])) return;
    // A place the work must be done in (在档案管理机构提供或者指定的场所内进行): where, not who supplies it.
    if (PLACE_NOT_OPERATOR.test(m[3]) && !OPERATOR_WORD.test(m[3])) return;
    // A note made in a catalogue (已经失效的文件，应当在目录中注明): what the list records, not who may be chosen from it.
    if (RECORDED_IN.test(text.slice(end, sentence.end))) return;
    // A named enterprise on the list or designated (…经办机构指定的湘安数字认证有限公司) is no body a law names.
    const named = legalName(namedEnterprise(m[0].slice(m[0].indexOf(m[2], m[1].length))));
    if (named) {
      add('choice', start, end, `把有关业务交给特定企业“${named}”`, 'sure', { enterprise: named, statutoryIn: 'enterprise' });
      return;
    }
    // The law's own bodies are read in the roster's own clause: a 社会保险经办机构 that must choose from it, named in a case
    // before, is no excuse.
    add('choice', start, end, '限定了可以选择的经营者', 'inferred', { statutoryIn: 'clause' });
  });
  scan(text, sentence.start, sentence.end, MARKET_DESIGNATED, (m, start, end) => {
    if (competitive || INTERNAL.test(m[0])) return;
    // The person's own choice (其指定的亲属银行账户, 本人指定的银行): no operator is imposed on anyone.
    // 其 is the person's only where no body is named before it (由县级人社部门在其指定的服务商中选取 is the department's choice).
    const self = SELF_CHOSEN.exec(text.slice(Math.max(sentence.start, start - 8), start));
    if (/^指定/u.test(m[0]) && self && !(self[0].startsWith('其') && /部门|机关|机构|厅|局|政府|中心/u.test(text.slice(sentence.start, start)))) return;
    if (/^合作/u.test(m[0]) && ctx.partnersChosenFreely && !ADMIN_PARTNER.test(text.slice(Math.max(sentence.start, start - 12), start))) return;
    // Partners it plans to take (对拟合作单位进行实地考察): the actor is still choosing them; nothing confines its choice.
    if (/^合作/u.test(m[0]) && /拟$/u.test(text.slice(sentence.start, start))) return;
    // A partner or listed operator restricts choice only where the clause confines the work to it (须在…, 委托…, 由…承办).
    // 应用 (an app: 手机应用以及合作银行手机应用等渠道) is no 应.
    if (
      /^(?:合作|定点)/u.test(m[0]) &&
      !/(?:只能|仅|须|需|应当|应(?!用)|必须|统一|一律|委托|交由|由)[^，。；]{0,12}$/u.test(text.slice(clauseAt(sentence, start).start, start))
    )
      return;
    // A named enterprise designated (指定的湘安数字认证有限公司) is no body a law names, whoever designates it.
    const named = legalName(namedEnterprise(m[0]));
    if (named) {
      add('choice', start, end, `把有关业务交给特定企业“${named}”`, 'sure', { enterprise: named, statutoryIn: 'enterprise' });
      return;
    }
    add('choice', start, end, '限定了可以选择的经营者', 'inferred');
  });
  // Choice confined to operators the administration has certified or recommended (选择…认定的星级培训机构).
  scan(text, sentence.start, sentence.end, MARKET_CERTIFIED_ONLY, (m, start, end) => {
    if (competitive || INTERNAL.test(m[0])) return;
    add('choice', start, end, '只许选择行政机关认定（推荐）的经营者，限定了可以选择的经营者', 'inferred');
  });
  // 统一由/一律交由 a named enterprise, or 统一到 it, or 由 it 统一….
  for (const pattern of [MARKET_UNIFORM_PROVIDER, MARKET_UNIFORM_PLACE, MARKET_PROVIDER_UNIFORMLY])
    scan(text, sentence.start, sentence.end, pattern, (m, start, end) => {
      const named = namedEnterprise(m[1]);
      if (!named || competitive) return;
      add('choice', start, end, `把有关业务交给特定企业“${named}”`, 'sure', { enterprise: named });
    });
  // Others' work not recognised.
  scan(text, sentence.start, sentence.end, MARKET_OTHERS_REJECTED, (m, start, end) => {
    add('choice', start, end, '排斥了名单以外的经营者', 'sure');
  });
  // One provider for all, and the cost not paid elsewhere (统一由省康复辅助器具服务中心配置，在其他机构配置的，费用不予支付).
  scan(text, sentence.start, sentence.end, MARKET_OTHERS_UNPAID, (m, start, end) => {
    const before = text.slice(sentence.start, start);
    if (competitive || !ONE_PROVIDER_BEFORE.test(before)) return;
    add('choice', start, end, '只认可一家机构提供的服务，在其他机构发生的费用不予支付，排斥了其他经营者', 'sure');
  });
  // One operator designated in the provision (确定一家培训机构统一承担; 统一由…确定的省级康复辅具中心承担；…), then the work of all
  // others unrecognised, unpaid or kept out of the subsidy. The designation may stand in an earlier sentence of the paragraph.
  scan(text, sentence.start, sentence.end, MARKET_OTHERS_SHUT_OUT, (m, start, end) => {
    const before = text.slice(sentence.provision.sentences[0].start, start);
    if (competitive || COMPETITIVE.test(before) || PUBLIC_BODY.test(m[1]) || negatedAt(sentence, start)) return;
    if (!(DESIGNATED_BEFORE.test(before) || ONE_PROVIDER_BEFORE.test(before))) return;
    add('choice', start, end, '只认可确定的一家机构，其他机构提供的服务不予认可或者不予补贴、支付，排斥了其他经营者', 'sure');
  });
  // One body given the work, everyone else barred from it (统一由湖南省家政服务协会组织实施，其他社会培训评价组织不得在本省开展…).
  scan(text, sentence.start, sentence.end, MARKET_OTHERS_EXCLUDED, (m, start, end) => {
    const one = ONE_BODY_BEFORE.exec(text.slice(sentence.start, start));
    // A public body given a public task (统一由省职业技能鉴定中心组织实施) is administration, not a market closed.
    if (competitive || !one || actorKindOf(one[1]) === 'admin' || PUBLIC_BODY.test(one[1])) return;
    add('choice', start, end, '只许一家机构从事有关业务，排斥了其他经营者', 'sure');
  });
  // 应当在…部门公布的3家承保机构中选择: the department's pick is the only pool.
  scan(text, sentence.start, sentence.end, MARKET_ADMIN_PICKED, (m, start, end) => {
    if (competitive || negatedAt(sentence, start)) return;
    add('choice', start, end, '只许在行政机关公布（确定）的经营者中选择，限定了可以选择的经营者', 'sure');
  });
  scan(text, sentence.start, sentence.end, MARKET_ADMIN_LIST, (m, start, end) => {
    if (competitive || negatedAt(sentence, start) || !OFF_LIST_BARRED.test(text.slice(end, sentence.end))) return;
    add('choice', start, end, '只许从行政机关确定的名录中选择，名录以外的经营者被排斥', 'sure');
  });
  // The department's own affiliate given the work: by a mandatory commission of the regulated party, or 独家, or with everyone
  // else barred in the same sentence. The department commissioning its own affiliate (厅委托所属中心办理) is internal.
  scan(text, sentence.start, sentence.end, MARKET_OWN_AFFILIATE, (m, start, end) => {
    if (competitive || negatedAt(sentence, start)) return;
    const mandatory = !m[0].startsWith('由');
    const exclusive = !!m[2] || /其他[^，。；]{0,12}?(?:机构|企业|单位|公司|组织)[^，。；]{0,4}?不得/u.test(text.slice(end, sentence.end));
    if (!mandatory && !exclusive) return;
    if (mandatory && adminNamed(text.slice(clauseAt(sentence, start).start, start))) return;
    add('choice', start, end, '把有关业务交给行政机关所属的经营者，排斥了其他经营者', 'sure');
  });
  // Accounts at other banks refused, the one bank designated before (须在…确定的一家合作银行开立…账户).
  scan(text, sentence.start, sentence.end, MARKET_OTHER_BANKS_REFUSED, (m, start, end) => {
    const before = text.slice(sentence.provision.sentences[0].start, start);
    if (competitive || !(DESIGNATED_BEFORE.test(before) || ONE_PROVIDER_BEFORE.test(before))) return;
    // The law's own bodies are read in the refusal itself: the one who designated the bank (经办机构确定的) is no excuse.
    add('choice', start, end, '只认可指定银行的账户，排斥了其他经营者', 'sure', { statutoryIn: 'phrase' });
  });
  // Everyone but the one chosen barred; the one chosen is named before the bar, not through a competition.
  scan(text, sentence.start, sentence.end, MARKET_OTHERS_BARRED, (m, start, end) => {
    const before = text.slice(sentence.start, start);
    // The one chosen: designated, a product everyone must use, a named enterprise, or a bank named as the only channel.
    const chosenBefore =
      DESIGNATED_BEFORE.test(before) || UNIFORM_PRODUCT_BEFORE.test(before) || !!namedEnterprise(before) || NAMED_BANK_CHANNEL_BEFORE.test(before);
    if (competitive || PUBLIC_BODY.test(m[0]) || !chosenBefore) return;
    // The law's own designations (经办机构…) are read in the bar itself: the one who chose (经办机构确定的合作银行) is no excuse.
    add('choice', start, end, '只许使用指定的经营者，排斥了其他经营者', 'sure', { statutoryIn: 'phrase' });
  });
  // Banks named by name, a platform a named company runs.
  scan(text, sentence.start, sentence.end, NAMED_BANKS_ONLY, (m, start, end) => {
    if (competitive) return;
    add('choice', start, end, '指定了具体的银行，限定了可以选择的经营者', 'sure');
  });
  // 应当采用该公司提供的数据接口服务, the company named in a sentence before.
  const namedBefore = namedEnterprise(sentence.provision.sentences.map((x) => x.text).join('。'));
  if (namedBefore)
    scan(text, sentence.start, sentence.end, SAME_COMPANY_REQUIRED, (m, start, end) => {
      if (competitive) return;
      add('choice', start, end, `要求使用特定企业“${namedBefore}”的产品或者服务，限定了可以选择的经营者`, 'sure', { enterprise: namedBefore });
    });
  const platformOwner = namedEnterprise(s);
  if (platformOwner)
    scan(text, sentence.start, sentence.end, PLATFORM_REQUIRED, (m, start, end) => {
      if (competitive) return;
      add('choice', start, end, `要求使用特定企业“${platformOwner}”建设运营的平台，限定了可以选择的经营者`, 'sure', { enterprise: platformOwner });
    });
  // Locality: registration, tax, insurance, branch, track record, preference, different charges. A sentence that names
  // the place only to say it makes no difference (不论其注册地在省内还是省外，均可申请) treats all alike.
  // The place named only as the boundary of the outside (住所地在本省行政区域以外的机构) is no local condition.
  // A place that picks out persons (最后参保地或者户籍所在地在本省的人员，…适用本办法) says whom a rule of social insurance is for, not
  // which operators may compete; so does the place a person works (在本省依法设立的企业…从事技能岗位工作).
  const locality = (pattern: string, describe: string): void =>
    scan(text, sentence.start, sentence.end, pattern, (m, start, end) => {
      const rest = text.slice(end, clauseAt(sentence, end).end);
      if (BEYOND_PLACE.test(text.slice(end, end + 10)) || LOCAL_PERSONS.test(rest) || LOCAL_WORKPLACE.test(rest)) return;
      add('locality', start, end, describe, 'sure');
    });
  locality(LOCAL_REGISTRATION, '以在本地注册、纳税、参保或者设立机构作为条件，排斥外地经营者');
  locality(LOCAL_SCORING, '以在本地注册、设立机构、纳税或者业绩作为条件或者加分项，排斥外地经营者');
  locality(LOCAL_SEAT, '以注册地、纳税地或者参保地在本地作为条件，排斥外地经营者');
  locality(LOCAL_RECORD, '以本地业绩作为条件，排斥外地经营者');
  scan(text, sentence.start, sentence.end, LOCAL_PREFERENCE, (m, start, end) => {
    // Persons put first (优先安排本地劳动者) are no operators; persons that only describe the operator (集中使用残疾人的用人单位) are.
    const preferred = m[0].replace(OPERATOR_DESCRIPTION, '');
    if (PERSONS.test(preferred.replace(re(L.OPERATOR), ''))) return;
    add('locality', start, end, '给予本地经营者优先，排斥外地经营者', 'sure');
  });
  // An item of the conditions an operator must meet (应当具备下列条件：…（三）在本市州注册登记满3年，并在当地依法纳税).
  if (CONDITIONS_LEAD.test(sentence.provision.leadIn?.text ?? '') && sentence.index === sentence.provision.sentences[0].index)
    locality(LOCAL_ITEM, '以在本地注册、纳税或者设立机构作为条件，排斥外地经营者');
  // A clause of a requirement that goes on after a comma (…应当依法设立并具备相应的服务能力，在本省登记注册满3年).
  scan(text, sentence.start, sentence.end, LOCAL_YEARS_REQUIRED, (m, start, end) => {
    if (!OPERATOR_RE.test(s) || negatedAt(sentence, start)) return;
    add('locality', start, end, '以在本地注册、纳税或者设立机构满一定年限作为条件，排斥外地经营者', 'sure');
  });
  locality(LOCAL_FAVOURED, '给予本地注册、纳税的经营者优先，排斥外地经营者');
  locality(LOCAL_POINTS, '对选择本地注册经营者的给予加分，排斥外地经营者');
  // Goods made here favoured in a score, a share or a grant (配置本省企业生产的辅助器具产品数量占…60%以上的，评估总分加5分), or a
  // share of them required (实习实训设备中由本省企业生产的设备价值占比应当不低于百分之五十).
  scan(text, sentence.start, sentence.end, LOCAL_GOODS, (m, start, end) => {
    const favour = LOCAL_GOODS_FAVOURED.exec(text.slice(start, sentence.end));
    if (negatedAt(sentence, start) || !favour) return;
    // Quoted to the favour: the goods are the case, the score or grant is what the document sets.
    const share = /(?:占比|比例|比重)[^，。；]{0,6}?(?:不低于|不少于|达到|以上)$/u.test(favour[0]);
    const why = share ? '要求使用的产品中本地企业生产的须达到一定比例，排斥外地经营者的产品' : '对使用本地企业生产的产品给予加分或者优待，排斥外地经营者的产品';
    add('locality', start, start + favour[0].length, why, 'sure');
  });
  // A share of the work reserved for locally registered operators (由本省注册的培训机构承担的培训人次占比…不得低于百分之九十).
  scan(text, sentence.start, sentence.end, LOCAL_SHARE, (m, start, end) => {
    if (negatedAt(sentence, start) || placeIndifferent) return;
    add('locality', start, end, '要求本地注册的经营者承担的业务达到一定比例，排斥外地经营者', 'sure');
  });
  scan(text, sentence.start, sentence.end, LOCAL_BENEFIT, (m, start, end) => {
    // 外省企业在湘设立的分支机构不享受…: the operators are outsiders, the words a bar (OUTSIDE_DENIED reads it).
    if (OUTSIDE_RE.test(text.slice(clauseAt(sentence, start).start, start)) || negatedAt(sentence, start)) return;
    add('locality', start, end, '只对本地注册、纳税的经营者给予补贴或者减免，排斥外地经营者', 'sure');
  });
  locality(SEAT_OF_OTHER, '以在当地注册、纳税作为享受政策的条件，排斥外地经营者');
  scan(text, sentence.start, sentence.end, OUTSIDE_BURDEN, (m, start, end) => {
    // Within one clause: a condition about 外地 operators run on into a duty for all (…设立分支机构的应当…) burdens no one more.
    if (negatedAt(sentence, start) || clauseAt(sentence, start) !== clauseAt(sentence, end - 1)) return;
    // In a document about outside operators (外省施工企业在湘…管理办法) every duty is addressed to them: a plain duty there is the
    // document's subject, not one more than local operators bear; only words that set them apart (另行, 加收, 不享受) are.
    if (OUTSIDE_RE.test(ctx.context) && !SET_APART.test(m[0])) return;
    add('locality', start, end, '对外地经营者另设要求或者区别对待', 'sure');
  });
  // Papers an outside operator issued, recognised only after a local body checks or reissues them (外省评价机构颁发的职业技能等级证书，
  // 须经我省备案的评价机构复核并换发本省证书后，方可办理…).
  scan(text, sentence.start, sentence.end, OUTSIDE_PAPERS_RECHECKED, (m, start, end) => {
    if (negatedAt(sentence, start)) return;
    add('locality', start, end, '对外地经营者出具的证书、证明另设复核、换发等要求，不予同等认可', 'sure');
  });
  // A branch or a subsidiary required where the work is done (应当在项目所在地设立具有独立法人资格的子公司).
  scan(text, sentence.start, sentence.end, BRANCH_REQUIRED, (m, start, end) => {
    if (negatedAt(sentence, start)) return;
    add('locality', start, end, '要求经营者在当地设立分支机构或者子公司，排斥外地经营者', 'sure');
  });
  locality(LOCAL_ONLY, '以本地注册作为条件，排斥外地经营者');
  locality(REGISTERED_WHERE_SERVED, '以在服务所在地登记设立作为条件，排斥外地经营者');
  locality(YEARS_WHERE_SERVED, '以在服务所在地登记设立满一定年限作为条件，排斥外地经营者');
  locality(LOCAL_ONLY_TO, '只对本地注册的经营者开放，排斥外地经营者');
  locality(LOCAL_LIMITED, '限定只能选择本地注册的经营者，排斥外地经营者');
  locality(LOCAL_SCHOOLS, '限定只能选择本地的院校或者培训机构，排斥外地经营者');
  locality(LOCAL_PROVIDER, '限定只能选择本地经营者，排斥外地经营者');
  locality(LOCAL_CHANNEL, '限定只能通过本地注册的经营者办理，排斥外地经营者');
  locality(LOCAL_ASSIGNED, '限定由本地经营者承办，排斥外地经营者');
  // People drawn from local bodies (专家主要从本省…医疗卫生机构中遴选) choose no operator.
  scan(text, sentence.start, sentence.end, LOCAL_POOL, (m, start, end) => {
    // What is chosen: the object after the verb (一批…示范企业), else who the clause is about (专家主要从…).
    const object = /^[^，。；]*/u.exec(text.slice(end, sentence.end))![0];
    const chosenOperators = /(?:企业|机构|单位|公司|组织|平台)$/u.test(object.replace(/[的等]+$/u, ''));
    if (!chosenOperators && PERSONS.test(text.slice(clauseAt(sentence, start).start, start) + object)) return;
    add('locality', start, end, '只从本地注册（纳税）的经营者中选取，排斥外地经营者', 'sure');
  });
  scan(text, sentence.start, sentence.end, OUTSIDE_DENIED, (m, start, end) => {
    if (negatedAt(sentence, start)) return;
    add('locality', start, end, '对外地经营者另设要求或者区别对待', 'sure');
  });
  // Outside operators singled out for inspection (外省注册的劳务派遣单位…的，一律列为重点检查对象).
  scan(text, sentence.start, sentence.end, OUTSIDE_WATCHED, (m, start, end) => {
    if (negatedAt(sentence, start)) return;
    add('locality', start, end, '对外地经营者另设要求或者区别对待', 'sure');
  });
  // Outside operators put in a class by rule (外省（区、市）人力资源服务机构在本省设立的分支机构，首次分类时一律列为C类).
  scan(text, sentence.start, sentence.end, OUTSIDE_CLASSED, (m, start, end) => {
    if (negatedAt(sentence, start)) return;
    add('locality', start, end, '对外地经营者另设要求或者区别对待', 'sure');
  });
  // Operators registered elsewhere punished harder for the same breach (对在本省行政区域外注册的施工企业，…提高一档执行).
  scan(text, sentence.start, sentence.end, OUTSIDE_HARSHER, (m, start, end) => {
    // The harsher measure itself must not be forbidden (…适用同一裁量基准，不得对外省企业从重处罚).
    if (negatedAt(sentence, start) || negatedAt(sentence, end - m[1].length)) return;
    add('locality', start, end, '对外地经营者从重处理或者提高处罚等次，是歧视性的监管执法，区别对待外地经营者', 'sure');
  });
  // An incumbent kept on without a competition: 直接委托其继续承接，不再通过竞争方式选择. A sole source the law allows is no
  // restriction the document sets.
  scan(text, sentence.start, sentence.end, RENEWED_WITHOUT_COMPETITION, (m, start, end) => {
    if (negatedAt(sentence, start) || SOLE_SOURCE_BY_LAW.test(s)) return;
    add('choice', start, end, '不经竞争直接确定（续用）承接的经营者，排斥了其他经营者参与竞争', 'inferred');
  });
  // One operator the department names for all (受托机构由省人力资源社会保障厅统一指定，各地不得自行选择).
  scan(text, sentence.start, sentence.end, DESIGNATED_BY_ADMIN, (m, start, end) => {
    if (competitive || INTERNAL.test(m[0]) || negatedAt(sentence, start)) return;
    add('choice', start, end, '由行政机关指定经营者，限定了可以选择的经营者', 'inferred');
  });
  // Local operators favoured in an evaluation (履约评价等次为优秀的本省供应商，…在评审中给予3%的价格扣除).
  locality(LOCAL_SCORED, '在评审中对本地经营者给予价格扣除或者加分，排斥外地经营者');
  scan(text, sentence.start, sentence.end, OUTSIDE_SCORED, (m, start, end) => {
    if (negatedAt(sentence, start)) return;
    add('locality', start, end, '在评审中对外地经营者扣分，区别对待外地经营者', 'sure');
  });
  locality(RELOCATION_BAR, '限制经营者迁出，妨碍商品和要素自由流动');
  // Selective benefits: a named enterprise, one firm one policy, tax refunds, social insurance refunds.
  const named = namedEnterprise(s);
  if (named) {
    const at = text.indexOf(named, sentence.start);
    const home = sentence.clauses.findIndex((c) => c.start <= at && at < c.end);
    scan(text, sentence.start, sentence.end, SELECTIVE_NAMED, (m, start, end) => {
      if (out.some((d) => d.kind === 'market' && d.subtype === 'choice' && d.start <= start && start <= d.end)) return;
      if (!benefitReaches(sentence, home, start)) return;
      add('selective', start, end, `给予特定企业“${named}”选择性的优惠`, 'sure', { enterprise: named });
    });
  }
  // A benefit for a class of operators defined by ownership (省属国有企业, 民营企业), not by what they do.
  const owned = OWNERSHIP_CLASS.exec(s);
  if (owned && !EVEN_HANDED.test(s)) {
    const at = sentence.start + owned.index;
    const home = sentence.clauses.findIndex((c) => c.start <= at && at < c.end);
    // The class must be who receives (对省属国有企业…给予), not who gives (国有企业给予见习人员…).
    const receives = home >= 0 && /^(?:对|向|给|为)/u.test(sentence.clauses[home].text);
    // One finding from the class to the end of the benefit it is given (对省属国有…企业…给予…专项补助).
    let benefitEnd = -1;
    scan(text, sentence.start, sentence.end, SELECTIVE_NAMED, (m, start, end) => {
      if (start < at || out.some((d) => d.kind === 'market' && d.start < end && start < d.end) || !benefitReaches(sentence, home, start)) return;
      benefitEnd = Math.max(benefitEnd, end);
    });
    if (receives && benefitEnd > at)
      add('selective', at, benefitEnd, `只给予“${owned[0]}”这一所有制的经营者，是选择性、差异化的优惠`, 'inferred', { ownership: owned[0] });
    // The class as the case of a condition, and more of a benefit for it (省属国有企业开展以工代训的，补贴标准…提高50%).
    const clause = home >= 0 ? sentence.clauses[home] : undefined;
    if (!receives && clause?.conditional && at - clause.start <= 2) {
      const rest = text.slice(clause.end, sentence.end);
      const raise = BENEFIT_RAISE.exec(rest);
      if (raise) {
        const end = clause.end + raise.index + raise[0].length;
        add('selective', at, end, `对“${owned[0]}”这一所有制的经营者提高优惠，是选择性、差异化的优惠`, 'inferred', { ownership: owned[0] });
      }
    }
  }
  // Operators picked by an award given an edge in the market (获得…称号的企业，在招标投标活动中给予信用加分; 受表彰集体为企业的，…费率下浮
  // 一档; 获评…的培训机构，直接确定为定点机构): the honour is the document's to give, the market advantage is not.
  // So are operators picked by a list the administration keeps (列入省重点产业链“链主”企业名单的用人单位，其缴费费率…按照…50%执行).
  const listed = LISTED_OPERATOR.exec(s);
  if (listed && !BAD_LIST.test(listed[0]))
    scan(text, sentence.start, sentence.end, `${AWARD_ADVANTAGE}|${RATE_CUT}|${RELIEF_EXTENDED}`, (m, start, end) => {
      if (start < sentence.start + listed.index || negatedAt(sentence, start)) return;
      add('selective', start, end, '对列入特定名单的经营者在费率、收费或者遴选中给予优待，是给予特定经营者的选择性、差异化优惠', 'inferred');
    });
  const awarded = AWARDED_OPERATOR.exec(s);
  if (awarded)
    scan(text, sentence.start, sentence.end, AWARD_ADVANTAGE, (m, start, end) => {
      if (start < sentence.start + awarded.index || negatedAt(sentence, start)) return;
      add(
        'selective',
        start,
        end,
        '对获得表彰或者称号的经营者在招标投标、政府采购、收费或者定点遴选中给予优待，是给予特定经营者的选择性、差异化优惠',
        'inferred',
      );
    });
  scan(text, sentence.start, sentence.end, SELECTIVE_POLICY, (m, start, end) => {
    // “一企一策”精准对接服务: a way of serving each enterprise, not a benefit for some.
    if (
      /^[”"]?[^，。；]{0,6}?(?:服务|对接|帮扶|指导|走访)/u.test(text.slice(end, end + 10)) &&
      !/(?:补贴|奖励|优惠|资金|补助|返还|减免)/u.test(clauseAt(sentence, start).text)
    )
      return;
    add('selective', start, end, '是给予特定经营者的选择性、差异化优惠', 'inferred');
  });
  scan(text, sentence.start, sentence.end, SELECTIVE_CONTRIBUTIONS, (m, start, end) => {
    // The law's own ground (社会保险法第六十条: 非因不可抗力等法定事由不得缓缴、减免) relieves everyone it befalls.
    if (/(?:国务院|按照国家|国家统一|国家规定|国家有关规定|不可抗力)/u.test(s)) return;
    const verb = /(?:返还|减免|缓缴|免收|免除|豁免)/u.exec(m[0])!;
    // 补缴缓缴的社会保险费: the relief named as what is paid back, not granted.
    if (m[0][verb.index + verb[0].length] === '的') return;
    // The relief named as a matter handled (负责社会保险费缓缴的组织实施, 将缓缴办理和补缴情况报…): granted, if at all, elsewhere.
    if (m[0].endsWith(verb[0]) && RELIEF_HANDLED.test(text.slice(end, sentence.end))) return;
    add('selective', start, end, '是社会保险费方面的选择性优惠', 'inferred', {}, start + verb.index);
  });
  // Prices of market services.
  scan(text, sentence.start, sentence.end, PRICE_STANDARD, (m, start, end) => {
    if (!/(?:人力资源服务|职业中介|培训机构|服务机构|劳务派遣|经营性)/u.test(s) || /(?:行政事业性收费|政府定价|政府指导价|价格主管部门)/u.test(s)) return;
    // The operator setting its own price (由机构依法自主确定收费标准) is the market price itself, not an interference with it.
    if (/(?:自主|自行)(?:合理)?$/u.test(text.slice(Math.max(sentence.start, start - 8), start))) return;
    add('price', start, end, '干预了市场调节价', 'inferred');
  });
  scan(text, sentence.start, sentence.end, PRICE_CAP, (m, start, end) => {
    if (/(?:行政事业性收费|政府定价|政府指导价|价格主管部门)/u.test(s)) return;
    if (!/(?:培训机构|服务机构|人力资源服务|中介|经营者|机构收取|企业收取)/u.test(s)) return;
    add('price', start, end, '限定了经营者的服务价格', 'inferred');
  });
}

// ---- eligibility on protected attributes -------------------------------------------------------

const HIRING_RE = re(L.HIRING, 'u');
/** Measures that protect or help a group: not a condition that shuts anyone out. */
const PROTECTIVE = /(?:孕期|产期|哺乳期|照顾|保护|扶持|帮扶|援助|优待)/u;
const AGE_UPPER =
  '(?:[2-6][0-9]|[二三四五六]十[一二三四五六七八九]?)周?岁(?:以下|以内|及以下)|不(?:超过|高于|大于|得超过)(?:[2-6][0-9]|[二三四五六]十[一二三四五六七八九]?)周?岁|年龄[^，。；]{0,6}?(?:不得超过|不超过|在)(?:[2-6][0-9]|[二三四五六]十[一二三四五六七八九]?)周?岁';
const AGE_EXCLUDE =
  '(?:[2-6][0-9]|[二三四五六]十[一二三四五六七八九]?)周?岁以上[^，。；]{0,6}?(?:人员|者)?(?:不予|不得|不能|不)(?:录用|聘用|招用|报名|报考|招聘)';

const ATTRIBUTES: Array<[string, string]> = [
  // 要求女性应聘人员说明…: a demand made of women, not a condition of sex; 要求为女性, 性别要求女性。 is.
  ['gender', '(?:限|仅限|只招|只限|只录用|只聘用|限招|限于|须为|要求为|要求(?=[男女][性士生]?(?:[，。；、）)]|$)))(?:男|女)(?:性|士|生)?(?![方装鞋厕])'],
  ['gender', '(?:男|女)(?:性|士|生)优先'],
  ['gender', '(?:只|仅|限)(?:招|招聘|招收|招用|录用|聘用|面向|接受|考虑)(?:男|女)(?:性|士|生)?'],
  ['gender', '(?:不招|不招收|不录用|不聘用|不接收|谢绝|拒绝录用|不考虑)(?:女|男)(?:性|生|士|职工)?'],
  ['gender', '(?:女性|女职工|妇女|女生)[^，。；]{0,8}?(?:的[，,])?(?:不予录用|不予聘用|不得报考|不录用|不招用|不予考虑)'],
  ['marriage', '(?:限|仅限|须为|要求)(?:未婚|已婚|已育|未育)'],
  ['marriage', '(?:未婚未育|已婚已育|未婚|已育|已婚|已生育|未生育|生育二孩|生育子女)[^，。；]{0,14}?(?:优先|为限)'],
  ['marriage', '(?:[0-9一二三四五两]+年内|合同期内|劳动合同期限内|劳动合同期内|聘用期内|服务期内|试用期内|期间)[^，。；]{0,4}?不(?:得)?(?:结婚|生育|怀孕)'],
  ['marriage', '怀孕的[，,]?(?:视为|即|予以|应当|一律)?(?:自动)?(?:解除|辞退|终止|离职)(?:劳动合同|聘用合同)?'],
  ['marriage', '(?:入职|招聘|录用)体检[^，。；]{0,10}?妊娠|妊娠(?:检查|测试)[^，。；]{0,6}?(?:入职|录用|体检)'],
  ['marriage', '(?:孕期|怀孕|哺乳期|产期)[^，。；]{0,8}?(?:不得|不予|不能|不)(?:参加|报名|应聘|录用|聘用|竞聘|晋升|报考)[^，。；]{0,8}'],
  ['ethnicity', '(?:限|仅限|只招|只录用|只聘用|须为|要求为?)(?:汉族|少数民族|[藏维回蒙彝壮苗满侗瑶土白]族)'],
  ['ethnicity', '(?:不招|不录用|不聘用)(?:少数民族|[藏维回蒙彝壮苗]族)'],
  ['religion', '(?:限|不招|不录用|不聘用|不得有|不能有)[^，。；]{0,6}?(?:宗教信仰|信教|教徒)'],
  ['rural', '(?:农村户口|农业户口|农村户籍|农村劳动者|农业户籍)[^，。；]{0,8}?(?:的[，,])?(?:不予|不得|不能|不|除外)'],
  ['rural', '(?:限|仅限|须为|要求)(?:城镇|非农业?)(?:户籍|户口)'],
  ['household', `(?:限|仅限|须为|须具有|需具有|要求|具有|要求具有)${L.LOCAL}(?:户籍|户口|常住户口)`],
  ['household', `${L.LOCAL}(?:户籍|户口)(?:人员|者|考生|劳动者)?优先`],
  ['household', `优先(?:招收|招用|录用|聘用|考虑|安排|选用|招聘)[^，。；]{0,6}?${L.LOCAL}(?:户籍|户口)`],
  ['household', `${L.OUTSIDE}(?:户籍|户口)[^，。；]{0,8}?(?:的[，,])?(?:不予|不得|不能|不|除外)`],
  ['household', `(?:将|把|以)${L.LOCAL}(?:户籍|户口|常住户口|生源)[^，。；]{0,12}?作为[^，。；]{0,8}?(?:条件|前提)`],
  ['age', AGE_UPPER],
  ['age', AGE_EXCLUDE],
  ['health', '乙肝(?:五项|两对半|表面抗原)?|乙型肝炎'],
  ['health', '(?:传染病)?病原携带者?[^，。；]{0,8}?(?:的[，,])?(?:(?:不予|不得|不能|不)(?:录用|聘用|招用|报考|报名|应聘|参加|从事)?|除外)'],
  ['health', '(?:不招|不录用|拒绝录用|不予录用)[^，。；]{0,10}?(?:病原携带|艾滋病|HIV)'],
  ['disability', '(?:残疾人|残疾)[^，。；]{0,6}?(?:的[，,])?(?:不予录用|不予聘用|不录用|不招用|除外|不得(?:报考|应聘|报名|录用|聘用|参加))'],
  ['disability', '(?:不招|不录用|拒绝录用)[^，。；]{0,6}?残疾'],
];

const ATTRIBUTE_NAME: Record<string, string> = {
  gender: '性别',
  marriage: '婚育状况',
  ethnicity: '民族',
  religion: '宗教信仰',
  rural: '城乡户籍',
  household: '户籍',
  age: '年龄',
  health: '健康状况（病原携带）',
  disability: '残疾',
};

function eligibility(ctx: Context, out: Draft[]): void {
  const { block, sentence } = ctx;
  const text = block.text;
  const s = sentence.text;
  const lead = sentence.provision.leadIn?.text ?? '';
  const around = [lead, ...sentence.provision.sentences.map((x) => x.text), ctx.context].join('。');
  const hiring = HIRING_RE.test(around);
  for (const [subtype, source] of ATTRIBUTES) {
    scan(text, sentence.start, sentence.end, source, (m, start, end) => {
      if (out.some((d) => d.kind === 'eligibility' && d.start < end && start < d.end)) return;
      if (PROTECTIVE.test(s) && subtype !== 'marriage') return;
      if (subtype === 'age' && !hiring) return;
      if (withinCondition(sentence, start, end)) {
        out.push({ kind: 'eligibility', subtype, start, end, certainty: 'sure', detail: {}, describe: '', status: 'conduct' });
        return;
      }
      const clear = hiring && subtype !== 'age' && subtype !== 'household';
      out.push({
        kind: 'eligibility',
        subtype,
        start,
        end,
        certainty: clear ? 'sure' : 'inferred',
        specific: true,
        detail: { attribute: ATTRIBUTE_NAME[subtype], context: hiring ? 'hiring' : 'service' },
        describe: `以${ATTRIBUTE_NAME[subtype]}作为${hiring ? '招聘录用' : '享受服务或者待遇'}的条件`,
      });
    });
  }
  // A bare attribute as an item of a list of hiring conditions: （二）男性，身体健康。
  if (hiring && lead && /(?:条件|要求)[^：:]{0,6}[：:]$/u.test(lead)) {
    scan(text, sentence.start, sentence.end, ELIGIBILITY_BARE_GENDER, (m, start, end) => {
      if (out.some((d) => d.kind === 'eligibility' && d.start < end && start < d.end)) return;
      out.push({
        kind: 'eligibility',
        subtype: 'gender',
        start,
        end,
        certainty: 'sure',
        specific: true,
        detail: { attribute: '性别', context: 'hiring' },
        describe: '以性别作为招聘录用的条件',
      });
    });
  }
}

/** Every effect of one sentence. */
export function effectsOf(sentence: SentenceUnit, context = '', partnersChosenFreely = false, pricedFees: ReadonlySet<string> = new Set()): Effect[] {
  const ctx: Context = { block: sentence.block, sentence, quoted: quotedRangesCached(sentence.block), context, partnersChosenFreely, pricedFees };
  const drafts: Draft[] = [];
  licences(ctx, drafts);
  sanctions(ctx, drafts);
  compulsions(ctx, drafts);
  fees(ctx, drafts);
  certificates(ctx, drafts);
  markets(ctx, drafts);
  eligibility(ctx, drafts);
  return drafts.sort((a, b) => a.start - b.start || b.end - a.end).map((d) => finish(ctx, d));
}

const quotedCache = new WeakMap<ScannedBlock, Range[]>();
function quotedRangesCached(block: ScannedBlock): Range[] {
  let q = quotedCache.get(block);
  if (!q) {
    q = quotedRanges(block.text);
    quotedCache.set(block, q);
  }
  return q;
}

// ---- patterns, built once (kept here, after every constant they are built from); the detectors above use them --
const LICENCE_ONLY_AFTER = `(?:须|需|必须|应当|应)?(?:事先|预先|先|提前)?${GATE_PRE}([^。；]{0,40}?${GRANT_ANY})[^，。；]{0,10}?(?:后|以后|之后|的)?[，,]?(?:(?:用人|用工)单位|${L.OPERATOR})?(?:一律)?(?:${ONLY_THEN}|${THEN_CARRIED_OUT})([^，。；]{1,30})`;
const LICENCE_VOID_WITHOUT = `(?:未经过?|未取得|未办理|未通过)([^。；]{0,24}?${GRANT_ANY})(?:的)?[，,]([^，。；]{1,12}?)(?:不发生(?:法律)?效力|无效|不生效)`;
const LICENCE_NOT_WITHOUT = `(?:未经过?|未取得|未获得|未办理|未通过|没有取得|无|未列入|未纳入|未进入)([^。；]{0,36}?(?:${GRANT_ANY}|目录|名录|名单|库))(?:的)?[，,]?(?:[^，。；]{0,8}?${L.OPERATOR}[，,]?)?(?:一律|均)?(?:不得|禁止|不能|不准|不予)([^，。；]{1,30})`;
const LICENCE_GRANT_THEN = `(${L.GRANT_STRONG}|${L.GRANT_WEAK})(?:手续)?(?:后|以后|之后)[，,]?(?:一律)?${ONLY_THEN}([^，。；]{1,30})`;
const LICENCE_BEFORE_ACTIVITY = `(${L.ACTIVITY}[^，。；]{0,16}?)(?:前|之前|以前)[，,]?(?:应当|须|必须|需)?[^，。；]{0,24}?(?:申请|取得|办理|报经|报请|报送|报|经)[^，。；]{0,16}?(${L.GRANT_STRONG}|资格认定)`;
const LICENCE_ACTIVITY_MUST_APPROVE = `(${L.ACTIVITY}[^。；]{0,30}?)[，,]?(?<![无不免毋])(?:须|需|必须|应当|应)(?:事先|预先|先|提前[^，。；]{0,8}?)?(?:经|报经|报请|向[^，。；]{2,24}?申请(?=[^，。；]{0,20}?(?:资格|资质)(?:审批|许可|认定)))([^，。；]{0,24}?(?:${L.GRANT_STRONG}|(?:审核|审查)同意))(?![^，。；]{0,6}?(?:后|的)[，,]?${ONLY_THEN})`;
const LICENCE_SYSTEM = '(?:实行|实施|推行)[^，。；]{0,10}?(?:审批|许可|准入|核准)(?:制度|制|管理)';
const FEE_PAY = `${L.PAY_VERB}(?!的)(${L.MONEY})(?:[^，。；]{0,4}?[0-9零一二两三四五六七八九十百千万.]+(?:元|万元))?`;
/** What follows money named as a subject: a duty or a rule about it, not its collection. */
const NOUN_FEE_NEXT = /^(?:应当|应|须|必须|与|和|及|不得|按照?|实行|一律|均|由|纳入)/u;
const FEE_COLLECT = `${L.COLLECT_VERB}(?!的)(${L.MONEY})(?:[^，。；]{0,4}?[0-9零一二两三四五六七八九十百千万.]+(?:元|万元))?`;
const FEE_NAME = '(?:服务费|管理费|工本费|手续费|报名费|考务费|鉴定费|评审费|监管费|审核费|费用)';
const FEE_AT_RATE = `((?:[^，。；：、]{0,10}?)${FEE_NAME})(?:按照?|以)[^，。；]{0,20}?(?:收取|计收|核收|缴纳)`;
const FEE_NAME_TAIL = re(`[^，。；：、]{0,4}${FEE_NAME}$`, 'u');
const FEE_PAID_TO = /^[^。；]{0,30}?(?:缴纳|交纳|缴存|上缴|缴入|存入)(?:至|到|给)?([^，。；]{2,24}?)(?:指定|开设|设立)?的?(?:账户|专户)/u;
const FEE_REVIEW_COST =
  '(?:专家)?(?:评审|审查|考察|核查|论证|实地核查|现场核查)[^，。；]{0,12}?((?:所需|发生的|产生的)?费用)由(?:申请人|申请单位|申报单位|申请机构|申请学校|举办者)承担';
const FEE_MONEY_PAID_BY = `((?:培训费|考试费|考务费|报名费|鉴定费|评审费|资料费|工本费|服务费|管理费)[^，。；]{0,6}?[0-9零一二两三四五六七八九十百千万.]+(?:元|万元))[，,]?由([^，。；]{1,10}?(?:人员|者|人|学员|职工|考生|学生))(?:自行)?(?:在[^，。；]{0,8}?|[^，。；]{0,6}?时)?(?:缴纳|交纳|承担|支付)`;
/** The body that organises what is paid for (所在地设区的市人力资源社会保障部门组织的…培训). */
const ADMIN_ORGANISED = /([^，。；]{2,24}?(?:部门|厅|局|机构|中心))(?:统一)?(?:组织|举办|开展)的[^，。；]{0,20}[，,]?$/u;
/** 专家评估费用，由申请人按每人次300元标准向劳动能力鉴定委员会缴纳: the fee first, paid by a person to the body named after 向. */
const FEE_MONEY_PAID_TO = `([^，。；：、]{0,10}?${FEE_NAME})[，,]?由([^，。；]{1,10}?(?:人员|者|人|学员|职工|考生|学生))(?:按照?[^，。；]{0,20}?)?向([^，。；]{2,20}?)(?:缴纳|交纳|支付)`;
const FEE_MONEY_FIRST = `((?:押金|保证金|风险金|工本费|管理费|服务费|报名费|考试费|鉴定费)[^，。；]{0,8}?)由([^，。；]{2,20}?)(?:在[^，。；]{0,12}?)?(?:统一)?收取`;
const CERT_DEMAND_VERB = `${L.DEMAND_VERB}(?!的)`;
// A bare 开 is 开证明 (到村委会开…证明), not the 开 of 开户银行, 开展 or 开设.
const CERT_PROCURE = `(?:到|由|向)([^，。；]{2,22}?)(?:出具|开具|开(?!户|展|设|立|办|放|始|发|工|业|通|会))([^。；]{0,20}?)(${ATTEST})`;
/** 以…出具的事故证明为准: the fact is proven only by another's paper. */
/** 应当取得X出具的…证明: a paper another issues, which the party must obtain. */
const CERT_OBTAIN = `(?:取得|获取)([^，。；]{2,24}?)(?:出具|开具)的([^，。；]{0,16}?)(${L.ATTEST_STRONG})`;
const CERT_AS_PROOF = `以([^，。；]{2,24}?)(?:出具|开具)的([^，。；]{0,12}?)(${L.ATTEST_STRONG})为(?:准|依据|凭)`;
const CERT_ATTACH = `(?:附(?![件录则])|材料(?:应当)?包括|资料(?:应当)?包括)([^。；]{0,30}?)(${ATTEST})`;
const CERT_LISTED = `([^。；、，]{0,30}?)(${ATTEST})`;
/** A paper that must carry someone's opinion or seal (须经…签署意见并加盖公章); who that is decides whether it attests. */
// 审核并盖章 is a step of the procedure (学校审核盖章后报送), not an attestation: it is left out.
const CERT_NOTARISED = '(?:须|需|必须|应当|应)(?:先)?(?:经|办理|经过)(?:公证机构|公证处)?(?:公证|办理公证)(?:后|的)?(?:[，,]?(?:方可|才能|才可))?';
const CERT_ENDORSED = '(?:须|需|必须|应当|应)(?:经|由|到)([^，。；]{2,30}?)(?:签署意见|签字|出具意见)?(?:并|后)?(?:加盖公章|盖章|签章)';
/** Premises, rooms and areas: what 在…指定的…内 confines the work to when it names no operator. */
const PLACE_NOT_OPERATOR = /(?:场所|地点|场地|区域|房间|库房|机房|办公室|办公区|现场)$/u;
// 收到名单之日起15个工作日内 receives a list and sets a period: 收到 is no 到, a period's 内 no place in a list.
const MARKET_CHOICE_ROSTER = `(?:只能|仅能|仅限于?|限于|限定|必须|须|需|应当|应|统一|一律)[^，。；]{0,4}?(?:在|(?<![收达送])到|由|通过|从|向|委托|交由|选择|选用|使用|购买|开设于?)([^，。；]{0,40}?)(${L.ROSTER})([^，。；]{0,20}?)(?:${L.OPERATOR}|中选择|内选择|中(?!心)|(?<![日月年天时])内(?!容))`;
/** Who designates, just before 指定: the person concerned (其, 本人, 职工), whose choice is free. */
const SELF_CHOSEN = /(?:其|本人|个人|自己|自行|职工|劳动者|员工|当事人|申请人|委托人|参保人员?|外派人员|劳务人员)(?:所|自行)?$/u;
const MARKET_DESIGNATED = `(?:指定|合作(?!用工)|定点|入围)的?(?:第三方)?[^，。；]{0,10}?${L.OPERATOR}`;
const MARKET_CERTIFIED_ONLY = `(?:只能|仅能|仅限|应当|须|必须|统一|一律)(?:统一|一律)?(?:(?:选择|选用|委托|使用|购买|采购|选购|聘请|交由|交给)[^，。；]{0,20}?(?:认定|评定|公布|推荐|确定|遴选|评选)的[^，。；]{0,12}?${L.OPERATOR}|(?:向|从|在)[^，。；]{0,20}?(?:认定|公布|推荐|确定|指定|选定|遴选)的[^，。；]{0,8}?${L.OPERATOR}(?:采购|购买|订购|配置|选购|租用))`;
const MARKET_UNIFORM_PROVIDER =
  '(?:统一|一律|均)(?:由|交由|委托)([^，。；]{2,30}?)(?:组织实施|组织|负责|承办|承接|实施|代理|承担|办理|开展|提供|代发|代缴|代收|发放|经办|结算|承保)';
/** 统一到/在/向 a company to get a service there (统一到湖南…有限公司配置). */
const MARKET_UNIFORM_PLACE =
  '(?:统一|一律|均)(?:到|在|向|通过)([^，。；]{2,30}?(?:公司|集团))(?:配置|购买|采购|订购|体检|检测|鉴定|培训|参加|接受|办理|投保|开户|开立)';
/** 在其他机构配置的，费用不予支付: the cost of a service bought elsewhere refused (在其他平台参加的…培训不纳入补贴范围). */
const MARKET_OTHERS_UNPAID =
  '(?:在|到|向|通过)其他(?:机构|单位|企业|医院|服务机构|经营者|商家|平台|公司)[^，。；]{0,20}?的(?:[，,][^，。；]{0,8}?|[^，。；]{0,12}?)(?:不予支付|不予报销|不予结算|不予认可|不予补贴|不予承认|一律不予|不纳入补贴|不享受补贴)';
/** An account at any other bank refused (在其他银行开立的账户不予发放). */
const MARKET_OTHER_BANKS_REFUSED =
  '(?:在|到|通过)其他(?:银行|金融机构)[^，。；]{0,12}?(?:账户|银行卡|卡)[，,]?(?:一律)?(?:不予|不得|不能)(?:发放|支付|使用|办理|结算|代发)';
/** The one provider named before: 统一由…配置, 只能到…, 统一由…确定的一家培训机构承办. */
const ONE_PROVIDER_BEFORE = /(?:统一|一律|只能|仅能|均)(?:由|到|在|向|从)[^，。；]{2,30}?(?:配置|提供|办理|采购|购买|承担|实施|负责|承办|承接)/u;
/**
 * The work of every other operator shut out after one was designated (其他机构组织的培训不纳入培训补贴范围; 在其他机构参加的同类
 * 培训，其学时和结业证明一律不予认可): unrecognised, unpaid or kept out of the subsidy, the refusal in the clause or the next one.
 */
const MARKET_OTHERS_SHUT_OUT = `(?:在|到|向|通过)?其他([^，。；]{0,6}?(?:机构|单位|企业|经营者|组织|医院|平台|公司|商家))[^，。；]{0,20}?(?:[，,][^，。；]{0,16}?)?(?:一律|均)?(?:不予认可|不予承认|不予采信|不予认定|不认可|不予支付|不予报销|不予结算|不予补贴|不纳入[^，。；]{0,8}?(?:补贴|补助|支付|报销|结算)(?:范围)?|不享受[^，。；]{0,6}?(?:补贴|补助)|不予(?:发放|给予)[^，。；]{0,6}?(?:补贴|补助))`;
const MARKET_OTHERS_REJECTED = '其他(?:机构|单位|企业|经营者|组织)[^，。；]{0,14}?(?:不予认可|不予承认|不予采信|不予受理|无效|不认可|不予认定)';
/**
 * Everyone else barred (不得另行选择其他保险机构, 不得通过其他金融机构支付, 不得另行开发或者采购同类评价系统); 另行 says 其他 itself
 * (不得另行选择承保机构).
 */
const MARKET_OTHERS_BARRED = `不得(?:(?:另行|自行|再)?(?:选择|选用|通过|委托|使用|购买|采购|开发|在|向)(?:或者(?:采购|购买|开发|选用|委托))?(?:其他|同类|别的)|另行(?:选择|选用|委托|购买|采购))([^，。；]{0,12}?)(?:银行|金融机构|保险机构|保险公司|商业保险|${L.OPERATOR}|系统)`;
/**
 * Operators a department published or picked, the only ones to choose from or go to (应当在省人力资源社会保障厅公布的3家承保机构
 * 中选择; 应当组织未成年工到…公布的定点体检机构进行健康检查).
 */
const ADMIN_PICKED_OPERATOR = `[^，。；]{0,20}?(?:部门|厅|局|机关|人民政府)[^，。；]{0,6}?(?:公布|确定|认定|推荐|指定|选定)的[^，。；]{0,12}?`;
const MARKET_ADMIN_PICKED = `(?:只能|仅能|仅限|应当|应|须|必须|统一|一律)(?:在(${ADMIN_PICKED_OPERATOR}${L.OPERATOR})(?:中|内|范围内)(?:选择|选定|确定|投保|购买|选用)|[^，。；]{0,12}?到(${ADMIN_PICKED_OPERATOR}${L.OPERATOR})(?:进行|办理|接受|参加))`;
/** …or a list of them to buy from, with everyone off the list barred (从…确定的…供应商名录中选择采购，名录以外的…不得用于). */
const MARKET_ADMIN_LIST = `从(${ADMIN_PICKED_OPERATOR}(?:名录|名单|目录|库))中(?:选择|选定|确定|采购|选用)`;
const OFF_LIST_BARRED = /(?:名录|名单|目录|库)(?:以外|之外)[^，。；]{0,20}?(?:不得|不予|一律不)/u;
/** Points in an assessment for using local operators (委托本省注册的会计师事务所…的，每委托一家加1分). */
const LOCAL_POINTS = `(?:委托|选择|选用|使用|采购)[^，。；]{0,4}?${L.LOCAL}[^，。；]{0,6}?(?:注册|设立|登记)的[^，。；]{0,16}?${L.OPERATOR}[^。；]{0,30}?加[0-9零一二两三四五六七八九十.]+分`;
/**
 * The work given to a department's own affiliate (应当委托省人力资源社会保障厅所属的外国人才服务机构办理; 由…部门所属的人力资源服务
 * 公司独家承接): a service the regulated party buys, confined to the administration's own operator.
 */
const MARKET_OWN_AFFILIATE = `(?:(?:只能|仅能|应当|应|须|必须|统一|一律)(?:委托|交由)|由)([^，。；]{2,24}?(?:部门|厅|局|机关|人民政府)所属的?[^，。；]{0,16}?(?:公司|企业|服务机构|机构|中心))(独家|统一)?(?:承接|承办|代理|办理|提供|实施)`;
/** Everyone else barred from the work: 其他社会培训评价组织不得在本省开展…. */
const MARKET_OTHERS_EXCLUDED = `其他[^，。；]{0,12}?(?:组织|机构|企业|单位|公司|协会|学会)(?:一律|均)?不得[^，。；]{0,12}?(?:开展|从事|承接|承办|提供|组织)`;
/** The one body the work is given to, before: 统一由…组织实施, 仅由…承办. */
const ONE_BODY_BEFORE = /(?:统一|一律|只能|仅|仅限)由([^，。；]{2,30}?)(?:组织实施|组织|实施|承办|承接|负责|开展|提供)/u;
/** One product everyone must use, named before the bar on others: 统一使用…所属事业单位开发的测评系统. */
const UNIFORM_PRODUCT_BEFORE =
  /(?:统一|一律|只能|仅能)(?:使用|采用|选用|购买|采购)[^，。；]{0,30}?(?:开发|提供|建设|运营|研发|生产)的[^，。；]{0,10}?(?:系统|平台|产品|软件|服务)/u;
/** The one chosen, named before the bar: 省社会保险经办机构确定的合作银行, 统一确定的保险机构. */
const DESIGNATED_BEFORE = /(?:确定|指定|选定|认定|签约|合作|定点)(?:的|一家|1家)[^，。；]{0,10}?(?:银行|金融机构|保险机构|保险公司|机构|企业|公司|服务商)/u;
/** 由…有限公司统一建设和运行维护: a named enterprise given the work, 由 before 统一. */
const MARKET_PROVIDER_UNIFORMLY = '由([^，。；]{2,30}?)统一(?:建设|开发|运行|运营|维护|承接|承办|提供|实施|组织|负责|办理|配送|采购)';
// The requirement is quoted to the end of its clause when that is near (满3年, not 满3).
/** 以外 after the place: the outside of it (在本省行政区域以外). */
const BEYOND_PLACE = /^(?:行政区域|区域|范围)?(?:以外|之外)/u;
const LOCAL_REGISTRATION = `(?:须|需|应当|应|必须|要求)(?:先|事先|另行)?(?:为在|是在|在|于)?${L.LOCAL}[^，。；]{0,8}?(?:注册|设立|纳税|缴纳社会保险|缴纳社保|参保|登记|成立|设有)(?:[^，。；]{0,20}(?=[，。；]|$)|[^，。；]{0,10})`;
const LOCAL_SCORING = `(?:将|以|把)[^，。；]{0,4}?(?:在)?${L.LOCAL}[^，。；]{0,10}?(?:注册|设立|设有|纳税|缴纳社会保险|参保|业绩)[^，。；]{0,12}?(?:作为|列为)[^，。；]{0,6}?(?:条件|加分|资格|门槛|前提|依据)`;
/** Where a person works, named by its employers (在本省行政区域内依法设立的各类企业…从事技能岗位工作): a condition on persons. */
const LOCAL_WORKPLACE = /^[^，。；]*?(?:从事[^，。；]{0,12}?工作|连续工作|工作满|就业满)/u;
/** The persons a place condition picks out, right after it (…在本省的人员). */
const LOCAL_PERSONS = /^[^，。；]{0,12}?的(?:人员|职工|劳动者|个人|参保人员|参保人|退休人员|居民|毕业生|求职者|失业人员|工作人员|农民工|灵活就业人员)/u;
// The place is the operator's, not a body named by it acting on what was done there (由各参保地根据其在本地的缴费情况分别核定).
const LOCAL_SEAT = `(?<!各)(?:注册地|纳税地|税收缴纳地|社会保险缴纳地|参保地|住所地|经营地)(?:(?!根据|按照|依据|负责|分别)[^，。；]){0,10}?(?:应当|须|必须|需|均应|均须)?(?:在|位于|为|属于)${L.LOCAL}`;
const LOCAL_RECORD = `(?:具有|具备|有)${L.LOCAL}[^，。；]{0,12}?业绩`;
const LOCAL_PREFERENCE = `${L.LOCAL}(?:注册的?)?[^，。；、]{0,8}?${L.OPERATOR}[^，。；]{0,6}?优先|优先(?:选择|选用|采购|使用|考虑|承接|安排|购买|委托|选取|聘请|邀请|推荐|遴选|确定|认定|评选|纳入|存放|存入|存储|合作|对接|与)[^，。；]{0,10}?${L.LOCAL}[^，。；]{0,20}?${L.OPERATOR}`;
/** A lead-in of the conditions to be met (应当具备下列条件：). */
const CONDITIONS_LEAD = /(?:具备|符合|满足)[^：:。]{0,12}?(?:条件|要求)[^：:。]{0,6}[：:]\s*$/u;
/** A local seat held for some years, in a clause after the requirement's modal (应当依法设立，在本省登记注册满3年). */
const LOCAL_YEARS_REQUIRED = `(?<=(?:应当|须|必须|需要?)[^。；]{0,40}?[，,](?:并|且|并且)?)(?:在|于)${L.LOCAL}[^，。；]{0,8}?(?:注册|设立|纳税|成立)[^，。；]{0,8}?满[0-9零一二两三四五六七八九十]+(?:个)?(?:年|月)`;
const OPERATOR_RE = new RegExp(L.OPERATOR, 'u');
/** The words that describe an operator at the end of a text (集中使用残疾人的用人单位: 集中使用残疾人的). */
const OPERATOR_DESCRIPTION = new RegExp(`[^的]*的(?=[^的]*${L.OPERATOR}$)`, 'u');
/** An item that is a local seat or tax requirement, from its start (在本市州注册登记满3年). */
const LOCAL_ITEM = `^(?:[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])?[ \u3000]*(?:在|于|为)${L.LOCAL}[^，。；]{0,8}?(?:注册|设立|纳税|成立|市场主体登记)(?:[^，。；]{0,20}(?=[，。；]|$)|[^，。；]{0,10})`;
/** Operators described by their local seat, however long the rest of the description, put first (对在本地注册纳税且…的企业予以优先支持). */
const LOCAL_FAVOURED = `对[^，。；]{0,4}?(?:在)?${L.LOCAL}[^，。；]{0,4}?(?:注册|纳税|设立)[^，。；]{0,30}?${L.OPERATOR}[，,]?[^，。；]{0,4}?(?:予以|给予|实行)?优先`;
/** A grant or a waiver for operators described by their local seat (本省注册企业，按每人每月300元给予岗位补贴; 对在本省登记注册的…机构，…免收场地租金). */
/** Goods described by where they are made (本省企业生产的辅助器具产品). */
const LOCAL_GOODS = `${L.LOCAL}[^，。；、]{0,8}?(?:企业|厂家|生产企业)?(?:生产|制造|研发|产)的[^，。；]{0,12}?(?:产品|商品|设备|器具|器材|材料|药品|耗材|辅助器具|假肢)`;
/** What favours them, after: a score, a grant, a priority. */
const LOCAL_GOODS_FAVOURED =
  /^[^。；]{0,60}?(?:加[0-9零一二两三四五六七八九十]+分|加分|优先|奖励|补贴|给予)|^[^。；]{0,20}?(?:价值|金额|数量)?(?:占比|比例|比重)[^，。；]{0,6}?(?:不低于|不少于|达到|以上)/u;
const LOCAL_BENEFIT = `${L.LOCAL}(?:登记)?(?:注册|纳税|设立)(?:登记)?的?[^，。；]{0,16}?${L.OPERATOR}[，,]?(?:(?!遴选|选取|选拔)[^。；]){0,40}?(?<![不未])(?:给予|发放|享受|免收|减收|减免|奖励|(?:返还|补贴|补助|奖励|资助|奖补)(?:比例|标准|金额)?[^，。；]{0,12}?(?:提高|上浮|增加))`;
const OUTSIDE_RE = re(L.OUTSIDE, 'u');
/** Registered or paying tax where someone else is seated, as the price of a benefit (应当在原单位所在市州注册登记并依法纳税，方可享受…). */
const SEAT_OF_OTHER = `(?:应当|须|必须|需)在[^，。；]{0,10}?所在(?:地|市州|市|县|区|县市区)[^，。；]{0,4}?(?:注册|纳税|设立)[^，。；]{0,12}?[，,]?[^。；，]{0,4}?方可(?:享受|申请|获得|领取)`;
const OUTSIDE_PAPERS_RECHECKED = `${L.OUTSIDE}[^，。；、]{0,10}?${L.OPERATOR}[^，。；]{0,8}?(?:颁发|出具|核发|作出)的[^，。；]{0,14}?(?:证书|证明|报告|结果|结论|意见)[，,]?(?:须|需|必须|应当)(?:先)?(?:经|由|重新|另行)[^，。；]{0,30}?(?:复核|核验|审核|换发|认证|鉴定|确认)`;
const OUTSIDE_BURDEN = `${L.OUTSIDE}[^，。；、]{0,10}?${L.OPERATOR}[^，。；]{0,16}?(?:须|另行|不予|不得|按全额|加收|应当|需|必须|不能|不享受|不纳入|不列入|不适用|不参与|不参加)[^，。；]{0,12}`;
/** The operator must be registered where the work is done (承接主体应当为在项目所在市州民政部门登记成立的社会工作服务机构). */
const REGISTERED_WHERE_SERVED = `(?:应当为|应为|须为|必须为|限于|仅限于?)在(?:项目|服务|工程|园区|本)?所在(?:地|市州|市|县|区|县市区)[^，。；]{0,16}?(?:登记|注册|设立|成立)[^，。；]{0,16}?${L.OPERATOR}`;
/** …or registered there for years (承接主体应当在园区所在县（市、区）登记注册满三年). */
const YEARS_WHERE_SERVED = `(?:应当|应|须|必须|需)在(?:项目|服务|工程|园区|本)?所在(?:地|市州|市|县(?:[（(]市、区[）)])?|区|县市区)[^，。；]{0,8}?(?:登记|注册|设立|成立)[^，。；]{0,6}?满[0-9零一二两三四五六七八九十]+个?(?:年|月)`;
const LOCAL_ONLY = `${L.LOCAL}注册的${L.OPERATOR}方可`;
/** The operators limited to local ones (评估机构限于在本省登记设立满三年的律师事务所). */
const LOCAL_LIMITED = `(?:限于|仅限于?|只能是|须为|应当为|必须为)(?:在)?${L.LOCAL}[^，。；]{0,16}?(?:注册|登记|设立|成立|纳税)[^，。；]{0,16}?${L.OPERATOR}`;
/** Schools or trainers confined to local ones (学习机构应当限于本省行政区域内的普通高等学校): they compete for the trainees. */
const LOCAL_SCHOOLS = `(?:限于|仅限于?|只能(?:选择|是)|须为|应当为|必须为)(?:在)?${L.LOCAL}[^，。；]{0,10}?的?[^，。；]{0,10}?(?:高等学校|高校|院校|学校|培训机构|教育机构)`;
/** Open only to operators registered here (仅向在本省办理市场主体登记的人力资源服务机构开放). */
const LOCAL_ONLY_TO = `(?:仅|只|仅限|限于?)(?:向|对|为|供)[^，。；]{0,4}?(?:在)?${L.LOCAL}[^，。；]{0,12}?(?:注册|登记|设立|纳税)[^，。；]{0,12}?的[^，。；]{0,10}?${L.OPERATOR}`;
/** The providers to be chosen or competing must be local ones (应当选择…省内法人银行, 参与竞争的银行应当为在湖南省注册登记的…). */
/** 从在湘注册且在本省连续纳税满3年的企业中遴选 / 原则上从本市州注册登记的…机构中选取: the pool is local operators only. */
const LOCAL_POOL = `(?:从|在)[^，。；]{0,12}?${L.LOCAL}[^，。；]{0,24}?${L.OPERATOR}中(?:遴选|选取|选择|选定|确定|评选|择优|推荐|指定|抽取)`;
const LOCAL_PROVIDER = `(?:(?:应当|须|必须|只能|仅能|限于|统一|一律)(?:选择|选用|委托|选定|遴选|确定|指定)|要求(?:其|申请人|当事人|企业|单位)?(?:委托|选择|选用|聘请)|(?:应当|须|必须|只能|由[^，。；]{0,8}?)从|委托(?=在)|(?:参与|参加)[^，。；]{0,8}?(?:竞争|遴选|投标|比选|招标|采购|评选)的[^，。；]{0,8}?${L.OPERATOR}(?:(?:应当|须|必须|需)(?:为|是|属于)?|限于|仅限于?))[^，。；]{0,24}?${L.LOCAL}(?:[^，。；]{0,8}?(?:法人|注册|登记|设立)[^，。；]{0,24}?|[^，。；]{0,10}?)${L.OPERATOR}`;
/** The work given to operators seated here (由总部设在本省的地方法人银行业金融机构承办). */
const LOCAL_ASSIGNED = `由(?:总部|注册地|住所地)?(?:设在|位于|在)${L.LOCAL}[^，。；]{0,16}?${L.OPERATOR}(?:统一)?(?:承办|承担|负责|办理|实施|代发)`;
/** Paid or served only through local operators (补发的待遇统一通过在本省注册登记的地方法人银行代发). */
const LOCAL_CHANNEL = `(?:统一|一律|应当|须|必须|只能)通过(?:在)?${L.LOCAL}[^，。；]{0,8}?(?:注册|登记|设立|法人)[^，。；]{0,12}?(?:银行|金融机构|机构|企业|公司)`;
/** Operators from elsewhere, named in a condition, denied what others get (持省外评价机构颁发的证书申请的，不予补贴). */
/** Words that set outside operators apart from local ones, not just address them. */
const SET_APART = /另行|不予|不得|按全额|加收|不能|不享受|不纳入|不列入|不适用|不参与|不参加|额外|单独/u;
const BRANCH_REQUIRED = `(?:应当|须|必须|需|要求)[^，。；]{0,12}?(?:在|于)(?:项目|工程|服务|经营|业务|施工)?所在地[^，。；]{0,8}?(?:设立|成立|注册|设置)[^，。；]{0,12}?(?:分支机构|子公司|分公司|办事处|法人)(?:资格的?(?:子公司|分公司|机构|企业|公司))?`;
const OUTSIDE_DENIED = `${L.OUTSIDE}[^，。；、]{0,10}?${L.OPERATOR}(?:[^。；]{0,24}?的[^，。；]{0,8}?|[^，。；]{0,16}?${L.OPERATOR})[，,](?:[^，。；]{0,8}?(?=一律|均|不))?(?:一律|均)?(?:不予|不得|不能|不纳入|不认可|不予认可|不享受|不再享受|不列入|不适用)[^，。；]{0,10}`;
/** Points taken from outside operators in a competition (省外…企业参与竞争的，评审时…扣减5分). */
const OUTSIDE_WATCHED = `${L.OUTSIDE}[^，。；、]{0,10}?${L.OPERATOR}[^。；]{0,40}?的[，,][^，。；]{0,8}?(?:一律|均)(?:列为|列入|纳入|作为)(?:重点)?(?:检查|监管|监控|核查|抽查)`;
const OUTSIDE_CLASSED = `${L.OUTSIDE}[^，。；、]{0,10}?${L.OPERATOR}[^。；]{0,40}?(?:一律|均|统一)(?:列为|评为|定为|确定为|划为|归为|划入)[^，。；]{0,4}?(?:类|级|等次|档)`;
const DESIGNATED_BY_ADMIN = `(?:受托|承办|承接|服务|培训|评价|定点)${L.OPERATOR}(?:由|统一由)[^，。；]{0,16}?(?:部门|厅|局|机关|人民政府)(?:统一)?指定`;
const LOCAL_SCORED = `${L.LOCAL}[^，。；、]{0,8}?${L.OPERATOR}[^。；]{0,40}?(?:评审|评标|评分|采购|招标|投标|比选)[^。；]{0,12}?(?:价格扣除|加[0-9.${CHINESE_NUMERAL_CHARS}]+分|加分)`;
const OUTSIDE_SCORED = `${L.OUTSIDE}[^，。；、]{0,10}?${L.OPERATOR}[^。；]{0,24}?[，,]?[^。；]{0,24}?(?:扣减|扣除|减去|扣)[0-9.${CHINESE_NUMERAL_CHARS}]+分`;
/**
 * Operators registered elsewhere dealt with more harshly by the administration (对在本省行政区域外注册的施工企业，…裁量等次…提高一档
 * 执行; 外省企业…从重处罚): the same breach, a heavier measure, for the place of registration alone.
 */
const OUTSIDE_HARSHER = `(?:${L.OUTSIDE}|(?:在)?${L.LOCAL}(?:行政区域|区域|范围)?(?:以|之)?外)(?:[^，。；、]{0,4}?(?:注册|登记|设立|成立))?的?[^，。；、]{0,10}?${L.OPERATOR}[^。；]{0,40}?((?:提高|上调|上浮|加重|提升|升高)[^，。；]{0,2}?(?:[一二两三1-3]个?)?(?:档|级|档次|等次|等级)(?:执行)?|从重(?:处罚|处理|裁量|认定)|加倍(?:处罚|罚款))`;
/**
 * A share of the work that locally registered operators must reach (应当将“由本省注册的培训机构承担的培训人次占比”列为必设指标，
 * 其指标值不得低于百分之九十): a quota that keeps operators from elsewhere out of the rest. Read from the verb that makes it an
 * indicator, outside the quotation marks, to the floor.
 */
const LOCAL_SHARE = `(?:(?:将|把|以)[“"]?)?(?:由|在)?${L.LOCAL}[^，。；、”]{0,6}?(?:注册|登记|设立|成立|纳税)的?[^，。；、”]{0,10}?${L.OPERATOR}[^，。；]{0,20}?(?:占比|比例|比重|份额)[”"]?(?:[^。；]{0,30}?)(?:不得低于|不低于|不得少于|不少于|应当达到|须达到|必须达到|达到)[^，。；]{0,4}?(?:[0-9]|百分之|[一二三四五六七八九十])[^，。；]{0,8}`;
/**
 * An incumbent kept on without a competition (下一年度同类服务项目可以由购买主体直接委托其继续承接，不再通过竞争方式选择): the
 * operators that would compete for the next contract are shut out.
 */
const RENEWED_WITHOUT_COMPETITION = `(?:直接|继续)(?:委托|确定|交由|续签|续约|指定|选定|由)[^，。；]{0,16}?(?:承接|承办|承担|提供|实施|合同|协议|服务)[^。；]{0,8}?[，,]?(?:不再|无需|无须|不需要?|不必|免于|免予|不经)(?:通过|经过|参加|进行|组织|重新|采用|履行)?[^，。；]{0,8}?(?:竞争|招标|比选|遴选|政府采购|采购程序|评审)[^，。；]{0,6}`;
/** The law's own ground for one supplier (政府采购法第三十一条, 单一来源采购): no competition is owed. */
const SOLE_SOURCE_BY_LAW = /单一来源|政府采购法|依法可以不(?:进行)?招标|招标投标法/u;
/** A promise not to move away, or money taken back if one does (5年内不将注册地、税收户管地迁出本省). */
const RELOCATION_BAR = `(?:承诺|保证)[^。；]{0,20}?不(?:得)?(?:将)?[^，。；]{0,12}?(?:注册地|税收户管地|纳税地|税务登记|经营地|总部|住所地?|办公地)[^，。；]{0,8}?迁(?:出|离|往)[^，。；]{0,6}|(?:注册地|税收户管地|纳税地|税务登记|经营地|总部|住所地?)[^，。；]{0,8}?迁(?:出|离|往)[^，。；]{0,10}?的[，,][^。；]{0,12}?(?:收回|追回|退回|退还|返还|取消)`;
/** Banks named by name where the document could say 银行 (应当在…湖南银行、长沙银行网点开立专用账户). */
// A bank described by its role for the party (开户银行, 合作银行) is no bank named by name.
// A name has no 的 in it (工程所在地的银行业金融机构 names a place), and 银行业 is the trade, not a bank.
const NAMED_BANK =
  '(?<![商业开户合作人民经办代发托管指定存款有关相关当地本地所在地国有政策性村镇])(?!(?:原|其)?(?:开户|合作|代发|托管|存款|指定|经办|有关|相关|当地|本地|所在地)银行)(?:(?!的)[\u4e00-\u9fff]){2,4}银行(?!业(?!务))';
const NAMED_BANKS_ONLY = `(?:应当|须|必须|只能|仅能|统一|一律|原则上)[^，。；]{0,4}?(?:在|到|通过|选择|选定)[^，。；]{0,12}?${NAMED_BANK}(?:[、和或及]${NAMED_BANK})*(?:等[^，。；]{0,10}?银行)?[^，。；]{0,8}?(?:网点|开立|开设|办理|存储|存入|作为)`;
/** One bank named as the only channel, before a bar on the others (统一通过湖南银行社会保障卡账户发放，…不得选择其他金融机构). */
// A bank account of a card (社会保障卡银行账户) names no bank.
const NAMED_BANK_CHANNEL_BEFORE = new RegExp(
  `(?:统一|一律|只能|仅能|应当|须|必须)(?:通过|在|到|由|向|委托)[^，。；]{0,12}?(?![\u4e00-\u9fff]{0,3}[卡折户]银行)${NAMED_BANK}`,
  'u',
);
const SAME_COMPANY_REQUIRED = '(?:应当|须|必须|只能|统一)(?:采用|使用|选用|购买|通过|接入|委托)(?:该|上述|前述|前款规定的)(?:公司|企业)';
/** A platform or system one must use, run by a named company (统一通过…“湘易签”平台（由…科技有限公司建设运营）签订). */
const PLATFORM_REQUIRED = '(?:统一|一律|只能|必须|须|应当)[^，。；]{0,4}?(?:通过|使用|采用|登录|接入)[^，。；]{0,40}?(?:平台|系统|软件|APP|App|终端)';
const SELECTIVE_NAMED = '(?:给予|予以|奖励|补贴|返还|补助)[^，。；]{0,14}?(?:奖励|补贴|返还|补助|优惠|资金|[0-9零一二三四五六七八九十百千万]+万?元)?';
const SELECTIVE_POLICY = '一企一策|一事一议|税收返还|先征后返|即征即退';
/** Operators an award or a title picks out (获得“…先进集体”称号的企业, 受表彰集体为企业的, 获评突出贡献单位的职业培训机构). */
const AWARDED_OPERATOR =
  /(?:获得|荣获|获评|被评为|评为|被授予|授予)(?:[^，。；]{0,30}?(?:称号|表彰|奖励|荣誉|单位|集体)?的[^，。；]{0,10}?(?:企业|机构|公司|经营者)|[^，。；]{0,30}?(?:企业|机构|公司)(?:的|[，,]))|受(?:到)?表彰(?:奖励)?的?(?:集体|单位)?(?:为|是)?(?:企业|机构|公司)/u;
/** An edge in the market: points or priority in bidding and procurement, a lower rate or a fee cut, a designation without selection. */
const AWARD_ADVANTAGE =
  '(?:招标投标|政府采购|采购活动|投标|评标|评审)[^，。；]{0,20}?(?:信用加分|加[0-9零一二两三四五六七八九十]+分|加分|优先(?:选择|中标|采购|选用|确定)|价格扣除)|(?:保险)?费率(?:下浮|下调|降低)[^，。；]{0,4}|(?:保险费|费用|服务费|管理费)(?:减半|减免|免予|免于)(?:征收|收取|缴纳)?|(?:减半|免予|免于)(?:征收|收取|缴纳)[^，。；]{0,6}?(?:保险费|费用|费)|直接(?:确定|认定|列为|纳入|确认)为?[^，。；]{0,20}?(?:定点|承接|承办|合作)[^，。；]{0,8}?(?:机构|单位|企业)|不再参加[^，。；]{0,12}?(?:遴选|招标|评审|比选|竞争)';
/** Operators a list picks out (列入…重点企业名单的用人单位). */
// …or a designation the administration confers (被认定为省级重点产业链链主企业的).
const LISTED_OPERATOR =
  /列入[^，。；]{0,30}?(?:名单|名录|目录)的[^，。；]{0,10}?(?:企业|用人单位|单位|机构|公司|经营者)|(?:被认定为|被确定为|被评定为)[^，。；]{0,20}?(?:链主|龙头|重点|骨干|专精特新|小巨人|领军)[^，。；]{0,6}?(?:企业|单位|公司)的/u;
/** A relief lasting longer or going further for those picked (缓缴期限可以延长至24个月). */
const RELIEF_EXTENDED = '(?:缓缴|减免|返还|补贴|补助)(?:期限|期|比例|标准|额度)[^，。；]{0,6}?(?:延长|提高|上浮|放宽)[^，。；]{0,10}';
/** Lists of wrongdoers: what is done to those on them is no favour. */
const BAD_LIST = /失信|黑名单|严重违法|异常|重点监管|重点管理|多发|拖欠|欠薪|违法/u;
/** A contribution rate cut to a share of the standard one (费率统一按照所属行业基准费率的50%执行). */
const RATE_CUT = '费率[^，。；]{0,16}?按(?:照)?[^，。；]{0,16}?的?(?:[1-9]|[1-9][0-9])(?:%|％)(?:执行|确定|缴纳|征收)';
/** More of a benefit, or a benefit first (补贴标准…提高50%, 补贴比例上浮10个百分点, 优先列入补贴范围). */
const BENEFIT_RAISE =
  /(?:补贴|补助|奖励|奖补|资助)[^，。；]{0,16}?(?:提高|上浮|增加|提升|翻倍)|(?:提高|上浮|增加)[^，。；]{0,8}?(?:补贴|补助|奖励|资助)|优先(?:列入|纳入|给予|安排|享受)[^，。；]{0,10}?(?:补贴|补助|奖励|资金|扶持|资助)/u;

/** Operators named by their ownership: 省属国有人力资源服务企业, 民营企业, 外资机构 (their workers are persons, not operators). */
const OWNERSHIP_CLASS =
  /(?:(?:省|市|州|县|区)属|中央|地方)?(?:国有|国营|民营|外资|集体|私营)(?:控股|独资|参股)?[^，。；、和及与]{0,12}?(?:企业|公司|机构)(?![^，。；]{0,2}?(?:职工|员工|人员|工作人员|劳动者))/u;
/** The place named only to say that it makes no difference. */
const PLACE_INDIFFERENT = new RegExp(
  `(?:不论|无论|不管|不分|不区分|不限)[^。；]{0,12}?(?:${L.LOCAL}|${L.OUTSIDE}|注册地|所在地)|${L.LOCAL}[^。；]{0,8}?(?:和|与|及|或者|还是)${L.OUTSIDE}[^。；]{0,12}?(?:一视同仁|平等对待|同等对待|同等条件)`,
  'u',
);
/** Ownership named only to say that all are treated alike. */
const EVEN_HANDED = /(?:各类所有制|不论所有制|不分所有制|一视同仁|平等对待|同等对待|平等享受|同等享受)/u;
/** What follows a relief named as a matter the administration handles: 的组织实施, 办理和补缴情况, 申请的受理. */
const RELIEF_HANDLED = /^(?:的)?(?:组织实施|办理|经办|审核|受理|信息|情况|统计|申请的(?:受理|审核))/u;
const SELECTIVE_CONTRIBUTIONS =
  '(?:减免|返还|缓缴|免收)[^，。；]{0,6}?社会保险费|社会保险费[^，。；]{0,16}?(?:返还|减免|缓缴|免收)|(?:欠费|欠缴)[^，。；]{0,10}?滞纳金[^，。；]{0,6}?(?:减免|免收|免除|豁免)';
const PRICE_STANDARD = '(?:统一|规定|确定|执行)[^，。；]{0,14}?(?:服务收费标准|收费标准|服务价格|指导价)';
const PRICE_CAP = '(?:服务费|服务收费|收费|价格|培训费|中介费|代理费)(?:标准)?[^。；]{0,12}?(?:不得|不)?(?:高于|低于|超过)[^，。；]{0,10}?(?:元|%|％)';
const ELIGIBILITY_BARE_GENDER = '^(?:男|女)(?:性|士)?(?=[，,、。；]|$)';
