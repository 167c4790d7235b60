import type { DocumentForm, DocumentKind, IssuerLevel, ReferenceDate } from '../model.js';

/**
 * The kinds of document the profile tells apart, in the order they are
 * listed to a user. Normative kinds follow the hierarchy of 立法法 (法律 >
 * 行政法规 > 地方性法规 > 规章) with 行政规范性文件 below; the others are
 * official documents that set no general rules: the Hunan 管理办法 and
 * 国办发〔2018〕37号 leave 批复、函、表彰奖惩、人事任免、工作方案、会议纪要 and
 * internal work rules out of the 规范性文件 they govern.
 */
export const NORMATIVE_KINDS = [
  '法律',
  '行政法规',
  '地方性法规',
  '自治条例和单行条例',
  '部门规章',
  '地方政府规章',
  '司法解释',
  '行政规范性文件',
] as const satisfies readonly DocumentKind[];
export const NON_NORMATIVE_KINDS = [
  '批复',
  '函',
  '答复',
  '通报',
  '表彰奖惩决定',
  '人事任免',
  '工作方案',
  '会议纪要',
  '内部工作制度',
] as const satisfies readonly DocumentKind[];
export const DOCUMENT_KINDS: readonly DocumentKind[] = [...NORMATIVE_KINDS, ...NON_NORMATIVE_KINDS];

/** Legislation and rules: instruments made under 立法法 (and 司法解释), as opposed to 行政规范性文件 and other official documents. */
export const LEGISLATIVE_KINDS: readonly DocumentKind[] = ['法律', '行政法规', '地方性法规', '自治条例和单行条例', '部门规章', '地方政府规章', '司法解释'];

export function isNormative(kind: DocumentKind): boolean {
  return (NORMATIVE_KINDS as readonly DocumentKind[]).includes(kind);
}

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/**
 * Rank in the hierarchy (lower is higher law), as the conflict rules use it:
 * 法律 1, 行政法规 2, 地方性法规 and 自治条例 3, 规章 3.5 (a 地方性法规 prevails
 * over the 规章 of its own and lower governments, 立法法 第九十三条 (2023:
 * 第一百零六条)), 行政规范性文件 4. 司法解释 and the non-normative kinds are not
 * ranked: nothing is compared as their higher law.
 */
export const KIND_RANK: Partial<Record<DocumentKind, number>> = {
  法律: 1,
  行政法规: 2,
  地方性法规: 3,
  自治条例和单行条例: 3,
  部门规章: 3.5,
  地方政府规章: 3.5,
  行政规范性文件: 4,
};

export const LEVEL_LABEL: Record<IssuerLevel, string> = { national: '国家级', provincial: '省级', municipal: '市级', county: '县级' };

/** The name of the date a document is judged by, for messages and the report (成文日期 …, or the review date when it has none). */
export const REFERENCE_DATE_LABEL = {
  signed: '成文日期',
  revised: '修改日期',
  published: '公布日期',
  effective: '施行日期',
  numberYear: '发文年份',
  asOf: '审核基准日',
} as const satisfies Record<ReferenceDate['of'], string>;

export const FORM_LABEL: Record<DocumentForm, string> = {
  articles: '条文式',
  outline: '通知式',
  issuing: '印发通知及附件',
  letter: '函件',
  plain: '其他',
};

/** The region value of a national document. */
export const NATIONAL = '全国';
