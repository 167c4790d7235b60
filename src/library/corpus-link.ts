import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * How batch runs reach the corpus of laws without loading SQLite in the
 * main thread: a cheap version string for the cache key, and an opener each
 * worker calls at most once, and only when a rule asks for the corpus.
 */

export const DEFAULT_CORPUS = '.hrss-audit/corpus.db';

/** The corpus file a run uses: --corpus, else the config's corpus, else .hrss-audit/corpus.db. */
export function corpusPathFor(cli: string | undefined, configured: string | undefined, cwd: string): string {
  return cli ? resolve(cwd, cli) : configured ?? join(cwd, DEFAULT_CORPUS);
}

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
export function lazyCorpus(open: () => Promise<unknown>): () => Promise<unknown> {
  let opened: Promise<unknown> | undefined;
  return () => (opened ??= open());
}

/**
 * Open the corpus for rules that ask for it. The corpus store (src/corpus/)
 * is being built on its own branch; until it lands no rule needs the
 * corpus and rules get undefined, exactly as in a run without a corpus.
 */
export async function openCorpusAt(_path: string | null): Promise<unknown> {
  return undefined;
}
