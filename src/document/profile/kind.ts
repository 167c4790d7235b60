import { findDocumentNumbers } from '../structure/document-number.js';
import { isRegistrationPlaceholder } from '../structure/registration-number.js';
import type { DocumentKind, LegalDocument, ProfileIssuer, ProfileValue, Span } from '../model.js';
import { bareTitle, findIn, headerZones, leadZone, type Match } from './evidence.js';
import { numberFamily, type NumberFamily } from './issuers.js';
import { NATIONAL } from './kinds.js';
import { regionOf } from '../../corpus/titles.js';

/**
 * What kind of document this is, from the strongest evidence found:
 *  1. the 令 that publishes it (国务院令 → 行政法规; 部令 → 部门规章; 省人民政府令 → 地方政府规章);
 *  2. the enacting formula under its title (全国人民代表大会…通过 → 法律; 省…人民代表大会常务委员会…通过 →
 *     地方性法规; 国务院…常务会议通过 / 国务院发布 → 行政法规; …部务会议通过 → 部门规章;
 *     …人民政府…常务会议通过 → 地方政府规章; 审判委员会…通过 → 司法解释);
 *  3. a 统一登记号 (only 规范性文件 are registered) and the 发文字号's series (…规 registered
 *     规范性文件, …函 letters, 法释 司法解释);
 *  4. the title's form (…法, …条例, 最高人民法院关于…, 关于…的批复/复函/答复/通报/决定, 印发…工作方案);
 *  5. otherwise 行政规范性文件, the documents this tool is made for.
 */

const CN = '[0-9０-９一二三四五六七八九十百零〇○]+';

const NPC = new RegExp(`(?:第${CN}届)?全国人民代表大会(常务委员会)?第${CN}次会议`, 'u');
const PRESIDENT_DECREE = /中华人民共和国主席令/u;
const LOCAL_CONGRESS = new RegExp(
  `((?![日月年据过经于和及])[\\u4e00-\\u9fff]{2,16}?(?:省|自治区|市|自治州|自治县|县))第${CN}届人民代表大会(常务委员会)?第${CN}次会议(?:[^，。；\\n]{0,20}?)(通过|批准|修订|修正)`,
  'u',
);
const STATE_COUNCIL = new RegExp(
  `国务院第${CN}次常务会议|(?:中华人民共和国)?国务院(?:、(?:中华人民共和国)?中央军事委员会)?令第|(?:^|[\\s日　])(?:国务院|政务院)(?:[\\s　]*)(?:发布|批准|公布|颁布|修正公布)`,
  'u',
);
const MINISTRY = new RegExp(
  `((?:中华人民共和国)?[\\u4e00-\\u9fff]{2,24}?(?:部|委员会|总局|局|署|银行))(?:第${CN}次)?(?:部务|委务|局务|署务|行务|委主任|主任|全体委员|办公)会议(?:审议)?(?:修订)?通过`,
  'u',
);
const MINISTRY_DECREE = /((?:中华人民共和国)?[\u4e00-\u9fff]{2,24}?(?:部|委员会|总局|局|署|银行))(?:[\s　]*)令(?:[\s　]*)第/u;
const LOCAL_GOVERNMENT = new RegExp(
  `((?![日月年据过经于和及])[\\u4e00-\\u9fff]{2,16}?人民政府)第${CN}次常务会议(?:审议)?(?:修订)?通过|([\\u4e00-\\u9fff]{2,16}?人民政府)令(?:[\\s　]*)第`,
  'u',
);
const JUDICIAL = new RegExp(`最高人民(法院审判|检察院检察)委员会第${CN}次会议`, 'u');

/** Kinds of instrument a regulation or rule is named (行政法规制定程序条例 第五条; 规章制定程序条例 第六条: 规章不得称“条例”). */
const REGULATION_NAME = /(条例|规定|办法|细则|规则)(（[^）]*）)?$/u;

export interface KindFinding extends ProfileValue<DocumentKind> {}

function read(value: DocumentKind, basis: string, evidence?: Span): KindFinding {
  return { value, source: 'read', basis, evidence };
}

function inferred(value: DocumentKind, basis: string, evidence?: Span): KindFinding {
  return { value, source: 'inferred', basis, evidence };
}

/** The 文种 a title ends with, and the instrument a 印发/转发 notice issues. */
export function titleForm(title: string): { type: string; issued?: string; issuedType?: string } {
  const t = title.replace(/（[^）]*(征求意见稿|送审稿|草案|试行|暂行)[^）]*）$/u, '');
  const typeMatch =
    /(实施细则|实施办法|实施意见|指导意见|若干意见|意见|通知|决定|决议|批复|复函|函|答复|通报|纪要|方案|计划|要点|规划|条例|规定|办法|细则|规则|解释|法|公告|通告|报告|请示|预案|措施|规程|标准|指引|指南|制度|命令|令)$/u.exec(
      t,
    );
  const type = typeMatch?.[1] ?? '';
  const issuing = /(印发|转发|发布|颁布|批转)《?(.+?)》?的(?:通知|函|决定)$/u.exec(t);
  if (issuing) {
    const issued = issuing[2];
    const inner =
      /(工作方案|实施方案|行动方案|方案|工作计划|计划|工作要点|要点|工作规则|议事规则|规则|实施细则|细则|实施办法|办法|规定|条例|意见|报告|预案|规划|标准|指引|指南|制度|措施|规程)$/u.exec(
        issued,
      );
    return { type, issued, issuedType: inner?.[1] };
  }
  return { type };
}

const AWARD = /(表彰|奖励|授予|嘉奖|记功|表扬|命名|颁发|通报表扬|给予[^的]{0,12}处分|处分的决定|处理的决定)/u;
const APPOINTMENT = /(任免|任命|免去|聘任|职务的通知|组成人员|领导小组成员|人员调整|调整[^的]{0,30}(领导小组|委员会|联席会议)[^的]{0,8}(成员|组成))/u;
const INTERNAL_RULES = /(工作规则|议事规则|内部管理|机关[^的]{0,10}制度)$/u;
const WORK_PLAN = /(工作方案|工作计划|工作要点|工作安排|行动计划|实施计划)$/u;

/** Kind from the title's form alone, for a document issued by an administrative body. */
function kindFromTitle(title: string, issuers: ProfileIssuer[], span: Span | undefined): KindFinding | undefined {
  if (!title) return undefined;
  const { type, issued, issuedType } = titleForm(title);
  const quoted = `标题“${title}”`;
  if (/^最高人民(法院|检察院)/u.test(title) && /(解释|规定|批复|决定)$/u.test(title))
    return read('司法解释', `${quoted}：最高人民法院、最高人民检察院的解释、规定、批复、决定为司法解释`, span);
  if (type === '批复') return read('批复', `${quoted}，文种为批复（对下级请示事项的答复，不具有普遍约束力）`, span);
  if (type === '复函' || (type === '函' && !issued)) return read('函', `${quoted}，文种为函`, span);
  if (type === '答复') return read('答复', `${quoted}，为对建议、提案的答复`, span);
  if (type === '通报') return read('通报', `${quoted}，文种为通报`, span);
  if (type === '纪要') return read('会议纪要', `${quoted}，为会议纪要`, span);
  if ((type === '决定' || type === '通知') && AWARD.test(title) && !/(办法|规定|条例|细则)/u.test(issued ?? ''))
    return read('表彰奖惩决定', `${quoted}，为表彰奖惩的决定`, span);
  if ((type === '决定' || type === '通知') && APPOINTMENT.test(title)) return read('人事任免', `${quoted}，为人事任免或调整组成人员的文件`, span);
  if (issued && issuedType && WORK_PLAN.test(issued))
    return inferred('工作方案', `${quoted}：所印发的《${issued}》为部署工作的方案，不设定公民、法人和其他组织的权利义务`, span);
  if (!issued && WORK_PLAN.test(title)) return inferred('工作方案', `${quoted}，为部署工作的方案`, span);
  if (issued && INTERNAL_RULES.test(issued)) return inferred('内部工作制度', `${quoted}：所印发的《${issued}》为机关内部的工作制度`, span);
  if (!issued && INTERNAL_RULES.test(title)) return inferred('内部工作制度', `${quoted}，为机关内部的工作制度`, span);
  const national = issuers.length === 0 || issuers[0].region === NATIONAL;
  const region =
    /^(北京|天津|上海|重庆|河北|山西|内蒙古|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆)/u.test(
      title,
    );
  if (/法$/u.test(type) && !/办法$/u.test(title) && !region && !/关于/u.test(title)) return inferred('法律', `${quoted}：以“法”为名的全国性文件为法律`, span);
  if (type === '条例' && !/关于/u.test(title)) {
    if (/自治(州|县|旗)/u.test(title)) return inferred('自治条例和单行条例', `${quoted}：民族自治地方的条例为自治条例或单行条例`, span);
    if (region) return inferred('地方性法规', `${quoted}：冠以地方名称的“条例”为地方性法规（规章不得称“条例”）`, span);
    if (national) return inferred('行政法规', `${quoted}：全国性的“条例”为行政法规（行政法规制定程序条例第五条；规章不得称“条例”）`, span);
  }
  if (/^(国务院|政务院)(关于)?/u.test(title) && REGULATION_NAME.test(title) && !/(通知|意见)$/u.test(title)) {
    return inferred('行政法规', `${quoted}：国务院的规定、办法为行政法规`, span);
  }
  return undefined;
}

function familyOf(doc: LegalDocument): NumberFamily | undefined {
  const own = doc.header.documentNumber;
  if (!own) return undefined;
  const n = findDocumentNumbers(own.text)[0];
  return n ? numberFamily(n.agency) : undefined;
}

/** Legislative power shown in the text: a penalty only 法律 or 法规 may set (行政处罚法 第十一条至第十四条), set without citing a law. */
const LEGISLATIVE_PENALTY = /由[^。；《]{1,40}?(?:部门|机关|局|厅)[^。；《]{0,60}?(吊销[^。；《]{0,10}(?:许可证|执照)|责令停产停业|没收违法所得|行政拘留)/u;

export function detectKind(doc: LegalDocument, issuers: ProfileIssuer[], ownRegion = '湖南省'): KindFinding {
  const h = doc.header;
  const title = bareTitle(doc);
  const zones = [...headerZones(doc)];
  const titleSpan = h.title?.span;

  // 1. The decree that publishes it.
  if (h.decree) {
    const d = h.decree.text.replace(/\s/g, '');
    if (/国务院(、[\u4e00-\u9fff]*中央军事委员会)?令/u.test(d)) return read('行政法规', `以“${d}”公布：国务院令公布的为行政法规`, h.decree.span);
    if (/主席令/u.test(d)) return read('法律', `以“${d}”公布：国家主席令公布的为法律`, h.decree.span);
    if (/人民政府令/u.test(d)) return read('地方政府规章', `以“${d}”公布：地方人民政府令公布的为地方政府规章`, h.decree.span);
    if (/(部|委员会|总局|局|署|银行)令/u.test(d)) return read('部门规章', `以“${d}”公布：国务院部门令公布的为部门规章`, h.decree.span);
  }

  // 2. The enacting formula under the title (or in the decree's text).
  const lead = doc.header.title ? undefined : leadZone(doc, 2);
  const all = [...zones, lead];
  const judicial = findIn(all, JUDICIAL);
  if (judicial) return read('司法解释', `“${judicial.match[0]}”通过：最高人民法院、最高人民检察院的司法解释`, judicial.span);
  const npc = findIn(all, NPC) ?? findIn(all, PRESIDENT_DECREE);
  if (npc) {
    return read('法律', `“${npc.match[0]}”通过：全国人民代表大会及其常务委员会制定法律`, npc.span);
  }
  const local = findIn(all, LOCAL_CONGRESS);
  if (local) {
    const autonomous = /自治(州|县|旗)/u.test(title) || /自治(州|县)$/u.test(local.match[1]);
    if (autonomous && /条例$/u.test(title))
      return read('自治条例和单行条例', `“${local.match[0]}”：民族自治地方的人民代表大会制定自治条例、单行条例`, local.span);
    return read('地方性法规', `“${local.match[0]}”：地方人民代表大会及其常务委员会制定地方性法规`, local.span);
  }
  const stateCouncil = findIn(all, STATE_COUNCIL);
  if (stateCouncil && REGULATION_NAME.test(title) && !/关于[^《]*的(通知|意见)$/u.test(title)) {
    return read('行政法规', `“${stateCouncil.match[0].trim()}”：国务院制定、发布或批准的条例、规定、办法为行政法规`, stateCouncil.span);
  }
  const ministry = findIn(all, MINISTRY_DECREE) ?? findIn(all, MINISTRY);
  if (ministry && !/人民代表大会|人民政府/u.test(ministry.match[1]) && REGULATION_NAME.test(title)) {
    return read('部门规章', `“${ministry.match[0]}”：国务院部门的部务（委务）会议通过、以部门令公布的为部门规章`, ministry.span);
  }
  const government = findIn(all, LOCAL_GOVERNMENT);
  if (government && REGULATION_NAME.test(title) && !/关于/u.test(title)) {
    return read('地方政府规章', `“${government.match[0]}”：地方人民政府常务会议通过、以政府令公布的为地方政府规章`, government.span);
  }

  // 3. Registration and the series of the 发文字号.
  const reg = h.registrationNumber;
  if (reg && !(isRegistrationPlaceholder(reg.text) && reg.text.trim() === '')) {
    return read('行政规范性文件', `标注统一登记号“${reg.text.trim() || '（待登记）'}”：只有规范性文件实行统一登记、统一编号、统一公布`, reg.span);
  }
  const family = familyOf(doc);
  const numberSpan = h.documentNumber?.span;
  if (family?.series === '司法解释') return read('司法解释', `发文字号“${h.documentNumber!.text}”：${family.explanation}`, numberSpan);
  if (family?.series === '规') return read('行政规范性文件', `发文字号“${h.documentNumber!.text}”：${family.explanation}`, numberSpan);
  const fromTitle = kindFromTitle(title, issuers, titleSpan);
  if (family?.series === '函') {
    if (fromTitle && !['行政法规', '法律', '地方性法规', '行政规范性文件'].includes(fromTitle.value)) {
      return { ...fromTitle, basis: `发文字号“${h.documentNumber!.text}”：${family.explanation}；${fromTitle.basis}`, source: 'read' };
    }
    return read('函', `发文字号“${h.documentNumber!.text}”：${family.explanation}`, numberSpan);
  }

  // 4. The title's form.
  if (fromTitle) return fromTitle;

  // Another province's 规定 or 办法, published with no header at all, that sets penalties only legislation may set.
  // Never for the office's own region: there such a provision is what the review must catch in a draft.
  const administrative = !!(h.documentNumber || h.issuers.length > 0 || doc.closing.signatories.length > 0);
  const titleRegion = regionOf(title);
  if (!administrative && titleRegion && titleRegion !== ownRegion && /(规定|办法|细则)$/u.test(title) && !/关于/u.test(title)) {
    for (let i = doc.bodyStart; i < doc.source.blocks.length; i++) {
      const m = LEGISLATIVE_PENALTY.exec(doc.source.blocks[i].text);
      if (m) {
        const start = doc.blockStarts[i] + m.index;
        return inferred(
          '地方性法规',
          `标题“${title}”冠以地方名称且未见发文字号、发文机关；文中自行设定“${m[1]}”，只有法律、法规可以设定（行政处罚法第十三条、第十四条），故为地方性法规`,
          { start, end: start + m[0].length },
        );
      }
    }
  }

  // 5. Default.
  if (family)
    return inferred(
      '行政规范性文件',
      `发文字号“${h.documentNumber!.text}”（${family.explanation}），文种为“${titleForm(title).type || '未识别'}”，按行政规范性文件审核`,
      numberSpan,
    );
  return inferred('行政规范性文件', '未发现法律、法规、规章的制定程序，也未发现批复、函等文种，按行政规范性文件审核（本工具审核的对象）', titleSpan);
}

export type { Match };
