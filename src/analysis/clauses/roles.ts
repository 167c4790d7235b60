import type { ActorKind } from './types.js';

/**
 * Who a noun phrase names, read from its head (the last words): 县级以上人力资源
 * 社会保障部门 → the administration, 户籍所在地村（居）民委员会 → a third party that
 * issues papers, 市人才发展集团有限公司 → a market operator. Phrases are found
 * by walking back from a verb to the nearest delimiter, so that the modifiers
 * of a noun stay with it.
 */

const HEADS: Array<[ActorKind, RegExp]> = [
  // Public bodies whose names end like market ones come first.
  [
    'admin',
    /(?:执法人员|调查人员|监考人员|考务人员|监察员|劳动保障监察员|稽核人员|检查人员|稽查人员|公共就业服务机构|公共就业人才服务机构|公共就业和人才服务机构|公共人力资源服务机构|社会保险经办机构|经办机构|征收机构|劳动保障监察机构|监察机构|仲裁机构|鉴定机构|考试机构|发证机关|审批机关|行政机关|机关)$/u,
  ],
  [
    'third-party',
    /(?:社区服务中心|社区服务站|便民服务中心|党群服务中心|村[（(]居[）)]民?委员会|居[（(]村[）)]民?委员会|村民委员会|居民委员会|村委会|居委会|社区居委会|社区|街道办事处|街道|乡镇人民政府|乡镇政府|乡镇|派出所|公安机关|公安部门|学校|院校|医院|卫生院|会计师事务所|律师事务所|邻居|所在村|村|工会)$/u,
  ],
  [
    'market',
    /(?:人力资源服务机构|人力资源服务企业|职业中介机构|中介机构|劳务派遣单位|派遣单位|培训机构|职业培训学校|评价机构|评价组织|代理机构|服务机构|测评机构|调查机构|咨询机构|检测机构|体检机构|承接机构|外包机构|加工机构|运营机构|认证机构|招聘机构|服务商|供应商|经营者|商业银行|银行|保险公司|保险机构|平台|有限公司|集团|公司|医疗机构|经纪人|劳务经纪人|中介人)$/u,
  ],
  ['admin', /(?:人民政府|政府|部门|厅|局|委员会|委|管委会|仲裁院|中心|考试院|档案馆|办公室|项目办|管理机构)$/u],
  [
    'employer',
    /(?:用人单位|用工单位|施工总承包单位|总承包单位|分包单位|建设单位|施工单位|见习单位|参保单位|缴费单位|所在单位|工作单位|原单位|雇主|企业|单位)$/u,
  ],
  [
    'person',
    /(?:申请人|申请者|申报人|劳动者|职工|农民工|失业人员|参保人员|参保人|个人|本人|当事人|学员|见习人员|应聘人员|应聘者|求职者|毕业生|领取人员|遗属|近亲属|对象|人员|配偶|子女|父母)$/u,
  ],
];

/** The kind of actor a noun phrase names, by its head; null when it names none. */
export function actorKindOf(np: string): ActorKind | null {
  const t = np.replace(/[（(][^）)]*[）)]$/u, '').replace(/(?:等|及其|其)$/u, '');
  for (const [kind, re] of HEADS) if (re.test(t)) return kind;
  return null;
}

/** Characters that end a noun phrase when walking back from its head. */
const STOP = /[，,。；;：:、！？!?\s的由向对为与同经到在将把从被和及或并让使给请按依凭持交于]/u;
/** Words between a subject and its verb: modals and adverbs (…部门应当依法当场…). */
const ADVERBS =
  /(?:应当|应|须|需|必须|可以|可|有权|依法|依规|当场|先行|还应|还|并|也|统一|一律|每年|事先|预先|先|另行|另|均|及时|按规定|直接|负责|予以|将|被)$/u;

/** The noun phrase that ends at `end` (exclusive), walking back to a delimiter, at most `max` characters. */
export function phraseEndingAt(text: string, end: number, floor = 0, max = 24): string {
  let start = end;
  while (start > floor && end - start < max && !STOP.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/** The subject of a verb at `at`: the phrase before it once modals and adverbs are skipped. */
export function subjectBefore(text: string, at: number, floor = 0): { text: string; kind: ActorKind | null; end: number } | null {
  let end = at;
  for (let guard = 0; guard < 6; guard++) {
    const m = ADVERBS.exec(text.slice(Math.max(floor, end - 4), end));
    if (!m) break;
    end -= m[0].length;
  }
  const np = phraseEndingAt(text, end, floor);
  if (!np) return null;
  return { text: np, kind: actorKindOf(np), end };
}

/** The agent named by 由X (由人力资源社会保障部门处以…, 由社区出具), the nearest before `at`. */
export function agentBy(text: string, at: number, floor = 0): { text: string; kind: ActorKind | null } | null {
  const before = text.slice(floor, at);
  const i = before.lastIndexOf('由');
  if (i < 0) return null;
  // The agent runs up to the verb or the next function word: take the longest prefix that names an actor.
  let after = text.slice(floor + i + 1, at);
  for (let k = 1; k < after.length; k++) {
    // 由接收档案的公共就业和人才服务机构: a modifier with 的 stays with the agent it describes, and 和 may be inside a name
    // (the longest prefix that names an actor is taken below).
    if (after[k] === '的' || after[k] === '和') continue;
    if (STOP.test(after[k])) {
      after = after.slice(0, k);
      break;
    }
  }
  for (let len = Math.min(after.length, 24); len >= 2; len--) {
    const np = after.slice(0, len);
    const kind = actorKindOf(np);
    if (kind) return { text: np, kind };
  }
  return null;
}
