/**
 * Grounds a law lists in full for a consequence that takes something from a
 * person: the cases in which an employer may end a labour contract (劳动合同法
 * 第三十九条、第四十条, 实施条例第十九条), a public institution an appointment
 * (事业单位人事管理条例 第十五条、第十六条、第十八条), benefits stop (社会保险法
 * 第五十一条, 失业保险条例第十五条), annual leave is lost (职工带薪年休假条例
 * 第四条), work-injury benefits stop (社会保险法第四十三条, 工伤保险条例第四十二条)
 * or an injury is not a work injury (工伤保险条例第十六条). A normative
 * document may restate those cases, not add one (将户籍迁出本省的，停止领取失业
 * 保险金) nor lower one's bar (严重违反 → 违反…经书面警告后仍不改正; 经过培训或者调整
 * 工作岗位 → 经书面告知考核结果后; 请事假累计20天以上 → 10天以上; 开除 → 记过).
 *
 * A draft's case is held against every ground of the law's lists for the same
 * consequence: one it restates (most of a ground's words, the same figures) is
 * silent; one close to a ground but with another figure, a lower grade of
 * sanction or without the ground's bar (严重, 经过培训…) is a changed ground; one
 * that shares hardly any words with any ground (beyond the words of the law's
 * lead-in) is an added ground. Cases that point to the law (有本法第三十九条规定
 * 情形之一的) are not read.
 */

import { fullSentences } from '../zh/context.js';
import { bigramDice, bigrams } from '../zh/similarity.js';
import { halfwidthDigits, parseChineseNumber } from '../zh/numerals.js';
import { ARTICLE_LABEL, ITEM_LABEL } from './text.js';

export interface GroundFamily {
  id: string;
  /** The consequence as the message names it. */
  label: string;
  /** The consequence in a draft's clause after its case (…的，用人单位可以解除劳动合同). */
  consequence: RegExp;
  /** Laws and articles that list the grounds. */
  laws: Array<{ title: string; articles: number[] }>;
  /**
   * Whether the listed grounds are all there are, as far as the corpus knows: a case on none of them is an added ground.
   * Not so for appointment contracts, whose other grounds are in ministry rules the corpus lacks (离岗创业期满不返岗).
   */
  closed: boolean;
  /** The consequence is itself a denial (不享受, 不认定): a negative word in it does not turn it around. */
  negative?: boolean;
}

// An employer named by what it is (托育机构, 家政服务机构) ends its workers' contracts as 用人单位 does.
const EMPLOYER = '(?:用人单位|单位|企业|公司|用工单位|[\\u4e00-\\u9fff]{0,8}?(?<!经办|鉴定|仲裁|行政)(?:机构|中心))';
// The one that lends a worker (借出单位) or took them on (聘用单位) ends the appointment as the institution does.
const INSTITUTION = '(?:事业单位|[\\u4e00-\\u9fff]{0,2}?单位)';
/** Papers and steps that bear an act's name (解除劳动合同的证明, 终止聘用合同手续). */
const NAMED_PAPER = '(?:证明|证明书|手续|材料|凭证|文书|通知书|决定书|协议书)';

export const GROUND_FAMILIES: GroundFamily[] = [
  {
    id: 'labour-contract',
    label: '用人单位解除劳动合同',
    // …，用人单位提前三十日书面通知本人后，可以解除劳动合同: the notice before the act may take a comma.
    // A paper that names the act (可以要求其提供…解除或者终止劳动合同的证明) is not the act.
    consequence: new RegExp(`^(?:${EMPLOYER})(?:[^。；]{0,24}?)(?:可以|有权|可)[^，。；]{0,12}?解除[^，。；]{0,8}?劳动合同(?!的?${NAMED_PAPER})`, 'u'),
    laws: [
      { title: '中华人民共和国劳动合同法', articles: [39, 40] },
      { title: '中华人民共和国劳动合同法实施条例', articles: [19] },
      { title: '中华人民共和国劳动法', articles: [25, 26] },
    ],
    closed: true,
  },
  {
    id: 'appointment-contract',
    label: '事业单位解除聘用合同',
    consequence: new RegExp(`^(?:${INSTITUTION})?(?:可以|有权|可|应当|予以|即|依法|按照规定)*(?:与[^，。；]{1,8}?)?(?:单方)?解除(?:其|与其的)?聘用合同`, 'u'),
    closed: false,
    // Where the regulation on public institutions is silent, the Labour Contract Law governs their contracts (第九十六条).
    laws: [
      { title: '事业单位人事管理条例', articles: [15, 16, 18] },
      { title: '中华人民共和国劳动合同法', articles: [39, 40] },
      { title: '中华人民共和国劳动合同法实施条例', articles: [19] },
    ],
  },
  {
    id: 'protected-employment',
    label: '用人单位不得依照劳动合同法第四十条、第四十一条解除劳动合同',
    // 劳动者有下列情形之一的，用人单位不得依照本法第四十条、第四十一条的规定解除劳动合同: a protection whose cases a draft may
    // not narrow (连续工作满十五年 → 满二十年). Cases a draft adds protect more: no added ground is reported.
    consequence: new RegExp(`^(?:${EMPLOYER})?[^，。；]{0,16}?不得[^，。；]{0,30}?解除(?:其)?劳动合同`, 'u'),
    laws: [{ title: '中华人民共和国劳动合同法', articles: [42] }],
    closed: false,
    negative: true,
  },
  {
    id: 'unemployment-benefit',
    label: '停止领取失业保险金',
    // 暂停发放 until a paper is handed in is a suspension, another question (ultra-vires), not the end of the benefit.
    consequence:
      /^[^，。；]{0,16}?(?:停止(?:领取|发放|享受|支付)[^，。；]{0,4}?失业保险金|(?<!暂)停发[^，。；]{0,4}?失业保险金|取消[^，。；]{0,6}?失业保险金)/u,
    laws: [
      { title: '中华人民共和国社会保险法', articles: [51] },
      { title: '失业保险条例', articles: [15] },
    ],
    closed: true,
  },
  {
    id: 'work-injury-benefit',
    label: '停止享受工伤保险待遇',
    // 暂停 until a duty is done is a suspension, another question (ultra-vires), not the end of the benefits.
    consequence: /^[^，。；]{0,16}?(?:(?<!暂)停止|取消)(?:享受|发放|支付)?(?:其)?[^，。；]{0,6}?工伤保险待遇/u,
    laws: [
      { title: '中华人民共和国社会保险法', articles: [43] },
      { title: '工伤保险条例', articles: [42] },
    ],
    closed: true,
  },
  {
    id: 'annual-leave',
    label: '不享受当年的年休假',
    consequence: /^[^，。；]{0,16}?(?:不(?:再)?享受|取消)(?:其)?(?:当年(?:度)?的?)?(?:带薪)?年休假/u,
    laws: [
      { title: '职工带薪年休假条例', articles: [4] },
      // 寒暑假 longer than the leave, and a posted worker's idle days paid by the agency (实施办法第七条、第十四条).
      { title: '企业职工带薪年休假实施办法', articles: [7, 14] },
    ],
    closed: true,
    negative: true,
  },
  {
    id: 'work-injury',
    label: '不认定为工伤',
    consequence: /^[^，。；]{0,16}?(?:不(?:得|予|能)?认定(?:为)?工伤|不(?:属于|视为|作为)工伤|不(?:得|予)?视同工伤)/u,
    // 第十四条、第十五条 say what is a work injury: a case that reads as their other side (本人主要责任的交通事故) is no added ground.
    laws: [
      { title: '工伤保险条例', articles: [16, 14, 15] },
      { title: '中华人民共和国社会保险法', articles: [37] },
    ],
    closed: true,
    negative: true,
  },
];

export interface DraftGround {
  family: GroundFamily;
  /** The case as written, without its 的. */
  text: string;
  /** What the draft says with the case (its sentence, or the list's lead-in and the item): where a bar may be written instead. */
  context: string;
  start: number;
  end: number;
}

/** A case that points to a law or a list instead of stating itself. */
const POINTER =
  /第[一二三四五六七八九十百零〇0-9０-９]+(?:条|项|款)|本(?:办法|规定|条例|法|细则|通知)|规定的(?:情形|条件)|上述|前款|前项|下列|以下|如下|情形之一|法律、(?:行政)?法规/u;
/** A period named before a denial, with no 的 case: …在挂职期间 | 不享受带薪年休假. */
const DURING_CASE = /(?:^|[，,])[\s\u3000]*([^，。；]{2,30}?(?:期间|期内))[，,]?((?:不|取消)[^，。；]*)/u;
/** Words before the consequence that negate it (不得解除, 不能…停止). */
const NEGATED = /不得|不能|不予|不应|禁止|严禁|无权|不可/u;
/** The lead-in of a list of cases (劳动者有下列情形之一的，用人单位可以解除劳动合同：). */
const LIST_LEAD = /(?:下列|以下|如下)情形之一的?[，,]?(.*?)[：:]?$/u;
const INLINE_LIST = /^[^。；]*?(?:下列|以下|如下)情形之一的?[，,]?[^。；：:]*[：:]/u;

function familyOf(consequence: string): GroundFamily | undefined {
  // The next year's leave (不享受下一年度的年休假) is another consequence, which 实施办法第八条 governs.
  if (/下一年度|次年/u.test(consequence)) return undefined;
  const family = GROUND_FAMILIES.find((f) => f.consequence.test(consequence));
  // 不得解除 is the opposite consequence; 不享受, 不认定 are the consequence itself.
  if (!family || (!family.negative && NEGATED.test(consequence.slice(0, 24)))) return undefined;
  return family;
}

/** The cases of a paragraph (or of a list item under `leadIn`) that lead to a consequence a law lists grounds for. */
export function draftGrounds(text: string, leadIn?: string): DraftGround[] {
  const out: DraftGround[] = [];
  if (leadIn !== undefined) {
    const lead = LIST_LEAD.exec(leadIn.replace(/[\s\u3000]+$/u, ''));
    const family = lead && familyOf(lead[1].replace(/^[，,]/u, ''));
    if (!family) return out;
    const label = ITEM_LABEL.exec(text);
    const start = label ? label[0].length : 0;
    const body = text.slice(start).replace(/[；;。，,]?[\s\u3000]*$/u, '');
    const end = start + body.replace(/的$/u, '').length;
    const caseText = text.slice(start, end);
    if (caseText.length >= 2 && !POINTER.test(caseText)) out.push({ family, text: caseText, context: leadIn + caseText, start, end });
    return out;
  }
  // A list written inline (…有下列情形之一的，公司可以解除劳动合同：（一）…；（二）…。): each item is a case under the lead-in.
  const inline = INLINE_LIST.exec(text);
  if (inline) {
    const leadEnd = inline.index + inline[0].length;
    const items = [...text.slice(leadEnd).matchAll(/[（(][一二三四五六七八九十]+[)）][^；;。（(]*/gu)];
    if (items.length > 0) {
      for (const item of items) {
        const at = leadEnd + item.index;
        for (const g of draftGrounds(item[0], text.slice(0, leadEnd))) out.push({ ...g, start: at + g.start, end: at + g.end });
      }
      return out;
    }
  }
  const label = ARTICLE_LABEL.exec(text)?.[0].length ?? 0;
  for (const range of fullSentences(text)) {
    if (range.end <= label) continue;
    range.start = Math.max(range.start, label);
    const sentence = text.slice(range.start, range.end);
    // Each part of the sentence a semicolon closes has its own case and consequence.
    let from = 0;
    for (const part of sentence.split(/[；;]/u)) {
      const partStart = range.start + from;
      from += part.length + 1;
      // The consequence follows the last case: …的，CONSEQUENCE.
      const m = /的[，,]((?:(?!的[，,]).)*)$/u.exec(part);
      if (!m) {
        // A denial after the period it holds for (挂职人员在挂职期间不享受带薪年休假): the period is the case.
        const during = DURING_CASE.exec(part);
        const family = during && familyOf(during[2]);
        if (during && family?.negative && !POINTER.test(during[1])) {
          const start = partStart + during.index + during[0].indexOf(during[1]);
          out.push({ family, text: during[1], context: sentence, start, end: start + during[1].length });
        }
        continue;
      }
      const family = familyOf(m[1]);
      if (!family) continue;
      const head = part.slice(0, m.index);
      // Several cases before one consequence (…1个月以上的，…3个月以上的，…不享受当年的年休假).
      let at = 0;
      for (const piece of head.split(/的[，,](?:或者)?/u)) {
        // 除本规定第四条所列情形外，…: the cases set aside are named before the case, which is what follows.
        const lead = /^[\s\u3000]*(?:除[^，。；]*?(?:以外|之外|外)[，,])?(?:或者|以及|和)?/u.exec(piece)![0].length;
        const caseText = piece.slice(lead);
        const start = partStart + at + lead;
        at += piece.length + 2;
        if (caseText.length < 2 || POINTER.test(caseText)) continue;
        out.push({ family, text: caseText, context: sentence, start, end: start + caseText.length });
      }
    }
  }
  return out;
}

/** One of the law's grounds, with the lead-in (or sentence) that gives its consequence. */
export interface LawGround {
  text: string;
  leadIn: string;
}

export interface GroundVerdict {
  kind: 'added' | 'changed';
  /** The ground the case changes (for 'changed'). */
  ground?: LawGround;
  why: string;
}

/** Who the case is about, said at its start (劳动者, 事业单位工作人员): not what the case is. */
const PERSON = /^(?:劳动者|职工|员工|工作人员|事业单位工作人员|失业人员|被派遣劳动者|聘用人员|其|本人)+/u;
/** A bar a ground sets that a case must keep: its seriousness, a failed step before, a refusal. */
const BARS: Array<{ bar: RegExp; name: string }> = [
  { bar: /严重|重大/u, name: '“严重”“重大”的程度' },
  { bar: /培训|调整[^，。；]{0,4}?岗位/u, name: '“经过培训或者调整工作岗位”的前置程序' },
  { bar: /无正当理由|拒不/u, name: '“无正当理由”“拒不”的条件' },
  { bar: /被依法追究刑事责任/u, name: '“被依法追究刑事责任”的条件' },
  { bar: /且[^，。；]*不扣工资/u, name: '“单位按照规定不扣工资”的条件' },
  { bar: /另行安排/u, name: '“也不能从事由用人单位另行安排的工作”的条件' },
  { bar: /医疗期满/u, name: '“医疗期满后不能从事原工作”的条件' },
];
/** Sanctions from the lightest to the heaviest (事业单位工作人员处分规定 第五条): a ground of one is no ground of a lighter one. */
const SANCTIONS: Array<{ name: string; word: RegExp }> = [
  { name: '警告', word: /警告/u },
  { name: '记过', word: /记过|记大过/u },
  { name: '降低岗位等级', word: /降低岗位等级|降级/u },
  { name: '撤职', word: /撤职/u },
  { name: '开除', word: /开除/u },
];

function core(text: string): string {
  return text
    .replace(ITEM_LABEL, '')
    .replace(/[（(][^）)]*[）)]/gu, '')
    .replace(/[，,、；;。：:“”\s\u3000]/gu, '')
    .replace(/的$/u, '')
    .replace(PERSON, '');
}

function figures(text: string): number[] {
  const out: number[] = [];
  for (const m of halfwidthDigits(text).matchAll(/[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+(?=[个年月日天周倍名人次%])/gu)) {
    const n = /^[0-9]/u.test(m[0]) ? Number(m[0]) : parseChineseNumber(m[0]);
    if (n !== undefined) out.push(n);
  }
  return out;
}

/** Share of `part`'s bigrams found in `whole`'s. */
function containment(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const g of part) if (whole.has(g)) shared++;
  return shared / part.size;
}

/**
 * A ground and each of its alternatives with the words they share (劳动者同时与其他用人单位建立劳动关系，对完成…造成严重影响，
 * 或者经用人单位提出，拒不改正的: the refusal is a ground without the serious effect).
 */
function alternatives(text: string): string[] {
  const parts = text.split(/[，,]或者/u);
  if (parts.length < 2) return [text];
  const comma = parts[0].search(/[，,]/u);
  const head = comma < 0 ? '' : parts[0].slice(0, comma + 1);
  return [text, ...parts.map((p, i) => (i === 0 ? p : head + p))];
}

/** How a case answers the law's grounds: null when it restates one (or cannot be told apart from one). */
export function judgeGround(caseText: string, grounds: LawGround[], closed = true, context = caseText): GroundVerdict | null {
  const c = core(caseText);
  // A bar may be said beside the case (在规定的医疗期满后，…；因劳动者不能从事原工作…的).
  const said = core(context);
  if (c.length < 2 || grounds.length === 0) return null;
  const mine = bigrams(c);
  const scored = grounds
    .flatMap((g) => alternatives(g.text).map((text) => ({ g, text })))
    .map(({ g, text }) => {
      const gc = core(text);
      return { g, gc, dice: bigramDice(c, gc), within: containment(bigrams(gc), mine) };
    })
    .sort((a, b) => b.dice - a.dice);
  // Of grounds about as alike, the one of the law listed first (劳动合同法 before the older 劳动法 that says the same).
  const top = scored[0]?.dice ?? 0;
  const preferred = scored.filter((s) => s.dice >= top - 0.1).sort((a, b) => grounds.indexOf(a.g) - grounds.indexOf(b.g))[0];
  if (preferred) (scored.splice(scored.indexOf(preferred), 1), scored.unshift(preferred));
  const caseFigures = figures(c);
  const sameFigures = (gc: string): boolean => {
    const f = figures(gc);
    return f.length === caseFigures.length && f.every((n, i) => n === caseFigures[i]);
  };
  // A restatement: most of a ground's words, its figures, its bars.
  const keepsBars = (gc: string): boolean => BARS.every(({ bar }) => !bar.test(gc) || bar.test(said));
  if (scored.some((s) => s.within >= 0.8 && sameFigures(s.gc) && keepsBars(s.gc))) return null;
  const best = scored[0];
  if (best.dice >= 0.45) {
    const f = figures(best.gc);
    if (f.length > 0 && f.length === caseFigures.length && !sameFigures(best.gc) && !scored.some((s) => s.dice >= 0.45 && sameFigures(s.gc)))
      return { kind: 'changed', ground: best.g, why: '改变了上位法规定情形中的数量标准' };
  }
  // Close to one ground but without its bar (违反规章制度 for 严重违反; 经书面告知考核结果后 for 经过培训或者调整工作岗位).
  if (best.dice >= 0.3) {
    const lost = BARS.find(({ bar }) => bar.test(best.gc) && !bar.test(said));
    if (lost && !scored.some((s) => s !== best && s.within >= 0.6 && keepsBars(s.gc)))
      return { kind: 'changed', ground: best.g, why: `去掉了上位法规定的${lost.name}` };
    if (best.dice >= 0.45) return null;
  }
  // A lighter sanction than the one the law names (记过 for 开除).
  const heaviest = (t: string): number => Math.max(-1, ...SANCTIONS.map((s, i) => (s.word.test(t) ? i : -1)));
  const sanctioned = scored.find((s) => heaviest(s.gc) >= 0 && /处分/u.test(s.gc));
  if (sanctioned && /处分/u.test(c) && heaviest(c) >= 0 && heaviest(c) < heaviest(sanctioned.gc))
    return { kind: 'changed', ground: sanctioned.g, why: `把上位法规定的“${SANCTIONS[heaviest(sanctioned.gc)].name}”放宽为较轻的处分` };
  // A ground's own first words kept and the rest rewritten (不能胜任工作，经用人单位书面告知考核结果后…): a changed ground.
  const opened = scored.find((s) => {
    const head = core(s.g.text.replace(ITEM_LABEL, '').split(/[，,]/u)[0]);
    return head.length >= 4 && c.includes(head);
  });
  if (opened) {
    const lost = BARS.find(({ bar }) => bar.test(opened.gc) && !bar.test(said));
    return lost ? { kind: 'changed', ground: opened.g, why: `去掉了上位法规定的${lost.name}` } : null;
  }
  if (!closed) return null;
  // An added ground: hardly any of its own words (beyond those of the law's lead-ins) is in any ground.
  const lead = new Set(grounds.flatMap((g) => [...bigrams(core(g.leadIn))]));
  const own = new Set([...mine].filter((g) => !lead.has(g)));
  if (own.size < 3) return null;
  const vocabulary = new Set(grounds.flatMap((g) => [...bigrams(core(g.text))]));
  if (containment(own, vocabulary) < 0.34 && best.dice < 0.3) return { kind: 'added', why: '上位法列举的情形中没有这一情形，规范性文件不得增设' };
  return null;
}
