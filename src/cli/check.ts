import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { limitProblem } from '../document/limits.js';
import type { LoadedConfig } from '../engine/config.js';
import type { ActiveRule } from '../engine/registry.js';
import type { DocumentResult, Report } from '../engine/types.js';
import { HrssError, isHrssError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { printable } from '../io/printable.js';
import { isDiskFull } from '../io/write-errors.js';
import type { OutputFormat, RuleInfo } from '../report/index.js';
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
  /** Per-file time limit in ms (overrides limits.fileTimeoutMs). */
  timeout?: number;
  cache?: boolean;
  cacheLocation?: string;
  /** i/n: audit only this share of the files (CI matrix). */
  shard?: string;
  quiet?: boolean;
  color?: boolean;
  rule?: string[];
  password?: string;
  debug?: boolean;
  /** --kind, --issuer, --region: what the documents are, when the user says so. */
  kind?: string;
  issuer?: string;
  region?: string;
}

/** Merge --kind/--issuer/--region over the config's "document" (an unusable value is E_USAGE, exit 2). */
export async function applyDocumentOptions(config: LoadedConfig, options: { kind?: string; issuer?: string; region?: string }): Promise<void> {
  if (options.kind === undefined && options.issuer === undefined && options.region === undefined) return;
  const { parseOverrides, mergeOverrides } = await import('../document/profile/overrides.js');
  const cli = parseOverrides({ kind: options.kind, issuer: options.issuer, region: options.region }, '命令行', 'E_USAGE');
  config.document = mergeOverrides(config.document, cli);
}

export function resolveAsOf(cli: string | undefined, config: LoadedConfig): string {
  const value = cli ?? config.asOf;
  if (value === undefined) return todayInChina();
  if (!parseIsoDate(value)) throw new HrssError('E_USAGE', `审核基准日“${value}”不是有效日期，应写作 YYYY-MM-DD，例如 2026-11-27`);
  return value;
}

/** Load config and rules, then audit the library the paths name (shared by check and clean). */
export async function auditFromCli(
  paths: string[],
  options: Omit<CheckOptions, 'format'>,
  io: CliIO,
): Promise<{ asOf: string; config: LoadedConfig; rules: ActiveRule[]; results: DocumentResult[] }> {
  const { loadConfig } = await import('../engine/config-files.js');
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  const asOf = resolveAsOf(options.asOf, config);
  await applyDocumentOptions(config, options);
  if (options.timeout !== undefined) config.limits = { ...config.limits, fileTimeoutMs: timeoutOption(options.timeout) };
  const { locateCorpus, requireExplicitCorpus } = await import('../corpus/provider.js');
  const corpusLocation = locateCorpus(options.corpus, config.corpus, io.cwd);
  requireExplicitCorpus(corpusLocation);
  // Loaded while the batch finds its files and starts the workers it needs; the batch waits for them before auditing.
  const rules = loadRules(config, options.rule, corpusLocation.path);
  rules.catch(() => {}); // Awaited by the batch; this only keeps an early failure from counting as unhandled meanwhile.
  const { auditLibrary, resolveJobs } = await import('../library/batch.js');
  const { createProgress } = await import('../library/progress.js');
  const cacheLocation = options.cache ? (await import('../library/cache.js')).resolveCacheLocation(io.cwd, options.cacheLocation) : null;
  const shard = options.shard ? (await import('../library/shard.js')).parseShard(options.shard) : undefined;
  const output = options.output ? resolve(io.cwd, options.output) : undefined;
  if (output) {
    const { configReads, guardOutput } = await import('./output-guard.js');
    await guardOutput(
      output,
      await configReads(config, io.cwd, [
        { path: cacheLocation, what: '缓存文件' },
        { path: corpusLocation.path, what: '语料库' },
      ]),
      io.cwd,
    );
  }
  const outcome = await auditLibrary({
    cwd: io.cwd,
    paths,
    config,
    rules,
    only: options.rule,
    asOf,
    jobs: resolveJobs(options.jobs, config.jobs),
    password: options.password,
    debug: options.debug,
    cacheLocation,
    shard,
    corpusPath: corpusLocation.path,
    progress: createProgress(io.stderr, options.quiet),
    stderr: io.stderr,
    output,
  });
  return { asOf, config, rules: await rules, results: outcome.results };
}

/** Resolve the rules; a corrupt, foreign or too-new corpus a rule needs is a tool error (exit 2), found here once. */
async function loadRules(config: LoadedConfig, only: string[] | undefined, corpusPath: string): Promise<ActiveRule[]> {
  const { loadAllRules, resolveRules } = await import('../engine/registry.js');
  const rules = resolveRules(await loadAllRules(config), config, only);
  if (rules.some((a) => a.rule.meta.needsCorpus) && existsSync(corpusPath)) {
    const { Corpus } = await import('../corpus/corpus.js');
    (await Corpus.open(corpusPath)).close();
  }
  return rules;
}

export async function runCheck(paths: string[], options: CheckOptions, io: CliIO): Promise<number> {
  const { asOf, config, rules, results } = await auditFromCli(paths, options, io);
  const { buildReport } = await import('../report/build.js');
  let report = buildReport(results, asOf);
  if (options.quiet) {
    report = buildReport(
      results.map((d) => ({ ...d, findings: d.findings.filter((f) => f.severity === 'error') })),
      asOf,
    );
  }
  await writeReport(report, options, io, rules, config.report);
  return exitCode(report.summary, options.maxWarnings);
}

/** --timeout: milliseconds within what a timer can wait (above 2^31−1 Node fires at once, with an English warning). */
function timeoutOption(value: number): number {
  const problem = limitProblem('fileTimeoutMs', value);
  if (problem) throw new HrssError('E_USAGE', `--timeout 的取值无效：${problem}`);
  return value;
}

/** What reporters need to know about the rules that ran. */
export function ruleInfo(rules: readonly ActiveRule[]): RuleInfo[] {
  return rules.map(({ rule, severity }) => ({ id: rule.id, severity, description: rule.meta.description, basis: rule.meta.basis, docs: rule.meta.docs }));
}

/**
 * Render a report and write it to --output (atomically) or stdout. The
 * rules that ran go to the formats that describe them: SARIF's rule list,
 * the review opinion's appendix (with the config's report settings).
 */
export async function writeReport(
  report: Report,
  options: { format: OutputFormat; output?: string; color?: boolean },
  io: CliIO,
  rules: readonly ActiveRule[],
  reportSettings: LoadedConfig['report'],
): Promise<void> {
  const { renderReport, BINARY_FORMATS } = await import('../report/index.js');
  const target = options.output ? undefined : io.stdout;
  if (target?.isTTY && BINARY_FORMATS.includes(options.format)) {
    throw new HrssError('E_USAGE', `${options.format} 格式是二进制文件，不能输出到终端；请用 -o 指定输出文件，例如 -o 审核意见书.${options.format}`);
  }
  const { reportContext } = await import('../report/context.js');
  const context = reportContext([...rules], reportSettings);
  const rendered = await renderReport(options.format, report, {
    color: target ? useColor(target, options.color, io.env) : false,
    rules: ruleInfo(rules),
    context,
  });
  await writeOutput(rendered, options.output, io);
}

/** Write to --output atomically (temp file + rename), or to stdout. */
export async function writeOutput(rendered: string | Uint8Array, output: string | undefined, io: CliIO): Promise<void> {
  if (output) {
    try {
      await writeFileAtomic(resolve(io.cwd, output), rendered);
    } catch (e) {
      if (isHrssError(e)) throw e;
      // A full disk is not a permission problem: it gets its own code and remedy.
      throw new HrssError(
        isDiskFull(e) ? 'E_DISK_FULL' : 'E_OUTPUT_WRITE',
        `报告无法写入 ${printable(output)}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
        { cause: e },
      );
    }
  } else {
    io.stdout.write(rendered);
  }
}

/** ESLint's convention: 1 for errors, unreadable files, or more warnings than allowed. */
export function exitCode(summary: { errors: number; warnings: number; unreadable: number }, maxWarnings?: number): number {
  if (summary.errors > 0 || summary.unreadable > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && summary.warnings > maxWarnings) return 1;
  return 0;
}
