import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HrssError } from '../errors.js';
import type { CorpusApi } from './api.js';

/**
 * Where the corpus is and how `check` gets it: `--corpus`, else the config's
 * `corpus`, else .hrss-audit/corpus.db under the working directory. Opened
 * lazily, read-only, once per run, and only when a rule asks for it. A
 * missing default corpus means the built-in registry alone; a missing
 * explicit one is an error (E_CORPUS_MISSING, exit 2).
 */

export const DEFAULT_CORPUS = join('.hrss-audit', 'corpus.db');

export interface CorpusLocation {
  path: string;
  /** Named by --corpus or the config (then it must exist). */
  explicit: boolean;
}

export function locateCorpus(cli: string | undefined, configured: string | undefined, cwd: string): CorpusLocation {
  if (cli) return { path: resolve(cwd, cli), explicit: true };
  if (configured) return { path: resolve(cwd, configured), explicit: true };
  return { path: resolve(cwd, DEFAULT_CORPUS), explicit: false };
}

/** Fail early (before any file is audited) when an explicitly named corpus does not exist. */
export function requireExplicitCorpus(location: CorpusLocation): void {
  if (location.explicit && !existsSync(location.path)) {
    throw new HrssError('E_CORPUS_MISSING', `找不到语料库文件 ${location.path}`);
  }
}

let registryOnly: Promise<CorpusApi> | undefined;

/** The built-in registry alone, shared by every run in the process. */
export function registryOnlyCorpus(): Promise<CorpusApi> {
  registryOnly ??= import('./corpus.js').then((m) => m.Corpus.registryOnly());
  return registryOnly;
}

/** A memoised opener for one run. */
export function corpusProvider(location: CorpusLocation): () => Promise<CorpusApi> {
  let opened: Promise<CorpusApi> | undefined;
  return () => {
    opened ??= existsSync(location.path)
      ? import('./corpus.js').then((m) => m.Corpus.open(location.path))
      : location.explicit
        ? Promise.reject(new HrssError('E_CORPUS_MISSING', `找不到语料库文件 ${location.path}`))
        : registryOnlyCorpus();
    return opened;
  };
}
