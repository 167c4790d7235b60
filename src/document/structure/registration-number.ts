import { halfwidthDigits } from '../../zh/numerals.js';

/**
 * 统一登记号 (Hunan's unified registration number of normative documents):
 * HNPR—2021—01040 for provincial documents, a city prefix + CR for municipal
 * ones (HHCR—2023—01005). The five digits are, as far as the published
 * examples show, a two-digit agency code and a three-digit sequence; the code
 * table itself is unverified, so codes are only checked against a list the
 * configuration supplies.
 */
export interface RegistrationNumberParts {
  text: string;
  prefix: string;
  /** Separators as written. */
  dashes: [string, string];
  year: string;
  serial: string;
  spaced: boolean;
}

/** The separators written between the parts: the em dash and what drafters put for it. */
export const REGISTRATION_DASH = '[—–\\-－‒―─一]{1,2}';
/** The year as written: four digits, two (HNPR—26—…, a fault), or a draft's placeholder (YYYY, 20××). */
export const REGISTRATION_YEAR = '[0-9０-９]{4}|[0-9０-９]{2}|[YＹyxX×＊*]{4}|20[xX×＊*]{2}';

const TOLERANT = new RegExp(
  `^([A-Za-z]{2,6})([ \u3000]*)(${REGISTRATION_DASH})([ \u3000]*)(${REGISTRATION_YEAR})([ \u3000]*)(${REGISTRATION_DASH})([ \u3000]*)([0-9０-９xX×＊*]{1,8})$`,
  'u',
);

/** Words and marks a draft uses where the number will go. */
const PLACEHOLDER = /待定|待登记|待编|待分配|待取得|暂无|[xX×＊*]{3,}|[YＹy]{4}|20[xX×＊*]{2}|^[ \u3000]*$/u;

// HN is the province's own code: its documents are HNPR; a city's code is another (HHCR), never HN.
export const STANDARD_PREFIX = /^(HNPR|(?!HN)[A-Z]{2}CR)$/;

export function parseRegistrationNumber(text: string): RegistrationNumberParts | undefined {
  const m = TOLERANT.exec(text.trim());
  if (!m) return undefined;
  return { text: text.trim(), prefix: m[1], dashes: [m[3], m[7]], year: m[5], serial: m[9], spaced: [m[2], m[4], m[6], m[8]].some((s) => s !== '') };
}

/** Whether the registration line still holds a placeholder (a draft's HNPR—YYYY—xxxxx or 登记号待定). */
export function isRegistrationPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

export interface RegistrationProblem {
  code: 'prefix' | 'dash' | 'spaces' | 'fullwidth' | 'year' | 'serial';
  message: string;
}

const DASH_NAMES: Record<string, string> = {
  '-': '连字符“-”',
  '－': '全角连字符“－”',
  '–': '短破折号“–”（U+2013）',
  '―': '水平线“―”（U+2015）',
  '‒': '数字破折号“‒”',
  '─': '制表符“─”',
  一: '汉字“一”',
  '——': '两个破折号“——”',
};

/** Judge a parsed number against the published form HNPR—YYYY—NNNNN (em dash U+2014, no spaces, 5 digits). */
export function judgeRegistrationNumber(n: RegistrationNumberParts): RegistrationProblem[] {
  const problems: RegistrationProblem[] = [];
  if (!STANDARD_PREFIX.test(n.prefix))
    problems.push({ code: 'prefix', message: `前缀“${n.prefix}”不符合规定，省级文件应为“HNPR”，市州文件为市州代码加“CR”（如“HHCR”）` });
  const wrong = [...new Set(n.dashes.filter((d) => d !== '—'))];
  if (wrong.length > 0)
    problems.push({ code: 'dash', message: `分隔符应为一个破折号“—”（U+2014），不应使用${wrong.map((d) => DASH_NAMES[d] ?? `“${d}”`).join('、')}` });
  if (n.spaced) problems.push({ code: 'spaces', message: '登记号内不应有空格' });
  if (/[０-９]/.test(n.year + n.serial)) problems.push({ code: 'fullwidth', message: '年份和序号应使用半角阿拉伯数字' });
  // A year cut to two digits (HNPR—26—14012) is no year of the published form.
  if (/^\d{2}$/.test(halfwidthDigits(n.year))) problems.push({ code: 'year', message: `年份应标全称（4位），不应简写为“${n.year}”` });
  const digits = halfwidthDigits(n.serial);
  if (/^\d+$/.test(digits) && digits.length !== 5) problems.push({ code: 'serial', message: `序号应为5位数字，本号为${digits.length}位` });
  return problems;
}

/** The standard written form: separators and digits normalised, prefix upper-cased. */
export function normalizeRegistrationNumber(n: RegistrationNumberParts): string {
  return `${n.prefix.toUpperCase()}—${halfwidthDigits(n.year)}—${halfwidthDigits(n.serial)}`;
}
