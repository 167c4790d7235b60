/**
 * Who confirms a work-injured worker's assistive device. 工伤保险条例第三十二条: 工伤职工因日常生活或者就业需要，经劳动能力鉴定委员会
 * 确认，可以安装假肢、矫形器、假眼、假牙和配置轮椅等辅助器具. A draft that makes the device depend on another's consent or review
 * (须经所在用人单位同意，并由统筹地区经办机构审核确认; 由社会保险经办机构直接审核确定，不再经劳动能力鉴定委员会确认) hands the
 * decision to a body the regulation does not name.
 *
 * Silent on the costs (审核结算, 报销: the agency settles them), on replacing or repairing a device already confirmed (按照原配置确认结论),
 * and where the committee's confirmation stays.
 */

import { sentenceMatches, type ModelledFinding } from './modelled-finding.js';

export interface DeviceApprover extends ModelledFinding {
  article: 32;
}

const DEVICE = /辅助器具|假肢|矫形器|轮椅/u;
/** Another body's consent or review decides it, or the committee is dropped. */
const OTHER_APPROVER =
  /(?:须|应当|需|必须)?(?:经|由)[^，。；]{0,12}?(?:经办机构|用人单位|所在单位|人力资源社会保障部门)(?:直接)?(?:同意|审核确认|审核确定|确认|批准|审批)|不再经(?:过)?劳动能力鉴定委员会确认/u;
const COSTS = /费用|结算|报销|支付|更换|维修|原配置/u;
const COMMITTEE = /劳动能力鉴定委员会/u;
const DROPPED = /不再经(?:过)?劳动能力鉴定委员会确认|无需(?:经)?劳动能力鉴定委员会确认/u;

export function deviceApprovers(text: string): DeviceApprover[] {
  return sentenceMatches(text, OTHER_APPROVER, (sentence) => {
    if (!DEVICE.test(sentence) || !/配置|安装/u.test(sentence)) return false;
    if (DROPPED.test(sentence)) return true;
    // The clause that names the approver speaks of costs, not of the device (经办机构审核后与辅助器具配置机构直接结算).
    return !COSTS.test(sentence) && !COMMITTEE.test(sentence);
  }).map((f) => ({ ...f, article: 32 }));
}
