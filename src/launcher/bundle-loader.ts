/**
 * Loads the CLI bundle with a V8 code cache, for the launchers
 * dist/bundle/main.cjs, worker.cjs and reader-worker.cjs that scripts/bundle.mjs builds from
 * this folder.
 *
 * Start-up time was mostly module loading: dozens of ES modules resolved,
 * read and compiled on every run, again in every worker thread. One script
 * compiled from a code cache skips the resolving and the compiling; the
 * cache also holds the functions a typical check compiled when the build made
 * it (a training run), so they are not compiled lazily again. Node 20 has no
 * code cache for ES modules (module.enableCompileCache is Node 22), hence
 * CommonJS scripts run through vm.Script.
 *
 * There are four scripts: hrss-audit.cjs, the tool; hrss-audit-libs.cjs,
 * the schema validator and YAML parser (zod, yaml), which only a user's
 * config or term file needs; hrss-audit-pdf.cjs, pdf.js, for .pdf files;
 * hrss-audit-reader.cjs, the readers alone, which a reader worker runs
 * instead of the tool. Every byte read and every cached function
 * deserialised costs start-up time, so the tool reaches zod, yaml and pdf.js
 * through `__hrssLib` and its import() hook, on first use.
 *
 * A cache belongs to one build and one Node version: its name carries both.
 * V8 refuses a cache made by another V8 or with other V8 flags (it is then
 * simply not used); a missing one — a new Node version, other flags — is
 * written after the first run, atomically, beside the scripts or, where
 * they cannot be written, in the user's cache folder (code-cache-files.ts).
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { keepBuiltins } from '../document/readers/pdf/builtins.js';
import { cacheFiles, openCache, optionsKey, readOrder, userCacheDir, writeCache, type CacheFiles } from './code-cache-files.js';
import type { EarlyReader } from './early-reader.js';
import { WRAPPER_HEAD } from './script-wrapper.js';

export interface BundleExports {
  main(argv: string[]): Promise<number>;
  offerEarlyReader(early: EarlyReader): void;
  releaseEarlyReader(): Promise<void>;
  startWorker(role?: unknown): Promise<void>;
  readDocument(path: string): Promise<void>;
  saveLiteralTable(): Promise<void>;
}

interface LibsExports {
  modules: Record<string, unknown>;
}

interface PdfExports extends LibsExports {
  startPageWorker(): Promise<void>;
}

export interface ReaderExports {
  startReader(): Promise<void>;
  readDocument(path: string): Promise<void>;
}

interface LoadedScript<T> {
  exports: T;
  /** Whether V8 compiled it from the code cache. */
  cached: boolean;
  /** Write the code cache if there was none, or always with `force` (false when not written). */
  saveCodeCache(force?: boolean): boolean;
}

const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));
export const SCRIPT = join(BUNDLE_DIR, 'hrss-audit.cjs');
export const LIBS_SCRIPT = join(BUNDLE_DIR, 'hrss-audit-libs.cjs');
export const PDF_SCRIPT = join(BUNDLE_DIR, 'hrss-audit-pdf.cjs');
export const READER_SCRIPT = join(BUNDLE_DIR, 'hrss-audit-reader.cjs');

let buildId: string | undefined;
/** Set by the worker launchers (the main thread does not load worker_threads to find out). */
let inWorker = false;

export function markWorkerThread(): void {
  inWorker = true;
}

/** The build's id (dist/bundle/BUILD_ID), which names its caches. */
function buildIdOf(): string {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(join(BUNDLE_DIR, 'BUILD_ID'), 'latin1').trim();
    } catch {
      // a bundle without its build id (hand-copied): still cache, under a generic name
      buildId = 'dev';
    }
  }
  return buildId;
}

function scriptName(script: string): string {
  return script === LIBS_SCRIPT ? 'libs' : script === PDF_SCRIPT ? 'pdf' : script === READER_SCRIPT ? 'reader' : 'main';
}

/** The parameters the scripts' wrapper function (script-wrapper.ts) receives (like a CommonJS module's, plus the two hooks). */
type Wrapper = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
  importModule: (specifier: string) => Promise<unknown>,
  lib: (specifier: string) => unknown,
) => void;

// Node 20 drops the import() callback of a script compiled from a cache: modules outside the bundle (pdf.js,
// plugins) are imported through this module's import() instead (src/io/import-module.ts). It resolves from
// dist/bundle/, where the scripts are.
// pdf.js is the third script: its two modules are answered from there.
const importModule = async (specifier: string): Promise<unknown> => {
  if (specifier.startsWith('pdfjs-dist/legacy/build/pdf.')) {
    const modules = loadScript<LibsExports>(PDF_SCRIPT).exports.modules;
    if (specifier in modules) return modules[specifier];
  }
  return import(specifier);
};

function lib(specifier: string): unknown {
  const modules = loadScript<LibsExports>(LIBS_SCRIPT).exports.modules;
  if (!(specifier in modules)) throw new Error(`hrss-audit-libs.cjs has no module ${specifier}`);
  return modules[specifier];
}

const loaded = new Map<string, LoadedScript<unknown>>();

/**
 * The script's text and its code cache, read through one buffer. Fresh
 * memory is what a start costs on a virtual machine: every new page faults
 * (about 3 ms per MB measured on the 2-core VM), and the script and its
 * cache are over a megabyte each. The text is copied out of the buffer into
 * a string, so the cache can be read into the same pages after it.
 */
function readScriptAndCache(file: string, files: CacheFiles): { source: string; cachedData: Buffer | undefined; cacheFile: string | undefined } {
  const sourceSize = statSync(file).size;
  let cache: { fd: number; size: number } | undefined;
  let cacheFile: string | undefined;
  for (const candidate of readOrder(files)) {
    cache = openCache(candidate, files);
    if (cache) {
      cacheFile = candidate;
      break;
    }
  }
  const buffer = Buffer.allocUnsafeSlow(Math.max(sourceSize, cache?.size ?? 0));
  const fd = openSync(file, 'r');
  try {
    readInto(fd, buffer, sourceSize);
  } finally {
    closeSync(fd);
  }
  // The scripts are ASCII (the build escapes everything else): latin1 makes a one-byte string without decoding.
  const source = buffer.toString('latin1', 0, sourceSize);
  let cachedData: Buffer | undefined;
  if (cache) {
    try {
      cachedData = buffer.subarray(0, readInto(cache.fd, buffer, cache.size));
    } catch {
      cachedData = undefined;
    } finally {
      closeSync(cache.fd);
    }
  }
  return { source, cachedData, cacheFile: cachedData === undefined ? undefined : cacheFile };
}

/** Read up to `size` bytes from the descriptor into the buffer's start; the count read. */
function readInto(fd: number, buffer: Buffer, size: number): number {
  let done = 0;
  while (done < size) {
    const n = readSync(fd, buffer, done, size - done, done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

function loadScript<T>(file: string): LoadedScript<T> {
  const known = loaded.get(file);
  if (known) return known as LoadedScript<T>;
  const files = cacheFiles(join(BUNDLE_DIR, 'v8-cache'), buildIdOf(), scriptName(file), optionsKey(), userCacheDir());
  const { source, cachedData, cacheFile } = readScriptAndCache(file, files);
  if (!source.startsWith(WRAPPER_HEAD)) throw new Error(`${file} is not a script of this build (run npm run build)`);
  // pdf.js's functions are mostly compiled lazily, as a long PDF reaches them (the cache holds what the build's
  // short training PDF ran), and V8 compiles them faster from a string in its heap than from the external one
  // the file was read into: a 202-page check took 4 % more CPU from the external string (paired runs). Joining
  // two parts makes V8 copy the text into its heap once, as it compiles; the length, which the cache checks, stays.
  const text = file === PDF_SCRIPT ? source.slice(0, -1) + source.slice(-1) : source;
  const script = new vm.Script(text, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  // pdf.js loads with the script and replaces built-ins every thread uses (see builtins.ts): keep the originals.
  const restore = file === PDF_SCRIPT ? keepBuiltins() : undefined;
  try {
    (script.runInThisContext() as Wrapper)(module.exports, createRequire(file), module, file, BUNDLE_DIR, importModule, lib);
  } finally {
    restore?.();
  }
  const result: LoadedScript<T> = {
    exports: module.exports as T,
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCodeCache(force = false): boolean {
      // A cache this run read stays, even refused: it was made for other V8 flags, and the runs that match it
      // use it. Where this run has options and the build's was refused, it writes its own. The build's training
      // run (force) writes the build's.
      if (!force && cachedData !== undefined && (cacheFile !== files.build || files.own === files.build)) return false;
      return writeCache(files, () => script.createCachedData(), force);
    },
  };
  loaded.set(file, result);
  // Worker threads are ended by whoever started them and never reach the save after a run: without a cache
  // (a new Node version), one compiled from what ran so far is better than none.
  if (!result.cached && inWorker) result.saveCodeCache();
  return result;
}

/** The pdf.js script's exports (a page worker runs from it alone). */
export function loadPdfScript(): PdfExports {
  return loadScript<PdfExports>(PDF_SCRIPT).exports;
}

/** The reader's script's exports (a reader worker runs from it alone). */
export function loadReaderScript(): ReaderExports {
  return loadScript<ReaderExports>(READER_SCRIPT).exports;
}

/** The tool's exports, compiled once per thread. */
export function loadBundle(): BundleExports {
  return loadScript<BundleExports>(SCRIPT).exports;
}

/** Write the code cache of every script this thread loaded that had none (or all of them, with `force`). */
export function saveCodeCaches(force = false): boolean {
  let all = true;
  for (const script of loaded.values()) if (!script.cached || force) all = script.saveCodeCache(force) && all;
  return all;
}
