import { closeSync, copyFileSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { sharedCorpusDb } from './corpus.js';

/**
 * A private copy of the corpus imported from the shared laws (a real corpus
 * file, 16 MB), in a folder of its own, removed when the test ends. Call it
 * inside a test.
 */
export async function copyOfSharedCorpus(name = 'corpus.db'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-corpus-copy-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, name);
  copyFileSync(await sharedCorpusDb(), path);
  return path;
}

/**
 * Overwrite one page in the middle of a table's b-tree with garbage, as a
 * bad sector or a stray write would: the file keeps its size and header.
 * Returns the page number.
 */
export function damagePage(path: string, table: string): number {
  const db = new Database(path, { readonly: true });
  let pages: number[];
  let pageSize: number;
  try {
    pages = db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").pluck().all(table) as number[];
    pageSize = db.pragma('page_size', { simple: true }) as number;
  } finally {
    db.close();
  }
  if (pages.length < 3) throw new Error(`table ${table} has too few pages to damage one in the middle`);
  const page = pages[Math.floor(pages.length / 2)];
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return page;
}
