/** dist/bundle/main.mjs: the CLI, loaded from the bundle (see bundle-loader.ts); bin/hrss-audit.js calls main(). */
import { loadBundle } from './bundle-loader.js';

export async function main(argv: string[]): Promise<number> {
  const bundle = loadBundle();
  try {
    return await bundle.exports.main(argv);
  } finally {
    // Once per Node version: later runs start from the cache.
    if (!bundle.cached) bundle.saveCodeCache();
  }
}

/**
 * Make the code cache at build time: run typical commands in this process
 * (the bundle compiled without a cache), then store everything compiled.
 */
export async function trainCodeCache(runs: string[][]): Promise<boolean> {
  const bundle = loadBundle();
  for (const argv of runs) await bundle.exports.main([process.argv[0], 'hrss-audit', ...argv]);
  return bundle.saveCodeCache(true);
}
