import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ActiveRule } from '../engine/registry.js';
import type { DocumentResult } from '../engine/types.js';
import { HrssError } from '../errors.js';
import type { OutputFormat } from '../report/index.js';
import { exitCode, writeReport } from './check.js';
import type { CliIO } from './io.js';

export interface MergeOptions {
  format: OutputFormat;
  output?: string;
  config?: string;
  maxWarnings?: number;
  color?: boolean;
  debug?: boolean;
}

/** The parts of a JSON report merging relies on. */
export interface ShardReport {
  schemaVersion: string;
  tool: { name: string; version: string };
  asOf: string;
  documents: DocumentResult[];
}

function invalid(file: string, why: string): HrssError {
  return new HrssError('E_REPORT_INVALID', `报告 ${file} 无法合并：${why}`);
}

/** Check that a parsed file is a hrss-audit JSON report of schema 1.x. */
export function asShardReport(raw: unknown, file: string): ShardReport {
  const r = raw as Partial<ShardReport>;
  if (typeof r !== 'object' || r === null || r.tool?.name !== 'hrss-audit')
    throw invalid(file, '不是 hrss-audit 的 JSON 报告（请用 check --format json 生成）');
  if (typeof r.schemaVersion !== 'string' || !/^1\.\d+$/.test(r.schemaVersion))
    throw invalid(file, `报告格式版本“${String(r.schemaVersion)}”不受支持（应为 1.x）`);
  if (typeof r.asOf !== 'string' || !Array.isArray(r.documents)) throw invalid(file, '缺少 asOf 或 documents');
  for (const d of r.documents) {
    if (typeof d?.path !== 'string' || (d.status !== 'ok' && d.status !== 'unreadable') || !Array.isArray(d.findings)) throw invalid(file, '文件条目结构不对');
  }
  return r as ShardReport;
}

/**
 * Join shard reports into one set of results: each file once (a file in two
 * shards must be the same content), all with one review date. Rules across
 * documents are then recomputed on the whole set by the caller.
 */
export function mergeShardReports(reports: ReadonlyArray<{ file: string; report: ShardReport }>): { asOf: string; documents: DocumentResult[] } {
  if (reports.length === 0) throw new HrssError('E_USAGE', '没有要合并的报告');
  const asOf = reports[0].report.asOf;
  const byPath = new Map<string, { doc: DocumentResult; file: string }>();
  for (const { file, report } of reports) {
    if (report.asOf !== asOf) throw invalid(file, `审核基准日 ${report.asOf} 与 ${reports[0].file} 的 ${asOf} 不同（各分片应使用相同的 --as-of）`);
    for (const doc of report.documents) {
      const seen = byPath.get(doc.path);
      if (!seen) byPath.set(doc.path, { doc, file });
      else if (seen.doc.sha256 !== doc.sha256) throw invalid(file, `文件“${doc.path}”也出现在 ${seen.file} 中，但内容不同`);
    }
  }
  const documents = [...byPath.values()].map((v) => v.doc).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { asOf, documents };
}

export async function runMergeReports(files: string[], options: MergeOptions, io: CliIO): Promise<number> {
  const reports: Array<{ file: string; report: ShardReport }> = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new HrssError('E_FILE_NOT_FOUND', `找不到报告“${file}”`);
      throw new HrssError('E_FILE_READ', `报告“${file}”无法读取（${code ?? (e as Error).message}）`, { cause: e });
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text.replace(/^\ufeff/, ''));
    } catch {
      throw invalid(file, '不是合法的 JSON（文件可能被截断）');
    }
    reports.push({ file, report: asShardReport(raw, file) });
  }
  const { asOf, documents } = mergeShardReports(reports);
  const versions = [...new Set(reports.map((r) => r.report.tool.version))];
  if (versions.length > 1) io.stderr.write(`hrss-audit: 注意：各报告由不同版本的 hrss-audit 生成（${versions.join('、')}），结果可能不完全一致。\n`);

  const { loadConfig } = await import('../engine/config.js');
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  const { loadAllRules, resolveRules } = await import('../engine/registry.js');
  const rules: ActiveRule[] = resolveRules(await loadAllRules(config), config);
  if (options.output) {
    const { configReads, guardOutput } = await import('./output-guard.js');
    await guardOutput(
      resolve(io.cwd, options.output),
      await configReads(
        config,
        io.cwd,
        files.map((f) => ({ path: resolve(io.cwd, f), what: '分片报告' })),
      ),
      io.cwd,
    );
  }
  const { applyLibraryRules } = await import('../library/apply.js');
  const { buildReport } = await import('../report/build.js');
  const report = buildReport(applyLibraryRules(documents, rules, asOf), asOf);
  await writeReport(report, options, io, rules, config.report);
  return exitCode(report.summary, options.maxWarnings);
}
