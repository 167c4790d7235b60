import { statSync } from 'node:fs';
import type { CorpusApi } from '../corpus/api.js';

/**
 * How batch runs reach the corpus of laws without loading SQLite in the
 * main thread: a cheap version string for the cache key, and an opener each
 * worker calls at most once, and only when a rule asks for the corpus.
 */

/** Reads a version the corpus stores about itself (e.g. a row of its meta table); registered by the corpus module. */
export type StoredVersionReader = (path: string) => string | null;
let storedVersionReader: StoredVersionReader | undefined;

/** For the corpus module: prefer its stored version to the file's size and mtime. */
export function registerCorpusVersionReader(reader: StoredVersionReader | undefined): void {
  storedVersionReader = reader;
}

function fileStamp(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.size}:${Math.round(s.mtimeMs)}`;
  } catch {
    return null;
  }
}

/**
 * A string that changes whenever the corpus may have changed; null when
 * there is no corpus file. Without a stored version, the size and mtime of
 * the database and of its write-ahead log (SQLite WAL mode) stand in.
 */
export function corpusVersion(path: string | null | undefined): string | null {
  if (!path) return null;
  const main = fileStamp(path);
  if (main === null) return null;
  const stored = storedVersionReader?.(path);
  if (stored) return `stored:${stored}`;
  return `file:${main}:${fileStamp(`${path}-wal`) ?? '-'}`;
}

/** Memoise an opener: the corpus is opened once per worker, on the first rule that asks. */
export function lazyCorpus<T>(open: () => Promise<T>): () => Promise<T> {
  let opened: Promise<T> | undefined;
  return () => (opened ??= open());
}

/**
 * Open the corpus for rules that ask for it, in the thread that runs them.
 * The main thread has already refused a missing explicit corpus; a missing
 * default corpus means the built-in registry alone.
 */
export async function openCorpusAt(path: string | null): Promise<CorpusApi> {
  const { corpusProvider, registryOnlyCorpus } = await import('../corpus/provider.js');
  if (!path) return registryOnlyCorpus();
  return corpusProvider({ path, explicit: false })();
}
