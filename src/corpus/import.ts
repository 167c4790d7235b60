import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { readInputFile, readSource } from '../document/load.js';
import { DEFAULT_LIMITS, type Limits } from '../document/limits.js';
import { buildLegalDocument } from '../document/structure/build.js';
import { SUPPORTED_EXTENSIONS } from '../document/sniff.js';
import { ERROR_CODES, HrssError, isHrssError } from '../errors.js';
import { importModule } from '../io/import-module.js';
import { topicIndexer } from './claims.js';
import { acquireLock } from './lock.js';
import { manifestFilePath, readManifest, recordOfManifestDocument, recordOfRepealed, type Manifest, type ManifestDocument } from './manifest.js';
import { provisionsOf, recordFromText } from './provisions.js';
import { CorpusStore, type ProvisionInput, type TopicIndexer } from './store.js';
import type { LawRecord } from './types.js';

/**
 * `corpus import`, `remove` and `upgrade` never write the corpus in place:
 * they copy it to a temporary file beside it, change the copy in one
 * transaction, and rename the copy over the original. An interrupted or
 * failed run leaves the previous corpus as it was; readers (a running
 * `check`) keep the file they opened. One writer at a time (lock.ts).
 */

/** Bump when the way texts become provisions changes: every file is then re-read on the next import. */
export const PIPELINE_VERSION = 2;

export interface ImportProgress {
  phase: 'read' | 'write';
  done: number;
  total: number;
  file?: string;
}

export interface ImportProblem {
  file: string;
  code: string;
  message: string;
}

export interface ImportOptions {
  target: string;
  inputs: string[];
  cwd: string;
  manifest?: string;
  limits?: Limits;
  waitMs?: number;
  onProgress?: (p: ImportProgress) => void;
  /** Test hook: runs inside the write transaction after each law. */
  afterLaw?: (key: string) => void;
  indexer?: TopicIndexer;
}

export interface ImportResult {
  target: string;
  added: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
  laws: number;
  provisions: number;
  ms: number;
}

interface Prepared {
  record: LawRecord;
  provisions: ProvisionInput[];
  file: { sourcePath: string | null; sha256: string | null; fingerprint: string };
}

const IMPORTABLE = new Set(Object.keys(SUPPORTED_EXTENSIONS));

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p));
    else if (IMPORTABLE.has(extname(name).toLowerCase()) && !/^readme\./i.test(name)) out.push(p);
  }
  return out;
}

function fingerprint(sha: string | null, record: LawRecord): string {
  return createHash('sha256').update(JSON.stringify({ PIPELINE_VERSION, sha, record })).digest('hex');
}

/**
 * Files and manifests named on the command line. A folder is walked for
 * .md/.docx/.pdf/.txt and its manifest.json used (unless --manifest names
 * one); a .json given as an input is a manifest whose documents are all
 * imported; --manifest alone supplies metadata for the files given.
 */
async function collectInputs(options: ImportOptions): Promise<{ files: string[]; manifests: Manifest[] }> {
  const files = new Set<string>();
  const listed = new Set<string>();
  const metadataOnly = new Set<string>();
  let sawFolder = false;
  if (options.manifest) metadataOnly.add(resolve(options.cwd, options.manifest));
  for (const input of options.inputs) {
    const abs = resolve(options.cwd, input);
    if (!existsSync(abs)) throw new HrssError('E_FILE_NOT_FOUND', `找不到“${input}”：文件或目录不存在`);
    if (statSync(abs).isDirectory()) {
      sawFolder = true;
      for (const f of walk(abs)) files.add(f);
      if (!options.manifest && existsSync(join(abs, 'manifest.json'))) listed.add(join(abs, 'manifest.json'));
    } else if (extname(abs).toLowerCase() === '.json') {
      listed.add(abs);
    } else {
      files.add(abs);
    }
  }
  const manifests: Manifest[] = [];
  for (const m of [...listed, ...metadataOnly]) {
    const manifest = await readManifest(m);
    manifests.push(manifest);
    if (listed.has(m) || sawFolder) for (const d of manifest.documents) files.add(manifestFilePath(manifest, d));
  }
  return { files: [...files].sort(), manifests };
}

async function prepare(path: string, entry: { doc: ManifestDocument; manifest: Manifest } | undefined, limits: Limits): Promise<Prepared> {
  const data = await readInputFile(path, limits);
  const sha = createHash('sha256').update(data).digest('hex');
  const source = await readSource(path, data, { limits });
  const doc = buildLegalDocument(source);
  const provisions = provisionsOf(doc);
  let record: LawRecord;
  if (entry) {
    record = recordOfManifestDocument(entry.doc, entry.manifest);
    const last = doc.articles.at(-1)?.number;
    if (last) record.articles = last;
  } else {
    const fromText = recordFromText(doc, '');
    record = { ...fromText, key: `${fromText.title}@${fromText.versionDate ?? '未注明日期'}` };
  }
  return { record, provisions, file: { sourcePath: path, sha256: sha, fingerprint: fingerprint(sha, record) } };
}

function problemOf(file: string, e: unknown): ImportProblem {
  if (isHrssError(e)) return { file, code: e.code, message: `${e.message.replace(/[。.]$/, '')}。${ERROR_CODES[e.code].remedy}` };
  return { file, code: 'E_INTERNAL', message: `${ERROR_CODES.E_INTERNAL.meaning}（${(e as Error).message}）` };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Rename with retries: on Windows a reader holding the old file open makes the rename fail for a moment. */
async function replaceFile(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!['EPERM', 'EACCES', 'EBUSY'].includes(code ?? '') || attempt >= 20) {
        if (['EPERM', 'EACCES', 'EBUSY'].includes(code ?? '')) {
          throw new HrssError('E_CORPUS_BUSY', `语料库 ${to} 正被其他程序打开（如正在运行的审核），无法替换；新内容未写入，原语料库保持不变`, { cause: e });
        }
        throw e;
      }
      await sleep(150);
    }
  }
}

/** Remove temporary copies left by writers that died (their pid no longer runs). */
async function removeStaleTemps(target: string): Promise<void> {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = name.startsWith(prefix) && /\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    let running = true;
    try {
      process.kill(pid, 0);
    } catch (e) {
      running = (e as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (!running || pid === process.pid) await rm(join(dir, name), { force: true });
  }
}

/** Check an existing corpus before any work: foreign, corrupt or newer files are refused and left untouched. */
export function checkExisting(target: string): void {
  if (!existsSync(target)) return;
  if (statSync(target).size === 0) return;
  let store: CorpusStore | undefined;
  try {
    store = CorpusStore.openReadOnly(target);
  } catch (e) {
    if (isHrssError(e) && e.code === 'E_CORPUS_OUTDATED') return; // the writable copy migrates it
    throw e;
  } finally {
    store?.close();
  }
}

/**
 * Run `change` on a writable copy of the corpus (created when missing) and
 * put the copy in place atomically. The lock is held from copy to rename.
 */
export async function withWritableCopy<T>(target: string, options: { waitMs: number; create: boolean; indexer?: TopicIndexer }, change: (store: CorpusStore) => T): Promise<T> {
  checkExisting(target);
  if (!options.create && !existsSync(target)) throw new HrssError('E_CORPUS_MISSING', `找不到语料库 ${target}`);
  await mkdir(dirname(target), { recursive: true });
  const release = await acquireLock(target, { waitMs: options.waitMs });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await removeStaleTemps(target);
    if (existsSync(target) && statSync(target).size > 0) await copyFile(target, temp);
    const store = CorpusStore.openWritable(temp, options.indexer ?? topicIndexer);
    let result: T;
    try {
      result = store.db.transaction(() => change(store))();
      store.finish({ optimize: true });
    } finally {
      store.close();
    }
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await replaceFile(temp, target);
    return result;
  } finally {
    await rm(temp, { force: true });
    await release();
  }
}

/** `hrss-audit corpus import`: read every file, then write them all in one transaction on a copy. */
export async function importCorpus(options: ImportOptions): Promise<ImportResult> {
  const started = Date.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  checkExisting(options.target);
  const { files, manifests } = await collectInputs(options);
  const byPath = new Map<string, { doc: ManifestDocument; manifest: Manifest }>();
  for (const manifest of manifests) for (const doc of manifest.documents) byPath.set(manifestFilePath(manifest, doc), { doc, manifest });
  const problems: ImportProblem[] = [];
  for (const [path, entry] of byPath) {
    if (!existsSync(path)) problems.push({ file: relative(options.cwd, path) || path, code: 'E_FILE_NOT_FOUND', message: `清单 ${entry.manifest.path} 列出的文件不存在（${entry.doc.id}）` });
  }

  const prepared: Prepared[] = [];
  let done = 0;
  for (const file of files) {
    const shown = relative(options.cwd, file) || file;
    options.onProgress?.({ phase: 'read', done, total: files.length, file: shown });
    if (!existsSync(file)) {
      done++;
      continue;
    }
    try {
      prepared.push(await prepare(file, byPath.get(file), limits));
    } catch (e) {
      problems.push(problemOf(shown, e));
    }
    done++;
  }
  options.onProgress?.({ phase: 'read', done, total: files.length });
  for (const manifest of manifests) {
    for (const r of manifest.repealed) {
      const record = recordOfRepealed(r);
      prepared.push({ record, provisions: [], file: { sourcePath: null, sha256: null, fingerprint: fingerprint(null, record) } });
    }
  }

  const counts = { added: 0, updated: 0, unchanged: 0 };
  const totals = await withWritableCopy(options.target, { waitMs: options.waitMs ?? 10_000, create: true, indexer: options.indexer }, (store) => {
    prepared.forEach((p, i) => {
      options.onProgress?.({ phase: 'write', done: i, total: prepared.length, file: p.record.title });
      counts[store.putLaw(p.record, p.provisions, p.file)]++;
      options.afterLaw?.(p.record.key);
    });
    options.onProgress?.({ phase: 'write', done: prepared.length, total: prepared.length });
    const laws = store.db.prepare('SELECT count(*) FROM law').pluck().get() as number;
    const provisions = store.db.prepare('SELECT count(*) FROM provision').pluck().get() as number;
    return { laws, provisions };
  });
  return { target: options.target, ...counts, problems, ...totals, ms: Date.now() - started };
}

/** `hrss-audit corpus remove`: delete laws by key or title (all versions of a title). */
export async function removeFromCorpus(target: string, queries: string[], options: { waitMs: number }): Promise<{ removed: Array<{ key: string; title: string }>; notFound: string[] }> {
  const notFound: string[] = [];
  const removed = await withWritableCopy(target, { waitMs: options.waitMs, create: false }, (store) => {
    const out: Array<{ key: string; title: string }> = [];
    for (const q of queries) {
      const laws = store.findLaws(q);
      if (laws.length === 0) notFound.push(q);
      for (const law of laws) {
        store.removeLaw(law.id);
        out.push({ key: law.key, title: law.title });
      }
    }
    return out;
  });
  return { removed, notFound };
}

/** `hrss-audit corpus upgrade`: migrate a corpus written by an older release. */
export async function upgradeCorpus(target: string, options: { waitMs: number }): Promise<{ from: number; to: number }> {
  let from = 0;
  const { default: Database } = await importModule<{ default: typeof import('better-sqlite3') }>('better-sqlite3');
  if (existsSync(target)) {
    const db = new Database(target, { readonly: true, fileMustExist: true });
    try {
      from = db.pragma('user_version', { simple: true }) as number;
    } catch (e) {
      throw new HrssError('E_CORPUS_CORRUPT', `语料库 ${target} 不是 SQLite 数据库文件（可能已损坏）`, { cause: e });
    } finally {
      db.close();
    }
  }
  const to = await withWritableCopy(target, { waitMs: options.waitMs, create: false }, (store) => store.db.pragma('user_version', { simple: true }) as number);
  return { from, to };
}
