/**
 * A worker's file and social insurance held back when the job ends. The law
 * gives the employer fifteen days: 用人单位应当在解除或者终止劳动合同时出具解除或者
 * 终止劳动合同的证明，并在十五日内为劳动者办理档案和社会保险关系转移手续 (劳动合同法
 * 第五十条第一款), and punishes keeping the file (第八十四条第三款). What the
 * worker still owes (a loan, training costs, the handover) may hold back the
 * severance pay until the handover (第五十条第二款), never the file. A draft
 * that lets the employer defer the transfer or the paper until something is
 * settled (可以暂缓转递其档案，待结清后再行办理) takes away a protection the law gives
 * without condition; public institutions are held to it too (第九十六条: the
 * regulation on them says nothing else).
 *
 * Silent where the sentence forbids the deferral (不得以…为由暂缓), names it as
 * a wrong (扣押档案…等违法行为的查处), defers
 * something else (经济补偿 until the handover), or is about a body other
 * than the employer receiving the file (档案管理机构暂缓接收).
 */

import { fullSentences } from '../zh/context.js';

export interface WithheldTransfer {
  start: number;
  end: number;
  phrase: string;
  /** 劳动合同法 第五十条第一款. */
  article: 50;
  clause: 1;
}

/** Holding back: 暂缓, 暂不, 推迟, 缓办, 扣留, 扣押, 不予办理. */
const HOLD = /(?:暂缓|暂不|推迟|延缓|延期|缓办|扣留|扣押|不予)/u;
/** The file, the social insurance transfer or the termination paper, named right after. */
const WHAT =
  /^[^，。；]{0,8}?(?:办理|转递|转移|移交|出具|开具)?[^，。；]{0,6}?(?:人事档案|档案|社会保险关系|社保关系|关系转移|解除(?:或者终止)?(?:劳动|聘用)合同(?:的)?证明|终止(?:劳动|聘用)合同(?:的)?证明|离职证明)/u;
/** The job ending: the paragraph must be about it. */
const LEAVING = /解除|终止|离职|辞职|辞退|离岗|调出/u;
const FORBIDDEN = /不得|禁止|严禁|不应|不能/u;
/** The holding named as a wrong (扣押档案、不办理社会保险关系转移等违法行为的查处工作): conduct dealt with, not allowed. */
const NAMED_WRONG = /^[^。；]{0,60}?(?:违法|违规|侵权)(?:行为|案件|问题)|^[^。；]{0,60}?等行为/u;
/** Another holder of the file: a receiving archive, the agency, the person. */
const OTHER_HOLDER = /档案(?:管理|保管)?(?:机构|部门|服务机构)|经办机构|人才(?:服务)?中心|本人/u;

/** Deferrals of the file or social insurance transfer (or the termination paper) a paragraph allows the employer. */
export function withheldTransfers(text: string): WithheldTransfer[] {
  if (!LEAVING.test(text)) return [];
  const out: WithheldTransfer[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    for (const part of sentence.matchAll(/[^；;]+/gu)) {
      const clauseText = part[0];
      const hold = HOLD.exec(clauseText);
      if (!hold) continue;
      const what = WHAT.exec(clauseText.slice(hold.index + hold[0].length));
      if (!what) continue;
      // A case the sentence answers (用人单位扣押劳动者档案的，由…处罚) describes conduct; it allows nothing.
      const rest = clauseText.slice(hold.index).split(/[，,]/u)[0];
      if (/的$/u.test(rest)) continue;
      if (NAMED_WRONG.test(clauseText.slice(hold.index))) continue;
      const before = clauseText.slice(0, hold.index);
      if (FORBIDDEN.test(before) || OTHER_HOLDER.test(before.split(/[，,]/u).at(-1) ?? '')) continue;
      const start = range.start + part.index + hold.index;
      const phrase = clauseText.slice(hold.index, hold.index + hold[0].length + what[0].length);
      out.push({ start, end: start + phrase.length, phrase, article: 50, clause: 1 });
    }
  }
  return out;
}
