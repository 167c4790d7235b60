/**
 * Consent to the processing of personal information, dispensed with where
 * the Personal Information Protection Law requires it. The law asks consent
 * for every processing (第十三条) except the cases it lists: a contract with
 * the person, human-resources management under lawful rules, a statutory duty
 * or obligation, a public-health emergency, news reporting, information
 * already public, other cases a law or regulation names. Two of its rules are
 * stricter and name no such exception for a commercial party: handing the
 * information to another processor needs the person's separate consent
 * (第二十三条), and so does processing sensitive information (第二十九条:
 * biometrics, health, whereabouts, financial accounts, children's data).
 *
 * A draft that waives consent is reported only where one of these two rules
 * plainly applies and no exception is named: information handed to a
 * commercial party, or sensitive information processed by one; and where it
 * makes a person's name and contact details or papers public (第二十五条:
 * 不得公开…，取得个人单独同意的除外). What a state
 * body does for its own duties, or what the sentence grounds in a duty or in
 * the law, is left alone: 第十三条 may well cover it.
 */

import { fullSentenceAround } from '../zh/context.js';

export interface ConsentWaiver {
  /** Offsets of the waiving words (无需另行取得个人同意) in the text given. */
  start: number;
  end: number;
  phrase: string;
  /** The article of the Personal Information Protection Law that requires the consent. */
  article: 23 | 25 | 29;
}

/** 无需（另行）取得…同意, 不必征得…同意, 可以不经…同意; consent deemed from another act (投递简历的，视为同意…提供给…). */
const WAIVER_RE =
  /(?:无需|无须|不需要?|不必|不用|免于|免予)(?:另行|再行|单独|事先|重新|再)?(?:取得|征得|征求|经过?)[^，。；;]{0,12}?(?:的)?(?:单独|书面)?同意|(?:可以|可)不经(?:过)?[^，。；;]{0,12}?同意|(?:即)?视为(?:其|本人)?(?:已经?)?同意/gu;
/** Whether a text waives the person's consent (for a test; WAIVER_RE is for finding every waiver). */
export const CONSENT_WAIVED = new RegExp(WAIVER_RE.source, 'u');
/** What the waiver is about: information on persons. */
const INFORMATION = /信息|数据|照片|影像|资料|简历|姓名|联系电话|身份证/u;
/** Any of 第十三条's exceptions, or the law itself, named by the sentence. */
const EXCEPTION =
  /法定职责|法定义务|履行职责|依法履职|依照法律|依据法律|法律、行政法规(?:另有)?规定|突发公共卫生|紧急情况|新闻报道|舆论监督|已经?合法公开|自行公开|人力资源管理所必需|订立、履行|第十三条|个人信息保护法/u;
/** Information the law calls sensitive (第二十八条). */
const SENSITIVE =
  /人脸|面部|指纹|掌纹|虹膜|声纹|生物识别|基因|医疗健康|健康状况|健康信息|体检结果|体检报告|病历|病史|诊断|行踪|轨迹|金融账户|银行账户|宗教|不满十四周岁/u;
/** A commercial party: whoever is not a state body. */
const COMMERCIAL =
  /商业|银行|保险公司|保险机构|公司|企业|平台|合作机构|与其合作|第三方|金融机构|服务商|市场主体|中介|人力资源服务机构|客户|销售机构|运营单位|运营方|运营商|运营机构/u;
/** Employers, as recipients: another handler of a job seeker's information (推送给合作用人单位). */
const EMPLOYERS = /用人单位|用工单位|招聘单位/u;
/** The state bodies that process information for their duties. */
const STATE = /人力资源(?:和)?社会保障|人社|经办机构|行政部门|人民政府|主管部门|公安|民政|税务|医疗保障|仲裁委员会|鉴定委员会/u;
/** A commercial purpose: no duty of a state body covers it. */
const TRADE = /营销|推广|推销|广告|商业|惠民保|金融服务|金融产品|理财|产品推荐|会员服务/u;
/** Made public (第二十五条: 不得公开其处理的个人信息，取得个人单独同意的除外): names with contact details or papers shown or posted. */
const MADE_PUBLIC =
  /(?:公开|展示|公布|公示|发布)[^。；]{0,30}?(?:姓名|联系电话|手机号码|身份证|住址|工作单位)|(?:姓名|联系电话|手机号码|身份证号码)[^。；]{0,20}?(?:公开|展示|公布|公示)/u;
/** Handing over: 向…提供, 提供给, 共享给; the recipient in the first or the second group. */
export const HANDOVER = /向([^，。；;]{1,30}?)(?:提供|共享|推送|传输|开放|交换)|(?:提供|共享|推送|传输|开放)(?:给|至)([^，。；;]{1,30})/u;

/** Waivers of consent in one paragraph, each with the article that requires the consent. */
export function consentWaivers(text: string): ConsentWaiver[] {
  const out: ConsentWaiver[] = [];
  for (const m of text.matchAll(WAIVER_RE)) {
    const at = m.index!;
    const around = fullSentenceAround(text, at, at + m[0].length);
    const sentence = text.slice(around.start, around.end);
    if (!INFORMATION.test(sentence) || EXCEPTION.test(sentence)) continue;
    const handover = HANDOVER.exec(sentence);
    const recipient = handover ? (handover[1] ?? handover[2]) : '';
    // Who processes: the words before the first modal or verb of the sentence.
    const verb = sentence.search(/向|可以|应当|可|采集|收集|使用|处理|留存|调取|提供|共享/u);
    const actor = verb > 0 ? sentence.slice(0, verb) : '';
    const byState = STATE.test(actor) && !COMMERCIAL.test(actor);
    let article: 23 | 25 | 29 | null = null;
    // A state body handing data to a bank for its own service (社会保障卡) may act under its duty; for trade it may not.
    if (recipient && (COMMERCIAL.test(recipient) || EMPLOYERS.test(recipient)) && (!byState || TRADE.test(sentence))) article = 23;
    else if (SENSITIVE.test(sentence) && COMMERCIAL.test(actor) && !byState) article = 29;
    // Made public with the consent said to be given or not needed: 第二十五条 asks the person's separate consent of every
    // processor, a state body among them unless a duty of its own (named, EXCEPTION) covers it.
    // Identity numbers posted are personal-disclosure.ts's (publishedIdentifiers), reported at the number.
    else if (MADE_PUBLIC.test(sentence) && !/身份号码|身份证号/u.test(sentence)) article = 25;
    if (article) out.push({ start: at, end: at + m[0].length, phrase: m[0], article });
  }
  return out;
}
