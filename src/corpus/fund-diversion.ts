/**
 * Earmarked funds opened to other uses by a draft's own rule. Two rules of law
 * stand behind it, and neither leaves room for a normative document:
 * - 社会保险法 第六十九条第二款: social insurance funds may not balance other
 *   government budgets, build or refit offices, or pay staff, running and
 *   management costs (those are met by the budget, 第七十二条第二款); and
 *   第六十四条第一款: each fund keeps its own accounts, save the medical and
 *   maternity funds.
 * - 残疾人就业条例 第十六条: the disabled persons' employment security fund is
 *   for their training, employment services and employment assistance only.
 *
 * The money a sentence spends is the fund's when it names the fund (从失业保险
 * 基金中列支), when the document defines it as the fund's (本办法所称专账资金…
 * 属于失业保险基金, 稳岗返还是指从失业保险基金中…返还), or when the document's
 * title is about the fund and the sentence speaks of its 资金 or 结余.
 *
 * Silent where the sentence forbids the use or tells of a violation (不得, 挤占
 * 挪用, 责令追回), where the costs are met from another source (纳入部门预算,
 * 由同级财政保障, 就业补助资金) unless the fund is the fallback when that source
 * falls short (部门预算安排不足的，可以从…基金结余中列支), and on merged accounts
 * of the medical and maternity funds.
 */

import { CLAUSE_END, clauseAround, fullSentences, sentenceParts } from '../zh/context.js';
import { SOCIAL_INSURANCE_LAW, type ModelledFinding } from './modelled-finding.js';
import { ARTICLE_LABEL, ITEM_LABEL } from './text.js';

export type FundKind = 'social' | 'disability';

export interface FundDiversion extends ModelledFinding {
  title: string;
  /** 社会保险法 第六十九条第二款 or 第六十四条第一款; 残疾人就业条例 第十六条. */
  article: 16 | 64 | 69;
  /** Words of the provision's sentence that the finding answers. */
  word: string;
  /** What the provision forbids, for the message. */
  why: string;
}

/** The provision each kind of finding answers. */
const ANSWERS = {
  spent: {
    title: SOCIAL_INSURANCE_LAW,
    article: 69,
    clause: 2,
    word: '平衡其他政府预算',
    why: '社会保险基金专款专用，不得用于平衡其他政府预算，不得用于办公场所和人员经费、运行费用、管理费用',
  },
  merged: {
    title: SOCIAL_INSURANCE_LAW,
    article: 64,
    clause: 1,
    word: '分别建账',
    why: '除基本医疗保险基金与生育保险基金外，各项社会保险基金应当按险种分别建账、分账核算',
  },
  disability: {
    title: '残疾人就业条例',
    article: 16,
    word: '专项用于',
    why: '残疾人就业保障金专项用于残疾人职业培训以及就业服务和就业援助，不得用于部门工作经费等其他用途',
  },
} as const;

/** What the document says its money is. */
export interface FundContext {
  /** The fund the document's title is about, if any: its bare 资金 and 结余 are that fund's. */
  titleFund: FundKind | null;
  /** Terms the document defines as a fund's money (专账资金, 稳岗返还). */
  aliases: Map<string, FundKind>;
  /** Whether the document names a social insurance fund anywhere: its 基金结余 is then that fund's. */
  namesSocialFund: boolean;
  /** Whether the document is about social insurance contributions (its title says so): its 滞纳金 is the fund's. */
  contributions?: boolean;
}

// 工伤预防费 is the work injury fund's money (工伤保险条例第十二条: 工伤保险基金…用于工伤预防的宣传、培训等费用).
const SOCIAL_FUND =
  /(?:社会保险|养老保险|基本养老保险|职工基本养老保险|城乡居民基本养老保险|机关事业单位基本养老保险|工伤保险|失业保险|基本医疗保险|医疗保险|生育保险|社保)基金|工伤预防费/u;
const SOCIAL_FUNDS = new RegExp(SOCIAL_FUND.source, 'gu');
const DISABILITY_FUND = /残疾人就业保障金/u;
/** A fund's balance named without the fund (基金累计结余): the social funds', in a document that names one. */
const FUND_BALANCE = /基金(?:累计)?结余|结余基金/u;

/** Uses the law closes to the fund: the body's own costs and premises, and other budgets. */
const FORBIDDEN_USE = new RegExp(
  [
    '人员经费',
    '(?:人员)?加班补助',
    '工作经费',
    '运行(?:维护)?(?:费用|经费)',
    '运维(?:费用|经费)',
    '日常公用经费',
    '管理费用',
    '办公(?:场所|用房|设备|设施|经费)',
    '(?:服务|办事|经办)大厅(?:的)?(?:改造|建设|装修)',
    '(?:兴建|新建|改建|扩建|装修|购置|购建)[^，。；]{0,10}?(?:办公|服务大厅|经办大厅|业务用房|场所)',
    '信息系统(?:的)?(?:建设|运行|运维|改造|升级|开发)',
    // Services the administration buys for its own work (第三方专业服务, 审计服务): its running costs.
    '(?:购买|委托)[^，。；]{0,6}?(?:第三方|专业|审计|法律|咨询|评估|监督)[^，。；]{0,6}?服务(?:所需|的)?(?:经费|费用|资金)',
    '(?:调入|补充|弥补|平衡)[^，。；]{0,8}?(?:一般公共预算|其他政府预算|政府预算)',
    // The local budget's other spending made good (弥补当地财政其他民生支出): another budget balanced.
    '(?:调入|补充|弥补|平衡)(?:本级|当地|地方|同级)?财政[^，。；]{0,10}?(?:支出|收支|资金)',
    '(?:预算|财政)(?:收支)?(?:缺口|赤字)',
    // Rewards for the staff's or bodies' work (奖励清欠工作成绩突出的单位和个人; 对项目实施单位工作人员发放绩效奖励): staff costs by
    // another name.
    '奖励[^，。；]{0,16}?(?:工作)[^，。；]{0,8}?(?:单位和个人|集体和个人|工作人员|先进)',
    '(?:对|向|给)[^，。；]{0,16}?工作人员[^，。；]{0,6}?(?:发放|给予)[^，。；]{0,4}?(?:绩效)?(?:奖励|奖金)',
    // The administration's evaluation or audit of its own work, bought from a third party (第三方评价费用).
    '第三方[^，。；]{0,6}?(?:绩效评价|评价|评估|审计|核查|监督)(?:所需|的)?(?:费用|经费)',
    // The costs of the administration's own enforcement (申请人民法院强制执行所需的…执行费用).
    '强制执行(?:所需|的)?[^，。；]{0,16}?(?:执行费用|申请费)',
  ].join('|'),
  'u',
);
/** The money spent on the use. */
const SPEND = /用于|列支|支出|支付|安排|调剂|调入|弥补|统筹|开支|发放/gu;
/** A sentence that forbids the use or tells of one that broke the rule. */
const BANNED =
  /不得|严禁|禁止|不予|不能|不准|不应|防止|杜绝|挤占|挪用|截留|私分|侵占|违规|违法|擅自|追回(?!的?[^，。；]{0,6}?(?:款项|资金|金额)|工作)|责令|退回|清退|整改/u;
/** Another source named as falling short (部门预算安排不足的): the fund is then the fallback, and still spent. */
const SHORTFALL = /(?:预算|财政|经费)[^，。；]{0,8}?(?:不足|不够|缺口)/u;
/** The costs met from another source than the fund. */
const OTHER_SOURCE = /(?:由|通过|纳入|列入)[^，。；]{0,12}?(?:财政|预算)|部门预算|本级预算|财政(?:部门)?(?:予以)?保障|就业补助资金|自有资金|自筹/u;
/** The fee of the fund's own investment or custody (委托投资的管理费用), which the State Council's rules let the fund bear. */
const INVESTMENT_FEE = /(?:投资|托管|受托|委托)[^，。；]{0,10}?管理费/u;
/** Merged accounts (合并建账、合并核算). */
const MERGED = /合并(?:建账|核算)/u;
/** The two funds the law itself keeps in one account. */
const MEDICAL_AND_MATERNITY = /医疗保险基金|生育保险基金/u;

/** Money recovered from those who drew too much (追回款项, 追回的资金), spent: the fund's. */
// The recovered money as what is spent (从追回款项中提取), not as the base of a charge (按照追回金额的3%收取).
const RECOVERED = /(?:从|在|将)[^，。；]{0,6}?追回(?:的)?[^，。；]{0,10}?(?:款项|资金|金额|待遇)|追回(?:的)?(?:款项|资金)[^，。；]{0,4}?(?:用于|列支|提取)/u;

/** The kind of fund a text names, if it names one. */
function fundNamed(text: string): FundKind | null {
  if (DISABILITY_FUND.test(text)) return 'disability';
  return SOCIAL_FUND.test(text) ? 'social' : null;
}

/** A definition of a term as a fund's money: 所称X，是指…基金…, X属于…基金, …基金…（以下简称X）. */
const DEFINED = [
  /所称([^，。；“”]{2,16}?)(?:，|,)?(?:是指|指)/u,
  /([\p{Script=Han}]{2,12}?(?:资金|专账))(?:属于|来源于|全部来源于|列入)/u,
  /（以下简称([^）]{2,12})）/u,
  // Paid out of the fund (稳岗资金从失业保险基金中列支): what it pays with is the fund's money.
  /([\p{Script=Han}]{2,12}?(?:资金|专账|返还|补贴|补助))(?:从|由)[^，。；]{0,12}?基金(?:中)?(?:列支|支出|支付|安排)/u,
];

/** A term that names money. */
const MONEY_TERM = /(?:资金|专账|账户|经费|款|费|金|返还|补贴|补助|奖补|结余)$/u;

/** Reads the title and every definition of the document once. */
export function fundContextOf(title: string, text: string): FundContext {
  const aliases = new Map<string, FundKind>();
  for (const { start, end } of fullSentences(text)) {
    const sentence = text.slice(start, end);
    const kind = fundNamed(sentence);
    if (!kind) continue;
    for (const re of DEFINED) {
      const m = re.exec(sentence);
      // A name of the fund itself (本办法所称社会保险基金) defines nothing new.
      // Only a term for money (专账资金, 稳岗返还): a system or a kind of work defined beside the fund (监督信息系统, 非现场监督) spends nothing.
      if (m && !fundNamed(m[1]) && MONEY_TERM.test(m[1]) && !/^(?:本办法|本规定|本细则)/u.test(m[1])) aliases.set(m[1], kind);
      // A project the fund pays for (所称工伤预防项目，是指…使用工伤预防费组织开展的…项目): the project's money is the fund's.
      else if (m && re === DEFINED[0] && /项目$/u.test(m[1]) && !fundNamed(m[1])) {
        aliases.set(`${m[1]}资金`, kind);
        aliases.set('项目资金', kind);
      }
    }
  }
  const titleFund = fundNamed(title);
  return {
    titleFund,
    aliases,
    namesSocialFund: titleFund === 'social' || SOCIAL_FUND.test(text),
    contributions: /社会保险费|社保费|(?:养老|医疗|失业|工伤|生育)保险费/u.test(title),
  };
}

/** The fund whose money a part of a sentence spends, if it is one. */
function sourceFund(part: string, context: FundContext): FundKind | null {
  const named = fundNamed(part);
  if (named) return named;
  if (FUND_BALANCE.test(part) && context.namesSocialFund) return 'social';
  // Benefits paid wrongly and recovered go back to the fund they were paid from (社会保险经办条例第四十六条).
  if (RECOVERED.test(part) && context.namesSocialFund) return 'social';
  // The late fee on contributions goes into the fund (社会保险费征缴暂行条例第十三条: 滞纳金并入社会保险基金).
  if (/滞纳金/u.test(part) && (context.contributions || /社会保险费/u.test(part))) return 'social';
  for (const [alias, kind] of context.aliases) if (part.includes(alias)) return kind;
  if (context.titleFund && /资金|结余/u.test(part)) return context.titleFund;
  return null;
}

/** The clause around [from, to) of a sentence part, without its delimiter or a label at its start (第六条　, （一）). */
function clauseBounds(part: string, from: number, to: number): { start: number; end: number } {
  const { start, end } = clauseAround(part, from, to);
  const label = ARTICLE_LABEL.exec(part.slice(start))?.[0].length ?? ITEM_LABEL.exec(part.slice(start))?.[0].length ?? 0;
  return { start: start + label, end: end > to && CLAUSE_END.test(part[end - 1]) ? end - 1 : end };
}

/** Sentences that spend an earmarked fund on what the law closes to it, or keep two funds in one account. */
export function fundDiversions(text: string, context: FundContext): FundDiversion[] {
  const out: FundDiversion[] = [];
  let before = '';
  for (const { start: at, end: partEnd, sentence } of sentenceParts(text)) {
    const part = text.slice(at, partEnd);
    const previous = before;
    before = part;
    if (BANNED.test(text.slice(sentence.start, sentence.end))) continue;
    const found = MERGED.test(part) ? merger(part, context) : (spending(part, context) ?? fallback(part, previous, context));
    if (found) out.push({ ...found, start: at + found.start, end: at + found.end });
  }
  return out;
}

/**
 * A fund named as the fallback for costs the part before names (信息系统运行维护费用纳入部门预算。部门预算安排不足的，可以从失业保险
 * 基金…结余中列支): the costs are spent from the fund all the same.
 */
function fallback(part: string, previous: string, context: FundContext): FundDiversion | null {
  if (!SHORTFALL.test(part) || !FORBIDDEN_USE.test(previous) || FORBIDDEN_USE.test(part)) return null;
  const fund = sourceFund(part, context);
  const verb = [...part.matchAll(SPEND)].at(-1);
  if (!fund || !verb) return null;
  const clause = clauseBounds(part, verb.index!, verb.index! + verb[0].length);
  return { start: clause.start, end: clause.end, phrase: part.slice(clause.start, clause.end), ...(fund === 'social' ? ANSWERS.spent : ANSWERS.disability) };
}

/** A part of a sentence that spends a fund on a use the law closes to it (offsets in the part). */
function spending(part: string, context: FundContext): FundDiversion | null {
  const use = FORBIDDEN_USE.exec(part);
  if (!use || (OTHER_SOURCE.test(part) && !SHORTFALL.test(part)) || (use[0] === '管理费用' && INVESTMENT_FEE.test(part))) return null;
  const fund = sourceFund(part, context);
  if (!fund) return null;
  // The verb that spends the money: in the use's own clause, or the nearest one.
  const verbs = [...part.matchAll(SPEND)];
  if (verbs.length === 0) return null;
  const verb = verbs.reduce((best, v) => (Math.abs(v.index! - use.index) < Math.abs(best.index! - use.index) ? v : best));
  const first = Math.min(verb.index!, use.index);
  const from = clauseBounds(part, first, first);
  const to = clauseBounds(part, Math.max(verb.index!, use.index), Math.max(verb.index! + verb[0].length, use.index + use[0].length));
  return { start: from.start, end: to.end, phrase: part.slice(from.start, to.end), ...(fund === 'social' ? ANSWERS.spent : ANSWERS.disability) };
}

/** Two social insurance funds kept in one account, other than the medical and maternity funds the law allows. */
function merger(part: string, context: FundContext): FundDiversion | null {
  const named = part.match(SOCIAL_FUNDS) ?? [];
  if (named.length === 0 && !(context.namesSocialFund && /(?:两|各|几|多)项基金|基金合并/u.test(part))) return null;
  if (named.length > 0 && named.every((n) => MEDICAL_AND_MATERNITY.test(n))) return null;
  const m = MERGED.exec(part)!;
  const clause = clauseBounds(part, m.index, m.index + m[0].length);
  return { start: clause.start, end: clause.end, phrase: part.slice(clause.start, clause.end), ...ANSWERS.merged };
}
