import type { DocumentKind } from '../document/model.js';
import { NON_NORMATIVE_KINDS, NORMATIVE_KINDS } from '../document/profile/kinds.js';
import type { Applicability } from './applicability.js';

/**
 * The scopes of the built-in rules' legal bases, in one place so that a
 * date or a kind can be corrected once (each rule page cites its sources;
 * `verified: false` marks what could not be checked against the primary
 * text, see domain/rules-catalogue.md).
 */

const NORMATIVE_DOCUMENT: readonly DocumentKind[] = ['行政规范性文件'];

/**
 * Official documents of administrative bodies (党政机关公文, GB/T 9704—2012
 * 第1章): 行政法规 and 规章 are published by decree, the others are 公文
 * themselves. Laws, local regulations and judicial interpretations are
 * made by 人大 and courts, whose texts GB/T 9704 does not lay out.
 */
export const OFFICIAL_DOCUMENT_KINDS: readonly DocumentKind[] = ['行政法规', '部门规章', '地方政府规章', '行政规范性文件', ...NON_NORMATIVE_KINDS];

/** Every normative kind (法律 … 行政规范性文件). */
export const ALL_NORMATIVE: readonly DocumentKind[] = NORMATIVE_KINDS;

/** GB/T 9704—2012《党政机关公文格式》, 发布 2012-06-29, 实施 2012-07-01 [S]. Its predecessor GB/T 9704—1999 (实施 2000-01-01) wrote the 成文日期 in Chinese numerals. */
export const GB9704_2012: Applicability = {
  kinds: OFFICIAL_DOCUMENT_KINDS,
  from: '2012-07-01',
  basis: 'GB/T 9704—2012《党政机关公文格式》（2012年7月1日起实施）',
};

/**
 * 《湖南省行政程序规定》(省政府令第222号, 2008-04-17 公布, 2008-10-01 施行 [S]):
 * Hunan's rules on 规范性文件 — 统一登记、统一编号、统一公布 and the validity
 * period — start here; the article numbers are unverified [U].
 */
export const HUNAN_PROCEDURE: Applicability = {
  kinds: NORMATIVE_DOCUMENT,
  regions: ['湖南省'],
  from: '2008-10-01',
  basis: '《湖南省行政程序规定》（2008年10月1日起施行）',
  verified: false,
};

/** 《湖南省规范性文件管理办法》第二十条 as amended by 省政府令第289号 (公布、施行 2018-07-10 [P]): 统一公布之日起30日以后施行. */
export const HUNAN_30_DAYS: Applicability = {
  kinds: NORMATIVE_DOCUMENT,
  regions: ['湖南省'],
  from: '2018-07-10',
  basis: '《湖南省规范性文件管理办法》第二十条（省政府令第289号修改，2018年7月10日起施行）',
};

/** 行政处罚法 (1996-10-01) first barred 其他规范性文件 from setting penalties; 行政许可法 (2004-07-01) and 行政强制法 (2012-01-01) followed. */
export const NO_CREATION: Applicability = {
  kinds: NORMATIVE_DOCUMENT,
  from: '1996-10-01',
  basis: '《中华人民共和国行政处罚法》（1996年10月1日起施行）',
};

/** 国办发〔2018〕37号, 2018-05-16 [S]: no 证明事项 without basis; no 照抄照搬 of higher documents. */
export const STATE_COUNCIL_37: Applicability = {
  kinds: NORMATIVE_DOCUMENT,
  from: '2018-05-16',
  basis: '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号，2018年5月16日）',
  verified: false,
};

/** 国发〔2016〕34号 introduced 公平竞争审查 (2016-06-01 [S]); 《公平竞争审查条例》 since 2024-08-01 [P]. */
export const FAIR_COMPETITION: Applicability = {
  kinds: NORMATIVE_DOCUMENT,
  from: '2016-06-01',
  basis: '《国务院关于在市场体系建设中建立公平竞争审查制度的意见》（国发〔2016〕34号，2016年6月1日）',
  verified: false,
};

/** 就业促进法 施行 2008-01-01 [P]. */
export const EMPLOYMENT_PROMOTION: Applicability = {
  kinds: NORMATIVE_DOCUMENT,
  from: '2008-01-01',
  basis: '《中华人民共和国就业促进法》（2008年1月1日起施行）',
};

/** Kinds that have higher law to conform to in the corpus (法律 has only the Constitution, which is not stored; 司法解释 is not ranked). */
export const CONFLICT: Applicability = {
  kinds: ['行政法规', '地方性法规', '自治条例和单行条例', '部门规章', '地方政府规章', '行政规范性文件'],
  basis: '《中华人民共和国立法法》（下位法不得与上位法相抵触）',
};

/** Normative documents of any kind (a rule on effective dates and retroactivity). */
export const NORMATIVE: Applicability = {
  kinds: ALL_NORMATIVE,
  basis: '《中华人民共和国立法法》',
};
