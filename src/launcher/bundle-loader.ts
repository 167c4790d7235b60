/**
 * Loads the CLI bundle (dist/bundle/hrss-audit.cjs, one script) with a V8
 * code cache, for the launchers dist/bundle/main.mjs and worker.mjs that
 * scripts/bundle.mjs builds from this folder.
 *
 * Start-up time was mostly module loading: dozens of ES modules resolved,
 * read and compiled on every run, again in every worker thread. One script
 * compiled from a code cache skips the resolving and the compiling; the
 * cache also holds the functions a typical check compiled when the build made
 * it (a training run), so they are not compiled lazily again. Node 20 has no
 * code cache for ES modules (module.enableCompileCache is Node 22), hence a
 * CommonJS script run through vm.Script.
 *
 * The cache belongs to one build and one Node version: its name carries
 * both. V8 refuses a cache made by another V8 or with other V8 flags (it is
 * then simply not used); a missing one — a new Node version — is written
 * after the first run, atomically, when the folder is writable.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export interface BundleExports {
  main(argv: string[]): Promise<number>;
  startWorker(): Promise<void>;
}

export interface LoadedBundle {
  exports: BundleExports;
  /** Whether V8 used the code cache. */
  cached: boolean;
  /** Write the code cache if there was none (false when it existed or could not be written). */
  saveCodeCache(force?: boolean): boolean;
}

const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));
export const SCRIPT = join(BUNDLE_DIR, 'hrss-audit.cjs');

export function codeCachePath(dir: string = BUNDLE_DIR): string {
  let build = 'dev';
  try {
    build = readFileSync(join(dir, 'BUILD_ID'), 'latin1').trim();
  } catch {
    // a bundle without its build id (hand-copied): still cache, under a generic name
  }
  return join(dir, 'v8-cache', `${build}-node${process.version}-${process.arch}.bin`);
}

let loaded: LoadedBundle | undefined;

/** The bundle's exports, compiled once per thread. */
export function loadBundle(): LoadedBundle {
  if (loaded) return loaded;
  // The bundle is ASCII (esbuild escapes everything else; the build checks): latin1 makes a one-byte string without decoding.
  const source = readFileSync(SCRIPT, 'latin1');
  const cacheFile = codeCachePath();
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __hrssImport) {${source}\n})`, { filename: SCRIPT, cachedData });
  const module = { exports: {} as BundleExports };
  // Node 20 drops the import() callback of a script compiled from a cache: modules outside the bundle (pdf.js,
  // plugins) are imported through this module's import() instead (src/io/import-module.ts). It resolves from
  // dist/bundle/, where the script is.
  const importModule = (specifier: string): Promise<unknown> => import(specifier);
  script.runInThisContext()(module.exports, createRequire(SCRIPT), module, SCRIPT, BUNDLE_DIR, importModule);
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  loaded = {
    exports: module.exports,
    cached,
    saveCodeCache(force = false): boolean {
      // A rejected cache was made for other V8 flags: keep it for the runs that match it.
      if (cachedData !== undefined && !force) return false;
      const temp = `${cacheFile}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
        return true;
      } catch {
        rmSync(temp, { force: true });
        return false;
      }
    },
  };
  return loaded;
}
