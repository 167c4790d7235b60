/**
 * Wages paid in kind. 劳动法 第五十条: 工资应当以货币形式…支付; 保障农民工工资支付条例 第十一条 adds 不得以实物或者有价证券等其他
 * 形式替代. A draft that lets any part of the pay (工资, 津贴, 补贴, 加班工资, 奖金) go out as goods, cards or vouchers
 * (以购物卡、消费券等形式发放高温津贴; 用实物抵顶工资) takes back payment in money, whatever the worker agrees to.
 *
 * Silent where the sentence keeps the rule (不得, 严禁), where the goods are no pay (防暑降温饮料 given besides the allowance,
 * 劳动保护用品), and where the card is how money is paid (工资卡, 社会保障卡, 银行卡).
 */

import { fullSentences } from '../zh/context.js';
import { namedAsConduct, type ModelledFinding } from './modelled-finding.js';

export interface WageInKind extends ModelledFinding {
  article: 50;
}

/** Pay the law counts as wages. */
const PAY = /工资|津贴|补贴|加班费|奖金|劳动报酬|薪酬/u;
/** Goods, cards or vouchers in place of money. */
const IN_KIND = /实物|购物卡|消费券|代金券|提货券|礼品卡|储值卡|充值卡|有价证券|商品券|服务券|物品|产品/u;
/** Paid with them: 以…形式发放, 以…代替, 用…抵顶, 折算成…发放. */
const PAID_WITH = new RegExp(
  `(?:(?<![可得所])以|用(?!人单位|工单位)|按)[^，。；]{0,16}?(?:${IN_KIND.source})[^，。；]{0,12}?(?:形式|方式)?[^，。；]{0,4}?(?:发放|支付|替代|代替|抵顶|抵扣|抵发|折抵|充抵)` +
    `|(?:${IN_KIND.source})[^，。；]{0,6}?(?:抵顶|抵扣|抵发|折抵|充抵|替代|代替)`,
  'u',
);
/** The rule kept, or the pay not replaced (防暑降温饮料不得充抵高温津贴). */
const KEEPS = /不得|严禁|禁止|不能|不应|不予|不可/u;
/** Cards that carry money, not goods. */
const MONEY_CARD = /工资卡|银行卡|社会保障卡|社保卡|借记卡/u;

export function wagesInKind(text: string, leadIn?: string): WageInKind[] {
  const out: WageInKind[] = [];
  // An item under 有下列情形之一的，…责令改正 names a case, not a permission.
  if (leadIn && /下列(?:情形|行为|情况)/u.test(leadIn)) return out;
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (KEEPS.test(sentence) || MONEY_CARD.test(sentence)) continue;
    const m = PAID_WITH.exec(sentence);
    if (!m) continue;
    if (namedAsConduct(sentence, m.index + m[0].length)) continue;
    // The pay must be what is replaced: named in the sentence (以购物卡形式发放高温津贴; 高温津贴…以消费券抵发).
    if (!PAY.test(sentence)) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0], article: 50 });
  }
  return out;
}
