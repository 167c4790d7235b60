/**
 * Asking a woman who applies for a job about marriage and children. 妇女权益保障法第四十三条第（二）项: 用人单位在招录（聘）过程中，
 * 除国家另有规定外，不得除个人基本信息外，进一步询问或者调查女性求职者的婚育情况. A draft that lets the employer or the hiring
 * body ask (确因岗位需要的，可以在面试中询问女性求职者的婚姻状况和生育计划; 可以要求应聘人员说明婚育情况) opens what the law closes.
 *
 * Silent where the sentence or its lead-in forbids or corrects the asking (不得询问, 严禁调查, 纠正…行为), where the asking is
 * the case of a sanction (…询问婚育情况的，责令改正) or named as wrong conduct (…的行为), where it is defined, or not about hiring; silent on a form's
 * field (报名表填写婚姻状况), which may be the basic information the law leaves open.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface MarriageInquiry extends ModelledFinding {
  article: 43;
}

/** Asking, or making the applicant tell: the act the law forbids. */
const ASKING = /询问|问询|调查|了解|打听|要求[^，。；]{0,10}?(?:说明|提供|报告|告知|承诺)/u;
/** Marriage and children as what is asked. */
const MARRIAGE =
  /婚育(?:情况|状况|信息)?|婚姻(?:状况|情况)|生育(?:计划|情况|状况|安排|意愿)|恋爱(?:状况|情况)|是否(?:已婚|结婚|生育|怀孕|有生育)|怀孕(?:情况|状况)/u;
/** Hiring: the law's setting. */
const HIRING = /招聘|招录|招用|录用|聘用|面试|求职者|应聘|入职|报名人员|考生/u;
/** The ask forbidden, corrected or only defined (不得询问; 纠正询问婚育情况等行为; 本办法所称). */
const FORBIDDEN = /不得|不能|不应|禁止|严禁|杜绝|避免|不准|不再|所称|是指|除外|纠正|查处|整治|打击|防止|防范|治理|歧视/u;
/** The ask as the case of a consequence (…询问女性求职者婚育情况的，责令改正): a violation described, not allowed. */
const AS_CASE = /^[^，。；]{0,20}?的[，,]/u;
/** The ask named as conduct (…询问女性求职者婚育情况，或者将妊娠测试作为入职体检项目的行为): a list of what is wrong. */
const AS_CONDUCT = /的(?:违法|违规|歧视)?行为/u;

/** Sentences that let a hiring body ask applicants about marriage and children. */
export function marriageInquiries(text: string, leadIn = '', title = ''): MarriageInquiry[] {
  // An item under 不得实施下列行为： or 重点纠正以下行为： is one of the forbidden acts.
  if (FORBIDDEN.test(leadIn)) return [];
  const out: MarriageInquiry[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const topic = MARRIAGE.exec(sentence);
    if (!topic) continue;
    // The verb governs the topic within the same clause: 询问女性求职者的婚姻状况, 如实填写婚育情况.
    const clauseStart = Math.max(sentence.lastIndexOf('，', topic.index), sentence.lastIndexOf('；', topic.index)) + 1;
    const clause = sentence.slice(clauseStart, topic.index + topic[0].length);
    const ask = ASKING.exec(clause);
    if (!ask) continue;
    if (FORBIDDEN.test(sentence.slice(0, clauseStart + ask.index)) || FORBIDDEN.test(clause)) continue;
    if (!HIRING.test(sentence) && !HIRING.test(title)) continue;
    const from = clauseStart + ask.index;
    const to = topic.index + topic[0].length;
    if (AS_CASE.test(sentence.slice(to)) || AS_CONDUCT.test(sentence.slice(to))) continue;
    out.push({ start: range.start + from, end: range.start + to, phrase: sentence.slice(from, to), article: 43 });
  }
  return out;
}
