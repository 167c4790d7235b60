import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { DEFAULT_LIMITS, limitProblem, type Limits } from '../document/limits.js';
import type { ProfileOverrides } from '../document/model.js';
import { parseOverrides } from '../document/profile/overrides.js';
import { HrssError } from '../errors.js';
import { importModule } from '../io/import-module.js';
import type { SeveritySetting } from './types.js';
import { provideZod } from './zod-runtime.js';

// Options a config file sets for rules are validated with the rules' schemas, built with this zod.
provideZod(z);

export { CONFIG_FILES, defaultConfig, findConfigFile, loadConfig } from './config-files.js';

const SEVERITY_ALIASES: Record<string, SeveritySetting> = {
  off: 'off',
  '0': 'off',
  info: 'info',
  warning: 'warning',
  warn: 'warning',
  '1': 'warning',
  error: 'error',
  '2': 'error',
  关闭: 'off',
  提示: 'info',
  警告: 'warning',
  错误: 'error',
};

const severitySchema = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const s = SEVERITY_ALIASES[String(v)];
  if (!s) {
    ctx.addIssue({ code: 'custom', message: `级别应为 "off"、"info"、"warning" 或 "error"，实际为 ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return s;
});

const ruleSettingSchema = z.union([
  severitySchema,
  z.tuple([severitySchema]),
  z.tuple([severitySchema, z.record(z.string(), z.unknown())]),
  // Object form: options without a severity keep the rule's own per-finding severities.
  z.object({ severity: severitySchema.optional(), options: z.record(z.string(), z.unknown()).optional() }).strict(),
]);

/** A limit's value: a number inside its range (LIMIT_RANGES), with the range named when it is not. */
function limitSchema(key: keyof Limits): z.ZodOptional<z.ZodNumber> {
  return z
    .number()
    .superRefine((value, ctx) => {
      const problem = limitProblem(key, value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional();
}

const limitsSchema = z
  .object(Object.fromEntries(Object.keys(DEFAULT_LIMITS).map((k) => [k, limitSchema(k as keyof Limits)])) as Record<keyof Limits, z.ZodOptional<z.ZodNumber>>)
  .strict();

/** A config file is a few kilobytes of settings; anything this big is a mistake (or an attack) and is not parsed. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    plugins: z.array(z.string()).optional(),
    termFiles: z.array(z.string()).optional(),
    ignore: z.array(z.string()).optional(),
    corpus: z.string().optional(),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
      .optional(),
    limits: limitsSchema.optional(),
    settings: z.record(z.string(), z.unknown()).optional(),
    jobs: z.number().int().min(1).max(256).optional(),
    document: z.object({ kind: z.string().optional(), issuer: z.string().optional(), region: z.string().optional() }).strict().optional(),
    report: z.object({ author: z.string().optional(), reviewer: z.string().optional(), office: z.string().optional() }).strict().optional(),
  })
  .strict();

export interface RuleSetting {
  /** Absent when the config only passes options (the rule's default severity applies). */
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
  /** Whether the severity was set in the config (then it overrides per-finding severities). */
  explicit: boolean;
}

export interface LoadedConfig {
  /** Absolute path of the config file, or null for the embedded defaults. */
  path: string | null;
  /** Directory relative paths in the config resolve against. */
  baseDir: string;
  rules: Record<string, RuleSetting>;
  plugins: string[];
  termFiles: string[];
  ignore: string[];
  corpus?: string;
  asOf?: string;
  limits: Limits;
  settings: Record<string, unknown>;
  jobs?: number;
  report: { author?: string; reviewer?: string; office?: string };
  /** What the audited documents are, when the user says so (config "document", merged with --kind/--issuer/--region). */
  document?: ProfileOverrides;
}

async function parseConfigFile(path: string): Promise<unknown> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new HrssError('E_CONFIG_PARSE', `配置文件 ${path} 无法读取：${(e as NodeJS.ErrnoException).code}`, { cause: e });
  }
  if (size > MAX_CONFIG_BYTES) {
    throw new HrssError(
      'E_CONFIG_INVALID',
      `配置文件 ${path} 有 ${(size / 1024 / 1024).toFixed(1)} MB，超过上限 1 MB，未读取：配置文件只应包含设置（词表放在 termFiles 所列的文件中）`,
    );
  }
  if (path.endsWith('.mjs')) {
    try {
      const mod = await importModule<Record<string, unknown>>(pathToFileURL(path).href);
      return mod.default ?? mod;
    } catch (e) {
      throw new HrssError('E_CONFIG_PARSE', `配置文件 ${path} 加载失败：${(e as Error).message}`, { cause: e });
    }
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new HrssError('E_CONFIG_PARSE', `配置文件 ${path} 无法读取：${(e as NodeJS.ErrnoException).code}`, { cause: e });
  }
  text = text.replace(/^\ufeff/, '');
  const looksJson = path.endsWith('.json') || /^\s*[{[]/.test(text);
  if (looksJson && !/\.ya?ml$/.test(path)) {
    try {
      return JSON.parse(stripJsonComments(text));
    } catch (e) {
      throw new HrssError('E_CONFIG_PARSE', `配置文件 ${path} 不是合法的 JSON：${(e as Error).message}`, { cause: e });
    }
  }
  // The bundler may wrap yaml's CommonJS build: take parse from wherever it is exported.
  const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const parse = yaml.parse ?? yaml.default!.parse;
  try {
    return parse(text) ?? {};
  } catch (e) {
    throw new HrssError('E_CONFIG_PARSE', `配置文件 ${path} 不是合法的 YAML：${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
}

/** JSON config files may carry // and /* comments (the starter config from `init` does). */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) i++;
      i++;
    } else out += c;
  }
  // Trailing commas are a common slip in hand-edited JSON.
  return out.replace(/,(\s*[}\]])/g, '$1');
}

function issuePath(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Translate schema errors into Chinese sentences that name the bad key. */
function describeIssues(error: z.ZodError, file: string): string {
  const lines = error.issues.map((issue) => {
    const key = issuePath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys;
      const where = key ? `“${key}”下` : '顶层';
      return `${where}有未知的配置项 ${keys.map((k) => `“${k}”`).join('、')}（可用的配置项见 docs/configuration.md 或 hrss-audit init 生成的示例）`;
    }
    if (issue.code === 'invalid_type') return `配置项“${key}”类型不对：${translateType(issue.message)}`;
    if (issue.code === 'too_small') return `配置项“${key}”的值太小：应不小于 ${(issue as { minimum?: unknown }).minimum}`;
    if (issue.code === 'too_big') return `配置项“${key}”的值太大：应不大于 ${(issue as { maximum?: unknown }).maximum}`;
    if (issue.code === 'invalid_union')
      return `配置项“${key}”的写法不对：应为级别字符串（"off"/"info"/"warning"/"error"）、[级别, {选项}]，或 { "severity": 级别, "options": {选项} }`;
    return `配置项“${key}”：${issue.message}`;
  });
  return `配置文件 ${file} 有误：\n  - ${[...new Set(lines)].join('\n  - ')}`;
}

function translateType(message: string): string {
  const m = /expected (\w+), received (\w+)/.exec(message);
  const names: Record<string, string> = { string: '字符串', number: '数字', array: '数组', object: '对象', boolean: '布尔值', undefined: '空', null: 'null' };
  if (m) return `应为${names[m[1]] ?? m[1]}，实际为${names[m[2]] ?? m[2]}`;
  return message;
}

/** Validate a raw config object (from a file or from code) into a LoadedConfig. */
export function validateConfig(raw: unknown, file: string | null, baseDir: string): LoadedConfig {
  const label = file ?? '（内置默认配置）';
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new HrssError('E_CONFIG_INVALID', `配置文件 ${label} 的顶层必须是一个对象（{ … }）`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw new HrssError('E_CONFIG_INVALID', describeIssues(parsed.error, label));
  const c = parsed.data;
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(c.rules ?? {})) {
    if (Array.isArray(setting)) rules[id] = { severity: setting[0], options: setting[1] as Record<string, unknown> | undefined, explicit: true };
    else if (typeof setting === 'object') rules[id] = { severity: setting.severity, options: setting.options, explicit: setting.severity !== undefined };
    else rules[id] = { severity: setting, explicit: true };
  }
  let document: ProfileOverrides | undefined;
  if (c.document) {
    try {
      document = parseOverrides(c.document, '配置文件', 'E_CONFIG_INVALID');
    } catch (e) {
      throw new HrssError('E_CONFIG_INVALID', `配置文件 ${label} 有误：\n  - ${(e as Error).message}`);
    }
    if (Object.keys(document).length === 0) document = undefined;
  }
  return {
    path: file,
    baseDir,
    rules,
    plugins: (c.plugins ?? []).map((p) => (p.startsWith('.') || isAbsolute(p) ? resolve(baseDir, p) : p)),
    termFiles: (c.termFiles ?? []).map((p) => resolve(baseDir, p)),
    ignore: c.ignore ?? [],
    corpus: c.corpus ? resolve(baseDir, c.corpus) : undefined,
    asOf: c.asOf,
    limits: { ...DEFAULT_LIMITS, ...(c.limits as Partial<Limits> | undefined) },
    settings: c.settings ?? {},
    jobs: c.jobs,
    report: c.report ?? {},
    document,
  };
}

/** Read and validate one config file (config-files.ts finds it). */
export async function loadConfigFile(file: string, explicit: boolean): Promise<LoadedConfig> {
  if (explicit && !existsSync(file)) throw new HrssError('E_CONFIG_INVALID', `找不到配置文件 ${file}`);
  const raw = await parseConfigFile(file);
  return validateConfig(raw ?? {}, file, dirname(file));
}
