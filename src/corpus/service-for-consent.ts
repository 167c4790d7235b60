/**
 * A service refused to whoever will not consent to the handling of their personal information. 个人信息保护法第十六条:
 * 个人信息处理者不得以个人不同意处理其个人信息或者撤回同意为由，拒绝提供产品或者服务；处理个人信息属于提供产品或者服务所必需的除外.
 * A draft that shuts out a user who refuses (用户拒绝授权的，不得使用移动应用查询或者办理人社业务; 不同意采集人脸信息的，不予办理)
 * makes consent the price of the service.
 *
 * Silent where the sentence names the law's exception (所必需), forbids the refusal (不得以…为由拒绝), offers another way (可以通过
 * 其他方式办理, 线下), or is not about personal information.
 */

import { fullSentences } from '../zh/context.js';
import type { ModelledFinding } from './modelled-finding.js';

export interface ServiceForConsent extends ModelledFinding {
  article: 16;
}

/** The person who does not consent, as the case (用户拒绝授权的, 不同意提供人脸信息的, 撤回同意后). */
const REFUSES =
  /(?:拒绝|不同意|未同意|不予同意|未授权|不授权|撤回)(?:授权|同意|授予)?[^，。；]{0,16}?(?:权限|授权|同意|信息|人脸|指纹|位置|通讯录|相册)?[^，。；]{0,4}?(?:的|后|时)[，,]/u;
/** The service then refused. */
const DENIED = /(?:不得|不能|无法|不予|不再|拒绝|停止)(?:为其|向其)?(?:使用|办理|提供|享受|查询|登录|受理)[^，。；]{0,24}/u;
/** Personal information: what the consent is about. */
const PERSONAL = /权限|授权|个人信息|人脸|指纹|声纹|虹膜|生物识别|位置信息|通讯录|相册|身份信息|行踪/u;
/** The law's exception named, the refusal forbidden, or another way kept open. */
const KEPT = /所必需|必需的|必要的除外|不得以[^。；]{0,30}?为由|其他方式|线下|窗口|人工/u;

export function servicesForConsent(text: string): ServiceForConsent[] {
  const out: ServiceForConsent[] = [];
  for (const range of fullSentences(text)) {
    const sentence = text.slice(range.start, range.end);
    const refuses = REFUSES.exec(sentence);
    if (!refuses || !PERSONAL.test(sentence) || KEPT.test(sentence)) continue;
    const rest = sentence.slice(refuses.index + refuses[0].length);
    const denied = DENIED.exec(rest);
    if (!denied || denied.index > 12) continue;
    const from = refuses.index;
    const to = refuses.index + refuses[0].length + denied.index + denied[0].length;
    out.push({ start: range.start + from, end: range.start + to, phrase: sentence.slice(from, to), article: 16 });
  }
  return out;
}
