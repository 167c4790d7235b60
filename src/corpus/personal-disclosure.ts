/**
 * Personal information made public, or handed to a market party, by a draft's
 * own rule. Two rules of law stand behind it, and neither knows exceptions a
 * normative document could add:
 * - 个人信息保护法 第二十五条: a processor may not make public the personal
 *   information it processes, save with the person's separate consent. A list
 *   of winners or candidates posted with their identity card numbers
 *   (公示内容包括获奖选手姓名、身份证号码) is such a publication.
 * - 社会保险法 第八十一条: social insurance bodies keep the information of
 *   employers and persons secret and may not leak it in any form; 个人信息保护法
 *   第二十三条 asks the person's separate consent before any processor hands
 *   information to another. A social insurance body that gives contribution or
 *   benefit records to banks and insurers for their business (可以根据商业银行、
 *   保险机构等合作单位的申请向其提供) does both.
 *
 * Silent where the identifiers are masked (去标识化, 隐去, 后四位), where the
 * person's consent or authorisation is named, where a law is named as the
 * ground, where the party acts under the body's commission (受托, 代发) and
 * where the sentence forbids the act (不得公开, 严禁提供).
 */

import { fullSentences } from '../zh/context.js';
import { CONSENT_WAIVED, HANDOVER as HANDED_TO } from './consent.js';
import { SOCIAL_INSURANCE_LAW, type ModelledFinding } from './modelled-finding.js';

export interface PersonalDisclosure extends ModelledFinding {
  title: string;
  article: 23 | 25 | 81;
}

export const PERSONAL_INFORMATION_LAW = '中华人民共和国个人信息保护法';

/** Identifiers that single a person out wherever they are posted (the 社会保障号码 is the identity number, 社会保险法第五十八条). */
const IDENTIFIER = /(?:居民|公民)?身份证(?:件)?号(?:码)?|公民身份号码|社会保障(?:卡)?号码?|社保(?:卡)?号码?|家庭(?:住址|地址)|银行(?:卡号|账号)|手机号码/u;
/** Putting a list before the public: a posted or published list and what it shows. */
const PUBLICATION = /公示|公布|公开|张贴|(?:一并|向社会)?开放(?=[^，。；]{0,20}?姓名)|在[^，。；]{1,20}?(?:网站|平台|公告栏|显著位置)(?:上)?(?:发布|刊登)/u;
/** The list shows the identifiers: 公示内容包括…, 列明…, 载明…. */
const SHOWS = /(?:内容|名单|信息)(?:应当)?(?:包括|包含|含有|为)|列明|载明|注明|标明|写明/u;
/** The list given straight after the verb, names first (一并公开享受补贴人员的姓名、身份证号码): not a hiring or a consultation made 公开. */
const NAMES_LISTED = /(?:公示|公布|公开|开放)(?!招聘|选拔|遴选|征求|竞争|透明|承诺|考试|招考|招录|发布)[^，。；]{0,20}?姓名[、和及]/u;
/** The list named before the verb (将认定合格人员的姓名、公民身份号码…在本机构门户网站公开): what is put before the public. */
const LIST_THEN_PUBLISHED = /将([^，。；]{0,30}?姓名[、和及][^，。；]{0,40}?)(?:在[^，。；]{1,20}?)?(?:予以|进行|向社会)?(?:公示|公布|公开|张贴|开放|发布)/u;
/** The list as the subject, posted where (入库专家的姓名、工作单位、居民身份证号码和手机号码在…门户网站长期公示). */
const LIST_POSTED_AT =
  /(?:^|[，；：])([^，。；]{0,30}?姓名[、和及][^，。；]{0,40}?)在[^，。；]{1,24}?(?:上)?(?:长期|统一|予以|进行|向社会)*(?:公示|公布|公开|张贴|发布)/u;
/** Identifiers shown only in part, or not at all. */
const MASKED = /去标识化|脱敏|隐去|隐藏|遮挡|遮盖|屏蔽|部分|后四位|前[^，。；]{0,4}位|不含|不包括|除外|匿名化|加密/u;
/** A sentence that forbids what it names. */
const FORBIDS = /不得|禁止|严禁|不予|不应|不能|防止|避免/u;
/** The person's own consent or authorisation, unless waived in the same breath (无需另行征得参保人员同意). */
const CONSENT =
  /(?:经|取得|征得|凭|持有?)[^，。；]{0,14}?(?:本人|个人|参保人员|当事人|求职者|劳动者|职工|学员|权利人|其|被查询人)[^，。；]{0,8}?(?:同意|授权)/u;
/** The law named as the ground (依法提供, 依照法律、行政法规的规定), or a commission for the body's own service. */
const GROUNDED =
  /依法|依照(?:法律|有关法律)|法律、行政法规(?:另有)?规定|受托|受委托|委托(?:的|其)|代发|发放待遇|待遇发放|社会保障卡|司法机关|人民法院|人民检察院|公安机关|监察机关/u;
/** A market party: a bank, an insurer, a business, a partner of the body. */
const MARKET = /银行|金融机构|保险机构|保险公司|商业保险|市场主体|合作单位|合作机构|与其合作|企业|公司|服务机构|第三方/u;
/** The body that holds social insurance records. */
const SOCIAL_INSURANCE_BODY = /社会保险经办机构|经办机构|社会保险行政部门|人力资源(?:和)?社会保障(?:行政)?部门|人力资源社会保障厅|人社部门|社会保险费征收机构/u;
/** What social insurance records hold about a person. */
const RECORD = /参保|缴费|待遇|个人权益记录|社会保险|就业(?:信息|情况)|个人数据|个人信息/u;
/** Handing over to a named party: 向X提供, 提供给X, 推送至X (consent.ts), or 根据X的申请（直接）提供. */
const HANDOVER = new RegExp(`${HANDED_TO.source}|根据([^，。；]{1,30}?)的(?:书面)?(?:申请|请求|需要)(?:[^，。；]{0,6}?)(?:提供|共享|推送|传输)`, 'u');

function sentenceRanges(text: string): Array<{ start: number; end: number; sentence: string }> {
  return fullSentences(text).map((r) => ({ ...r, sentence: text.slice(r.start, r.end) }));
}

/** Identity card numbers and the like posted with a list (公示内容包括…身份证号码). */
export function publishedIdentifiers(text: string): PersonalDisclosure[] {
  const out: PersonalDisclosure[] = [];
  for (const { start, sentence } of sentenceRanges(text)) {
    const published = PUBLICATION.exec(sentence);
    // Consent named only to be waived (公示无需征得本人同意) is no consent.
    if (!published || FORBIDS.test(sentence) || MASKED.test(sentence) || (CONSENT.test(sentence) && !CONSENT_WAIVED.test(sentence))) continue;
    const listed = LIST_THEN_PUBLISHED.exec(sentence) ?? LIST_POSTED_AT.exec(sentence);
    const listedId = listed ? IDENTIFIER.exec(listed[1]) : null;
    if (listed && listedId) {
      const at = listed.index + listed[0].indexOf(listed[1]) + listedId.index;
      out.push({
        start: start + at,
        end: start + at + listedId[0].length,
        phrase: listed[0].replace(/^[，；：]/u, ''),
        title: PERSONAL_INFORMATION_LAW,
        article: 25,
      });
      continue;
    }
    const shows = SHOWS.exec(sentence.slice(published.index)) ?? NAMES_LISTED.exec(sentence.slice(published.index));
    if (!shows) continue;
    const from = published.index + shows.index + shows[0].length;
    // The identifier must be among what the list shows, in the clause that shows it.
    const clause = sentence.slice(from).split(/[，。；]/u)[0];
    const id = IDENTIFIER.exec(clause);
    if (!id) continue;
    // The clause that shows the list (公示内容包括…身份证号码), as the draft words it.
    const clauseStart = Math.max(0, ...['，', '；', '：'].map((p) => sentence.lastIndexOf(p, published.index + shows.index) + 1));
    out.push({
      start: start + from + id.index,
      end: start + from + id.index + id[0].length,
      phrase: sentence.slice(clauseStart, from + id.index + id[0].length),
      title: PERSONAL_INFORMATION_LAW,
      article: 25,
    });
  }
  return out;
}

/** Personal records a social insurance body hands to a market party for its business (向商业保险机构…提供参保人员缴费基数). */
export function marketHandovers(text: string): PersonalDisclosure[] {
  const out: PersonalDisclosure[] = [];
  for (const { start, sentence } of sentenceRanges(text)) {
    const handover = HANDOVER.exec(sentence);
    if (!handover) continue;
    const recipient = handover[1] ?? handover[2] ?? handover[3] ?? '';
    if (!MARKET.test(recipient) || /部门|机关|人民政府|公共就业/u.test(recipient)) continue;
    const before = sentence.slice(0, handover.index);
    // A permission or a duty to hand over, not a ban on it nor a case (违规…向他人提供…的).
    if (FORBIDS.test(sentence) || /违规|违法|擅自|非法|泄露/u.test(sentence) || !/可以|应当|可|直接/u.test(before + handover[0])) continue;
    if (GROUNDED.test(sentence) || (CONSENT.test(sentence) && !CONSENT_WAIVED.test(sentence))) continue;
    if (!RECORD.test(sentence) || !SOCIAL_INSURANCE_BODY.test(sentence)) continue;
    const waived = CONSENT_WAIVED.test(sentence);
    out.push({
      start: start + handover.index,
      end: start + handover.index + handover[0].length,
      phrase: handover[0],
      title: waived ? PERSONAL_INFORMATION_LAW : SOCIAL_INSURANCE_LAW,
      article: waived ? 23 : 81,
    });
  }
  return out;
}
