/**
 * Work entrusted to another, handed on or kept by the one entrusted.
 * - 行政许可法 第二十四条第三款: a body entrusted with licensing 不得再委托其他组织或者个人实施行政许可. A draft that lets it pass
 *   the work on (经委托机关同意，可以将受委托事项转委托其所属的…中心具体办理) breaks the bar; the delegating body's consent does not
 *   cure it.
 * - 个人信息保护法 第二十一条第三款: 未经个人信息处理者同意，受托人不得转委托他人处理个人信息. A draft that lets a contractor handing
 *   systems or data pass the work on with a notice only (可以将部分运维工作转包给其他服务单位，但应当…书面告知委托单位) breaks it;
 *   one that asks the principal's consent does not.
 * - 个人信息保护法 第二十一条第二款: when the contract ends the one entrusted 应当将个人信息返还…或者予以删除，不得保留. A draft that
 *   lets it keep copies after the end (数据副本可以由服务商保留至合同终止后六个月) breaks it.
 *
 * Which law is meant is told by the sentence and the document's title (行政许可; 个人信息, 数据, 信息系统). Silent where the
 * sentence forbids what it names (不得转包, 严禁再委托) or names it as a wrong (擅自转委托的，…).
 */

import { fullSentences } from '../zh/context.js';
import { findingAt, type ModelledFinding, type ModelledProvision } from './modelled-finding.js';

export interface EntrustedWork extends ModelledFinding {
  title: string;
  word: string;
  why: string;
}

const LICENSING_LAW: ModelledProvision = { title: '中华人民共和国行政许可法', article: 24, clause: 3, word: '不得再委托' };
const SUB_PROCESSING: ModelledProvision = { title: '中华人民共和国个人信息保护法', article: 21, clause: 3, word: '不得转委托' };
const RETENTION: ModelledProvision = { title: '中华人民共和国个人信息保护法', article: 21, clause: 2, word: '不得保留' };

/** Passing the work on, allowed: 可以将…转委托, 可以…转包给, 可另行委托. */
const PASSED_ON = /(?:可以|可|允许|准予)[^，。；]{0,30}?(?:转委托|再委托|转包|分包|另行委托)/u;
/** Copies kept after the contract: 可以由服务商保留至合同终止后六个月, 合同期满后可以继续保存. */
const KEPT_AFTER =
  /(?:可以|可|允许)[^，。；]{0,16}?(?:保留|留存|保存)[^，。；]{0,10}?(?:合同|协议|服务期|委托)[^，。；]{0,6}?(?:终止|期满|届满|解除|结束)(?:之日)?后|(?:合同|协议|服务期|委托)[^，。；]{0,6}?(?:终止|期满|届满|解除|结束)(?:之日)?后[，,]?[^，。；]{0,10}?(?:可以|可)[^，。；]{0,10}?(?:继续)?(?:保留|留存|保存)/u;
const FORBIDS = /不得|禁止|严禁|不允许|擅自/u;
const LICENSING = /行政许可/u;
/** The body entrusted by another (受委托机关, 受托单位), not an operator's own contracts. */
const ENTRUSTED_BODY = /受委托|受托|委托机关|委托实施/u;
const PERSONAL_DATA = /个人信息|数据|信息系统/u;
/** The principal's consent asked (经委托单位书面同意): what 个人信息保护法 allows. */
const CONSENT = /经[^，。；]{0,16}?(?:同意|批准)|取得[^，。；]{0,16}?同意/u;

export function entrustedWork(text: string, _leadIn?: string, heading = ''): EntrustedWork[] {
  const out: EntrustedWork[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    if (FORBIDS.test(sentence)) continue;
    const passed = PASSED_ON.exec(sentence);
    if (passed) {
      const from = passed.index + passed[0].search(/转委托|再委托|转包|分包|另行委托/u);
      const to = passed.index + passed[0].length;
      if (LICENSING.test(`${heading}${sentence}`) && ENTRUSTED_BODY.test(sentence)) {
        out.push({
          ...findingAt(sentence, range.start, from, to, LICENSING_LAW),
          why: '受委托行政机关不得再委托其他组织或者个人实施行政许可，委托机关同意也不例外',
        });
        continue;
      }
      if (PERSONAL_DATA.test(`${heading}${sentence}`) && !CONSENT.test(sentence)) {
        out.push({
          ...findingAt(sentence, range.start, from, to, SUB_PROCESSING),
          why: '受托人转委托他人处理个人信息须经个人信息处理者同意，事后告知不能代替同意',
        });
        continue;
      }
    }
    const kept = KEPT_AFTER.exec(sentence);
    if (kept && PERSONAL_DATA.test(`${heading}${sentence}`)) {
      out.push({
        ...findingAt(sentence, range.start, kept.index, kept.index + kept[0].length, RETENTION),
        why: '委托合同终止后，受托人应当返还或者删除个人信息，不得保留',
      });
    }
  }
  return out;
}
