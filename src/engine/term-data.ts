/**
 * Term files: YAML data a legal office can read and extend without code
 * (Vale's "rules as data"). A file declares term rules (`rules:`, interpreted
 * by src/engine/term-rules.ts) and named lists (`lists:`) that built-in code
 * rules read: trigger phrases, statutory exceptions. Every file is validated
 * on load; a mistake becomes an E_RULE_LOAD error in Chinese that names the
 * file, the line and the bad key.
 */
import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { DocumentKind } from '../document/model.js';
import { DOCUMENT_KINDS } from '../document/profile/kinds.js';
import { HrssError } from '../errors.js';
import { parseIsoDate } from '../zh/dates.js';

export const NAMED_EXCEPTIONS = ['title', 'former', 'documentNumber', 'quotation', 'historicalYear', 'negated', 'statute'] as const;
export type NamedException = (typeof NAMED_EXCEPTIONS)[number];

/** What each named exception means, for error messages and docs/configuration.md. */
function validRegex(source: string, ctx: z.RefinementCtx): void {
  try {
    new RegExp(source, 'u');
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `正则表达式无效（${(e as Error).message.replace(/^Invalid regular expression: /, '')}）` });
  }
}

const regexSchema = z.string().min(1, '不能为空').superRefine(validRegex);
const isoDateSchema = z.string().superRefine((s, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !parseIsoDate(s))
    ctx.addIssue({ code: 'custom', message: `日期应写作 YYYY-MM-DD 且真实存在，实际为 ${JSON.stringify(s)}` });
});
const severitySchema = z.enum(['error', 'warning', 'info'], { error: (iss) => `级别应为 error、warning 或 info，实际为 ${JSON.stringify(iss.input)}` });

const exceptionObjectSchema = z
  .object({
    /** Regex tested against the text just before the match (anchored at the match). */
    before: regexSchema.optional().describe('正则：匹配项之前（同一句内）的文字以此结尾时不报告'),
    /** Regex tested against the text just after the match (anchored at the match). */
    after: regexSchema.optional().describe('正则：匹配项之后（同一句内）的文字以此开头时不报告'),
    /** Regex tested against the clause (分句) containing the match. */
    clause: regexSchema.optional().describe('正则：匹配项所在分句（逗号、分号之间）与之匹配时不报告'),
    /** Regex tested against the sentence containing the match. */
    sentence: regexSchema.optional().describe('正则：匹配项所在句子与之匹配时不报告'),
    note: z.string().optional(),
  })
  .strict()
  .refine((o) => o.before !== undefined || o.after !== undefined || o.clause !== undefined || o.sentence !== undefined, {
    message: '例外至少要写 before、after、clause、sentence 之一',
  });

export const exceptionSchema = z
  .union([z.string().meta({ enum: [...NAMED_EXCEPTIONS], description: '命名的例外' }), exceptionObjectSchema])
  .superRefine((v, ctx) => {
    if (typeof v === 'string' && !(NAMED_EXCEPTIONS as readonly string[]).includes(v)) {
      ctx.addIssue({ code: 'custom', message: `未知的例外“${v}”；可用：${NAMED_EXCEPTIONS.join('、')}，或写成 { before | after | clause | sentence: 正则 }` });
    }
  });
export type TermException = NamedException | z.output<typeof exceptionObjectSchema>;

/** How an entry names what it matches: literal terms and/or regular expressions. */
const matchFields = {
  term: z.string().min(1, '不能为空').optional().describe('要查找的词（原文）'),
  terms: z.array(z.string().min(1, '不能为空')).min(1, '至少要有一项').optional().describe('要查找的多个词（原文）'),
  pattern: regexSchema.optional().describe('要查找的正则表达式（JavaScript 语法，u 标志）'),
  patterns: z.array(regexSchema).min(1, '至少要有一项').optional().describe('多个正则表达式'),
  /** A name that may stand as one item of a list sharing one head noun: 工商 in “发展改革、工商等部门” (term-lists.ts builds the regexes). */
  listItem: regexSchema.optional().describe('正则：作为列举项出现、与其他项共用一个“部门”的简称，如“发展改革、工商、财政等部门”中的“工商”'),
  listHead: regexSchema.optional().describe('正则：listItem 所在列举共用的中心词，默认 部门|机关'),
};
const hasMatch = (e: { term?: string; terms?: string[]; pattern?: string; patterns?: string[]; listItem?: string }): boolean =>
  e.term !== undefined || e.terms !== undefined || e.pattern !== undefined || e.patterns !== undefined || e.listItem !== undefined;
const NEEDS_MATCH = { message: '每一项至少要写 term、terms、pattern、patterns、listItem 之一' };
const HEAD_NEEDS_ITEM = { message: 'listHead 只能与 listItem 一起写', path: ['listHead'] };
const headHasItem = (e: { listItem?: string; listHead?: string }): boolean => e.listHead === undefined || e.listItem !== undefined;

const existenceEntrySchema = z.union([
  z.string().min(1, '不能为空'),
  z
    .object({
      ...matchFields,
      message: z.string().optional(),
      suggestion: z.string().optional(),
      note: z.string().optional(),
      basis: z.string().optional(),
      severity: severitySchema.optional(),
      exceptions: z.array(exceptionSchema).optional(),
    })
    .strict()
    .refine(hasMatch, NEEDS_MATCH)
    .refine(headHasItem, HEAD_NEEDS_ITEM),
]);

const substitutionEntrySchema = z
  .object({
    ...matchFields,
    /** The term to use instead; `$1`… refer to groups of a pattern. */
    replacement: z.string().min(1, '不能为空').describe('建议使用的新词；$1 等指正则中的捕获组'),
    /** Cut-off: the old term is wrong in documents dated on or after this day. */
    since: isoDateSchema.optional().describe('起算日期 YYYY-MM-DD：文件日期（成文日期，没有时用审核基准日）在此日及以后才报告'),
    /** Whether the cut-off date was checked against a primary or reliable secondary source. */
    verified: z.boolean().optional().describe('起算日期是否经核实；false 时在 certainFrom 之前只报“提示”（默认 true）'),
    /** For unverified dates: the day from which the change is certain anyway (e.g. the year after a reform known only by year). */
    certainFrom: isoDateSchema.optional().describe('日期未核实时，自哪一天起改革肯定已完成，自该日起按规则级别报告'),
    /** A local name, outdated in some provinces only (湖南省经济和信息化委员会; 经信委 is still a current body elsewhere). */
    regions: z
      .array(z.string().min(1, '不能为空'))
      .min(1, '不能为空')
      .optional()
      .describe('只在这些省级地区的文件中报告（如 [湖南省]），按文件的制定机关、标题判断，判断不出时用配置的 region（缺省湖南省）；全国性文件不报告'),
    basis: z.string().optional(),
    source: z.string().optional(),
    note: z.string().optional(),
    message: z.string().optional(),
    suggestion: z.string().optional(),
    severity: severitySchema.optional(),
    exceptions: z.array(exceptionSchema).optional(),
  })
  .strict()
  .refine(hasMatch, NEEDS_MATCH)
  .refine(headHasItem, HEAD_NEEDS_ITEM)
  .refine((e) => !(e.certainFrom && e.since && e.certainFrom < e.since), { message: 'certainFrom 不能早于 since', path: ['certainFrom'] });

const RULE_ID = /^[a-z0-9-]+(\/[a-z0-9-]+)+$/;
const ruleCommon = {
  id: z
    .string()
    .regex(RULE_ID, '规则编号应写作“分组/名称”，只用小写字母、数字和连字符，如 office/banned-phrases')
    .describe('规则编号，如 office/banned-phrases'),
  severity: severitySchema.describe('默认级别：error、warning 或 info'),
  description: z.string().min(1, '不能为空').describe('一句话说明检查什么（hrss-audit rules 中显示）'),
  basis: z.string().min(1, '不能为空').describe('依据，写入每条报告'),
  /** Doc page: relative to the term file (or to the package root for built-in files), or a URL. */
  docs: z.string().optional().describe('说明文档：相对于本文件的路径，或网址'),
  message: z
    .string()
    .optional()
    .describe('报告模板：{{match}} 原文，{{replacement}} 新词，{{since}} 起算日期，{{date}} 文件日期，{{dateSource}} 日期来源，{{note}} 备注'),
  suggestion: z.string().optional().describe('修改建议模板，占位符同 message'),
  exceptions: z.array(exceptionSchema).optional().describe('对本规则全部词条都适用的例外'),
  /** Match Latin letters case-insensitively. */
  ignoreCase: z.boolean().optional(),
  /** Where the rule's basis applies: kinds of document, regions, dates (the rule is not run elsewhere and is listed as 不适用). */
  appliesTo: z
    .object({
      kinds: z
        .array(z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]))
        .min(1, '至少要有一项')
        .optional()
        .describe('适用的文件类型，如 行政规范性文件'),
      regions: z.array(z.string().min(1)).min(1, '至少要有一项').optional().describe('适用地区（省级行政区名称，或“全国”）'),
      from: isoDateSchema.optional().describe('文件日期在此日及以后才适用，YYYY-MM-DD'),
      until: isoDateSchema.optional().describe('文件日期在此日及以前才适用，YYYY-MM-DD'),
      basis: z.string().optional().describe('适用范围的依据，写入“不适用”的原因'),
    })
    .strict()
    .optional()
    .describe('适用范围：不适用的文件不运行本规则，报告中列为“不适用”并写明原因'),
};

const existenceRuleSchema = z.object({ ...ruleCommon, kind: z.literal('existence'), terms: z.array(existenceEntrySchema).min(1, '至少要有一项') }).strict();
const substitutionRuleSchema = z
  .object({
    ...ruleCommon,
    kind: z.literal('substitution'),
    /** Severity for entries whose date is unverified (`verified: false`), before their certainFrom day. */
    unverifiedSeverity: severitySchema.optional(),
    swap: z.array(substitutionEntrySchema).min(1, '至少要有一项'),
  })
  .strict();

export const termRuleSchema = z.discriminatedUnion('kind', [existenceRuleSchema, substitutionRuleSchema]);

const listEntrySchema = z.union([
  z.string().min(1, '不能为空'),
  z
    .object({
      ...matchFields,
      tag: z.string().optional(),
      /** Regex tested against the sentence around a hit: when it matches, the entry does not apply there. */
      unless: regexSchema.optional(),
      note: z.string().optional(),
      basis: z.string().optional(),
    })
    .strict()
    .refine(hasMatch, NEEDS_MATCH)
    .refine(headHasItem, HEAD_NEEDS_ITEM),
]);

export const termFileSchema = z
  .object({
    version: z.literal(1, { error: '目前只支持 version: 1' }).optional(),
    rules: z.array(termRuleSchema).optional(),
    lists: z
      .record(z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, '词表名只用小写字母、数字、点和连字符，如 certification.statutory'), z.array(listEntrySchema))
      .optional(),
  })
  .strict();

export type TermRuleSpec = z.output<typeof termRuleSchema>;
export type ExistenceEntry = z.output<typeof existenceEntrySchema>;
export type SubstitutionEntry = z.output<typeof substitutionEntrySchema>;
export type ListEntry = z.output<typeof listEntrySchema>;

export interface TermFile {
  /** Absolute path. */
  path: string;
  /** Path as shown in messages. */
  display: string;
  rules: TermRuleSpec[];
  lists: Record<string, ListEntry[]>;
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

function pathLabel(path: PropertyKey[], raw: unknown): string {
  let out = '';
  let node: unknown = raw;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      // Name a rule by its id so the reader finds it without counting.
      const id = node && typeof node === 'object' && 'id' in node ? (node as { id: unknown }).id : undefined;
      if (typeof id === 'string') out += `（${id}）`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[String(key)] : undefined;
    }
  }
  return out || '（顶层）';
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `有未知的键 ${issue.keys.map((k) => `“${k}”`).join('、')}`;
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'kind') {
    return '“kind”应为 existence（出现即报告）或 substitution（旧词→新词）';
  }
  if (issue.code === 'invalid_union') return '写法不对：应为字符串，或带 term/terms/pattern/patterns/listItem 的对象（见 docs/configuration.md“词表文件”一节）';
  return issue.message;
}

type LineOf = (path: PropertyKey[]) => number | undefined;

function describeIssues(error: z.ZodError, display: string, raw: unknown, lineOf: LineOf): string {
  const lines = error.issues
    .map((issue) => ({ line: lineOf(issue.path), issue }))
    .sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))
    .map(({ line, issue }) => `${line ? `第${line}行 ` : ''}${pathLabel(issue.path, raw)}：${issueText(issue)}`);
  return `词表文件 ${display} 有误：\n  - ${[...new Set(lines)].join('\n  - ')}`;
}

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

/** Parse and validate the text of one term file. */
export async function parseTermFile(text: string, path: string, display: string = path): Promise<TermFile> {
  // The bundler may wrap yaml's CommonJS build: take the exports from wherever they are.
  const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const { parseDocument, LineCounter } = typeof yaml.parseDocument === 'function' ? yaml : yaml.default!;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = e.linePos?.[0];
    throw new HrssError('E_RULE_LOAD', `词表文件 ${display} 不是合法的 YAML${at ? `（第${at.line}行第${at.col}列）` : ''}：${e.message.split('\n')[0]}`);
  }
  const lineOf: LineOf = (p) => {
    for (let n = p.length; n >= 0; n--) {
      const node = doc.getIn(p.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return validateTermData(doc.toJS() ?? {}, path, display, lineOf);
}

/** Validate already-parsed term data (from YAML, or from the JSON the build precompiles). */
export function validateTermData(raw: unknown, path: string, display: string = path, lineOf: LineOf = () => undefined): TermFile {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new HrssError('E_RULE_LOAD', `词表文件 ${display} 的顶层必须是一个映射（rules: / lists:）`);
  }
  const parsed = termFileSchema.safeParse(raw, { error: zhCN().localeError });
  if (!parsed.success) throw new HrssError('E_RULE_LOAD', describeIssues(parsed.error, display, raw, lineOf));
  const rules = parsed.data.rules ?? [];
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new HrssError('E_RULE_LOAD', `词表文件 ${display} 中规则编号“${r.id}”重复定义`);
    seen.add(r.id);
  }
  return { path, display, rules, lists: parsed.data.lists ?? {} };
}

export async function loadTermFile(path: string, display: string = path): Promise<TermFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new HrssError('E_RULE_LOAD', `词表文件 ${display} 无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`, { cause: e });
  }
  return parseTermFile(text, path, display);
}

export { BUILTIN_TERM_DIR, builtinList, builtinTermFiles, entrySources, expandTermPaths, PRECOMPILED_TERM_FILE, unionOf, type ListItem } from './term-lists.js';
