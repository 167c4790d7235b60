/**
 * Records of the law catalogue: what the built-in registry and a stored
 * corpus say about a law or document, one record per version.
 */

/** 效力级别. 司法解释 is kept apart: it binds courts, it is not 上位法 of an administrative document. */
export const LAW_LEVELS = ['宪法', '法律', '行政法规', '地方性法规', '部门规章', '地方政府规章', '规范性文件', '司法解释'] as const;
export type LawLevel = (typeof LAW_LEVELS)[number];

/** 时效性, as flk.npc.gov.cn and the shared manifest write it. */
export const LAW_STATUSES = ['现行有效', '已修改', '已废止', '部分失效', '失效', '尚未生效'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];

export interface LawRecord {
  /** Stable key: manifest id, registry id, or title@version date. */
  key: string;
  title: string;
  /** Short titles and other names a document may cite it by (without 《》). */
  aliases: string[];
  level: LawLevel | null;
  issuer: string | null;
  /** Province or municipality for local law (湖南省…); null for national law. */
  region: string | null;
  documentNumbers: string[];
  promulgationDate: string | null;
  effectiveDate: string | null;
  revisionDate: string | null;
  /** Date of this version (flk publication date, or the latest date known). */
  versionDate: string | null;
  status: LawStatus;
  /** When the whole instrument stopped applying (repeal or expiry). */
  repealDate: string | null;
  /** Title of the instrument that repealed or replaced it. */
  replacedBy: string | null;
  /** Key of the later version of the same instrument, when this one was amended. */
  supersededBy: string | null;
  /** For 部分失效: what no longer applies. */
  partialNote: string | null;
  /** Text that proves the repeal (the 同时废止 clause), when known. */
  evidence: string | null;
  /** Number of 条 in this version, when known from the text or a verified source. */
  articles: number | null;
  /** Whether provisions are stored (imported text). */
  hasText: boolean;
  /** Where the record comes from: 'corpus' for an imported file, else the registry source tag. */
  source: string;
}
