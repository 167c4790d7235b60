/**
 * Contracts the law keeps alive, ended. Three rules of law:
 * - 劳动合同法 第四十五条: a contract that expires while the worker is in one of 第四十二条's cases (疑似职业病病人 under
 *   diagnosis or observation, 医疗期, 孕期、产期、哺乳期, 未进行离岗前职业健康检查, 连续工作满十五年…) runs on until the
 *   case ends. A draft that lets the employer end it on time (…在医学观察期间劳动合同期满的，用人单位可以按期终止劳动合同) or
 *   caps the extension (续延期限最长不超过六个月) takes that protection back.
 * - 工伤保险条例 第三十五条、第三十六条: a worker disabled at grades one to four keeps the employment; at grades five and six
 *   the employment ends only when the worker asks (经工伤职工本人提出). A draft that lets the employer end it (难以安排工作的，
 *   用人单位可以与其解除劳动关系) puts the choice on the wrong side.
 * - 劳动争议调解仲裁法 第六条: evidence the employer holds, the employer must produce, and bears the loss when it does not. A
 *   draft that puts that loss on the worker (用人单位拒不提供的，视为劳动者举证不能) turns the rule round.
 *
 * - 劳动合同法 第四十二条: a worker in one of its cases (孕期、产期、哺乳期, 医疗期, 疑似职业病…, 因工负伤并被确认丧失或者部分
 *   丧失劳动能力) may not be dismissed under 第四十条 or 第四十一条. A draft that lets the employer do so (企业可以将其列入被裁减
 *   人员名单; 七级至十级伤残…用人单位可以依照…第四十条的规定…解除劳动合同) takes the protection back.
 *
 * Silent where the sentence keeps the rule (应当续延, 不得终止, 经本人提出), where the worker asks to leave, and where the
 * case is a work injury's (第四十五条 sends those to the work-injury rules; 第四十二条 reads them itself).
 */

import { sentenceParts } from '../zh/context.js';
import { parseChineseNumber } from '../zh/numerals.js';
import { findingAt, type ModelledFinding, type ModelledProvision } from './modelled-finding.js';

export interface ProtectedTermination extends ModelledFinding {
  title: string;
  word: string;
  why: string;
}

const LABOR_CONTRACT_LAW = '中华人民共和国劳动合同法';
const WORK_INJURY_REGULATIONS = '工伤保险条例';

/** 第四十二条's cases, other than a work injury's. */
const PROTECTED_CASE = /疑似职业病|医学观察期|离岗前职业健康检查|医疗期(?:内|间|未满)|(?:孕期|产期|哺乳期|怀孕)|连续工作满(?:十五|15)年/u;
/** The contract's term runs out. */
const EXPIRES = /(?:劳动合同|聘用合同|合同)[^，。；]{0,6}?(?:期满|到期|届满)|期满(?:时|的|后)/u;
/** Ended on time: 可以按期终止, 到期终止, 予以终止. */
const ENDED =
  /(?:可以|有权|得)(?:按期|依法|正常|直接|如期)?(?:予以)?终止|(?:按期|如期|到期|即行|自动)(?:予以)?终止|予以终止|(?<=[，,])(?:劳动合同|聘用合同|合同)(?:即|即行)?终止(?![前后的])/u;
/** The extension given a limit. */
const CAPPED =
  /(?:续延|顺延|延续|延长)(?:的)?(?:期限|时间|期间)?[^，。；]{0,8}?(?:最长(?:不超过|不得超过|为)?|最多|不得超过|不超过)[^，。；]{0,4}?[0-9一二三四五六七八九十两]+(?:个)?(?:月|年|日|天)/u;
/** The rule kept, or the worker's own wish. */
const KEEPS_EXTENSION = /应当(?:续延|顺延|延续)|不得(?:终止|解除)|(?:本人|劳动者|职工)(?:提出|申请|要求|同意)/u;
/** 第四十五条's own exception: the work-injury rules decide. */
const WORK_INJURY = /工伤|(?<!非)因工|伤残|(?<!疑似)职业病病人/u;

/** A disabled worker's grade: 五级、六级伤残, 一级至四级伤残, 五至六级伤残. */
const GRADE = /([一二三四五六七八九十])(?:级)?(?:(?:至|到|、|和|或者)([一二三四五六七八九十])级)?伤残/gu;
/** The employer ends the employment. */
const EMPLOYER_ENDS =
  /(?:用人单位|单位|企业)[^，。；]{0,12}?(?:可以|有权|(?<!不)得|予以|即可)[^，。；]{0,6}?(?:解除|终止)[^，。；]{0,4}?(?:劳动关系|劳动合同|聘用合同)/u;
/** The worker asks, or the sentence forbids it. */
const WORKER_ASKS = /本人(?:提出|申请|要求|同意)|职工提出|劳动者提出|不得(?:与其|同其|和其)?(?:解除|终止)/u;

/** The employer withholds the evidence it holds, and the worker bears the loss. */
const BURDEN_TURNED =
  /用人单位[^，。；]{0,30}?(?:拒不|拒绝|不|未|无法|不能)提供[^。；]{0,16}?(?:视为|认定为?|按照?|由)?劳动者[^，。；]{0,8}?(?:举证不能|承担不利(?:后果)?|主张不成立|不予支持|承担举证不能)/u;
/**
 * The records the employer keeps (考勤记录, 工资支付记录) laid on the worker to produce, with the loss: 职工应当自行提供考勤记录、
 * 休假审批记录等证据…；职工不能提供的，由职工承担不利后果.
 */
const RECORDS_ON_WORKER =
  /(?<=(?:劳动者|职工)[^。；]{0,30}?)(?:应当)?(?:自行)?提供[^。；]{0,12}?(?:考勤|工资支付|工资发放|休假审批|加班审批|社会保险缴费|工作时间)记录[^。]{0,60}?(?:劳动者|职工)[^，。；]{0,6}?(?:不能|无法|未能|拒不)提供[^，。；]{0,6}?[，,]?[^，。；]{0,8}?(?:承担不利(?:后果)?|承担举证不能|视为[^，。；]{0,8}?不成立)/u;

/** 第四十二条's cases, a work injury's among them. */
const DISMISSAL_PROTECTED =
  /疑似职业病|医学观察期|离岗前职业健康检查|医疗期(?:内|间|未满)|孕期|产期|哺乳期|怀孕|连续工作满(?:十五|15)年|因工负伤|工伤职工|伤残/u;
/** A dismissal under 第四十条 or 第四十一条: the article named, a lay-off, or the notice or pay in lieu it takes. */
const DISMISSAL_4041 =
  /依照[^，。；]{0,24}?第四十一?条[^，。；]{0,20}?(?:解除|裁减)|(?:可以|有权|即可|予以)[^，。；]{0,10}?(?:列入|纳入)[^，。；]{0,6}?(?:被)?裁减人员(?:名单|范围)|(?:可以|有权|即可)[^，。；]{0,4}?(?:予以)?裁减|提前三十日[^。；]{0,16}?通知[^。；]{0,8}?(?:后|本人后)?[^。；]{0,4}?解除劳动合同/u;
/** The law's rule kept: the dismissal barred, or the worker's own wish. */
const DISMISSAL_KEPT = /不得(?:依照|解除|终止|裁减|列入|纳入)|不能(?:解除|裁减|列入)|不予(?:解除|裁减|列入)|除外|(?:本人|劳动者|职工)(?:提出|申请|要求)/u;
const DISMISSAL_RULE: ModelledProvision = { title: LABOR_CONTRACT_LAW, article: 42, word: '不得' };

const EXTENSION_RULE: ModelledProvision = { title: LABOR_CONTRACT_LAW, article: 45, word: '续延' };
const BURDEN_RULE: ModelledProvision = { title: '中华人民共和国劳动争议调解仲裁法', article: 6, word: '不利后果' };

/** Findings for one paragraph. */
export function protectedTerminations(text: string): ProtectedTermination[] {
  const out: ProtectedTermination[] = [];
  for (const { start: at, end, sentence: whole } of sentenceParts(text)) {
    const part = text.slice(at, end);
    const sentence = text.slice(whole.start, whole.end);
    const extension = extensionDenied(part, sentence);
    if (extension) out.push({ ...findingAt(part, at, extension.from, extension.to, EXTENSION_RULE), why: extension.why });
    const disabled = disabledDismissed(part, sentence);
    if (disabled) out.push({ ...findingAt(part, at, disabled.from, disabled.to, disabled.rule), why: disabled.why });
    const dismissed = disabled ? undefined : protectedDismissed(part, sentence);
    if (dismissed) out.push({ ...findingAt(part, at, dismissed.from, dismissed.to, DISMISSAL_RULE), why: dismissed.why });
    // The records laid on the worker are read on to the end of the sentence: the loss comes after a semicolon.
    const rest = text.slice(at, whole.end);
    const burden = BURDEN_TURNED.exec(part) ?? RECORDS_ON_WORKER.exec(rest);
    if (burden) {
      out.push({
        ...findingAt(rest, at, burden.index, burden.index + burden[0].length, BURDEN_RULE),
        why: '用人单位掌握管理的证据由用人单位提供，不提供的由用人单位承担不利后果',
      });
    }
  }
  return out;
}

function extensionDenied(part: string, sentence: string): { from: number; to: number; why: string } | undefined {
  if (!PROTECTED_CASE.test(sentence) || WORK_INJURY.test(sentence)) return undefined;
  const capped = CAPPED.exec(part);
  if (capped && /续延|顺延|延续/u.test(sentence) && EXPIRES.test(sentence)) {
    return { from: capped.index, to: capped.index + capped[0].length, why: '劳动合同应当续延至相应的情形消失时终止，文件限定了续延期限' };
  }
  if (!EXPIRES.test(sentence) || KEEPS_EXTENSION.test(sentence)) return undefined;
  const ended = ENDED.exec(part);
  if (!ended) return undefined;
  // 续延至哺乳期满时自动终止: the contract ends when the extension does, as the law says.
  const clauseStart = Math.max(part.lastIndexOf('，', ended.index), part.lastIndexOf(',', ended.index)) + 1;
  if (/续延|顺延|延续|延长/u.test(part.slice(clauseStart, ended.index))) return undefined;
  const from = Math.max(0, clauseStart);
  return { from, to: ended.index + ended[0].length, why: '劳动合同期满时有第四十二条规定情形的，应当续延至相应的情形消失时终止' };
}

function protectedDismissed(part: string, sentence: string): { from: number; to: number; why: string } | undefined {
  if (!DISMISSAL_PROTECTED.test(sentence) || DISMISSAL_KEPT.test(sentence)) return undefined;
  const m = DISMISSAL_4041.exec(part);
  if (!m) return undefined;
  // 第四十条 of another instrument (依照《工伤保险条例》第四十条) is not the dismissal article.
  const titles = [...sentence.matchAll(/《([^》]+)》/gu)].map((t) => t[1]);
  if (titles.length > 0 && !titles.some((t) => t.includes('劳动合同法'))) return undefined;
  // The end of a medical-leave period (医疗期满后…可以依照第四十条) is 第四十条's own case.
  if (/医疗期满/u.test(sentence) && !/孕期|产期|哺乳期|因工负伤|伤残|职业病/u.test(sentence)) return undefined;
  return { from: m.index, to: m.index + m[0].length, why: '劳动者有第四十二条规定情形的，用人单位不得依照第四十条、第四十一条的规定解除劳动合同' };
}

function disabledDismissed(part: string, sentence: string): { from: number; to: number; rule: ModelledProvision; why: string } | undefined {
  const grades = [...sentence.matchAll(GRADE)].flatMap((m) => [parseChineseNumber(m[1]) ?? 0, parseChineseNumber(m[2] ?? m[1]) ?? 0]);
  if (grades.length === 0 || Math.max(...grades) > 6 || WORKER_ASKS.test(sentence)) return undefined;
  const ends = EMPLOYER_ENDS.exec(part);
  if (!ends) return undefined;
  const from = ends.index;
  const to = ends.index + ends[0].length;
  if (Math.max(...grades) <= 4) {
    return {
      from,
      to,
      rule: { title: WORK_INJURY_REGULATIONS, article: 35, word: '保留劳动关系' },
      why: '一级至四级伤残职工保留劳动关系，退出工作岗位',
    };
  }
  return {
    from,
    to,
    rule: { title: WORK_INJURY_REGULATIONS, article: 36, word: '本人提出' },
    why: '五级、六级伤残职工保留劳动关系，只有经工伤职工本人提出才可以解除或者终止劳动关系',
  };
}
