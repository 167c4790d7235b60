import { relative } from 'node:path';
import type { LoadedConfig } from '../engine/config.js';
import type { DocumentResult } from '../engine/types.js';
import { HrssError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { OutputFormat } from '../report/index.js';
import { parseIsoDate, todayInChina } from '../zh/dates.js';
import type { CliIO } from './io.js';
import { useColor } from './io.js';

export interface CheckOptions {
  format: OutputFormat;
  output?: string;
  config?: string;
  corpus?: string;
  asOf?: string;
  maxWarnings?: number;
  jobs?: number;
  quiet?: boolean;
  color?: boolean;
  rule?: string[];
  password?: string;
  debug?: boolean;
}

export function resolveAsOf(cli: string | undefined, config: LoadedConfig): string {
  const value = cli ?? config.asOf;
  if (value === undefined) return todayInChina();
  if (!parseIsoDate(value)) throw new HrssError('E_USAGE', `审核基准日“${value}”不是有效日期，应写作 YYYY-MM-DD，例如 2026-11-27`);
  return value;
}

export async function runCheck(paths: string[], options: CheckOptions, io: CliIO): Promise<number> {
  const { loadConfig } = await import('../engine/config.js');
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  const asOf = resolveAsOf(options.asOf, config);
  const { loadAllRules, resolveRules } = await import('../engine/registry.js');
  const rules = resolveRules(await loadAllRules(config), config, options.rule);
  const { discoverFiles } = await import('../library/discover.js');
  const files = await discoverFiles(paths, { cwd: io.cwd, ignore: config.ignore });
  if (files.length === 0) throw new HrssError('E_NO_INPUT', `在 ${paths.join('、')} 中没有找到 .docx、.pdf、.md 或 .txt 文件`);

  const { locateCorpus, requireExplicitCorpus, corpusProvider } = await import('../corpus/provider.js');
  const corpusLocation = locateCorpus(options.corpus, config.corpus, io.cwd);
  requireExplicitCorpus(corpusLocation);
  const corpus = corpusProvider(corpusLocation);

  const { auditFile } = await import('../engine/audit.js');
  const results: DocumentResult[] = [];
  for (const file of files) {
    const displayPath = relative(io.cwd, file) || file;
    const { result } = await auditFile(file, rules, { asOf, limits: config.limits, settings: config.settings, password: options.password, displayPath, debug: options.debug, corpus });
    results.push(result);
  }

  const { buildReport } = await import('../report/build.js');
  let report = buildReport(results, asOf);
  if (options.quiet) {
    report = buildReport(results.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity === 'error') })), asOf);
  }
  const { renderReport, BINARY_FORMATS } = await import('../report/index.js');
  const target = options.output ? undefined : io.stdout;
  if (target?.isTTY && BINARY_FORMATS.includes(options.format)) {
    throw new HrssError('E_USAGE', `${options.format} 格式是二进制文件，不能输出到终端；请用 -o 指定输出文件，例如 -o 审核意见书.${options.format}`);
  }
  const { reportContext } = await import('../report/context.js');
  const context = reportContext(rules, config.report);
  const rendered = await renderReport(options.format, report, { color: target ? useColor(target, options.color, io.env) : false, context });
  if (options.output) {
    try {
      await writeFileAtomic(options.output, rendered);
    } catch (e) {
      throw new HrssError('E_OUTPUT_WRITE', `报告无法写入 ${options.output}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`, { cause: e });
    }
  } else {
    io.stdout.write(rendered);
  }
  return exitCode(report.summary, options.maxWarnings);
}

/** ESLint's convention: 1 for errors, unreadable files, or more warnings than allowed. */
export function exitCode(summary: { errors: number; warnings: number; unreadable: number }, maxWarnings?: number): number {
  if (summary.errors > 0 || summary.unreadable > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && summary.warnings > maxWarnings) return 1;
  return 0;
}
