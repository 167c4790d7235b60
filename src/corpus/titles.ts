/**
 * Titles of laws and documents as keys: 《中华人民共和国社会保险法》, 《社会保险法》
 * and 社会保险法（2018年修正） are one law; 《湖南省实施〈工伤保险条例〉办法》 and
 * 《湖南省实施《工伤保险条例》办法》 are one title.
 */

export const PROVINCES = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
] as const;

const NATIONAL_PREFIX_ANYWHERE = /中华人民共和国(?=[^()]{2})/gu;
/** A version hint written after a title: （2018年修正）, （2020年版）, (2018修订本). */
const VERSION_SUFFIX = /\((\d{4})[^()]*\)$/u;

/** The lookup key of a title: no quotes, spaces or 中华人民共和国 prefix; NFKC (fullwidth brackets become ASCII); no version suffix. */
export function titleKey(raw: string): string {
  let s = raw.normalize('NFKC');
  s = s.replace(/[\s\u200b-\u200d\u2060\ufeff]/gu, '');
  s = s.replace(/[《》〈〉<>「」『』"“”‘’']/gu, '');
  // Anywhere, not only at the start: 《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》 is also cited with 《行政诉讼法》 inside.
  s = s.replace(NATIONAL_PREFIX_ANYWHERE, '');
  s = s.replace(VERSION_SUFFIX, '');
  return s;
}

/**
 * The version year written after a title, e.g. 《…》（2018年修正） → 2018.
 * @public (the citation rules being rewritten in issue 12 use it)
 */
export function titleVersionYear(raw: string): number | undefined {
  const m = VERSION_SUFFIX.exec(raw.normalize('NFKC').replace(/\s/g, ''));
  return m ? Number(m[1]) : undefined;
}

/** Province-level region a title belongs to (湖南省…), or null for national instruments. */
export function regionOf(title: string): string | null {
  const t = title.replace(/^[《〈]/u, '');
  for (const p of PROVINCES) if (t.startsWith(p)) return p;
  return null;
}

/** A key without its region prefix, for comparing a local title with others of the same region. */
export function withoutRegion(key: string): string {
  for (const p of PROVINCES) if (key.startsWith(p)) return key.slice(p.length);
  return key;
}

/** Endings of titles of documents (通知, 意见…), as opposed to the names of laws, regulations and rules. */
const DOCUMENT_ENDING = /(通知|意见|实施意见|指导意见|批复|复函|函|纪要|方案|公告|通告|报告|请示|答复|讲话|要点|指引|指南|公报|名单|清单|目录)(\([^()]*\))?$/u;
/** Endings of titles of legal instruments (and of the documents above). */
const LEGAL_ENDING =
  /(法|法典|条例|规定|办法|细则|规则|解释|决定|规程|准则|标准|纲要|规划|制度|章程|通知|意见|批复|复函|函|纪要|方案|公告|通告|指引|指南|目录|清单)(\([^()]*\))?$/u;

/** Whether a key names a document (通知/意见/方案…) rather than a law, regulation or rule. */
export function isDocumentTitle(key: string): boolean {
  return DOCUMENT_ENDING.test(key);
}

/** Whether a quoted string is plausibly the title of a legal instrument or official document (not a newspaper or a book). */
export function looksLikeLegalTitle(key: string): boolean {
  return key.length >= 3 && LEGAL_ENDING.test(key);
}

/** 《中华人民共和国X法》 or 《X法》 (not 办法/方法): the name of a national law. */
export function looksLikeNationalLaw(key: string): boolean {
  return /法$/u.test(key) && !/(办法|方法|做法|司法|立法|执法|守法|说法|想法|用法|写法)$/u.test(key) && regionOf(key) === null;
}
