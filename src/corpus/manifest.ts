import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as z from 'zod';
import { HrssError } from '../errors.js';
import { manifestPathProblem } from './inside-folder.js';
import { parseIsoDate, toIso } from '../zh/dates.js';
import { findDates } from '../zh/dates.js';
import { regionOf } from './titles.js';
import { LAW_LEVELS, LAW_STATUSES, type LawRecord } from './types.js';

/**
 * The optional manifest of a corpus folder, in the format of the shared
 * corpus's manifest.json: documents[] with id, title, path, level, status
 * and dates, and repealed_without_text[] for instruments known only by their
 * repeal. Validated strictly on the fields used; others are kept as they are.
 */

const isoDate = z.string().refine((s) => parseIsoDate(s) !== undefined, { message: '应为 YYYY-MM-DD 格式的有效日期' });

const documentSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    path: z.string().min(1),
    level: z.enum(LAW_LEVELS),
    status: z.enum(LAW_STATUSES),
    short_title: z.string().nullish(),
    issuing_body: z.string().nullish(),
    document_numbers: z.array(z.string()).nullish(),
    promulgation_date: isoDate.nullish(),
    effective_date: isoDate.nullish(),
    latest_revision_date: isoDate.nullish(),
    version_date: isoDate.nullish(),
    superseded_by: z.string().nullish(),
    repealed_by: z.string().nullish(),
    article_count: z.number().int().nonnegative().nullish(),
  })
  .passthrough();

const repealedSchema = z
  .object({
    title: z.string().min(1),
    status: z.enum(LAW_STATUSES),
    qualifier: z.string().nullish(),
    repealed_by: z.string().nullish(),
    repealed_by_title: z.string().nullish(),
    repeal_effective_date: isoDate.nullish(),
    evidence: z.string().nullish(),
  })
  .passthrough();

const manifestSchema = z
  .object({
    documents: z.array(documentSchema),
    repealed_without_text: z.array(repealedSchema).optional(),
  })
  .passthrough();

export type ManifestDocument = z.output<typeof documentSchema>;
export type ManifestRepealed = z.output<typeof repealedSchema>;

export interface Manifest {
  path: string;
  dir: string;
  documents: ManifestDocument[];
  repealed: ManifestRepealed[];
}

const FIELD_NAMES: Record<string, string> = {
  id: '编号',
  title: '标题',
  path: '文件路径',
  level: '效力级别',
  status: '时效性',
  documents: '文件清单',
};

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const path = issue.path.map(String);
  let where = path.join('.');
  if ((path[0] === 'documents' || path[0] === 'repealed_without_text') && path.length >= 2) {
    const list = (raw as Record<string, Array<{ id?: unknown; title?: unknown }>>)[path[0]];
    const entry = Array.isArray(list) ? list[Number(path[1])] : undefined;
    const label = typeof entry?.id === 'string' ? `（${entry.id}）` : typeof entry?.title === 'string' ? `（${entry.title}）` : '';
    where = `${path[0]}[${path[1]}]${label}`;
    const field = path[2];
    if (field) {
      const name = FIELD_NAMES[field] ? `“${field}”（${FIELD_NAMES[field]}）` : `“${field}”`;
      if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `${where} 缺少字段${name}`;
      if (issue.code === 'invalid_value') return `${where} 的字段${name}取值无效，可用：${(issue as { values?: unknown[] }).values?.join('、') ?? ''}`;
      return `${where} 的字段${name}不合法：${issue.message}`;
    }
  }
  if (path[0] === 'documents' && path.length === 1) return '缺少 documents 数组（文件清单）';
  return `${where || '顶层'}：${issue.message}`;
}

/** Read and validate a manifest. Errors name the file, the entry and the field (E_MANIFEST_INVALID). */
export async function readManifest(file: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new HrssError('E_MANIFEST_INVALID', `清单 ${file} 无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`, { cause: e });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw new HrssError('E_MANIFEST_INVALID', `清单 ${file} 不是合法的 JSON：${(e as Error).message}`, { cause: e });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new HrssError('E_MANIFEST_INVALID', `清单 ${file} 的顶层应为对象（{ "documents": [...] }）`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = [...new Set(parsed.error.issues.map((i) => describeIssue(i, raw)))];
    const more = lines.length > 8 ? `\n  - ……另有 ${lines.length - 8} 处` : '';
    throw new HrssError('E_MANIFEST_INVALID', `清单 ${file} 不合法：\n  - ${lines.slice(0, 8).join('\n  - ')}${more}`);
  }
  const ids = new Set<string>();
  for (const d of parsed.data.documents) {
    if (ids.has(d.id)) throw new HrssError('E_MANIFEST_INVALID', `清单 ${file} 不合法：编号“${d.id}”重复`);
    ids.add(d.id);
  }
  const outside = parsed.data.documents.flatMap((d, i) => {
    const problem = manifestPathProblem(d.path);
    return problem ? [`${entryLabel(i, d)} 的文件路径“${d.path}”${problem}`] : [];
  });
  if (outside.length > 0) {
    const more = outside.length > 8 ? `\n  - ……另有 ${outside.length - 8} 处` : '';
    throw new HrssError('E_MANIFEST_INVALID', `清单 ${file} 不合法（只能导入清单所在目录中的文件）：\n  - ${outside.slice(0, 8).join('\n  - ')}${more}`);
  }
  return { path: file, dir: dirname(file), documents: parsed.data.documents, repealed: parsed.data.repealed_without_text ?? [] };
}

/** How messages name a manifest entry: documents[3]（labor-law-20181229）. */
export function entryLabel(index: number, d: { id: string }): string {
  return `documents[${index}]（${d.id}）`;
}

/** The catalogue record a manifest gives for one document (the text supplies the article count). */
export function recordOfManifestDocument(d: ManifestDocument, manifest: Manifest): LawRecord {
  const repealer = d.repealed_by ? manifest.documents.find((x) => x.id === d.repealed_by) : undefined;
  return {
    key: d.id,
    title: d.title,
    aliases: d.short_title && d.short_title !== d.title ? [d.short_title] : [],
    level: d.level,
    issuer: d.issuing_body ?? null,
    region: regionOf(d.title),
    documentNumbers: d.document_numbers ?? [],
    promulgationDate: d.promulgation_date ?? null,
    effectiveDate: d.effective_date ?? null,
    revisionDate: d.latest_revision_date ?? null,
    versionDate: d.version_date ?? null,
    status: d.status,
    repealDate: repealer ? (repealer.effective_date ?? repealer.version_date ?? null) : null,
    replacedBy: repealer?.title ?? null,
    supersededBy: d.superseded_by ?? null,
    partialNote: null,
    evidence: null,
    articles: d.article_count && d.article_count > 0 ? d.article_count : null,
    hasText: true,
    source: 'corpus',
  };
}

/** Records for the instruments a manifest knows only from a repeal clause. */
export function recordOfRepealed(r: ManifestRepealed): LawRecord {
  const dated = r.qualifier ? findDates(r.qualifier)[0] : undefined;
  const versionDate = dated?.valid ? toIso(dated.year, dated.month, dated.day) : null;
  return {
    key: `repealed:${r.title}${versionDate ? `@${versionDate}` : ''}`,
    title: r.title,
    aliases: [],
    level: null,
    issuer: null,
    region: regionOf(r.title),
    documentNumbers: [],
    promulgationDate: versionDate,
    effectiveDate: null,
    revisionDate: null,
    versionDate,
    status: r.status,
    repealDate: r.repeal_effective_date ?? null,
    replacedBy: r.repealed_by_title ?? null,
    supersededBy: null,
    partialNote: r.status === '部分失效' ? (r.evidence ?? null) : null,
    evidence: r.evidence ?? null,
    articles: null,
    hasText: false,
    source: 'corpus',
  };
}

export function manifestFilePath(manifest: Manifest, d: ManifestDocument): string {
  return resolve(manifest.dir, d.path);
}
