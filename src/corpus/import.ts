import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { readInputFile, readSource } from '../document/load.js';
import { DEFAULT_LIMITS, type Limits } from '../document/limits.js';
import { buildLegalDocument } from '../document/structure/build.js';
import { SUPPORTED_EXTENSIONS } from '../document/sniff.js';
import { ERROR_CODES, HrssError, isHrssError } from '../errors.js';
import { importModule } from '../io/import-module.js';
import { topicIndexer } from './claims.js';
import { statementIndexer } from './law-statements.js';
import { insideFolder } from './inside-folder.js';
import { removeLeftovers, tempCopyPath } from './leftovers.js';
import { acquireLock } from './lock.js';
import { entryLabel, manifestFilePath, readManifest, recordOfManifestDocument, recordOfRepealed, type Manifest, type ManifestDocument } from './manifest.js';
import { provisionsOf, recordFromText } from './provisions.js';
import { checkCorpusFile, CorpusStore, normalizeProvision, textKey, translate, type LawSource, type ProvisionInput, type TopicIndexer } from './store.js';
import type { LawRecord } from './types.js';

/**
 * `corpus import`, `remove` and `upgrade` never write the corpus in place:
 * they copy it to a temporary file beside it, change the copy in one
 * transaction, and rename the copy over the original. An interrupted or
 * failed run leaves the previous corpus as it was; readers (a running
 * `check`) keep the file they opened. One writer at a time (lock.ts).
 */

/** Bump when the way texts become provisions changes: every file is then re-read on the next import. */
export const PIPELINE_VERSION = 3;

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
  file: LawSource;
}

const IMPORTABLE = new Set(Object.keys(SUPPORTED_EXTENSIONS));
const importable = (name: string): boolean => IMPORTABLE.has(extname(name).toLowerCase()) && !/^readme\./i.test(name);

/**
 * The files of a folder to import, as library mode finds documents: links
 * (and Windows junctions) are never followed. One that points inside the
 * folder adds nothing (its target is walked under its own path, so a loop
 * ends); one that points outside is reported and not read
 * (E_SYMLINK_OUTSIDE), like `texts/x.md -> /etc/passwd` or `etc -> /etc`.
 * FIFOs and devices are never opened (E_SPECIAL_FILE); a folder that cannot
 * be listed is reported (E_DIR_READ).
 */
function walk(root: string, problems: ImportProblem[], cwd: string): string[] {
  const rootReal = realpathSync(root);
  const out: string[] = [];
  const shown = (p: string): string => relative(cwd, p) || p;
  const visit = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      problems.push({
        file: `${shown(dir)}/`,
        code: 'E_DIR_READ',
        message: `文件夹无法读取（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}），其中的文件未导入。`,
      });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      let st: Stats;
      try {
        st = lstatSync(p);
      } catch {
        continue; // gone since the listing
      }
      if (st.isSymbolicLink()) {
        let real: string;
        let target: Stats;
        try {
          real = realpathSync(p);
          target = statSync(p);
        } catch {
          if (importable(name)) problems.push({ file: shown(p), code: 'E_FILE_READ', message: '符号链接指向的文件不存在，未导入。' });
          continue;
        }
        if (!insideFolder(rootReal, real) && (target.isDirectory() || importable(name))) {
          problems.push({
            file: shown(p),
            code: 'E_SYMLINK_OUTSIDE',
            message: `${target.isDirectory() ? '文件夹' : '文件'}是指向导入目录之外（${real}）的符号链接，未导入。确需导入时，在命令行上直接列出该文件，或把它复制到导入目录中。`,
          });
        }
        continue;
      }
      if (st.isDirectory()) visit(p);
      else if (!importable(name)) continue;
      else if (st.isFile()) out.push(p);
      else problems.push({ file: shown(p), code: 'E_SPECIAL_FILE', message: '不是普通文件（命名管道、套接字或设备文件），未打开。' });
    }
  };
  visit(root);
  return out;
}

function fingerprint(sha: string | null, record: LawRecord): string {
  return createHash('sha256').update(JSON.stringify({ PIPELINE_VERSION, sha, record })).digest('hex');
}

/**
 * What a text is, whatever manifest describes it: its own title and version
 * date (as read without a manifest) and its provisions, normalised (so the
 * same law as .md and as .docx, or with other line endings, is one text).
 */
export function contentHash(title: string, versionDate: string | null, provisions: ProvisionInput[]): string {
  const body = provisions.map((p) => [p.address, normalizeProvision(p.text)]);
  return createHash('sha256')
    .update(JSON.stringify([normalizeProvision(title), versionDate, body]))
    .digest('hex');
}

/** Refuse manifest entries whose file, once links are resolved, lies outside the manifest's folder. */
function confineManifest(manifest: Manifest, readFrom: Map<string, string>): void {
  let dirReal: string;
  try {
    dirReal = realpathSync(manifest.dir);
  } catch {
    return;
  }
  manifest.documents.forEach((d, i) => {
    const file = manifestFilePath(manifest, d);
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      return; // missing: reported as a problem of its own
    }
    if (!insideFolder(dirReal, real)) {
      throw new HrssError(
        'E_MANIFEST_INVALID',
        `清单 ${manifest.path} 不合法：${entryLabel(i, d)} 的文件路径“${d.path}”经符号链接指向清单所在目录之外（${real}），不予读取`,
      );
    }
    readFrom.set(file, real);
  });
}

/** A folder's manifest.json, unless it is a link leading out of the folder. */
function folderManifest(folder: string): string | undefined {
  const path = join(folder, 'manifest.json');
  if (!existsSync(path)) return undefined;
  if (lstatSync(path).isSymbolicLink() && !insideFolder(realpathSync(folder), realpathSync(path))) {
    throw new HrssError('E_MANIFEST_INVALID', `清单 ${path} 是指向目录之外（${realpathSync(path)}）的符号链接，不予读取`);
  }
  return path;
}

/**
 * Files and manifests named on the command line. A folder is walked for
 * .md/.docx/.pdf/.txt and its manifest.json used (unless --manifest names
 * one); a .json given as an input is a manifest whose documents are all
 * imported; --manifest alone supplies metadata for the files given.
 *
 * Reading stays inside what the user named: a manifest's paths must lead
 * into its own folder (relative, no `..` out of it, no link out of it), and
 * a walked folder's links must stay inside that folder. A file named on the
 * command line is read wherever it is, link or not: the user chose it.
 */
async function collectInputs(
  options: ImportOptions,
): Promise<{ files: string[]; manifests: Manifest[]; readFrom: Map<string, string>; problems: ImportProblem[] }> {
  const files = new Set<string>();
  const listed = new Set<string>();
  const metadataOnly = new Set<string>();
  const readFrom = new Map<string, string>();
  const problems: ImportProblem[] = [];
  let sawFolder = false;
  if (options.manifest) metadataOnly.add(resolve(options.cwd, options.manifest));
  for (const input of options.inputs) {
    const abs = resolve(options.cwd, input);
    if (!existsSync(abs)) throw new HrssError('E_FILE_NOT_FOUND', `找不到“${input}”：文件或目录不存在`);
    if (statSync(abs).isDirectory()) {
      sawFolder = true;
      for (const f of walk(abs, problems, options.cwd)) files.add(f);
      const manifest = options.manifest ? undefined : folderManifest(abs);
      if (manifest) listed.add(manifest);
    } else if (extname(abs).toLowerCase() === '.json') {
      listed.add(abs);
    } else {
      files.add(abs);
    }
  }
  const manifests: Manifest[] = [];
  for (const m of [...listed, ...metadataOnly]) {
    const manifest = await readManifest(m);
    confineManifest(manifest, readFrom);
    manifests.push(manifest);
    if (listed.has(m) || sawFolder) for (const d of manifest.documents) files.add(manifestFilePath(manifest, d));
  }
  return { files: [...files].sort(), manifests, readFrom, problems };
}

async function prepare(path: string, readFrom: string, entry: { doc: ManifestDocument; manifest: Manifest } | undefined, limits: Limits): Promise<Prepared> {
  const data = await readInputFile(readFrom, limits);
  const sha = createHash('sha256').update(data).digest('hex');
  const source = await readSource(path, data, { limits });
  const doc = buildLegalDocument(source);
  const provisions = provisionsOf(doc);
  const fromText = recordFromText(doc, '');
  let record: LawRecord;
  if (entry) {
    record = recordOfManifestDocument(entry.doc, entry.manifest);
    const last = doc.articles.at(-1)?.number;
    if (last) record.articles = last;
  } else {
    record = { ...fromText, key: textKey(fromText.title, fromText.versionDate) };
  }
  return {
    record,
    provisions,
    file: {
      sourcePath: path,
      sha256: sha,
      fingerprint: fingerprint(sha, record),
      contentHash: provisions.length > 0 ? contentHash(fromText.title, fromText.versionDate, provisions) : null,
      origin: entry ? 'manifest' : 'text',
    },
  };
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

/** Check an existing corpus before any work: what is not a corpus file, foreign, damaged or newer is refused and left untouched. */
export function checkExisting(target: string): void {
  if (!checkCorpusFile(target, 'read')) return;
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

/** Everything a writer needs before it starts: a sound corpus (or none), which we may replace, in a folder we may write to. */
export function preflightWrite(target: string, options: { create: boolean }): void {
  checkExisting(target);
  const exists = checkCorpusFile(target, 'write');
  if (!options.create && !exists) throw new HrssError('E_CORPUS_MISSING', `找不到语料库 ${target}`);
  const dir = dirname(target);
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new HrssError('E_CORPUS_NOT_FILE', `语料库路径 ${target} 中的 ${dir} 不是目录`);
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw new HrssError('E_CORPUS_ACCESS', `语料库所在目录 ${dir} 不可写：导入要在其中写入临时副本和锁文件`, { cause: e });
  }
}

/**
 * Run `change` on a writable copy of the corpus (created when missing) and
 * put the copy in place atomically. The lock is held from copy to rename;
 * holding it, the writer also removes what killed writers left behind.
 */
export async function withWritableCopy<T>(
  target: string,
  options: { waitMs: number; create: boolean; indexer?: TopicIndexer; preflighted?: boolean },
  change: (store: CorpusStore) => T,
): Promise<T> {
  if (!options.preflighted) preflightWrite(target, options);
  let release: (() => Promise<void>) | undefined;
  const temp = tempCopyPath(target);
  try {
    await mkdir(dirname(target), { recursive: true });
    release = await acquireLock(target, { waitMs: options.waitMs });
    await removeLeftovers(target, temp);
    if (existsSync(target) && statSync(target).size > 0) await copyFile(target, temp);
    const store = CorpusStore.openWritable(temp, options.indexer ?? topicIndexer);
    let result: T;
    try {
      result = store.db.transaction(() => change(store))();
      store.finish({ optimize: true, statements: statementIndexer });
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
  } catch (e) {
    throw translate(target, e);
  } finally {
    await rm(temp, { force: true });
    await release?.();
  }
}

/** `hrss-audit corpus import`: read every file, then write them all in one transaction on a copy. */
export async function importCorpus(options: ImportOptions): Promise<ImportResult> {
  const started = Date.now();
  const limits = options.limits ?? DEFAULT_LIMITS;
  preflightWrite(options.target, { create: true });
  const { files, manifests, readFrom, problems } = await collectInputs(options);
  const byPath = new Map<string, { doc: ManifestDocument; manifest: Manifest }>();
  for (const manifest of manifests) for (const doc of manifest.documents) byPath.set(manifestFilePath(manifest, doc), { doc, manifest });
  for (const [path, entry] of byPath) {
    if (!existsSync(path))
      problems.push({
        file: relative(options.cwd, path) || path,
        code: 'E_FILE_NOT_FOUND',
        message: `清单 ${entry.manifest.path} 列出的文件不存在（${entry.doc.id}）`,
      });
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
      prepared.push(await prepare(file, readFrom.get(file) ?? file, byPath.get(file), limits));
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
  const totals = await withWritableCopy(
    options.target,
    { waitMs: options.waitMs ?? 10_000, create: true, indexer: options.indexer, preflighted: true },
    (store) => {
      const importing = new Set(prepared.map((p) => p.record.key));
      prepared.forEach((p, i) => {
        options.onProgress?.({ phase: 'write', done: i, total: prepared.length, file: p.record.title });
        counts[store.putLaw(p.record, p.provisions, p.file, importing)]++;
        options.afterLaw?.(p.record.key);
      });
      options.onProgress?.({ phase: 'write', done: prepared.length, total: prepared.length });
      const laws = store.db.prepare('SELECT count(*) FROM law').pluck().get() as number;
      const provisions = store.db.prepare('SELECT count(*) FROM provision').pluck().get() as number;
      return { laws, provisions };
    },
  );
  return { target: options.target, ...counts, problems, ...totals, ms: Date.now() - started };
}

/** `hrss-audit corpus remove`: delete laws by key or title (all versions of a title). */
export async function removeFromCorpus(
  target: string,
  queries: string[],
  options: { waitMs: number },
): Promise<{ removed: Array<{ key: string; title: string }>; notFound: string[] }> {
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
  preflightWrite(target, { create: false });
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
