/**
 * Two choices 社会保险法 leaves to the insured person and their family, taken away by a draft.
 *
 * 第十七条: 参加基本养老保险的个人，因病或者非因工死亡的，其遗属可以领取丧葬补助金和抚恤金 — whether the person had retired or not.
 * A draft that denies the grant to the family of one who died in service (在职参保人员死亡的，其遗属不享受丧葬补助金和抚恤金，仅可
 * 办理个人账户余额继承) takes it away. Silent on a death at work, which the work-injury fund answers instead (因工死亡), and on a
 * grant not paid twice (不重复享受).
 *
 * 第十六条第二款: one short of fifteen years' contributions at retirement age 可以缴费至满十五年…也可以转入新型农村社会养老保险或者
 * 城镇居民社会养老保险. A draft that ends the insurance relationship of its own motion (逾期未补缴的，终止其职工基本养老保险关系，
 * 个人账户储存额一次性支付本人) takes both choices away. Silent where the person asks for it (本人书面申请, 自愿, 本人选择).
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

const DIED = /死亡/u;
const AT_WORK = /(?<!非)因工(?:死亡|牺牲)/u;
const GRANT_DENIED =
  /(?:不享受|不予(?:发放|支付|享受|计发)|不得(?:领取|申领|享受)|不能(?:领取|申领|享受)|不再(?:发放|支付|享受))[^，。；]{0,4}?(?:丧葬补助金|抚恤金)(?:和|、|及)?(?:抚恤金|丧葬补助金)?/u;
const NOT_TWICE = /重复|已(?:经)?(?:领取|享受)|二者择一|择一/u;

const SHORT_OF_YEARS = /(?:累计缴费|缴费年限)[^，。；]{0,6}?(?:不足|未满|未达到)[^，。；]{0,8}?(?:十五年|15年|最低缴费年限)/u;
const ENDED = /终止(?:其)?(?:职工|企业职工)?基本养老保险关系/u;
const ASKED = /本人(?:书面)?(?:申请|提出|要求|同意|选择|自愿)|自愿|经本人|可以(?:书面)?申请|申请终止/u;

export interface PensionRightTaken extends ModelledFinding {
  article: 16 | 17;
  clause?: 2;
  word: string;
}

export function pensionRightsTaken(text: string): PensionRightTaken[] {
  const out: PensionRightTaken[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const denied = GRANT_DENIED.exec(sentence);
    if (denied && DIED.test(sentence.slice(0, denied.index)) && !AT_WORK.test(sentence) && !NOT_TWICE.test(sentence)) {
      const start = range.start + denied.index;
      out.push({ start, end: start + denied[0].length, phrase: denied[0], article: 17, word: '丧葬补助金' });
      continue;
    }
    const ended = ENDED.exec(sentence);
    if (ended && SHORT_OF_YEARS.test(sentence.slice(0, ended.index)) && !ASKED.test(sentence)) {
      const start = range.start + ended.index;
      out.push({ start, end: start + ended[0].length, phrase: ended[0], article: 16, clause: 2, word: '可以缴费至满十五年' });
    }
  }
  return out;
}
