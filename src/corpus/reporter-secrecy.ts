/**
 * The reporter's identity handed to the one reported. The law puts the administration under a duty to keep the reporter's
 * identity secret (劳动保障监察条例第九条第三款: 劳动保障行政部门应当为举报人保密; 工伤保险条例第五十二条: …并为举报人保密); a
 * draft that lets it give the reporter's name or report to the employer reported (可以将举报人的姓名和举报材料原件提供给被举报
 * 单位) breaks the duty whatever the reason.
 *
 * Silent where the reporter consents (经举报人同意), where the sentence forbids the disclosure (不得, 严禁), and where what is
 * given names no one (举报事项, 举报内容 without the reporter's name).
 */

import { fullSentences } from '../zh/context.js';

export interface ReporterDisclosure {
  start: number;
  end: number;
  phrase: string;
}

const REPORTER = '(?:举报人|投诉人|检举人|控告人)';
/** The reporter's identity or own papers, then a handover to the one reported. */
const DISCLOSED = new RegExp(
  `(?:将|把)?${REPORTER}的?(?:姓名|身份|联系方式|个人信息|工作单位|住址)[^，。；]{0,16}?(?:提供给|告知|转交给?|透露给|交给|送交|抄送|出示给)[^，。；]{0,4}?被(?:举报|投诉|检举|控告)(?:单位|人|企业|对象|方)`,
  'u',
);
const CONSENTED = new RegExp(`(?:经|征得|取得)${REPORTER}?[^，。；]{0,6}?(?:同意|授权)`, 'u');
const FORBIDS = /不得|严禁|禁止|不予/u;

export function reporterDisclosures(text: string): ReporterDisclosure[] {
  const out: ReporterDisclosure[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const m = DISCLOSED.exec(sentence);
    if (!m || CONSENTED.test(sentence) || FORBIDS.test(sentence.slice(0, m.index + m[0].length))) continue;
    out.push({ start: range.start + m.index, end: range.start + m.index + m[0].length, phrase: m[0] });
  }
  return out;
}

const KEEPS_SECRET = new RegExp(`[^，。；]*?(?:为${REPORTER}保密|对${REPORTER}[^，。；]{0,20}?(?:负有保密|保密))`, 'u');

/** Whether a law's text puts the duty to keep the reporter secret (为举报人保密, 对举报人…负有保密的义务). */
export function keepsReporterSecret(lawText: string): string | null {
  const m = KEEPS_SECRET.exec(lawText);
  return m ? m[0].replace(/^(?:并|且)/u, '') : null;
}
