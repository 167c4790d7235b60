import { createHash } from 'node:crypto';
import type { ProfileOverrides } from '../document/model.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Limits } from '../document/limits.js';
import type { LoadedConfig } from '../engine/config.js';
import type { ActiveRule } from '../engine/registry.js';
import type { DocumentResult } from '../engine/types.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { TOOL_VERSION } from '../package-info.js';

/**
 * The result cache of `check --cache`: one file mapping each audited file
 * to the key it was audited under and its result. The key covers the
 * file's content, the tool build, the resolved rules (ids, versions,
 * severities, options), settings, limits, the custom rule and term files,
 * the review date and — when a rule uses it — the corpus version. Anything
 * else changing means a different key, so a stale result is never reused.
 */

export const DEFAULT_CACHE_LOCATION = '.hrss-audit/cache';
const FORMAT = 'hrss-audit-cache';
const VERSION = 1;

/** Failures that depend on the run (time, memory, a crash, the disk), not on the file: never cached. */
const TRANSIENT_ERRORS = new Set(['E_TIMEOUT', 'E_OUT_OF_MEMORY', 'E_WORKER_CRASH', 'E_FILE_READ', 'E_FILE_NOT_FOUND', 'E_INTERNAL']);

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with object keys sorted, so equal values give equal keys whatever their insertion order. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/**
 * The tool's identity: its version, and in the shipped bundle the build id
 * written by scripts/bundle.mjs (a hash of the bundle), so a rebuilt tool
 * never reuses results of the previous build even under the same version.
 */
export function toolFingerprint(): string {
  const here = import.meta.url;
  if (here.includes('/dist/bundle/')) {
    try {
      return `${TOOL_VERSION}+${readFileSync(fileURLToPath(new URL('./BUILD_ID', here)), 'utf8').trim()}`;
    } catch {
      // A bundle without its build id (hand-copied): the version alone.
    }
  }
  return TOOL_VERSION;
}

/** Content digest of the files rules come from (custom rule modules, term lists); package names stand for themselves. */
export function ruleSourcesDigest(config: Pick<LoadedConfig, 'plugins' | 'termFiles'>): string {
  const parts: string[] = [];
  for (const spec of [...config.plugins, ...config.termFiles]) {
    let digest = 'package';
    if (spec.startsWith('/') || /^[A-Za-z]:[\\/]/.test(spec)) {
      try {
        digest = sha256Hex(readFileSync(spec));
      } catch {
        digest = 'missing';
      }
    }
    parts.push(`${spec}=${digest}`);
  }
  return parts.join('\n');
}

export interface CacheKeyInputs {
  toolVersion: string;
  asOf: string;
  /** Rules run on each document (rules across documents do not change per-document results and are left out). */
  rules: readonly ActiveRule[];
  settings: Record<string, unknown>;
  limits: Limits;
  ruleSources: string;
  /** Corpus version; only counted when a rule needs the corpus. */
  corpusVersion: string | null;
  /** A PDF password changes what can be read; only its hash enters the key. */
  password?: string;
  /** What the user says the documents are (--kind, --issuer, --region, config "document"): it changes which rules apply. */
  document?: ProfileOverrides;
}

/** The part of every file's key that is the same for the whole run. */
export function runKey(inputs: CacheKeyInputs): string {
  const rules = inputs.rules
    .filter((a) => a.rule.meta.scope !== 'library')
    .map((a) => ({ id: a.rule.id, version: a.rule.meta.version ?? 1, severity: a.severity, explicit: a.explicit, options: a.options }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const needsCorpus = inputs.rules.some((a) => a.rule.meta.needsCorpus);
  // The time limit and worker heap only decide whether a file fails transiently, and such failures are never cached.
  const { fileTimeoutMs: _t, workerHeapMb: _h, ...limits } = inputs.limits;
  return sha256Hex(
    stableStringify({
      format: VERSION,
      tool: inputs.toolVersion,
      asOf: inputs.asOf,
      rules,
      settings: inputs.settings,
      limits,
      ruleSources: inputs.ruleSources,
      corpus: needsCorpus ? inputs.corpusVersion : null,
      password: inputs.password ? sha256Hex(`hrss-audit:${inputs.password}`) : null,
      document: inputs.document ?? null,
    }),
  );
}

export function entryKey(run: string, contentSha256: string): string {
  return sha256Hex(`${run}:${contentSha256}`);
}

export function isCacheable(result: DocumentResult): boolean {
  return result.status === 'ok' || (result.sha256 !== '' && !TRANSIENT_ERRORS.has(result.error?.code ?? ''));
}

/** --cache-location: a file, or a directory (existing, or written with a trailing slash) that gets a file named cache. */
export function resolveCacheLocation(cwd: string, location: string | undefined): string {
  if (!location) return join(cwd, DEFAULT_CACHE_LOCATION);
  const abs = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(abs, 'cache');
  try {
    if (statSync(abs).isDirectory()) return join(abs, 'cache');
  } catch {
    // Not there yet: a file path.
  }
  return abs;
}

interface Entry {
  key: string;
  result: DocumentResult;
}

function validEntry(e: unknown): e is Entry {
  if (typeof e !== 'object' || e === null) return false;
  const { key, result } = e as Partial<Entry>;
  return (
    typeof key === 'string' &&
    typeof result === 'object' &&
    result !== null &&
    typeof result.path === 'string' &&
    typeof result.sha256 === 'string' &&
    (result.status === 'ok' || result.status === 'unreadable') &&
    Array.isArray(result.findings)
  );
}

export class ResultCache {
  private dirty = false;
  private readonly touched = new Set<string>();

  private constructor(
    readonly path: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static empty(path: string): ResultCache {
    return new ResultCache(path, new Map());
  }

  /**
   * Read the cache file. A missing file or one from another cache format
   * version gives an empty cache; a damaged one (bad header, checksum or
   * entry) is discarded with a notice, never trusted.
   */
  static async load(path: string, notice: (reason: string) => void): Promise<ResultCache> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return ResultCache.empty(path);
    }
    const newline = text.indexOf('\n');
    let header: { format?: unknown; version?: unknown; sha256?: unknown };
    try {
      header = JSON.parse(newline >= 0 ? text.slice(0, newline) : text);
    } catch {
      notice('文件头无法解析');
      return ResultCache.empty(path);
    }
    if (typeof header !== 'object' || header === null || header.format !== FORMAT) {
      notice('不是 hrss-audit 缓存文件');
      return ResultCache.empty(path);
    }
    if (header.version !== VERSION) return ResultCache.empty(path);
    const body = newline >= 0 ? text.slice(newline + 1) : '';
    if (header.sha256 !== sha256Hex(body)) {
      notice('校验和不符（文件被截断或改动过）');
      return ResultCache.empty(path);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      notice('内容无法解析');
      return ResultCache.empty(path);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      notice('内容结构不对');
      return ResultCache.empty(path);
    }
    const entries = new Map<string, Entry>();
    for (const [file, entry] of Object.entries(raw)) {
      if (!validEntry(entry)) {
        notice('有结构不对的条目');
        return ResultCache.empty(path);
      }
      entries.set(file, entry);
    }
    return new ResultCache(path, entries);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached result of a file audited under this key, if any. */
  get(file: string, key: string): DocumentResult | undefined {
    this.touched.add(file);
    const entry = this.entries.get(file);
    return entry && entry.key === key ? entry.result : undefined;
  }

  /** Record a fresh result; transient failures are dropped (and forget any older result). */
  set(file: string, key: string, result: DocumentResult): void {
    this.touched.add(file);
    if (!isCacheable(result)) {
      if (this.entries.delete(file)) this.dirty = true;
      return;
    }
    this.entries.set(file, { key, result });
    this.dirty = true;
  }

  /** Write the cache atomically when it changed; entries of files that no longer exist are dropped. */
  async save(): Promise<boolean> {
    for (const file of this.entries.keys()) {
      if (!this.touched.has(file) && !existsSync(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    }
    if (!this.dirty) return false;
    const body = JSON.stringify(Object.fromEntries(this.entries));
    const header = JSON.stringify({ format: FORMAT, version: VERSION, sha256: sha256Hex(body) });
    await writeFileAtomic(this.path, `${header}\n${body}`, { mkdir: true });
    this.dirty = false;
    return true;
  }
}
