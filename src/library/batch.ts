import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import type { LoadedConfig } from '../engine/config.js';
import type { ActiveRule } from '../engine/registry.js';
import type { DocumentResult } from '../engine/types.js';
import { ERROR_CODES, HrssError, type ErrorCode } from '../errors.js';
import { isDiskFull } from '../io/write-errors.js';
import { applyLibraryRules } from './apply.js';
import { entryKey, ResultCache, ruleSourcesDigest, runKey, toolFingerprint } from './cache.js';
import type { CacheSecret } from './cache-key.js';
import { corpusVersion } from './corpus-link.js';
import { discoverLibrary, skippedResults } from './discover.js';
import { printable } from '../io/printable.js';
import type { Deadline, WorkerPool } from './pool.js';
import type { Progress } from './progress.js';
import type { AuditTask, ReaderInit, ReadReply, WorkerInit } from './protocol.js';
import { selectShard, type Shard } from './shard.js';
import { nodeCrypto } from '../io/node-crypto.js';
import type { OutputStream } from '../io/stdio.js';

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
  /**
   * Rules resolved in the main thread (for the cache key and the rules across documents). A promise lets
   * workers that will be needed start setting themselves up while this thread is still loading the rules.
   */
  rules: ActiveRule[] | Promise<ActiveRule[]>;
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
  stderr: Pick<OutputStream, 'write'>;
  /** Worker module (tests running from sources point it at the built bundle). */
  workerUrl?: URL;
  /** Reader worker module (reader-worker.ts), likewise. */
  readerWorkerUrl?: URL;
  /** Tool identity in the cache key; defaults to the version and bundle build id. */
  toolVersion?: string;
  /** Absolute path of the report being written: never audited, and never allowed to replace a document (see discoverLibrary). */
  output?: string;
  /** Key that authenticates cache entries; by default from HRSS_AUDIT_CACHE_KEY or the user's key file (cache-key.ts). */
  cacheSecret?: CacheSecret;
  /** How a file's time limit is kept in workers (tests expire it on cue). */
  deadline?: Deadline;
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
    const hash = nodeCrypto().createHash('sha256');
    for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) hash.update(buffer.subarray(0, n));
    return hash.digest('hex');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export async function auditLibrary(o: BatchOptions): Promise<BatchOutcome> {
  const { files: all, skipped } = await discoverLibrary(o.paths, { cwd: o.cwd, ignore: o.config.ignore, output: o.output });
  if (all.length === 0 && skipped.length === 0)
    throw new HrssError('E_NO_INPUT', `在 ${o.paths.map(printable).join('、')} 中没有找到 .docx、.pdf、.md 或 .txt 文件`);
  const files = o.shard ? selectShard(all, o.cwd, o.shard) : all;
  // Entries found but never opened (links out of the folder, special files, unreadable folders) are reported like unreadable files.
  const notOpened = skippedResults(o.shard ? skipped.filter((s) => selectShard([s.path], o.cwd, o.shard!).length > 0) : skipped, o.cwd);
  const base = o.cwd.endsWith(sep) ? o.cwd : o.cwd + sep;
  const display = (file: string): string => (file.startsWith(base) ? file.slice(base.length) : relative(o.cwd, file) || file);
  const results: DocumentResult[] = [];
  let pool: WorkerPool | undefined;
  let readers: WorkerPool<ReadReply> | undefined;
  let started = false;
  try {
    let tasks: AuditTask[] = [];
    let plan: Plan | undefined;
    if (!o.cacheLocation) {
      // Every file will be audited: the workers it takes can start now and set themselves up while this thread loads the rules.
      tasks = files.map((file, id) => ({ id, path: file, displayPath: display(file) }));
      plan = await planRun(tasks, o);
      if (plan.readElsewhere.length > 0) readers = await startReaders(plan, o);
      if (plan.isolated.length > 0 || plan.shared.length > 0) pool = await startPool(plan, o);
    }
    const rules = await o.rules;

    const cacheNotice = (code: ErrorCode, reason: string): void => {
      const info = ERROR_CODES[code];
      o.stderr.write(
        `hrss-audit: 缓存文件 ${printable(o.cacheLocation ?? '')} ${reason}，${code === 'E_CACHE_WRITE' ? '本次不使用缓存' : '已丢弃并重新审核'}。\n  [${code}] ${info.remedy}\n`,
      );
    };
    // Before any work: a cache location holding something else is a tool error (E_CACHE_LOCATION).
    const secret = o.cacheLocation ? await cacheSecret(o, cacheNotice) : undefined;
    const cache = o.cacheLocation && secret ? await ResultCache.load(o.cacheLocation, secret, cacheNotice) : undefined;
    o.progress.start(files.length);
    started = true;

    let run = '';
    if (cache) {
      run = runKey({
        toolVersion: o.toolVersion ?? toolFingerprint(),
        asOf: o.asOf,
        rules,
        settings: o.config.settings,
        limits: o.config.limits,
        ruleSources: ruleSourcesDigest(o.config),
        corpusVersion: corpusVersion(o.corpusPath),
        password: o.password,
        document: o.config.document,
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
    } else if (o.cacheLocation) {
      // The cache could not be used (no key): audit everything.
      tasks = files.map((file, id) => ({ id, path: file, displayPath: display(file) }));
    }
    const cachedCount = results.length;
    plan ??= await planRun(tasks, o);

    const onResult = (task: AuditTask, result: DocumentResult): void => {
      results.push(result);
      if (cache && result.sha256) cache.set(task.path, entryKey(run, result.sha256), result);
      o.progress.tick(result.status === 'unreadable');
    };
    // In this thread first (one file at a time): small files read here, then documents read by a reader worker.
    // What turns out over the budget goes to an audit worker with the files that need one anyway.
    const handedBack: AuditTask[] = [];
    if (plan.local.length > 0 || plan.readElsewhere.length > 0) {
      const { isHandedBack, localAuditor } = await import('./in-process.js');
      const local = await localAuditor({ ...o, rules, limits: o.config.limits, settings: o.config.settings, document: o.config.document });
      const settle = (task: AuditTask, outcome: DocumentResult | AuditTask): void => {
        if (isHandedBack(outcome)) handedBack.push(outcome);
        else onResult(task, outcome);
      };
      for (const task of plan.local) settle(task, await local.file(task));
      if (plan.readElsewhere.length > 0) {
        readers ??= await startReaders(plan, o);
        // Each document is audited here as it comes back, in turn, while the reader reads the next.
        let audits = Promise.resolve();
        let failed: { error: unknown } | undefined;
        await readers.run(plan.readElsewhere, (task, reply) => {
          if (!('kind' in reply)) {
            onResult(task, reply); // the reader timed out, ran out of memory or died on this file
            return;
          }
          audits = audits.then(async () => settle(task, await local.source(task, reply))).catch((error: unknown) => void (failed ??= { error }));
        });
        await audits;
        if (failed) throw failed.error;
      }
    }
    const isolated = [...plan.isolated, ...handedBack];
    if (plan.shared.length > 0) {
      // More jobs than one: the workers take files from the front, and this thread, instead of waiting for them,
      // audits the cheap ones from the back (one worker fewer to start and to pass every result through).
      pool ??= await startPool(plan, o);
      const { isHandedBack, localAuditor } = await import('./in-process.js');
      const local = await localAuditor({ ...o, rules, limits: o.config.limits, settings: o.config.settings, document: o.config.document });
      const cheap = new Set(plan.shared);
      const running = pool.run([...isolated, ...plan.shared], onResult);
      const mine = (async (): Promise<void> => {
        for (let task = pool.takeForThisThread((t) => cheap.has(t)); task; task = pool.takeForThisThread((t) => cheap.has(t))) {
          const outcome = await local.file(task);
          if (isHandedBack(outcome)) pool.giveBack(outcome);
          else pool.settle(task, outcome);
          // Between two files, the workers' results and requests for more are answered.
          await new Promise<void>((resume) => setImmediate(resume));
        }
      })();
      await Promise.all([running, mine]);
    } else if (isolated.length > 0) {
      pool ??= await startPool(plan, o);
      await pool.run(isolated, onResult);
    }

    if (cache) {
      try {
        await cache.save();
      } catch (e) {
        const errno = (e as NodeJS.ErrnoException).code;
        const info = ERROR_CODES.E_CACHE_WRITE;
        const why = isDiskFull(e)
          ? `磁盘空间已满（${errno}）`
          : errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS'
            ? `没有写权限（${errno}）`
            : (errno ?? (e as Error).message);
        o.stderr.write(
          `hrss-audit: 缓存文件 ${printable(cache.path)} 无法写入：${why}，本次结果未缓存（审核结果不受影响）。\n  [E_CACHE_WRITE] ${info.remedy}\n`,
        );
      }
    }
    results.push(...notOpened);
    results.sort(byPath);
    return { results: applyLibraryRules(results, rules, o.asOf), files: files.length, cached: cachedCount };
  } finally {
    if (started) o.progress.done();
    await Promise.all([pool?.close(), readers?.close()]);
  }
}

/** Where each file is read and audited, and by how many workers. */
interface Plan {
  /** Audit workers. */
  size: number;
  /** Threads auditing at once (the audit workers, and this thread when it shares their work). */
  threads: number;
  /** Read and audited in this thread. */
  local: AuditTask[];
  /** Read in a reader worker, audited in this thread. */
  readElsewhere: AuditTask[];
  /** Audited in audit workers. */
  isolated: AuditTask[];
  /** Cheap files audited by whichever is free first: this thread or an audit worker. */
  shared: AuditTask[];
}

/**
 * --jobs 1, or a single file: one file at a time — in this thread when it
 * is provably cheap, read in a reader worker when only reading it may run
 * away (in-process.ts). More jobs: this thread is one of them, for the
 * provably cheap files only; everything else goes whole to audit workers.
 */
async function planRun(tasks: AuditTask[], o: BatchOptions): Promise<Plan> {
  const jobs = Math.min(o.jobs, tasks.length);
  const { triage } = await import('./in-process.js');
  const t = triage(tasks, o.config);
  // A reader the launcher started early that this run will not use: its memory is let go now, not at exit.
  if (jobs > 1 || t.readElsewhere.length === 0) await (await import('./early-reader.js')).releaseEarlyReader();
  if (jobs <= 1) return { size: 1, threads: 1, ...t, shared: [] };
  const isolated = [...t.readElsewhere, ...t.isolated];
  if (t.local.length === 0) return { size: jobs, threads: jobs, local: [], readElsewhere: [], isolated, shared: [] };
  return { size: jobs - 1, threads: jobs, local: [], readElsewhere: [], isolated, shared: t.local };
}

/** Files the reader worker may read ahead of the audits on this thread (each held until audited: a few MB at most). */
const READ_AHEAD = 8;

/** One reader worker, started now: it needs no rules, so it reads while this thread loads them. */
async function startReaders(plan: Plan, o: BatchOptions): Promise<WorkerPool<ReadReply>> {
  const { WorkerPool, defaultWorkerUrl } = await import('./pool.js');
  const init: ReaderInit = { limits: o.config.limits, password: o.password, preload: plan.readElsewhere.some((t) => /\.pdf$/i.test(t.path)) ? ['pdf'] : [] };
  // The launcher's early reader runs the built reader-worker.cjs: a pool pointed at another module (tests) starts its own.
  const adopt = o.readerWorkerUrl ? undefined : (await import('./early-reader.js')).takeEarlyReader(o.config.limits.workerHeapMb);
  const pool = new WorkerPool<ReadReply>({
    adopt,
    size: 1,
    // Files asked for ahead: the reader gets ahead on the quick ones, so that a slow one (a long PDF) is often read
    // before this thread reaches it, instead of this thread waiting for it.
    depth: READ_AHEAD,
    workerUrl: o.readerWorkerUrl ?? defaultWorkerUrl(undefined, 'reader-worker'),
    init,
    timeoutMs: o.config.limits.fileTimeoutMs,
    heapMb: o.config.limits.workerHeapMb,
    log: o.stderr,
    debug: o.debug,
    deadline: o.deadline,
  });
  pool.start(1);
  return pool;
}

async function startPool(plan: Plan, o: BatchOptions): Promise<WorkerPool> {
  const { WorkerPool, defaultWorkerUrl } = await import('./pool.js');
  // Files are already read in parallel, one per worker: a PDF's pages then stay on its worker.
  const init: WorkerInit = {
    cwd: o.cwd,
    configPath: o.config.path,
    only: o.only,
    asOf: o.asOf,
    password: o.password,
    debug: o.debug,
    corpusPath: o.corpusPath,
    document: o.config.document,
    pdfPageWorkers: plan.threads > 1 ? 0 : undefined,
  };
  const pool = new WorkerPool({
    size: plan.size,
    workerUrl: o.workerUrl ?? defaultWorkerUrl(),
    init,
    timeoutMs: o.config.limits.fileTimeoutMs,
    heapMb: o.config.limits.workerHeapMb,
    log: o.stderr,
    debug: o.debug,
    deadline: o.deadline,
    // This thread answers the workers only between two of its own files: a deeper queue keeps them busy meanwhile.
    depth: plan.shared.length > 0 ? 4 : undefined,
  });
  pool.start(Math.min(plan.size, plan.isolated.length + plan.shared.length || plan.size));
  return pool;
}

/** The cache key for this run, or none (with a notice) when it can be neither read nor created. */
async function cacheSecret(o: BatchOptions, notice: (code: ErrorCode, reason: string) => void): Promise<CacheSecret | undefined> {
  if (o.cacheSecret) return o.cacheSecret;
  const { loadCacheSecret, cacheKeyFile } = await import('./cache-key.js');
  try {
    return await loadCacheSecret();
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    notice('E_CACHE_WRITE', `的密钥 ${cacheKeyFile()} 无法读取或创建（${errno}）`);
    return undefined;
  }
}
