import type { Span } from '../document/model.js';
import { halfwidthDigits, parseChineseNumber } from '../zh/numerals.js';
import { canBePrimary, findTopics, impliedQualifier, isBenefit, isQualifier, isTier, namesAct, TOPICS_VERSION, type TopicHit } from './topics.js';
import { ARTICLE_LABEL, ITEM_LABEL } from './text.js';

/**
 * What a provision asserts, in a form that can be compared across wordings:
 * a subject (topics from topics.ts), a quantity with its unit, a comparator
 * (不得超过 / 不少于 / 最长为 / …日内 / exact), the conditions it applies
 * under (累计缴费满五年不足十年的), and a modality (应当 / 可以 / 不得).
 *
 * 《社会保险法》第四十六条 "…累计缴费满五年不足十年的，领取失业保险金的期限最长为十八个月"
 * → { primary: 失业保险金, quantity: 18 month, comparator: max, conditions: [≥5 year, <10 year] }.
 */

export const CLAIMS_VERSION = `topics-${TOPICS_VERSION}-claims-34`;

export type Dimension = 'time' | 'workday' | 'hour' | 'money' | 'ratio' | 'multiple' | 'age' | 'person' | 'times';
/** Values are kept in a base unit per dimension: time in days (approximate) with the written unit kept for exactness. */
export type TimeUnit = 'year' | 'month' | 'week' | 'day';

export interface Quantity {
  value: number;
  dim: Dimension;
  /** For dim 'time': the unit written. */
  unit: TimeUnit | null;
  /** Rate basis: 每日/按日 → day, 每月 → month, 每年/每满一年 → year, 每多… → each. */
  per: string | null;
  text: string;
  start: number;
  end: number;
  /**
   * For a period in days that its law counts in working days (dim 'workday'): the days as written. A draft that
   * writes the same number of days for the same act restates the law's period, and the law's counting goes with it.
   */
  daysAsWritten?: number;
  /** Figures offered as alternatives (抽取3名或者5名专家): the values of all of them, this one among them. */
  alternatives?: number[];
}

/**
 * ceiling: 不得超过/不超过/以下/以内; floor: 不少于/不低于/以上; max: 最长为/最高为 (a
 * statutory maximum of an entitlement); within: a deadline 十五日内; advance: a notice period
 * 提前三十日; exact: anything else.
 */
export type Comparator = 'ceiling' | 'floor' | 'max' | 'within' | 'advance' | 'exact' | 'range';
export type Relation = 'ge' | 'gt' | 'lt' | 'le';
export type Modality = 'must' | 'may' | 'mustNot' | 'needNot';
/** Who acts: the administration, an employer, a worker, or an intermediary in the labour market (职业中介机构, 劳务经纪人). */
export type Actor = 'employer' | 'worker' | 'admin' | 'intermediary';

export interface Condition {
  value: number;
  dim: Dimension;
  unit: TimeUnit | null;
  rel: Relation | 'eq';
}

export interface Claim {
  kind: 'quantity' | 'modal';
  primary: string;
  topics: string[];
  qualifiers: string[];
  /** Who bears the duty or holds the right, near the quantity or modal word. */
  actor: Actor | null;
  modality: Modality | null;
  quantity: Quantity | null;
  comparator: Comparator | null;
  /** Upper bound of a range (一倍以上三倍以下), same dimension as quantity. */
  upper: number | null;
  conditions: Condition[];
  /** Topics named in the conditions (延长工作时间的，…). */
  conditionTopics: string[];
  /** The conditional part as written, for messages. */
  conditionText: string;
  /** The subject as written (领取失业保险金的期限), for messages. */
  subject: string;
  /** The asserted part as written: 最长为十八个月, 不得缓缴、减免. */
  phrase: string;
  /** The clause states an exception (除…外, 但是, 非因…): a flat opposite may still be lawful. */
  exception: boolean;
  /** The clause narrows its subject to a class of cases (对…事实清楚的工伤认定申请, 未按前款规定…的): a special rule. */
  restricted: boolean;
  /** The clause yields to other law (法律、法规另有规定的，依照其规定): not a basis for comparison. */
  deferring: boolean;
  /** Universal wording (统一为, 一律, 均为): the figure is meant for every case. */
  universal: boolean;
  /** Modal claims: the verb of the action (缓缴, 申请, 解除), to tell 应当通知 from 可以缴纳. */
  verb: string | null;
  /** Modal claims: the action refers to particular articles (不得依照本法第四十条…解除): a narrowed rule. */
  narrowed: boolean;
  /** The event a period runs from (收到仲裁申请, 用工), as written, or ''. */
  anchor: string;
  /**
   * 'extension': an extension of a base period (可以延长30日), compared only with extensions. 'former': a figure the law
   * replaces (从原六十周岁延迟至六十三周岁): a draft that still gives it as the rule is out of date.
   */
  role: 'base' | 'extension' | 'former';
  /** The clause without its figures: what the claim is about, for choosing among provisions on one subject. */
  context: string;
  /** The whole paragraph without its figures: what the provision is about (手工报销 named in the sentence before the period). */
  scope: string;
  /** A list of grades in order (分别为50%、40%或者30%): values in the unit of quantity. */
  tiers: number[] | null;
  /**
   * Of a law's claim: the text of the provisions its case refers to (依照本法第四十四条第一项规定终止… → 劳动合同期满的), and the
   * case the law excepts from it (除…劳动者不同意续订的情形外 → 劳动者不同意续订). Set by the corpus, which knows the law.
   */
  caseRefs?: string[];
  exceptCase?: string;
  /** Of the phrase, in the text given to extractClaims. */
  span: Span;
  clauseSpan: Span;
}

/** After a period: a body's refusal to take in what a party brings (一年内不再代收其提交的行政复议申请). */
const REFUSAL_TERM = /^[，,]?(?:对其)?(?:不再|不予|停止|暂停)(?:受理|代收|接收|转送|登记|办理)/u;
/** After a period in a condition: nothing done within it (未提出异议, 未被…发现, 未作出答复). */
const SILENCE_RE = /^[^，。；]{0,4}?未(?:提出|作出|被|予|答复|给予)/u;
const NUM_RE = /[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万]+|半/gu;
const SEGMENT_SPLIT = /[，,：:]/u;
const CLAUSE_SPLIT = /[。；;！？!?\n]/u;

const ADMIN =
  '社会保险行政部门|人力资源社会保障行政部门|人力资源社会保障部门|人力资源和社会保障部门|劳动保障行政部门|劳动行政部门|社会保险经办机构|经办机构|劳动能力鉴定委员会|劳动人事争议仲裁委员会|劳动争议仲裁委员会|仲裁委员会|仲裁庭|人民政府|行政部门|行政机关(?!公务员|工作人员)|征收机构|鉴定委员会|人民法院|窗口工作人员|服务窗口|受理窗口|经办人员|执法人员|劳动保障监察员|原?(?:处理|处分|任免|复核|受理|审批|批准|复议|申诉受理)机关';
const EMPLOYER = '施工总承包单位|劳务派遣单位|用人单位|用工单位|派遣单位|所在单位|企业|雇主|单位';
// 个人信息处理者 is whoever handles the information (an employer, an agency), not a person acting for herself.
const WORKER = '被派遣劳动者|工伤职工|失业人员|女职工|劳动者|近亲属|参保人员|职工|个人(?!信息)|申请人';
const INTERMEDIARY = '职业中介机构|人力资源服务机构|中介机构|劳务经纪人|经纪人';
const ACTOR_RE = new RegExp(`(${ADMIN})|(${INTERMEDIARY})|(${EMPLOYER})|(${WORKER})`, 'gu');

const MODAL_RE =
  /(可以不|无需|不再|不需要|不必|不得|禁止|严禁|不准|不应|不予|无权|应当|必须|须(?=[经在于向按将对])|应(?=[在于向按予及为由自将])|可以|有权|允许)/gu;
const HAS_MODAL = new RegExp(MODAL_RE.source, 'u');
const MODALITY: Record<string, Modality> = {
  可以不: 'needNot',
  不再: 'needNot',
  无需: 'needNot',
  不需要: 'needNot',
  不必: 'needNot',
  不得: 'mustNot',
  禁止: 'mustNot',
  严禁: 'mustNot',
  不准: 'mustNot',
  不应: 'mustNot',
  不予: 'mustNot',
  无权: 'mustNot',
  应当: 'must',
  必须: 'must',
  须: 'must',
  应: 'must',
  可以: 'may',
  有权: 'may',
  允许: 'may',
};

const CEILING_BEFORE =
  /(最长不得超过|最长不超过|最多不得超过|最多不超过|最高不超过|最高不得超过|累计不得超过|累计不超过|延长不得超过|不得超过|不超过|不应超过|不多于|不高于|不得高于|不长于|至多)$/u;
const MAX_BEFORE = /(最长为|最高为|最多为|最长|最高|最多)$/u;
const FLOOR_BEFORE = /(不得低于|不低于|不少于|不得少于|不短于|不得短于|至少|最低为|最低|最少为|最少)$/u;
/** 不得超过 and a cost that ends the clause part, with no figure between (不得超过服务期尚未履行部分所应分摊的培训费用). */
const COST_CEILING_RE =
  /(不得超过|不超过|不应超过|不能超过)([^，,；;。、0-9０-９零〇一二两三四五六七八九十百千万倍%％]{0,20}?(?:培训费用|培训费|实际费用|实际支出))(?=[，,；;。]|$)/gu;
/** A ceiling written as a wage (抚恤金之和不应高于因工死亡职工生前的工资): at most all of it, 100%. */
const WAGE_CEILING_RE =
  /(不得超过|不超过|不应超过|不应高于|不得高于|不高于)([^，,；;。、0-9０-９零〇一二两三四五六七八九十百千万倍%％]{0,20}?工资)(?=[，,；;。]|$)/gu;
/** A settlement cycle named by its unit (按月结算, 按周结算支付): one such unit. */
const CYCLE_RE = /按(日|天|周|半月|月|季度|季|年)(?=结算)/gu;
const CYCLE_OF: Record<string, { value: number; unit: TimeUnit }> = {
  日: { value: 1, unit: 'day' },
  天: { value: 1, unit: 'day' },
  周: { value: 1, unit: 'week' },
  半月: { value: 0.5, unit: 'month' },
  月: { value: 1, unit: 'month' },
  季: { value: 3, unit: 'month' },
  季度: { value: 3, unit: 'month' },
  年: { value: 1, unit: 'year' },
};
const LT_BEFORE = /(未满|不满|不足|低于|少于)$/u;
const GE_BEFORE = /(已满|年满|满|达到)$/u;
const GT_BEFORE = /(超过|高于|多于)$/u;
const EXCEPTION_RE = /(除[^，。；]{0,40}外|但是|但[^书]|非因|另有规定|特殊情况)/u;
const HISTORY_BEFORE = /(原|由原|从原)$/u;
const RESTRICTED_RE = /对[^，,；;。]{0,40}的[^，,；;。]{0,12}(申请|案件|事项|人员|单位|情形|职工|劳动者)|(前款|前项|前条|上述|本条)[^，,；;。]{0,20}的$/u;
/**
 * A rule that gives way to other rules (另有规定的除外): only where those may be a province's own (省、自治区、直辖市另有规定的),
 * not where they are the state's (除国家另有规定外, 法律、行政法规另有规定的除外): a normative document is never those.
 */
const DEFERRING_RE = /另有规定/u;
const DEFERS_TO_STATE_ONLY = /(?:国家|法律|行政法规|国务院|中央)(?:[、和或及]?(?:法律|行政法规|国务院|国家|有关部门))*另有规定/u;
const DEFERS_TO_PROVINCE = /(?:省|自治区|直辖市|地方|本地区|各地|本行政区域)[^，。；]{0,12}?另有规定/u;
const UNIVERSAL_RE = /(统一为|一律|均为|均按|全部|所有)/u;
const NARROWED_RE = /(本法|本条例|本规定|本办法)?第[零〇一二两三四五六七八九十百千0-9]+条|前款|前项/u;
// 不得以任何理由扣押: the bound that leaves no exception is no act of its own.
const ADVERB_RE = /^(依法|直接|及时|按时|足额|按规定|按照规定|随时|一律|自行|另行|事先|再|先|也|予以|当场|书面|以任何(?:理由|形式|方式|名义))+/u;
const ANCHOR_RE =
  /(?:自|从|于|在|收到|接到)[^，,；;。]{1,40}?(?:之次日|之日|次日)(?:起)?|(?:在|于)?(?:受理|收到|接到)[^，,；;。]{1,30}?(?:后|以后|之后)(?=[，,]?[^，,；;。]{0,8}?[0-9零一二两三四五六七八九十百半]+个?(?:工作日|日|天|月|年))/gu;
const TIER_LEAD = /(?:分别为|分别是|依次为|分别按|分别)[^，；;。]{0,30}$/u;
const TIER_JOIN = /^[ \u3000]*(?:、|，|,|或者|或|和|及)[ \u3000]*$/u;
const GRADUAL_RE = /(延迟至|提高至|逐步|每[一二三四]?[个]?月延迟|每年提高)/u;

/** The subject of a figure whose subject is not known, in claims extracted with `anySubject`. */
export const ANY_SUBJECT = '(本条)';

/** 不超过十五日的 / 最长六个月的: a figure that modifies the object of a verb. */
/** The worker money is taken from, before the verb (要求劳动者提供担保或者以其他名义向劳动者收取财物; 向新上岗人员收取…). */
const WORKER_OBJECT =
  /^(?:要求[^，,；;。]{1,10}?提供担保或者)?(?:以[^，,；;。]{1,16}?名义)?(?:按照[^，,；;。]{1,16}?标准)?(?:违法)?(?:向[^，,；;。]{1,20}?)?(?=收取)/u;
/** Phrases before a claim for a remedy that say on what ground, about what or to whom (以…为由就该劳动争议事项向人民法院提起诉讼). */
const PREPOSITIONS =
  /^(?:以[^，,；;。]{1,20}?为由(?=就|向|提起|申请|提出)|就[^，,；;。]{1,16}?(?=向|提起|申请|提出)|向[^，,；;。]{1,12}?(?=提起|申请|提出|支付|发放))+/u;
const QUANTITY_MODIFIER =
  /(?:不得超过|不超过|最长不超过|最长|最多|至少)?[0-9０-９零〇一二两三四五六七八九十百]+个?(?:工作日|日|天|月|年|周|小时)(?:以内|以下)?的?|相当于[^，,；;。]{0,12}?(?:百分之[零一二两三四五六七八九十百]+|[0-9.]+[%％]|[0-9零一二两三四五六七八九十百千万]+(?:元|倍))的|与[^，,；;。]{1,12}?相当的/gu;

/** The event of an anchor without its framing words: 自收到仲裁申请之日起 → 收到仲裁申请. */
function anchorText(s: string): string {
  return s.replace(/^(?:自|从|于|在)/u, '').replace(/(?:之次日起|之日起|次日起|之次日|之日|次日|以后|之后|后)$/u, '');
}

/**
 * A notice item's own short heading, run into its paragraph (（三）保障救济权利。单位和个人对处理决定不服的，…): words of the
 * document's outline, not of the rule, so they are no part of what the paragraph is about.
 */
const RUN_IN_HEADING =
  /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|[0-9]+[.．])\s*(?![^。]*?(?:应当|可以|不得|必须|须|由|的))[^，。；：:\s]{2,14}。(?=\S)/u;

/** A clause without figures and punctuation: what it is about. */
function contextText(s: string): string {
  return s
    .replace(ARTICLE_LABEL, '')
    .replace(/[0-9０-９.．%％‰]+|[零〇一二两三四五六七八九十百千万]+(?=个?(?:工作日|日|天|月|年|周|小时|倍|元|人|次))/gu, '')
    .replace(/[，,：:、（）()“”《》\s]/gu, '');
}

interface RawQuantity extends Quantity {
  /** Comparator or relation read from the words around it. */
  cmp: Comparator | Relation | 'advance' | 'after' | null;
  phraseStart: number;
  phraseEnd: number;
  /** For a notice before an act (在裁减人员方案实施前至少15日): where the act is named. */
  act?: Span;
}

/** The comparator a claim states for a quantity's own comparator; anything else (exact, after, gt, lt) states an exact figure. */
const COMPARATOR_OF: Partial<Record<NonNullable<RawQuantity['cmp']>, Comparator>> = {
  ceiling: 'ceiling',
  le: 'ceiling',
  floor: 'floor',
  ge: 'floor',
  max: 'max',
  within: 'within',
  advance: 'advance',
};

function parseNumber(s: string): number | undefined {
  if (s === '半') return 0.5;
  const t = halfwidthDigits(s).replace('．', '.');
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  return parseChineseNumber(t);
}

const TIME_UNIT: Record<string, TimeUnit> = { 年: 'year', 周年: 'year', 个月: 'month', 月: 'month', 周: 'week', 星期: 'week', 日: 'day', 天: 'day' };

/** Quantities in a clause with the comparator words around them. */
export function findQuantities(clause: string): RawQuantity[] {
  const out: RawQuantity[] = [];
  // The end of a figure that took the next number in (六十周岁又一个月).
  let skipUntil = 0;
  for (const m of clause.matchAll(NUM_RE)) {
    if (m.index! < skipUntil) continue;
    let start = m.index!;
    let end = start + m[0].length;
    const n = parseNumber(m[0]);
    if (n === undefined || !Number.isFinite(n)) continue;
    const before = clause.slice(Math.max(0, start - 12), start).replace(/[ \u3000]/gu, '');
    if (/第$/u.test(before)) continue; // ordinal
    // The 万 of 2万元 belongs to the figure before it (read there as 万元), not a figure of its own.
    if (start > 0 && /[0-9０-９]/u.test(clause[start - 1])) continue;
    const rest = clause.slice(end);
    let value = n;
    let dim: Dimension | undefined;
    let unit: TimeUnit | null = null;
    let u: RegExpExecArray | null;
    if ((u = /(百分之|千分之|万分之)$/u.exec(before))) {
      value = n / (u[1] === '百分之' ? 100 : u[1] === '千分之' ? 1000 : 10000);
      dim = 'ratio';
      start -= u[1].length;
    } else if ((u = /^[ \u3000]*(%|％|‰)/u.exec(rest))) {
      value = n / (u[1] === '‰' ? 1000 : 100);
      dim = 'ratio';
      end += u[0].length;
    } else if ((u = /^[ \u3000]*倍/u.exec(rest))) {
      dim = 'multiple';
      end += u[0].length;
    } else if ((u = /^[ \u3000]*周岁/u.exec(rest))) {
      dim = 'age';
      end += u[0].length;
      // 六十周岁又一个月: an age in years and months is one figure, not the years alone.
      const months = /^(?:又|零)([零〇一二两三四五六七八九十0-9０-９]+)个月/u.exec(clause.slice(end));
      const k = months ? parseNumber(months[1]) : undefined;
      if (months && k !== undefined) {
        value += k / 12;
        end += months[0].length;
        skipUntil = end;
      }
    } else if ((u = /^[ \u3000]*(万元|亿元|元)/u.exec(rest))) {
      value = n * (u[1] === '万元' ? 10_000 : u[1] === '亿元' ? 100_000_000 : 1);
      dim = 'money';
      end += u[0].length;
    } else if ((u = /^[ \u3000]*成(?![年员本绩果为立])/u.exec(rest)) && /^[一二三四五六七八九十]$/u.test(m[0])) {
      // 七成 = 70%
      value = n / 10;
      dim = 'ratio';
      end += u[0].length;
    } else if ((u = /^[ \u3000]*(个)?[ \u3000]*(半)?(个月|月|周年|年|周|星期|工作日|日|天|小时)(?![度份龄级底初末中薪报假休息历])/u.exec(rest))) {
      const w = u[3];
      if (w === '月' && !u[1]) continue; // 三月 is March
      if (w === '年' && (n >= 1900 || /^[ \u3000]*[0-9０-９一二三四五六七八九十]{1,2}[ \u3000]*月/u.test(rest.slice(u[0].length)))) continue; // a date
      if ((w === '日' || w === '天') && /月[ \u3000]*$/u.test(clause.slice(Math.max(0, start - 2), start))) continue; // 3月1日
      if (w === '周' && /^[ \u3000]*岁/u.test(rest.slice(u[0].length))) continue;
      if (w === '工作日') dim = 'workday';
      else if (w === '小时') dim = 'hour';
      else {
        dim = 'time';
        unit = TIME_UNIT[w] ?? null;
      }
      if (u[2]) value += 0.5;
      end += u[0].length;
    } else if ((u = /^[ \u3000]*(个)?(人|名)(?![员义])/u.exec(rest))) {
      dim = 'person';
      end += u[0].length;
    } else if ((u = /^[ \u3000]*次/u.exec(rest))) {
      dim = 'times';
      end += u[0].length;
    }
    if (!dim) continue;
    // A term of a formula ((剩余日历天数÷365天)×…), not a rule.
    if (/[÷×*/+＋=＝]\s*$/u.test(clause.slice(Math.max(0, start - 2), start)) || /^\s*[)）]?\s*[÷×*/+＋=＝]/u.test(clause.slice(end, end + 3))) continue;
    // What stands before the whole quantity (百分之 included): comparator words, 原, 每.
    const lead = clause.slice(Math.max(0, start - 40), start).replace(/[ \u3000]/gu, '');
    if (HISTORY_BEFORE.test(lead)) continue;
    // 每满一年 / 每多生育1个婴儿: the basis of a rate, not a claim.
    if (/每(多|满)?$/u.test(lead) || /每多[^，；。]{0,6}$/u.test(lead)) continue;
    const after = clause.slice(end, end + 4);
    let cmp: RawQuantity['cmp'] = null;
    let phraseStart = start;
    let phraseEnd = end;
    const take = (re: RegExp): boolean => {
      const mm = re.exec(lead);
      if (!mm) return false;
      // Map the match back onto the clause (before had spaces removed; spaces are rare enough to ignore).
      phraseStart = Math.max(0, start - mm[0].length);
      return true;
    };
    // 不得低于本单位…工资的百分之八十: the comparator may stand a few words before the number.
    const loose = (re: RegExp): boolean => {
      const source = re.source.replace(/\$$/, '');
      const mm = new RegExp(`${source}([^，,；;。${'0-9０-９'}零〇一二两三四五六七八九十百千万]{1,30})$`, 'u').exec(lead);
      return !!mm && /的$/u.test(mm[0]);
    };
    // 在裁减人员方案实施前至少15日: before the act, at least so many days, is a notice period.
    const notice = /在([^，,；;。]{1,30}?)(?:之前|以前|前)(?:至少|不少于|不得少于)?[ \u3000]*$/u.exec(clause.slice(0, start));
    let act: Span | undefined;
    if (notice && (dim === 'time' || dim === 'workday')) {
      cmp = 'advance';
      act = { start: notice.index + 1, end: notice.index + 1 + notice[1].length };
    } else if (take(CEILING_BEFORE)) cmp = 'ceiling';
    else if (take(MAX_BEFORE)) cmp = 'max';
    else if (take(FLOOR_BEFORE)) cmp = 'floor';
    else if (take(LT_BEFORE)) cmp = 'lt';
    else if (take(GE_BEFORE)) cmp = 'ge';
    else if (take(GT_BEFORE)) cmp = 'gt';
    else if (take(/提前$/u)) cmp = 'advance';
    else if (loose(CEILING_BEFORE)) cmp = 'ceiling';
    else if (loose(FLOOR_BEFORE)) cmp = 'floor';
    if ((u = /^(以上|及以上)/u.exec(after))) {
      if (cmp === null || cmp === 'ge') cmp = 'ge';
      phraseEnd = end + u[0].length;
    } else if ((u = /^(以下|及以下)/u.exec(after))) {
      if (cmp === null) cmp = 'le';
      phraseEnd = end + u[0].length;
    } else if ((u = /^(以内|之内|内)/u.exec(after))) {
      if (cmp === null || cmp === 'ceiling') cmp = dim === 'time' || dim === 'workday' || dim === 'hour' ? 'within' : 'ceiling';
      phraseEnd = end + u[0].length;
    } else if ((u = /^(后|以后|之后)/u.exec(after))) {
      if (cmp === null) cmp = 'after';
      phraseEnd = end + u[0].length;
    }
    const perMatch = /(每|按)(满)?(一|1)?(日|天|周|月|年|小时)[^，；。、]{0,6}$/u.exec(lead) ?? /每多[^，；。]{0,8}$/u.exec(lead);
    let per: string | null = null;
    if (perMatch) {
      const p = perMatch[4];
      per = p === undefined ? 'each' : p === '天' ? 'day' : p === '日' ? 'day' : p === '周' ? 'week' : p === '月' ? 'month' : p === '年' ? 'year' : 'hour';
    }
    out.push({ value, dim, unit, per, text: clause.slice(start, end), start, end, cmp, phraseStart, phraseEnd, act });
  }
  // A ceiling written as a cost (违约金的数额不得超过用人单位提供的培训费用: at most once that cost) or as a wage
  // (抚恤金之和不应高于因工死亡职工生前的工资: at most all of it), not as a figure.
  for (const [re, dim] of [
    [COST_CEILING_RE, 'multiple'],
    [WAGE_CEILING_RE, 'ratio'],
  ] as const) {
    for (const m of clause.matchAll(re)) {
      const start = m.index! + m[1].length;
      const end = m.index! + m[0].length;
      out.push({ value: 1, dim, unit: null, per: null, text: m[2], start, end, cmp: 'ceiling', phraseStart: m.index!, phraseEnd: end });
    }
  }
  for (const m of clause.matchAll(CYCLE_RE)) {
    const { value, unit } = CYCLE_OF[m[1]];
    const start = m.index!;
    const end = start + m[0].length;
    out.push({ value, dim: 'time', unit, per: null, text: m[0], start, end, cmp: null, phraseStart: start, phraseEnd: end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words before an actor that make it an object (为失业人员, 向经办机构, 经与工会和劳动者协商), not the one who acts. */
const APPROVER_BEFORE = /(?:经(?![营济费办过历常验])|报请|征得)[^，,；。]{0,4}$/u;
const FAR_APPROVER_BEFORE = /(?:(?<!已)经(?![营济费办过历常验])|报请|征得)[^，,；。]{0,12}$/u;
const APPROVAL_AFTER = /^[^，,；。]{0,6}?(?:批准|同意|审核|核准|审批)/u;
// 自职工试用期满之日起: the person in the event a period runs from is not who acts either.
// 额外支付劳动者一个月工资, 书面通知劳动者本人: the one paid or told is not who acts either.
const OBJECT_BEFORE = /(与|同|向|对|为|给|跟|将|把|替|招用|聘用|雇用|录用|招收|扣押|要求|收到|接到|受理|自|支付|发给|通知|告知|送达)[^，,；。]{0,4}$/u;

/** A period for telling a party of a procedure something (在五日内一次告知申请人…): only the administration informs an applicant so. */
const INFORMS_PARTY = /^[^，。；]{0,8}?(?:一次性?|书面)?(?:告知|通知|答复)(?:申请人|当事人|投诉人|举报人)/u;

/** The actor who bears a duty or holds a right at a position: the nearest actor named before it that is not an object. */
/** A reason clause open before a word (…，因劳动者本人…): 因 or 由于 opening its segment. */
const REASON_OPEN = /(?:^|[，,；;])\s*(?:因|由于)[^，,；;]*$/u;

function actorNear(clause: string, at: number): Actor | null {
  let found: Actor | null = null;
  let topic: Actor | null = null;
  for (const m of clause.matchAll(ACTOR_RE)) {
    if (m.index! >= at) break;
    const kind: Actor = m[1] ? 'admin' : m[2] ? 'intermediary' : m[3] ? 'employer' : 'worker';
    const before = clause.slice(Math.max(0, m.index! - 5), m.index!);
    // 对…初创企业，…可以缓缴: a 对-phrase of its own that opens the clause names whom the rule is for.
    if (/^对[^，,；。]*$/u.test(clause.slice(0, m.index!)) && /^[^，,；。]{0,12}[，,]/u.test(clause.slice(m.index!))) topic ??= kind;
    // The one who approves (经…部门审核同意，可以…) or the object of a preposition is not who acts.
    // 在行政机关告知后: where or after whose act, not who acts (在职职工 stays an actor).
    if (OBJECT_BEFORE.test(before) || APPROVER_BEFORE.test(before) || before.endsWith('在')) continue;
    // 经所在地县级人力资源社会保障部门批准，可以缓缴: the approver named with its place, before its approval.
    if (FAR_APPROVER_BEFORE.test(clause.slice(Math.max(0, m.index! - 14), m.index!)) && APPROVAL_AFTER.test(clause.slice(m.index! + m[0].length))) continue;
    // 因劳动者本人存在过错，可以…: whose fault a reason names is not who acts.
    if (REASON_OPEN.test(clause.slice(0, m.index!))) continue;
    found = kind;
  }
  // Whoever hires the workers employs them (家政服务机构招用家政服务人员，可以收取…押金), whatever it is called.
  if (!found && HIRER.test(clause.slice(0, at))) return 'employer';
  // The other party to a worker's contract, ending it with her (…的，托育机构可以与其解除劳动合同): her employer.
  if (!found && ENDS_WORKERS_CONTRACT.test(clause.slice(at))) return 'employer';
  return found ?? topic;
}

/** Ending the contract with the worker the case names (与其解除劳动合同, 与该职工终止劳动合同). */
const ENDS_WORKERS_CONTRACT = /^[^，。；]{0,6}?与(?:其|该职工|该劳动者|劳动者|职工|女职工)[^，。；]{0,4}?(?:解除|终止)(?:劳动合同|劳动关系)/u;
/** A body named as the one that hires (…机构招用, …组织聘用): the employer of those it hires. */
const HIRER = /(?:机构|组织|公司|中心|协会|站|社)(?:招用|招聘|聘用|录用|招收|雇用)/u;

interface Segment {
  start: number;
  end: number;
  text: string;
  conditional: boolean;
}

function segmentsOf(clause: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= clause.length; i++) {
    if (i === clause.length || SEGMENT_SPLIT.test(clause[i])) {
      const text = clause.slice(start, i);
      if (text.trim() !== '') {
        const t = text.trim();
        out.push({ start, end: i, text, conditional: /(的|(?<!小)时)$/u.test(t) || /^(如果|如|若|凡|对于|因)/u.test(t) });
      }
      start = i + 1;
    }
  }
  // An alternative joined to a case that ends later (…不合格，或者连续两年年度考核不合格，决定解除聘用合同的，…) belongs to it.
  for (let k = out.length - 2; k >= 0; k--) {
    if (out[k + 1].conditional && !out[k].conditional && CASE_GOES_ON.test(out[k].text.trim()) && !HAS_MODAL.test(out[k].text)) out[k].conditional = true;
  }
  return out;
}

/** A segment that adds an alternative or a further mark to a case: 或者…, 且…, 并且…. */
const CASE_GOES_ON = /^(?:或者|或|且|并且|以及)/u;

/**
 * The subject of a quantity. A deadline's subject is what must be done by it
 * (…十五日内告知…名单; …提前三日通知用人单位，可以解除劳动合同): the first topic after
 * it in its segment or the next, else one before it in its own segment. Any
 * other figure's subject is the nearest topic before it in its segment, else
 * the head of the noun phrase it modifies (六个月失业保险金标准的丧葬补助金 →
 * 丧葬补助金), else a topic in a neighbouring segment. Qualifiers (休息日) and
 * general topics (解除劳动合同, except for notice periods) are never subjects.
 */
function primaryTopic(
  hits: TopicHit[],
  at: number,
  end: number,
  deadline: boolean,
  notice: boolean,
  segments: Segment[],
  segIndex: number,
  recipients: Array<{ start: number; end: number }> = [],
  silence = false,
): TopicHit | undefined {
  const usable = hits.filter((h) => canBePrimary(h.topic, notice));
  const seg = segments[segIndex];
  const within = (h: TopicHit, s: Segment | undefined): boolean => !!s && h.start >= s.start && h.end <= s.end;
  const inSeg = (h: TopicHit): boolean => within(h, seg);
  const inNext = (h: TopicHit): boolean => within(h, segments[segIndex + 1]);
  const inPrev = (h: TopicHit): boolean => within(h, segments[segIndex - 1]);
  const before = usable.filter((h) => h.end <= at).reverse();
  // 向作出行政许可决定的部门备案: the body a paper goes to is not what the period is about.
  const following = usable.filter((h) => h.start >= end && !recipients.some((r) => h.start >= r.start && h.end <= r.end));
  // A period of silence is about what follows it, however many conditions come between (…未被发现，也未被举报、投诉的，不再查处).
  // An alternative with its own act (…六十日内申请行政复议，或者自…六个月内依法提起行政诉讼) is not about the act before it.
  const alternative = /^[\s]*(?:或者|或|也可以|也可)/u.test(seg?.text ?? '');
  if (deadline)
    return (
      following.find(inSeg) ??
      following.find(inNext) ??
      (silence ? following[0] : undefined) ??
      before.find(inSeg) ??
      (alternative ? undefined : before.find(inPrev))
    );
  // In an enumeration (伤残津贴，标准为：一级伤残为…90%，二级伤残为…85%) the subject is named once, before the list.
  // A case before the figure (…解除劳动合同的经济补偿的，责令…按照应付金额50%以上1倍以下的标准计算，向劳动者加付赔偿金) names the
  // situation; the part after it names what the figure measures.
  const caseBefore = !!segments[segIndex - 1]?.conditional;
  return (
    before.find(inSeg) ??
    following.filter(inSeg).at(-1) ??
    (caseBefore ? following.find(inNext) : undefined) ??
    before.find(inPrev) ??
    following.find(inNext) ??
    before[0]
  );
}

/** A period named right before its figure: 合同期限一般为, 服务期限不少于, 聘期为. */
const OWN_PERIOD_BEFORE = /(?:期限|期间|年限|聘期|任期)(?:一般|原则上|统一|均|通常)?(?:为|是|不少于|不低于|不超过|不得少于|不得超过)?$/u;

/** A period named before its figure and counted from an event: 保管期限不少于…后, 保存期限为…之日起. */
const OWN_PERIOD_FROM_EVENT =
  /((?:保管|保存|留存|存档)?(?:期限|期间))(?:一般|原则上|统一|均)?(?:为|是|不少于|不低于|不超过|不得少于|不得超过|至少为|至少)[^，,。；;]{2,24}?(?:后|以后|之后|之日起|起)$/u;

/** What joins two acts under one modal word: 或者安排, 和, 、. */
const ALSO_ACT = /^(?:或者|或|和|及|以及|、)(?:安排|要求|组织|让|使|对其|其)?$/u;

const TRIM_SUBJECT_END = /(统一为|一律为|均为|为|是|按|应当|可以|不得|的)+$/u;

function conditionOf(q: RawQuantity): Condition {
  const rel: Condition['rel'] =
    q.cmp === 'ge' || q.cmp === 'gt' || q.cmp === 'lt' || q.cmp === 'le' ? q.cmp : q.cmp === 'floor' ? 'ge' : q.cmp === 'ceiling' ? 'le' : 'eq';
  return { value: q.value, dim: q.dim, unit: q.unit, rel };
}

/**
 * The qualifiers that narrow a claim on this subject: a case the subject's own name already holds (约定试用期的，试用期工资…:
 * 试用期 in 试用期工资) narrows nothing, and the law, which names the subject alone (试用期的工资不得低于…), has no such qualifier.
 */
function ownCase(qualifiers: string[], primary: string): string[] {
  return qualifiers.filter((q) => q === primary || !primary.includes(q));
}

/** The persons a case names (对怀孕7个月以上的女职工 → 女职工). */
const PERSONS_OF_CASE = /对[^，。；]{0,30}?的((?:女)?职工|劳动者|女工|工作人员|人员)$/u;

/** Whether a clause speaks of those persons again: by name, or as 本人/其 in a case of its own. */
function pointsBack(clause: string, persons: string): boolean {
  return clause.includes(persons) || /(?:本人|其本人)[^，。；]{0,12}?(?:同意|申请|自愿)/u.test(clause);
}

/** Every claim a text makes. Offsets are UTF-16 offsets in `text`. */
export function extractClaims(text: string, options: { anySubject?: boolean } = {}): Claim[] {
  const claims: Claim[] = [];
  let clauseStart = 0;
  let subject: string | undefined;
  let carried: (Pick<Claim, 'primary' | 'qualifiers' | 'actor'> & { persons?: string }) | undefined;
  // Qualifiers a case of the sentence names before any claim (用人单位安排劳动者在休息日工作的，应当优先安排补休；…).
  let caseQualifiers: string[] = [];
  // The sentence around each clause, for the topics' `unless`: found once per sentence, not once per clause.
  let sentenceStart = 0;
  let sentenceEnd = 0;
  let sentenceClaims = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_SPLIT.test(text[i])) continue;
    const clause = text.slice(clauseStart, i);
    const before = claims.length;
    if (clauseStart >= sentenceEnd) sentenceEnd = nextSentenceEnd(text, clauseStart);
    const sentence = text.slice(sentenceStart, sentenceEnd);
    if (clause.trim().length >= 4) claimsOfClause(clause, clauseStart, claims, subject, options.anySubject ?? false, sentence);
    // After a semicolon the same case goes on (对怀孕7个月以上的女职工，一般不得延长劳动时间；确因…的，可以安排其延长劳动时间):
    // a claim on the same subject that names no case of its own keeps the one named before it.
    // So does a claim on another subject that points back at the same persons (…不得延长劳动时间；女职工本人书面同意的，可以安排
    // 夜班劳动).
    if (carried && clauseStart > 0 && /[；;]/u.test(text[clauseStart - 1])) {
      for (const c of claims.slice(before)) {
        if (c.qualifiers.length > 0) continue;
        if (c.primary !== carried.primary && !(c.kind === 'modal' && carried.persons && pointsBack(clause, carried.persons))) continue;
        c.qualifiers = [...carried.qualifiers];
        c.actor ??= carried.actor;
      }
    }
    if (caseQualifiers.length > 0 && /[；;]/u.test(text.slice(sentenceStart, clauseStart))) {
      // The case of the sentence's first part goes on after its semicolon in a case of its own (…在休息日工作的，应当优先安排补休；
      // 不能安排补休的，按照…百分之一百五十支付): the figure is for that case.
      // A case of its own with its own act (…；开展人力资源供求信息的收集和发布…等业务的，…30日内…备案) starts afresh.
      for (const c of claims.slice(before))
        if (c.qualifiers.length === 0 && c.conditionText && CASE_CONTINUES.test(c.conditionText.slice(c.conditionText.lastIndexOf('；') + 1)))
          c.qualifiers = [...caseQualifiers];
    }
    if (claims.length === before)
      for (const part of clause.split(/[，,]/u).filter((p) => /的\s*$/u.test(p)))
        for (const h of findTopics(part, sentence)) if (isQualifier(h.topic) && !caseQualifiers.includes(h.topic)) caseQualifiers.push(h.topic);
    const last = claims.length > before ? claims[claims.length - 1] : undefined;
    carried =
      last && last.qualifiers.length > 0
        ? { primary: last.primary, qualifiers: last.qualifiers, actor: last.actor, persons: PERSONS_OF_CASE.exec(last.conditionText)?.[1] }
        : undefined;
    // A clause without a subject of its own speaks of the last one named (停工留薪期一般不超过12个月。…但延长不得超过12个月).
    const named = findTopics(clause, sentence).filter((h) => canBePrimary(h.topic, false));
    if (named.length > 0) subject = claims.length > before ? claims[claims.length - 1].primary : named[named.length - 1].topic;
    if (i === text.length || SENTENCE_END.test(text[i])) {
      dropRuledQualifiers(text, claims.slice(sentenceClaims), sentence);
      sentenceClaims = claims.length;
    }
    if (i < text.length && SENTENCE_END.test(text[i])) {
      sentenceStart = i + 1;
      caseQualifiers = [];
    }
    clauseStart = i + 1;
  }
  // A figure read as one the law has replaced (…六十周岁的原法定退休年龄) is not also a rule of the text.
  const former = new Set(claims.filter((c) => c.role === 'former' && c.quantity).map((c) => c.quantity!.start));
  const rules = former.size === 0 ? claims : claims.filter((c) => c.role !== 'base' || !c.quantity || !former.has(c.quantity.start));
  markAlternatives(text, rules);
  const scope = contextText(text.replace(ARTICLE_LABEL, '').replace(RUN_IN_HEADING, ''));
  for (const c of rules) c.scope = scope;
  return rules;
}

/**
 * A qualifier that an earlier clause of the sentence makes a rule about (不得约定试用期，…，结算支付周期最长不超过一个月) is that
 * clause's subject, not the case of a later claim whose own clause does not name it.
 */
function dropRuledQualifiers(text: string, claims: Claim[], sentence: string): void {
  for (const c of claims) {
    if (c.qualifiers.length === 0) continue;
    // The comma-delimited part of the text that holds the claim's words.
    const from = Math.max(text.lastIndexOf('，', c.span.start - 1), text.lastIndexOf(',', c.span.start - 1)) + 1;
    const next = text.slice(c.span.end).search(/[，,。；;]/u);
    const own = findTopics(text.slice(from, next < 0 ? text.length : c.span.end + next), sentence).map((h) => h.topic);
    c.qualifiers = c.qualifiers.filter(
      (q) =>
        q === c.primary ||
        own.includes(q) ||
        // Only a rule in the same part of the sentence (a semicolon starts another case: …试用期为6个月；其他人员的试用期…).
        !claims.some((o) => o !== c && o.primary === q && o.span.end <= from && !/[；;]/u.test(text.slice(o.span.end, from))),
    );
  }
}

/** Figures with their units, one after another (五十周岁、五十五周岁): each has its unit, so a run of digits splits one way only. */
const FIGURE = '[零〇一二两三四五六七八九十百0-9０-９.]+(?:周岁|岁|个月|年|日|天|%|％)';
const FIGURES = `${FIGURE}(?:[、和及]${FIGURE})*`;
/** 从原六十周岁延迟至六十三周岁: the old figures, then the new. */
const REPLACED = new RegExp(`原(${FIGURES})(?:分别)?(?:逐步)?(?:延迟|提高|调整|延长|增加|降低)(?:到|至)(${FIGURES})`, 'gu');
/** 原法定退休年龄为五十五周岁的女职工: figures a subject had before. */
const FORMER_IS = /原([^，,；;。的]{2,10}?)(?:为|是)([^，,；;。]{1,24}?)(?=的|[，,；;。]|$)/gu;
/** 女职工五十周岁、五十五周岁及男职工六十周岁的原法定退休年龄: figures named as a subject's former ones. */
const FORMER_OF = /([^，,；;。]{1,40}?)的原([^，,；;。的]{2,10})/gu;
const NEW_FIGURES = new RegExp(`(?:延迟|提高|调整|延长|增加|降低)(?:到|至|为)(${FIGURES})`, 'gu');

/**
 * Figures the law has replaced, as claims with role 'former': 从原六十周岁延迟至六十三周岁, 原法定退休年龄为五十五周岁的女职工,
 * 五十周岁…六十周岁的原法定退休年龄. A figure that is also one of the new ones in the clause (逐步延迟至五十五周岁) is left out:
 * old for some, new for others.
 */
function formerClaims(clause: string, offset: number, out: Claim[], sentence: string): void {
  if (!clause.includes('原')) return;
  const found: Array<{ subject: string; figures: string; at: number; phrase: string }> = [];
  for (const m of clause.matchAll(REPLACED)) {
    const subject = findTopics(clause.slice(0, m.index!), sentence)
      .filter((h) => canBePrimary(h.topic, false))
      .at(-1);
    if (subject) found.push({ subject: subject.topic, figures: m[1], at: m.index! + 1, phrase: m[0] });
  }
  for (const m of clause.matchAll(FORMER_IS)) found.push({ subject: m[1], figures: m[2], at: m.index! + m[0].indexOf(m[2], 1 + m[1].length), phrase: m[0] });
  for (const m of clause.matchAll(FORMER_OF)) {
    const lead = /^(?:且|并且|并|而且|但是|但)/u.exec(m[0])?.[0].length ?? 0;
    found.push({ subject: m[2], figures: m[1], at: m.index!, phrase: m[0].slice(lead) });
  }
  if (found.length === 0) return;
  const newer = [...clause.matchAll(NEW_FIGURES)].flatMap((m) => findQuantities(m[1]));
  for (const f of found) {
    const topic = findTopics(f.subject, sentence).find((h) => canBePrimary(h.topic, false) && h.start === 0)?.topic;
    if (!topic) continue;
    for (const q of findQuantities(f.figures)) {
      if (newer.some((n) => n.dim === q.dim && n.value === q.value)) continue;
      if (out.some((c) => c.role === 'former' && c.primary === topic && c.quantity?.value === q.value)) continue;
      out.push({
        kind: 'quantity',
        primary: topic,
        topics: [topic],
        qualifiers: [],
        actor: null,
        modality: null,
        quantity: { value: q.value, dim: q.dim, unit: q.unit, per: null, text: q.text, start: f.at + q.start, end: f.at + q.end },
        comparator: 'exact',
        upper: null,
        conditions: [],
        conditionTopics: [],
        conditionText: '',
        subject: f.subject,
        phrase: f.phrase,
        exception: false,
        restricted: false,
        deferring: false,
        universal: false,
        verb: null,
        narrowed: false,
        anchor: '',
        role: 'former',
        context: contextText(clause),
        scope: '',
        tiers: null,
        span: { start: offset + f.at + q.start, end: offset + f.at + q.end },
        clauseSpan: { start: offset, end: offset + clause.length },
      });
    }
  }
}

const SENTENCE_END = /[。！？!?\n]/u;

/** Where the sentence that goes on at `from` ends (at 。！？ or a line end). */
function nextSentenceEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && !SENTENCE_END.test(text[end])) end++;
  return end;
}

/** Two figures of one kind joined by 或者 (3名或者5名) are one choice, not two rules: each carries both values. */
function markAlternatives(text: string, claims: Claim[]): void {
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i].quantity;
    const b = claims[i + 1].quantity;
    if (!a || !b || a.dim !== b.dim || a.unit !== b.unit || a.end > b.start) continue;
    if (!/^\s*(?:或者|或是|或)\s*$/u.test(text.slice(a.end, b.start))) continue;
    a.alternatives = b.alternatives = [a.value, b.value];
  }
}

/**
 * A period and a verb whose object is left out (用人单位未提出的，职工…可以在…6个月内直接提出): the object is the subject the
 * sentence named before.
 */
const BARE_VERB_AFTER_PERIOD = /(?:日|天|个月|月|年)(?:以)?内(?:直接|依法|及时|一次性)?(?:提出|申请|办理|缴纳|支付|作出|报送|提交|发放)[。；;]?\s*$/u;

/** A case after a semicolon that continues the one before it: a short one, or one that turns it (不能安排补休的, 确因…的, 逾期…的). */
const CASE_CONTINUES = /^(?:[^，,]{1,8}的$|(?:不|未|无法|确|其中|但|另|逾期|超过|满|不满|因))/u;

/** A rate and 支付 ending the clause, with nothing paid named after it. */
const RATE_PAID_BARE = /(?:百分之[零一二两三四五六七八九十百]+|[0-9]+(?:\.[0-9]+)?[%％])(?:的?(?:标准|比例))?(?:支付|计发|发放)[。；;]?\s*$/u;

/** One tier of a list the sentence opened (受处分的期间为：警告，六个月；记过，十二个月): the tier and its figure, the subject before. */
function tierOfList(hits: TopicHit[], clause: string, sentence: string): boolean {
  return hits.length > 0 && hits.every((h) => isTier(h.topic)) && TIER_FIGURE.test(clause) && /为[：:]/u.test(sentence);
}
const TIER_FIGURE = /^[^，,。；]{1,8}[，,]?[零〇一二两三四五六七八九十百0-9]+个?(?:月|年|日|天)[。；;]?\s*$/u;

/** The period's verb is bringing the act (…六个月内提出, …三十日内申请): the act is the one the case names. */
const PERIOD_TO_BRING = /^(?:以)?内?(?:直接|依法|及时)?(?:提出|申请)[。；;]?\s*$/u;

/** A case and a bare figure for it (满五年不足十年的，为二十四个月): the subject is the one of the clause before. */
const BARE_PREDICATE_AFTER_CASE = /^[^，,。；]{1,40}?的[，,](?:均|一律|统一|则)?为/u;

/** A figure named as what a cited law sets (《…》第六十二条规定的不少于…): the words just before it. */
const CITED_FIGURE =
  /》(?:第[零〇一二两三四五六七八九十百千0-9]+条(?:第[零〇一二两三四五六七八九十0-9]+款)?(?:第[（(][零〇一二两三四五六七八九十0-9]+[)）]项)?)?中?(?:所)?(?:规定|确定)的(?:不少于|不低于|不超过|不高于|至少|最长|最低|最高|最多)?$/u;

/**
 * The claims of one clause. With `anySubject`, figures without a known subject are kept under
 * ANY_SUBJECT: for comparing a copy with the provision it copies, where the subject is the same text.
 */
function claimsOfClause(clause: string, offset: number, out: Claim[], inherited: string | undefined, anySubject: boolean, sentence: string = clause): void {
  formerClaims(clause, offset, out, sentence);
  if (GRADUAL_RE.test(clause)) return;
  const first = out.length;
  let allHits = findTopics(clause, sentence);
  // No subject named, but a period extended (可以适当延长，但延长不得超过12个月), or the standard of the subject before given
  // (供养亲属抚恤金按照…比例发给…。标准为：配偶每月40%…): the subject of the clause before.
  if (
    allHits.filter((h) => canBePrimary(h.topic, false)).length === 0 &&
    inherited &&
    (/延长(?!工作时间)|延期/u.test(clause) ||
      /^[^，,。；]{0,6}?(?:标准|比例)(?:为|是)[：:]?/u.test(clause) ||
      BARE_PREDICATE_AFTER_CASE.test(clause) ||
      (BARE_VERB_AFTER_PERIOD.test(clause) && sentence.includes(inherited)) ||
      tierOfList(allHits, clause, sentence))
  ) {
    allHits = [...allHits, { topic: inherited, start: 0, end: 0 }];
  }
  // A rate paid with no object (休息日工作又不能安排补休的，按照不低于本人日工资标准的百分之一百五十支付): the pay the sentence
  // named (应当依法支付加班工资：…) is what is paid, whatever topic the case names.
  if (RATE_PAID_BARE.test(clause)) {
    const pay = findTopics(sentence, sentence).find((h) => h.topic === '工资报酬');
    if (pay && !allHits.some((h) => h.topic === pay.topic)) allHits = [...allHits, { topic: pay.topic, start: clause.length, end: clause.length }];
  }
  if (allHits.length === 0 && !anySubject) return;
  // The event a period runs from (自收到仲裁申请之日起五日内) is not what the period is about.
  const anchors = [...clause.matchAll(ANCHOR_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const hits = allHits.filter((h) => !anchors.some((a) => h.start >= a.start && h.end <= a.end));
  if (hits.length === 0 && !anySubject) return;
  const segments = segmentsOf(clause);
  const recipients = [...clause.matchAll(/向[^，,；;。]{1,30}?(?:部门|机关|机构|委员会)/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const segmentAt = (pos: number): number => segments.findIndex((s) => pos >= s.start && pos <= s.end);
  const quantities = findQuantities(clause);
  // The modal words of the clause: where each stands, the word, and how many characters of the clause it takes.
  const modals: Array<{ at: number; word: string; length: number }> = [...clause.matchAll(MODAL_RE)].map((m) => ({
    at: m.index!,
    word: m[1],
    length: m[0].length,
  }));
  // 不得扣押劳动者的居民身份证和其他证件，或者向劳动者收取押金: the ban goes on into the alternative after the comma (a word
  // carried there takes no characters of it).
  for (let k = 1; k < segments.length; k++) {
    const seg = segments[k];
    const or = /^\s*(?:或者|或)/u.exec(seg.text);
    if (!or || modals.some((m) => m.at >= seg.start && m.at < seg.end)) continue;
    const before = modals.filter((m) => m.at < seg.start).at(-1);
    if (!before || before.at < segments[k - 1].start || MODALITY[before.word] !== 'mustNot') continue;
    modals.push({ at: seg.start + or[0].length, word: before.word, length: 0 });
  }
  // A consequence stated bare after its case (当事人在陈述、申辩中否认违法事实的，在法定幅度内从重处罚): an act named by its own
  // words, with no modal word in the clause, is what the draft orders.
  if (modals.length === 0 && segments.some((g) => g.conditional)) {
    const last = segments.at(-1)!;
    const act = hits.find((h) => namesAct(h.topic) && h.start >= last.start && h.start - last.start <= 12);
    // Only the act, or a bound before it (在法定幅度内); 依法从重处罚 is the law's own measure, named.
    if (!last.conditional && act && /^[，,\s]*(?:在[^，。；]{1,12}?(?:内|中))?$/u.test(clause.slice(last.start, act.start)))
      modals.push({ at: last.start, word: '应当', length: 0 });
  }
  modals.sort((a, b) => a.at - b.at);
  const exception = EXCEPTION_RE.test(clause);
  const deferring = DEFERRING_RE.test(clause) && (DEFERS_TO_PROVINCE.test(clause) || !DEFERS_TO_STATE_ONLY.test(clause));
  const universal = UNIVERSAL_RE.test(clause);
  const topics = [...new Set(hits.map((h) => h.topic))];
  const topicsIn = (from: number, to: number): string[] => [...new Set(hits.filter((h) => h.start >= from && h.end <= to).map((h) => h.topic))];

  // Which quantities state conditions: those in conditional segments, and relational ones (满/以上/不满) followed by a later claim.
  const lastClaimSegment = Math.max(
    ...quantities
      .filter((q) => !segments[segmentAt(q.start)]?.conditional && !(q.cmp === 'ge' || q.cmp === 'gt' || q.cmp === 'lt'))
      .map((q) => segmentAt(q.start)),
    ...modals.map((m) => segmentAt(m.at)),
    -1,
  );
  const isCondition = (q: RawQuantity): boolean => {
    const s = segmentAt(q.start);
    // A period of silence (十五日内未提出异议的, 2年内未被…发现) is what the provision fixes, not a case it distinguishes.
    if (segments[s]?.conditional && q.cmp === 'within' && SILENCE_RE.test(clause.slice(q.end, segments[s].end))) return false;
    if (segments[s]?.conditional) return true;
    return (q.cmp === 'ge' || q.cmp === 'gt' || q.cmp === 'lt') && s < lastClaimSegment;
  };
  /** Conditional segments before a segment, and the qualifiers that narrow a claim made in it. */
  const context = (segIndex: number, extra: number[] = [], pos = Infinity) => {
    const conds = segments
      .slice(0, Math.max(0, segIndex))
      .filter((s, i) => s.conditional || quantities.some((c) => isCondition(c) && segmentAt(c.start) === i));
    const conditionText = conds.map((c) => c.text.trim()).join('，');
    // Qualifiers named up to the claim's segment (非全日制用工，是指…每日工作时间不超过四小时) narrow it; later ones belong to the next claim.
    const upTo = Math.max(segIndex, ...extra);
    const inScope = segments.slice(0, upTo + 1).flatMap((x) => topicsIn(x.start, x.end));
    // 聘用合同 is a contract of 事业单位 only: naming it names the case.
    const named = [...inScope.filter(isQualifier), ...inScope.flatMap((t) => impliedQualifier(t) ?? [])];
    // Of graded qualifiers (一级伤残…十级伤残) only the one named last before the figure applies.
    const tier = hits.filter((h) => isTier(h.topic) && h.end <= pos).at(-1)?.topic;
    const qualifiers = [...new Set([...named.filter((t) => !isTier(t)), ...(tier ? [tier] : [])])];
    return {
      conditionText,
      conditionTopics: [...new Set(conds.flatMap((c) => topicsIn(c.start, c.end)))],
      qualifiers,
      restricted: RESTRICTED_RE.test(clause) || conds.some((c) => RESTRICTED_RE.test(c.text.trim())),
    };
  };

  const used = new Set<RawQuantity>();
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k];
    if (used.has(q) || isCondition(q)) continue;
    let comparator: Comparator;
    let upper: number | null = null;
    let phraseEnd = q.phraseEnd;
    const next = quantities[k + 1];
    const between = next ? clause.slice(q.phraseEnd, next.start) : '';
    if (
      next &&
      next.dim === q.dim &&
      segmentAt(next.start) === segmentAt(q.start) &&
      ((q.cmp === 'ge' && next.cmp === 'le' && between.length <= 2) || /^[ \u3000]*(至|到|—|－|-|~|～)[ \u3000]*$/u.test(between))
    ) {
      // 一倍以上三倍以下 / 一个月至六个月
      comparator = 'range';
      upper = next.value;
      phraseEnd = next.phraseEnd;
      used.add(next);
    } else {
      comparator = (q.cmp && COMPARATOR_OF[q.cmp]) || 'exact';
    }
    // 一年内不再代收其提交的…申请: the term of a refusal, not the period of the act the clause names.
    if (comparator === 'within' && REFUSAL_TERM.test(clause.slice(q.phraseEnd))) continue;
    // 分别为50%、40%或者30%: one claim, a list of grades in order.
    let tiers: number[] | null = null;
    if (comparator === 'exact' && TIER_LEAD.test(clause.slice(0, q.phraseStart))) {
      const list = [q];
      for (let j = k + 1; j < quantities.length; j++) {
        const n = quantities[j];
        if (n.dim !== q.dim || !TIER_JOIN.test(clause.slice(list[list.length - 1].phraseEnd, n.start))) break;
        list.push(n);
      }
      if (list.length >= 2) {
        tiers = list.map((x) => x.value);
        for (const x of list) used.add(x);
        phraseEnd = list[list.length - 1].phraseEnd;
      }
    }
    const segIndex = segmentAt(q.start);
    const seg = segments[segIndex];
    let primary =
      primaryTopic(
        hits,
        q.phraseStart,
        phraseEnd,
        comparator === 'within' || comparator === 'advance',
        comparator === 'advance',
        segments,
        segIndex,
        recipients,
        comparator === 'within' && !!seg && SILENCE_RE.test(clause.slice(q.end, seg.end)),
      ) ?? (anySubject ? { topic: ANY_SUBJECT, start: q.phraseStart, end: q.phraseStart } : undefined);
    // The act a notice goes before (在裁减人员方案实施前…) is what the notice period is about.
    const actHit = q.act && hits.find((h) => h.start >= q.act!.start && h.end <= q.act!.end && canBePrimary(h.topic, true));
    if (actHit) primary = actHit;
    // …申请仲裁的，劳动关系终止后，应当自…六个月内提出: a period for bringing the act its case names is that act's.
    const periodOfCaseAct = comparator === 'within' && PERIOD_TO_BRING.test(clause.slice(q.end, seg?.end ?? clause.length));
    if (!primary && periodOfCaseAct)
      // …or the subject the clause takes from the one before (劳动者申请仲裁不受…限制；但是，劳动关系终止的，应当自…一年内提出).
      primary = hits.filter((h) => h.end <= q.start && canBePrimary(h.topic, false) && (h.start === h.end || segments[segmentAt(h.start)]?.conditional)).at(-1);
    if (!primary) continue;
    // 劳动合同期限一般为一年，试用期为三个月: a figure whose own words name the period it measures (an unknown subject) is
    // not a figure of the subject of the next part.
    if (seg && primary.start >= seg.end && OWN_PERIOD_BEFORE.test(clause.slice(seg.start, q.phraseStart))) continue;
    // 保管期限不少于职工达到法定退休年龄后五年: a period named before its figure and counted from an event the clause names is that
    // period's, not a figure of the event's subject.
    if (seg && primary.start >= seg.start && primary.end <= q.phraseStart) {
      const own = OWN_PERIOD_FROM_EVENT.exec(clause.slice(seg.start, q.phraseStart));
      if (own && seg.start + own.index! + own[1].length <= primary.start) continue;
    }
    // 2030年达到法定退休年龄的，最低缴费年限为十五年…；2031年达到法定退休年龄的，为十六年: a bare 为 after a case speaks of
    // the subject of the clause before, not of the case.
    if (
      seg &&
      primary.end <= seg.start &&
      segments[segmentAt(primary.start)]?.conditional &&
      /^[\s，,]*(?:均|一律|统一|则)?为$/u.test(clause.slice(seg.start, q.phraseStart))
    ) {
      if (!inherited) continue;
      primary = { topic: inherited, start: q.phraseStart, end: q.phraseStart };
    }
    // 在上述标准的基础上增加10%: an increment on another figure, not a figure of the subject.
    if (/(?:基础上|之上)[^，,；;。]{0,6}?(?:增加|提高|上浮|加发|增发)$/u.test(clause.slice(0, q.phraseStart))) continue;
    // 《中华人民共和国劳动法》规定的不少于九十天的产假: the figure of the law the clause names, cited, not one the draft sets.
    if (CITED_FIGURE.test(clause.slice(0, q.phraseStart))) continue;
    const primarySeg = segmentAt(primary.start);
    // An act's figure is the measure of what it takes (收取不超过500元的保证金), in its own words; a fine in a later part
    // (…收取财物的，…处以罚款) is the penalty for the act, not a figure of it.
    // Read as a copy of a law's sentence (anySubject), the fine is a figure of the sentence all the same: a copy that changes it
    // (以每人二百元以上一千元以下的标准处以罚款 for 五百元以上二千元以下) changes the law.
    if (namesAct(primary.topic) && primarySeg !== segIndex && !periodOfCaseAct) {
      if (!anySubject) continue;
      primary = { topic: ANY_SUBJECT, start: q.phraseStart, end: q.phraseStart };
    }
    const ctx = context(segIndex, primarySeg !== segIndex ? [primarySeg] : [], q.start);
    const anchor = anchors.filter((a) => a.end <= q.start).at(-1);
    // 延长…, and an addition named just before the figure (增加产假60天, 增发15天): a figure on top of the base, not the base.
    // 延长至十二个月 names the whole period it comes to: the base.
    const extension =
      !!seg &&
      (/延长(?!工作时间|至|到)|延期(?!至|到)/u.test(clause.slice(seg.start, q.start)) ||
        /(?:增加|增发|加发)[^，。；0-9零〇一二两三四五六七八九十百]{0,4}$/u.test(clause.slice(seg.start, q.phraseStart)));
    const conditions = quantities.filter((c) => c !== q && c.start < q.start && isCondition(c)).map(conditionOf);
    // 领取失业保险金的期限最长为十八个月 → 领取失业保险金的期限; otherwise the topic as written.
    let subject = primary.end > primary.start ? clause.slice(primary.start, primary.end) : primary.topic;
    if (seg && primary.start >= seg.start && primary.end <= q.phraseStart) {
      const s = clause.slice(primary.start, q.phraseStart).replace(TRIM_SUBJECT_END, '').trim();
      if (s.length <= 16) subject = s;
    }
    // 按照不低于工资的百分之二百支付工资 for work on a rest day or holiday, or overtime: the premium pay (工资报酬) the law fixes.
    const premium =
      primary.topic === '工资支付' &&
      q.dim === 'ratio' &&
      q.value > 1 &&
      (ctx.qualifiers.some((t) => t === '休息日' || t === '法定休假日') || ctx.conditionTopics.includes('延长工作时间'));
    out.push({
      kind: 'quantity',
      primary: premium ? '工资报酬' : primary.topic,
      topics,
      qualifiers: ownCase(ctx.qualifiers, primary.topic),
      actor: actorNear(clause, q.phraseStart) ?? (INFORMS_PARTY.test(clause.slice(q.phraseEnd)) ? 'admin' : null),
      modality: null,
      quantity: { value: q.value, dim: q.dim, unit: q.unit, per: q.per, text: q.text, start: offset + q.start, end: offset + q.end },
      comparator,
      upper,
      conditions,
      conditionTopics: ctx.conditionTopics,
      conditionText: ctx.conditionText,
      subject,
      phrase: clause.slice(q.phraseStart, phraseEnd),
      exception,
      restricted: ctx.restricted,
      deferring,
      universal,
      verb: null,
      narrowed: false,
      anchor: anchor ? anchorText(clause.slice(anchor.start, anchor.end)) : '',
      role: extension ? 'extension' : 'base',
      context: contextText(clause),
      scope: '',
      tiers,
      span: { start: offset + q.phraseStart, end: offset + phraseEnd },
      clauseSpan: { start: offset, end: offset + clause.length },
    });
  }

  // Modal claims: 不得缓缴、减免 / 可以申请缓缴社会保险费, with the topics of the action that follows the modal word.
  for (const m of modals) {
    const at = m.at;
    const segIndex = segmentAt(at);
    const seg = segments[segIndex];
    if (!seg || seg.conditional) continue;
    const actionStart = at + m.length;
    const actionEnd = seg.end;
    const actionHits = hits.filter((h) => h.start >= actionStart && h.end <= actionEnd && canBePrimary(h.topic, false));
    if (actionHits.length === 0) continue;
    const action = clause.slice(actionStart, actionEnd);
    // A modal that governs a figure (试用期不得超过六个月) is a quantity claim already.
    if (
      /^(?:超过|低于|少于|高于|多于|短于|长于|在|于)/u.test(action.replace(ADVERB_RE, '')) &&
      quantities.some((q) => q.start >= at && q.start < actionEnd && !isCondition(q))
    )
      continue;
    // 约定不超过十五日的试用期: the figure modifies the object; the verb still acts on it.
    const bare = action.replace(ADVERB_RE, '').replace(WORKER_OBJECT, '').replace(QUANTITY_MODIFIER, '').replace(PREPOSITIONS, '');
    const primary = actionHits[0];
    // The topic must be the action itself or its object right after the verb (可以申请缓缴…, 不得缓缴), not a noun further on.
    const topicAt = bare.indexOf(clause.slice(primary.start, primary.end));
    // An act named by its own words may stand after a reason or a bound (不得因当事人陈述、申辩而给予更重的处罚; 可以在裁量基准范围内
    // 从重处罚).
    // So may the act's object with 对 (不得对该决定进行陈述和申辩).
    if (
      topicAt < 0 ||
      (topicAt > 4 && !(namesAct(primary.topic) && /^(?:因[^，。；]{1,16}?而|在[^，。；]{1,12}?(?:内|中|上)|对[^，。；]{1,10}?(?:进行|提出))/u.test(bare)))
    )
      continue;
    // An act's word before 的 describes a noun (足额补缴缓缴的社会保险费): the act done is another.
    if (namesAct(primary.topic) && clause[primary.end] === '的') continue;
    const ctx = context(segIndex);
    const claim: Claim = {
      kind: 'modal',
      primary: primary.topic,
      topics: [...new Set(actionHits.map((h) => h.topic))],
      qualifiers: ownCase(ctx.qualifiers, primary.topic),
      actor: actorNear(clause, at),
      modality: MODALITY[m.word],
      quantity: null,
      comparator: null,
      upper: null,
      conditions: quantities.filter((c) => c.start < at && isCondition(c)).map(conditionOf),
      conditionTopics: ctx.conditionTopics,
      conditionText: ctx.conditionText,
      subject: clause.slice(primary.start, primary.end),
      // A ban carried into an alternative (…，或者向劳动者收取押金) is quoted with its word.
      phrase: (m.length === 0 ? m.word : '') + clause.slice(at, actionEnd).trim(),
      exception,
      restricted: ctx.restricted,
      deferring,
      universal,
      verb: topicAt <= 0 ? primary.topic : bare.slice(0, 2),
      narrowed: NARROWED_RE.test(action),
      anchor: '',
      role: 'base',
      context: contextText(clause),
      scope: '',
      tiers: null,
      span: { start: offset + at, end: offset + actionEnd },
      clauseSpan: { start: offset, end: offset + clause.length },
    };
    out.push(claim);
    // 不得延长劳动时间或者安排夜班劳动: each act joined to the first is under the same modal word.
    let previous = primary;
    for (const h of actionHits.slice(1)) {
      const joint = clause.slice(previous.end, h.start);
      if (!ALSO_ACT.test(joint)) break;
      previous = h;
      if (h.topic === primary.topic || isQualifier(h.topic)) continue;
      out.push({ ...claim, primary: h.topic, subject: clause.slice(h.start, h.end), qualifiers: ownCase(ctx.qualifiers, h.topic), verb: h.topic });
    }
  }

  // A ceiling on what is taken (向进场求职人员收取的场地成本费每人不超过5元) allows taking it: a permission, held against a ban.
  for (const c of out.slice(first)) {
    // A case that only names whose event it is (…举办专场招聘会的，可以…收取) keeps the permission; a case with a topic of its own
    // (延长工作时间的) makes it a particular rule.
    if (c.kind !== 'quantity' || c.comparator !== 'ceiling' || !namesAct(c.primary) || c.conditions.length > 0 || c.conditionTopics.length > 0) continue;
    if (out.slice(first).some((o) => o.kind === 'modal' && o.primary === c.primary)) continue;
    const figureAt = c.span.start - offset;
    const take = hits.find((h) => h.topic === c.primary && offset + h.end <= c.span.start && segmentAt(h.start) === segmentAt(figureAt));
    // Or the thing taken after its ceiling, under a permission (可以要求劳务人员交纳不超过两个月工资的履约保证金).
    const after = take ? undefined : hits.find((h) => h.topic === c.primary && h.start >= figureAt && segmentAt(h.start) === segmentAt(figureAt));
    const permit = after ? modals.find((m) => MODALITY[m.word] === 'may' && m.at < figureAt && segmentAt(m.at) === segmentAt(figureAt)) : undefined;
    const from = take ? take.start : permit?.at;
    const to = take ? c.span.end - offset : after?.end;
    if (from === undefined || to === undefined) continue;
    out.push({
      ...c,
      kind: 'modal',
      modality: 'may',
      quantity: null,
      comparator: null,
      phrase: clause.slice(from, to),
      span: { start: offset + from, end: offset + to },
    });
  }
}

/** A lead-in whose items are acts it bans (不得有下列行为：, 禁止下列行为：). */
const BANNED_ACTS_LEAD = /(?:不得|禁止)(?:有|实施|从事)?下列(?:行为|情形)[^：:]{0,6}[：:]?$/u;

/**
 * Claims of an item (（一）注册资本不得少于人民币二百万元) read with the sentence that
 * introduces it (经营劳务派遣业务，应当具备下列条件：), so that what the lead-in
 * says (劳务派遣) narrows them; claims of the lead-in itself are left out and
 * offsets point into the item.
 */
const ITEM_LABEL_RE = /^[（(][零〇一二两三四五六七八九十0-9]+[）)][ \u3000]*/u;

export function extractItemClaims(leadIn: string, item: string): Claim[] {
  const lead = leadIn.replace(/[。；;]\s*$/u, '');
  const cases = CASES_LEAD.exec(lead);
  if (cases && CASE_ITEM.test(item) && !HAS_MODAL.test(item)) return caseItemClaims(lead.slice(cases[0].length).replace(/[：:]$/u, ''), item, cases[1]);
  // 职业中介机构不得有下列行为：…（五）向劳动者收取押金: each item is an act the lead-in bans; it is read with the ban.
  const banned = BANNED_ACTS_LEAD.test(lead) ? '不得' : '';
  const joiner = (/[：:，,]$/u.test(lead) ? '' : '：') + banned;
  // The item's label (（四）) is no word of the act: 不得扣押…, not 不得（四）扣押…; nor of a tier (（二）记过，十二个月).
  const label = ITEM_LABEL_RE.exec(item)?.[0] ?? '';
  const start = lead.length + joiner.length;
  const shift = start - label.length;
  return extractClaims(lead + joiner + item.slice(label.length))
    .filter((c) => c.span.start >= start - banned.length)
    .map((c) => ({
      ...c,
      span: { start: Math.max(0, c.span.start - shift), end: c.span.end - shift },
      clauseSpan: { start: Math.max(0, c.clauseSpan.start - shift), end: c.clauseSpan.end - shift },
      quantity: c.quantity ? { ...c.quantity, start: c.quantity.start - shift, end: c.quantity.end - shift } : null,
    }));
}

/** 有下列情形之一的，用人单位应当向劳动者支付经济补偿：the lead-in states the rule, each item is one case of it. */
// Who the cases are of may lead (当事人有下列情形之一的，应当依法从重处罚): each case is read with it.
const CASES_LEAD = /^((?:当事人|劳动者|职工|用人单位|申请人)?)有下列(?:情形|情况)之一的[，,]/u;
/** An item that only points to other law (法律、行政法规规定的其他情形) is no case of its own. */
const CATCH_ALL_ITEM = /其他情形|其他情况/u;
/** An item that is only a case (…终止固定期限劳动合同的；), not a case with its own rule (安排…延长工作时间的，支付…). */
const CASE_ITEM = /的[；;。]?\s*$/u;

/**
 * Claims of an item under a lead-in of cases: the item read as the case of the lead-in's rule (（五）…终止固定期限劳动合同的 →
 * …终止固定期限劳动合同的，用人单位应当向劳动者支付经济补偿). Offsets cover the whole item: the rule's words are the lead-in's.
 */
function caseItemClaims(rule: string, item: string, subject = ''): Claim[] {
  const bare =
    subject +
    item
      .replace(ITEM_LABEL, '')
      .trimStart()
      .replace(/[；;。，,]\s*$/u, '');
  if (CATCH_ALL_ITEM.test(bare)) return [];
  const whole = { start: 0, end: item.length };
  // 除用人单位维持或者提高劳动合同约定条件续订劳动合同，劳动者不同意续订的情形外: the case the law leaves out.
  const except = /^除(.+?)(?:的)?(?:情形|情况)?外[，,]/u.exec(bare)?.[1];
  return extractClaims(`${bare}，${rule}。`)
    .filter((c) => c.span.start > bare.length)
    .map((c) => ({
      ...c,
      span: whole,
      clauseSpan: whole,
      quantity: c.quantity ? { ...c.quantity, start: 0, end: item.length } : null,
      ...(except ? { exceptCase: except } : {}),
    }));
}

/** A 款 that only states the rule its items are the cases of: its claims are its items'. */
export function isCasesLead(text: string): boolean {
  return CASES_LEAD.test(text) && isListLead(text);
}

/** A 款 that ends in a colon: its items follow (政务处分的期间为：…). */
export function isListLead(text: string): boolean {
  return /[：:]\s*$/u.test(text);
}

/** Primary topics of the claims in a (normalised) provision: what the topic index stores. */
export function claimTopics(text: string): string[] {
  const topics = extractClaims(text).map((c) => c.primary);
  // An item without a modal word may be an act its lead-in bans (不得有下列行为：…向劳动者收取押金), which the index cannot see:
  // it is indexed under the subjects it has when read as banned too (claimsOf reads it with its real lead-in).
  if (!HAS_MODAL.test(text)) topics.push(...extractClaims(`不得${text}`).map((c) => c.primary));
  return [...new Set(topics)];
}

export const topicIndexer = { version: CLAIMS_VERSION, topics: claimTopics };

export { isBenefit };
