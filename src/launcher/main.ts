/** dist/bundle/main.cjs: the CLI, loaded from the bundle (see bundle-loader.ts); bin/hrss-audit.js calls launchCli(). */
import { fileURLToPath } from 'node:url';
import { loadBundle, loadReaderScript, saveCodeCaches } from './bundle-loader.js';
import { startEarlyReader } from './early-reader.js';

export async function launchCli(argv: string[]): Promise<number> {
  // Before the tool is loaded: the reader sets itself up on the other core meanwhile.
  const early = startEarlyReader(argv, fileURLToPath(new URL('./reader-worker.cjs', import.meta.url)));
  const bundle = loadBundle();
  try {
    if (early) bundle.offerEarlyReader(early);
    return await bundle.main(argv);
  } finally {
    await bundle.releaseEarlyReader();
    // Once per Node version: later runs start from the cache.
    saveCodeCaches();
  }
}

/**
 * Make the code caches at build time: run typical commands in this process
 * (the scripts compiled without a cache), then store everything compiled.
 * Each run is [working directory, arguments]; `read` names files to read
 * in this thread as well.
 */
export async function trainCodeCache(runs: Array<[string, string[]]>, read: string[] = []): Promise<boolean> {
  const bundle = loadBundle();
  for (const [cwd, argv] of runs) {
    process.chdir(cwd);
    await bundle.main([process.argv[0], 'hrss-audit', ...argv]);
  }
  // Files that checks read on worker threads (PDFs), read here too so that their code is cached: with the tool's
  // script (an audit worker reads its own files) and with the reader's (a reader worker runs that alone).
  const reader = loadReaderScript();
  for (const path of read) {
    await bundle.readDocument(path);
    await reader.readDocument(path);
  }
  // What the runs found in the tool's patterns: later processes read it instead of every pattern.
  await bundle.saveLiteralTable();
  return saveCodeCaches(true);
}
