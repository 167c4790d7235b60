/**
 * What the Labour Contract Law fixes when a job ends, moved by a draft:
 * - who may be bound by a non-compete (第二十四条第一款: 竞业限制的人员限于用人单位的高级管理人员、高级技术人员和其他负有保密义务的
 *   人员), widened to others (…以及用人单位认为有必要约束的其他劳动者; 全体职工);
 * - when severance is paid (第五十条第二款: 在办结工作交接时支付), put off past the handover (可以在办结工作交接之日起三十日内支付;
 *   分期支付);
 * - who transfers the file and the social insurance (第五十条第一款: 用人单位…为劳动者办理档案和社会保险关系转移手续), left to the
 *   worker (由劳动者本人持…证明自行办理).
 *
 * Silent where the sentence forbids the move (不得), names it as a wrong (…的，责令改正; …等违法行为) or restates the law.
 */

import { fullSentences } from '../zh/context.js';
import { findingAt, namedAsConduct, type ModelledFinding, type ModelledProvision } from './modelled-finding.js';

export interface LeavingDuty extends ModelledFinding {
  title: string;
  word: string;
  why: string;
}

const LABOR_CONTRACT_LAW = '中华人民共和国劳动合同法';
const NON_COMPETE: ModelledProvision = { title: LABOR_CONTRACT_LAW, article: 24, clause: 1, word: '竞业限制的人员限于' };
const SEVERANCE: ModelledProvision = { title: LABOR_CONTRACT_LAW, article: 50, clause: 2, word: '办结工作交接时支付' };
const TRANSFER: ModelledProvision = { title: LABOR_CONTRACT_LAW, article: 50, clause: 1, word: '办理档案和社会保险关系转移手续' };

/** Persons bound by a non-compete beyond the law's three kinds. */
const NON_COMPETE_SCOPE = /竞业限制(?:的|协议的?|条款的?)?(?:人员|对象|范围)/u;
const OTHER_PERSONS =
  /(?:全体|所有|一般|普通)(?:职工|员工|劳动者|工作人员)|用人单位认为[^，。；、]{0,16}?(?:人员|劳动者|职工|员工)|其他(?:劳动者|职工|员工|一线员工)|(?:一线|生产|普通|基层)(?:岗位)?(?:职工|员工|人员)/u;
/** Severance put off after the handover, or paid in parts. */
const SEVERANCE_RE = /经济补偿/u;
const LATER =
  /(?:办结|完成)?(?:工作)?交接(?:手续)?(?:之日起|后)[^，。；]{0,6}?(?:[0-9０-９]+|[一二两三四五六七八九十]+)(?:个)?(?:工作日|日|天|个?月)(?:内|后)?(?:[^，。；]{0,4}?)支付|分(?:期|批|次)支付/u;
/** The file or the social insurance transfer left to the worker. */
const TRANSFER_RE = /(?:档案|社会保险关系|社保关系)[^。；]{0,16}?(?:转移|转递|转出|接续)/u;
const BY_WORKER = /由(?:劳动者|职工|员工|离职人员|本人)(?:本人)?[^，。；]{0,16}?(?:自行)?(?:办理|转递|转移)/u;
const JOB_ENDS = /离职|解除|终止/u;
const FORBIDDEN = /不得|禁止|严禁|不应|不能|防止|避免|杜绝|纠正|查处/u;

export function leavingDuties(text: string): LeavingDuty[] {
  const out: LeavingDuty[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (FORBIDDEN.test(sentence)) continue;
    if (NON_COMPETE_SCOPE.test(sentence)) {
      const m = OTHER_PERSONS.exec(sentence);
      if (m && !namedAsConduct(sentence, m.index + m[0].length))
        out.push({
          ...findingAt(sentence, range.start, m.index, m.index + m[0].length, NON_COMPETE),
          why: '竞业限制只能约束高级管理人员、高级技术人员和其他负有保密义务的人员',
        });
    }
    if (SEVERANCE_RE.test(sentence)) {
      const m = LATER.exec(sentence);
      if (m && !namedAsConduct(sentence, m.index + m[0].length))
        out.push({
          ...findingAt(sentence, range.start, m.index, m.index + m[0].length, SEVERANCE),
          why: '经济补偿应当在办结工作交接时支付，文件推迟或者分期支付',
        });
    }
    // Only a job that ends with an employer: a flexible worker's own transfer (由本人向经办机构申请办理) is theirs to make.
    if (TRANSFER_RE.test(sentence) && JOB_ENDS.test(sentence)) {
      const m = BY_WORKER.exec(sentence);
      if (m && !namedAsConduct(sentence, m.index + m[0].length))
        out.push({
          ...findingAt(sentence, range.start, m.index, m.index + m[0].length, TRANSFER),
          why: '档案和社会保险关系转移手续应当由用人单位为劳动者办理，文件改由劳动者自行办理',
        });
    }
  }
  return out;
}
