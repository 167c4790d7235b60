import { existsSync, readFileSync, statSync } from 'node:fs';
import { open, readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Limits } from '../document/limits.js';
import type { ProfileOverrides } from '../document/model.js';
import type { LoadedConfig } from '../engine/config.js';
import type { ActiveRule } from '../engine/registry.js';
import type { DocumentResult } from '../engine/types.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { HrssError } from '../errors.js';
import { TOOL_VERSION } from '../package-info.js';
import type { CacheSecret } from './cache-key.js';
import { nodeCrypto } from '../io/node-crypto.js';
import { sha256Hex } from '../io/sha256.js';

/**
 * The result cache of `check --cache`: one file mapping each audited file
 * to the key it was audited under and its result. The key covers the
 * file's content, the tool build, the resolved rules (ids, versions,
 * severities, options), settings, limits, the custom rule and term files,
 * the review date and — when a rule uses it — the corpus version. Anything
 * else changing means a different key, so a stale result is never reused.
 * Each entry is authenticated with a secret kept outside the cache
 * (cache-key.ts), so a cache edited or written elsewhere cannot stand in
 * for an audit.
 */

export const DEFAULT_CACHE_LOCATION = '.hrss-audit/cache';
const FORMAT = 'hrss-audit-cache';
/** 2: entries carry an HMAC, the header the id of the key. */
const VERSION = 2;

/** Failures that depend on the run (time, memory, a crash, the disk), not on the file: never cached. */
const TRANSIENT_ERRORS = new Set(['E_TIMEOUT', 'E_OUT_OF_MEMORY', 'E_WORKER_CRASH', 'E_FILE_READ', 'E_FILE_NOT_FOUND', 'E_INTERNAL']);

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
  /** HMAC of key and result with the secret kept outside the cache (see cache-key.ts). */
  mac: string;
  result: DocumentResult;
}

function validEntry(e: unknown): e is Entry {
  if (typeof e !== 'object' || e === null) return false;
  const { key, mac, result } = e as Partial<Entry>;
  return (
    typeof key === 'string' &&
    typeof mac === 'string' &&
    typeof result === 'object' &&
    result !== null &&
    typeof result.path === 'string' &&
    typeof result.sha256 === 'string' &&
    (result.status === 'ok' || result.status === 'unreadable') &&
    Array.isArray(result.findings)
  );
}

/** What the entry's HMAC covers: the key (content hash and everything the run depends on) and the result as stored. */
function macInput(key: string, result: DocumentResult): string {
  return `${key}\n${JSON.stringify(result)}`;
}

export type CacheNotice = (code: 'E_CACHE_CORRUPT' | 'E_CACHE_UNTRUSTED', reason: string) => void;

/** The first line of a cache file is a short JSON header; more than this before a newline is not ours. */
const HEADER_MAX = 4096;

/**
 * Whether the file at the cache location is a cache of ours, from its first
 * bytes: a JSON header naming the format. Anything else (a document, an
 * empty-looking file with content, a FIFO) is never read further nor
 * replaced.
 */
async function readHeaderLine(path: string): Promise<{ line: string; size: number } | null> {
  let st;
  try {
    st = await stat(path);
  } catch (e) {
    // Nothing there (ENOTDIR: a path through a file, which only the write will report).
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw notOurs(path, `无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
  }
  if (!st.isFile()) throw notOurs(path, st.isDirectory() ? '是一个目录' : '不是普通文件（设备、管道或套接字）');
  if (st.size === 0) return { line: '', size: 0 };
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(HEADER_MAX, st.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    const newline = head.indexOf('\n');
    if (newline < 0 && st.size > bytesRead) return { line: '', size: st.size };
    return { line: newline >= 0 ? head.slice(0, newline) : head, size: st.size };
  } finally {
    await handle.close();
  }
}

function notOurs(path: string, why: string): HrssError {
  return new HrssError('E_CACHE_LOCATION', `缓存位置 ${path} ${why}，不是 hrss-audit 的缓存文件；为免覆盖它，本次没有审核`);
}

function isOurHeader(line: string): { version?: unknown; sha256?: unknown; keyId?: unknown } | null {
  try {
    const header = JSON.parse(line);
    return typeof header === 'object' && header !== null && header.format === FORMAT ? header : null;
  } catch {
    return null;
  }
}

export class ResultCache {
  private dirty = false;
  private readonly touched = new Set<string>();
  private untrusted = 0;

  private constructor(
    readonly path: string,
    private readonly secret: CacheSecret,
    private readonly entries: Map<string, Entry>,
    private readonly notice: CacheNotice,
  ) {}

  static empty(path: string, secret: CacheSecret, notice: CacheNotice = () => {}): ResultCache {
    return new ResultCache(path, secret, new Map(), notice);
  }

  /**
   * Read the cache file. A missing or empty file, or one from another cache
   * format version, gives an empty cache; a damaged one (bad checksum or
   * entry) is discarded with a notice; one written with another key (another
   * machine) is not trusted. A file that is not a cache of ours at all is
   * refused (E_CACHE_LOCATION): it will not be overwritten.
   */
  static async load(location: string, secret: CacheSecret, notice: CacheNotice): Promise<ResultCache> {
    const head = await readHeaderLine(location);
    // A symbolic link to a cache is followed: the cache is written where it points.
    const path = head ? await realpath(location) : location;
    const empty = (): ResultCache => ResultCache.empty(path, secret, notice);
    if (!head || head.size === 0) return empty();
    const header = isOurHeader(head.line);
    if (!header) throw notOurs(location, '已有内容');
    if (header.version !== VERSION) return empty();
    // The checksum is over the body's UTF-8 bytes: hashed as read, and decoded once, for parsing.
    const bytes = await readFile(path);
    const body = bytes.subarray(bytes.indexOf(10) + 1);
    if (header.sha256 !== sha256Hex(body)) {
      notice('E_CACHE_CORRUPT', '校验和不符（文件被截断或改动过）');
      return empty();
    }
    if (header.keyId !== secret.id) {
      notice('E_CACHE_UNTRUSTED', `由另一台机器或另一个缓存密钥写入，无法验证（本机密钥：${secret.source}）`);
      return empty();
    }
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString('utf8'));
    } catch {
      notice('E_CACHE_CORRUPT', '内容无法解析');
      return empty();
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      notice('E_CACHE_CORRUPT', '内容结构不对');
      return empty();
    }
    const entries = new Map<string, Entry>();
    for (const [file, entry] of Object.entries(raw)) {
      if (!validEntry(entry)) {
        notice('E_CACHE_CORRUPT', '有结构不对的条目');
        return empty();
      }
      entries.set(file, entry);
    }
    return new ResultCache(path, secret, entries, notice);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Entries found altered (their HMAC did not verify) in this run. */
  get untrustedEntries(): number {
    return this.untrusted;
  }

  /**
   * The cached result of a file audited under this key, if any. Entries are
   * verified when used: one whose HMAC does not match was not written by
   * this tool with this key — it is dropped and the file audited again.
   */
  get(file: string, key: string): DocumentResult | undefined {
    this.touched.add(file);
    const entry = this.entries.get(file);
    if (!entry || entry.key !== key) return undefined;
    if (!timingSafeEqualHex(entry.mac, this.secret.mac(macInput(entry.key, entry.result)))) {
      if (this.untrusted++ === 0) this.notice('E_CACHE_UNTRUSTED', '有条目的校验码不符（缓存被改动过），这些文件已重新审核');
      this.entries.delete(file);
      this.dirty = true;
      return undefined;
    }
    return entry.result;
  }

  /** Record a fresh result; transient failures are dropped (and forget any older result). */
  set(file: string, key: string, result: DocumentResult): void {
    this.touched.add(file);
    if (!isCacheable(result)) {
      if (this.entries.delete(file)) this.dirty = true;
      return;
    }
    this.entries.set(file, { key, mac: this.secret.mac(macInput(key, result)), result });
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
    const header = JSON.stringify({ format: FORMAT, version: VERSION, sha256: sha256Hex(body), keyId: this.secret.id });
    await writeFileAtomic(this.path, `${header}\n${body}`, { mkdir: true });
    this.dirty = false;
    return true;
  }
}

function timingSafeEqualHex(a: string, b: string): boolean {
  return a.length === b.length && nodeCrypto().timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
