import * as z from 'zod';
import { REGISTRY_PATH } from './builtin-registry.js';
import { parseIsoDate } from '../zh/dates.js';
import { regionOf, titleKey } from './titles.js';
import { LAW_LEVELS, LAW_STATUSES, type LawRecord } from './types.js';

/**
 * The built-in law registry (data/law-registry.yaml): what a 人社 document
 * typically cites, with each entry's source. Validated by the build (a check
 * loads the validated copy, see builtin-registry.ts) or, without a build, on
 * load; an imported corpus extends and overrides it (see catalog.ts).
 */

export { COMPILED_REGISTRY_PATH, loadRegistry, REGISTRY_PATH } from './builtin-registry.js';

const isoDate = z.string().refine((s) => parseIsoDate(s) !== undefined, { message: '日期应为有效的 YYYY-MM-DD' });

const versionSchema = z
  .object({
    date: isoDate,
    effective: isoDate.optional(),
    revised: isoDate.optional(),
    articles: z.number().int().positive().optional(),
  })
  .strict();

const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能由小写字母、数字和连字符组成'),
    title: z.string().min(2),
    aliases: z.array(z.string().min(2)).optional(),
    level: z.enum(LAW_LEVELS).optional(),
    issuer: z.string().optional(),
    documentNumbers: z.array(z.string()).optional(),
    promulgated: isoDate.optional(),
    effective: isoDate.optional(),
    revised: isoDate.optional(),
    status: z.enum(LAW_STATUSES),
    repealed: isoDate.optional(),
    replacedBy: z.string().optional(),
    partial: z.string().optional(),
    partialSince: isoDate.optional(),
    evidence: z.string().optional(),
    articles: z.number().int().positive().optional(),
    versions: z.array(versionSchema).min(1).optional(),
    note: z.string().optional(),
    source: z.string().min(1),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.status === '部分失效' && (!e.partial || !e.partialSince)) ctx.addIssue({ code: 'custom', message: '部分失效的条目须写明 partial 和 partialSince' });
    if (e.status !== '已废止' && e.status !== '失效' && e.repealed) ctx.addIssue({ code: 'custom', message: `状态为“${e.status}”的条目不应有 repealed` });
    if (e.versions && e.articles) ctx.addIssue({ code: 'custom', message: '有 versions 时条数写在各版本中' });
    if (e.versions) {
      for (let i = 1; i < e.versions.length; i++) {
        if (e.versions[i].date <= e.versions[i - 1].date) ctx.addIssue({ code: 'custom', message: 'versions 应按日期升序排列' });
      }
    }
  });

const registrySchema = z
  .object({
    version: z.literal(1),
    sources: z.record(z.string(), z.string()),
    laws: z.array(entrySchema),
    knownLaws: z.array(z.object({ source: z.string(), note: z.string().optional(), names: z.array(z.string().min(1)) }).strict()),
  })
  .strict();

export type RegistryEntry = z.output<typeof entrySchema>;

export interface Registry {
  /** Catalogue records: the curated entries, then the national list for every title they do not cover. */
  records: LawRecord[];
  /** The national list of laws and regulations the records include (data/national-laws.json): its source, date and size. */
  national?: { source: string; date: string | null; records: number };
  /** Keys of every national law name known (法律), for telling an invented 《中华人民共和国…法》 from a real one. */
  knownLawKeys: Set<string>;
  sources: Record<string, string>;
  /** Entries as written, for listing. */
  entries: RegistryEntry[];
}

/** Expand one entry into catalogue records, one per version (older versions are 已修改). */
export function recordsOfEntry(e: RegistryEntry): LawRecord[] {
  const base = {
    title: e.title,
    aliases: e.aliases ?? [],
    level: e.level ?? null,
    issuer: e.issuer ?? null,
    region: regionOf(e.title),
    documentNumbers: e.documentNumbers ?? [],
    promulgationDate: e.promulgated ?? null,
    partialNote: null,
    evidence: null,
    hasText: false,
    source: e.source,
  };
  const final = {
    status: e.status,
    repealDate: e.repealed ?? (e.status === '部分失效' ? (e.partialSince ?? null) : null),
    replacedBy: e.replacedBy ?? null,
    supersededBy: null,
    partialNote: e.partial ?? null,
    evidence: e.evidence ?? null,
  };
  if (!e.versions) {
    return [
      {
        ...base,
        ...final,
        key: e.id,
        effectiveDate: e.effective ?? null,
        revisionDate: e.revised ?? null,
        versionDate: e.revised ?? e.promulgated ?? null,
        articles: e.articles ?? null,
      },
    ];
  }
  const versions = e.versions;
  return versions.map((v, i): LawRecord => {
    const last = i === versions.length - 1;
    const key = `${e.id}@${v.date}`;
    return {
      ...base,
      key,
      effectiveDate: v.effective ?? (last ? (e.effective ?? null) : null),
      revisionDate: v.revised ?? (v.date !== e.promulgated ? v.date : null),
      versionDate: v.date,
      articles: v.articles ?? null,
      ...(last
        ? final
        : { status: '已修改', repealDate: null, replacedBy: null, supersededBy: `${e.id}@${versions[i + 1].date}`, partialNote: null, evidence: null }),
    };
  });
}

function describe(error: z.ZodError, file: string, raw: unknown): string {
  const lines = error.issues.slice(0, 10).map((issue) => {
    const path = issue.path.map(String);
    let where = path.join('.');
    if (path[0] === 'laws' && path.length > 1) {
      const entry = (raw as { laws?: Array<{ id?: string }> }).laws?.[Number(path[1])];
      where = `laws[${path[1]}]${entry?.id ? `（${entry.id}）` : ''}${path.length > 2 ? `.${path.slice(2).join('.')}` : ''}`;
    }
    return `${where || '（顶层）'}：${issue.message}`;
  });
  return `法规名录 ${file} 不合法：\n  - ${lines.join('\n  - ')}`;
}

/** Parse and validate registry YAML text. Throws an Error naming the file, the entry and the field. */
export async function parseRegistry(text: string, file = REGISTRY_PATH): Promise<Registry> {
  // The bundler may wrap yaml's CommonJS build: take the exports from wherever they are.
  const yaml = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  const { parse } = typeof yaml.parse === 'function' ? yaml : yaml.default!;
  let raw: unknown;
  try {
    raw = parse(text, { uniqueKeys: true });
  } catch (e) {
    throw new Error(`法规名录 ${file} 不是合法的 YAML：${(e as Error).message.split('\n')[0]}`);
  }
  return validateRegistry(raw, file);
}

/** Validate registry data (parsed from the YAML, or the JSON the build precompiles from it). */
export function validateRegistry(raw: unknown, file = REGISTRY_PATH): Registry {
  const parsed = registrySchema.safeParse(raw);
  if (!parsed.success) throw new Error(describe(parsed.error, file, raw));
  const data = parsed.data;
  const problems: string[] = [];
  const ids = new Set<string>();
  const keys = new Map<string, string>();
  for (const e of data.laws) {
    if (ids.has(e.id)) problems.push(`编号“${e.id}”重复`);
    ids.add(e.id);
    for (const tag of e.source.split(/\s+/)) if (!(tag in data.sources)) problems.push(`${e.id}：来源“${tag}”未在 sources 中说明`);
    for (const name of [e.title, ...(e.aliases ?? [])]) {
      const k = titleKey(name);
      const other = keys.get(k);
      if (other && other !== e.id) problems.push(`${e.id}：名称“${name}”与 ${other} 重复`);
      keys.set(k, e.id);
    }
  }
  for (const group of data.knownLaws) if (!(group.source in data.sources)) problems.push(`knownLaws：来源“${group.source}”未在 sources 中说明`);
  if (problems.length > 0) throw new Error(`法规名录 ${file} 不合法：\n  - ${problems.join('\n  - ')}`);

  const records = data.laws.flatMap(recordsOfEntry);
  const knownLawKeys = new Set<string>();
  for (const group of data.knownLaws) for (const name of group.names) knownLawKeys.add(titleKey(name));
  for (const r of records) if (r.level === '法律') knownLawKeys.add(titleKey(r.title));
  return { records, knownLawKeys, sources: data.sources, entries: data.laws };
}
