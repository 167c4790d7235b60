import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import type { LoadedConfig } from '../engine/config.js';
import type { ActiveRule } from '../engine/registry.js';
import type { DocumentResult } from '../engine/types.js';
import { ERROR_CODES, HrssError } from '../errors.js';
import { applyLibraryRules } from './apply.js';
import { entryKey, ResultCache, ruleSourcesDigest, runKey, toolFingerprint } from './cache.js';
import { corpusVersion, lazyCorpus, openCorpusAt } from './corpus-link.js';
import { discoverFiles } from './discover.js';
import type { Progress } from './progress.js';
import type { AuditTask, WorkerInit } from './protocol.js';
import { selectShard, type Shard } from './shard.js';

/**
 * A batch run over a library: discover the files, take this shard's share,
 * reuse cached results of unchanged files, audit the rest in parallel
 * (worker threads) or in-process (--jobs 1), then run the rules across
 * documents on all the results. Results come back sorted by path whatever
 * the scheduling.
 */

export interface BatchOptions {
  cwd: string;
  /** Files, folders and globs as given on the command line. */
  paths: string[];
  config: LoadedConfig;
  /** Rules resolved in the main thread (for the cache key and the rules across documents). */
  rules: ActiveRule[];
  /** --rule: only these rules (passed to workers, which resolve rules themselves). */
  only?: string[];
  asOf: string;
  jobs: number;
  password?: string;
  debug?: boolean;
  /** Absolute cache file, or null for no cache. */
  cacheLocation: string | null;
  shard?: Shard;
  corpusPath: string | null;
  progress: Progress;
  /** Notices (corrupt cache, cache not written) and the workers' console output. */
  stderr: NodeJS.WritableStream;
  /** Worker module (tests running from sources point it at the built bundle). */
  workerUrl?: URL;
  /** Tool identity in the cache key; defaults to the version and bundle build id. */
  toolVersion?: string;
  /** Absolute paths never audited: the report being written (a Markdown clean-up list inside the library must not become a document of the next run). */
  exclude?: string[];
}

export interface BatchOutcome {
  results: DocumentResult[];
  /** Files in this run (after sharding). */
  files: number;
  /** Of which taken from the cache. */
  cached: number;
}

/** --jobs, else the config's jobs, else the number of cores. */
export function resolveJobs(cli: number | undefined, configured: number | undefined): number {
  const jobs = cli ?? configured ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1) throw new HrssError('E_USAGE', `--jobs 的取值“${jobs}”无效：应为不小于 1 的整数`);
  return jobs;
}

function byPath(a: DocumentResult, b: DocumentResult): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * SHA-256 of a file's content, read synchronously: for a library of small
 * files one thread reading in a loop beats a queue of async reads (the warm
 * cache run is mostly this). Undefined for a file too large to read here or
 * unreadable: the audit reports why.
 */
function contentHash(file: string, maxBytes: number, buffer: Buffer): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (fstatSync(fd).size > maxBytes) return undefined;
    // One reused buffer instead of a fresh one per file: a thousand files otherwise keep the garbage collector busy.
    const hash = createHash('sha256');
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) hash.update(buffer.subarray(0, n));
    return hash.digest('hex');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export async function auditLibrary(o: BatchOptions): Promise<BatchOutcome> {
  const excluded = new Set(o.exclude ?? []);
  const all = (await discoverFiles(o.paths, { cwd: o.cwd, ignore: o.config.ignore })).filter((f) => !excluded.has(f));
  if (all.length === 0) throw new HrssError('E_NO_INPUT', `在 ${o.paths.join('、')} 中没有找到 .docx、.pdf、.md 或 .txt 文件`);
  const files = o.shard ? selectShard(all, o.cwd, o.shard) : all;
  const results: DocumentResult[] = [];
  o.progress.start(files.length);

  let cache: ResultCache | undefined;
  let run = '';
  const tasks: AuditTask[] = [];
  const base = o.cwd.endsWith(sep) ? o.cwd : o.cwd + sep;
  const display = (file: string): string => (file.startsWith(base) ? file.slice(base.length) : relative(o.cwd, file) || file);
  if (o.cacheLocation) {
    cache = await ResultCache.load(o.cacheLocation, (reason) => {
      const info = ERROR_CODES.E_CACHE_CORRUPT;
      o.stderr.write(`hrss-audit: 缓存文件 ${o.cacheLocation} 已损坏（${reason}），已丢弃并重新审核。\n  [E_CACHE_CORRUPT] ${info.remedy}\n`);
    });
    run = runKey({
      toolVersion: o.toolVersion ?? toolFingerprint(),
      asOf: o.asOf,
      rules: o.rules,
      settings: o.config.settings,
      limits: o.config.limits,
      ruleSources: ruleSourcesDigest(o.config),
      corpusVersion: corpusVersion(o.corpusPath),
      password: o.password,
    });
    const buffer = Buffer.allocUnsafe(256 * 1024);
    for (const file of files) {
      const sha = contentHash(file, o.config.limits.maxFileBytes, buffer);
      const hit = sha ? cache.get(file, entryKey(run, sha)) : undefined;
      if (hit) {
        results.push({ ...hit, path: display(file) });
        o.progress.tick(hit.status === 'unreadable');
      } else {
        tasks.push({ id: tasks.length, path: file, displayPath: display(file), sha256: sha });
      }
    }
  } else {
    for (const file of files) tasks.push({ id: tasks.length, path: file, displayPath: display(file) });
  }
  const cachedCount = results.length;

  const onResult = (task: AuditTask, result: DocumentResult): void => {
    results.push(result);
    if (cache && result.sha256) cache.set(task.path, entryKey(run, result.sha256), result);
    o.progress.tick(result.status === 'unreadable');
  };
  const jobs = Math.min(o.jobs, tasks.length);
  try {
    if (jobs <= 1) await auditInProcess(tasks, o, onResult);
    else {
      const { runPool, defaultWorkerUrl } = await import('./pool.js');
      // Files are already read in parallel, one per worker: a PDF's pages stay on its worker.
      const init: WorkerInit = { cwd: o.cwd, configPath: o.config.path, only: o.only, asOf: o.asOf, password: o.password, debug: o.debug, corpusPath: o.corpusPath, pdfPageWorkers: jobs > 1 ? 0 : undefined };
      await runPool(tasks, { size: jobs, workerUrl: o.workerUrl ?? defaultWorkerUrl(), init, timeoutMs: o.config.limits.fileTimeoutMs, heapMb: o.config.limits.workerHeapMb, log: o.stderr, debug: o.debug }, onResult);
    }
  } finally {
    o.progress.done();
  }
  if (cache) {
    try {
      await cache.save();
    } catch (e) {
      o.stderr.write(`hrss-audit: 缓存文件 ${cache.path} 无法写入（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}），本次结果未缓存。\n`);
    }
  }
  results.sort(byPath);
  return { results: applyLibraryRules(results, o.rules, o.asOf), files: files.length, cached: cachedCount };
}

/**
 * --jobs 1 (or a single file to audit): in this thread, with the rules
 * already resolved. The time limit can only interrupt a file that waits
 * (I/O, async reader steps); a file that keeps the thread busy cannot be
 * cut short here — that needs a worker (--jobs 2 or more).
 */
async function auditInProcess(tasks: readonly AuditTask[], o: BatchOptions, onResult: (task: AuditTask, result: DocumentResult) => void): Promise<void> {
  const { auditFile, unreadableResult } = await import('../engine/audit.js');
  const { readInputFileSync } = await import('../document/load.js');
  const corpus = lazyCorpus(() => openCorpusAt(o.corpusPath));
  const timeoutMs = o.config.limits.fileTimeoutMs;
  for (const task of tasks) {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<DocumentResult>((resolve) => {
      timer = setTimeout(() => {
        const info = ERROR_CODES.E_TIMEOUT;
        resolve(unreadableResult(task.displayPath, task.sha256 ?? '', 'E_TIMEOUT', `${info.meaning}（超过 ${Math.round(timeoutMs / 100) / 10} 秒）。${info.remedy}`));
      }, timeoutMs);
    });
    const audited = auditFile(task.path, o.rules, {
      asOf: o.asOf,
      limits: o.config.limits,
      settings: o.config.settings,
      password: o.password,
      displayPath: task.displayPath,
      debug: o.debug,
      corpus,
      readFile: readInputFileSync,
    }).then((r) => r.result);
    let result: DocumentResult;
    try {
      result = await Promise.race([audited, timedOut]);
    } finally {
      // A tool error (e.g. a corrupt corpus) ends the run: the pending timer must not keep the process alive.
      clearTimeout(timer);
    }
    onResult(task, result);
  }
}
