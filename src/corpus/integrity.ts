import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { HrssError } from '../errors.js';

/**
 * Integrity of the corpus file, checked the same way by every command that
 * opens it (`check`, `corpus *`, and import before it builds on it):
 * `PRAGMA quick_check` reads every page. That costs 0.1–0.25 s on the
 * 16 MB corpus of the 105 shared laws and about 1 s on a 100,000-provision
 * corpus — too slow to pay on every `check`. So a file that passed is
 * remembered by its identity (device, inode, size, modification and change
 * times in nanoseconds): any later write to it, even one that puts the
 * modification time back, moves the change time and brings the full check
 * back. As git does with "racily clean" files, a file written in the last
 * few seconds is not remembered: file times are coarse (a few milliseconds,
 * two seconds on FAT), and a write within the same tick would keep them.
 *
 * What this does not catch: a page that decays on disk without the file
 * being written (SQLite still refuses such a page when a query reads it:
 * E_CORPUS_CORRUPT), and a corpus deliberately filled with wrong but
 * well-formed content. The record lives in the user's temporary folder
 * (never beside the corpus, which may be read-only); when it cannot be
 * written, every open runs the full check.
 */

const STAMP_DIR = join(tmpdir(), `hrss-audit-${process.getuid?.() ?? 'user'}`, 'verified');

/** Files this process checked (by path, with their identity then): a run opens the corpus more than once. */
const checkedHere = new Map<string, string>();

/** Forget what this process checked: the files are then seen as a new process would see them (tests). */
export function forgetCheckedHere(): void {
  checkedHere.clear();
}

/** A file written this recently may be written again without its times changing. */
export const SETTLE_MS = 3000;

interface Identity {
  id: string;
  /** Latest of the modification and change times, in ms. */
  changedMs: number;
}

function identity(path: string): Identity | null {
  try {
    const s = statSync(path, { bigint: true });
    return { id: `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`, changedMs: Number((s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs) / 1_000_000n) };
  } catch {
    return null;
  }
}

function stampPath(path: string): string | null {
  try {
    return join(STAMP_DIR, `${createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32)}.txt`);
  } catch {
    return null;
  }
}

/** Records are trusted only in a folder of ours that nobody else can write to (a shared /tmp). */
function ownFolder(): boolean {
  try {
    const s = statSync(STAMP_DIR);
    const uid = process.getuid?.();
    return s.isDirectory() && (uid === undefined || (s.uid === uid && (s.mode & 0o022) === 0));
  } catch {
    return false;
  }
}

/** Whether this very file (unchanged since) passed the full check. */
export function knownIntact(path: string): boolean {
  const current = identity(path);
  if (!current) return false;
  if (checkedHere.get(path) === current.id) return true;
  const stamp = stampPath(path);
  if (!stamp || !ownFolder()) return false;
  try {
    return readFileSync(stamp, 'utf8') === current.id;
  } catch {
    return false;
  }
}

/** Remember that the file, as it was when `checked` was taken, is intact — unless it was written too recently. Best effort. */
function rememberIntact(path: string, checked: Identity | null, now: number): void {
  if (checked) checkedHere.set(path, checked.id);
  const stamp = stampPath(path);
  if (!stamp || !checked || checked.changedMs > now - SETTLE_MS) return;
  try {
    mkdirSync(STAMP_DIR, { recursive: true, mode: 0o700 });
    const temp = `${stamp}.${process.pid}.tmp`;
    writeFileSync(temp, checked.id);
    renameSync(temp, stamp);
  } catch {
    // A read-only or full temporary folder only costs the full check next time.
  }
}

/**
 * `PRAGMA quick_check` unless the file is known intact; E_CORPUS_CORRUPT
 * naming the first problems found. `now` is for tests (the settling time).
 */
export function verifyIntegrity(db: Database.Database, path: string, now = Date.now()): 'known' | 'checked' {
  if (knownIntact(path)) return 'known';
  // Taken before the check: a file changed while it is being checked is not remembered as intact.
  const checked = identity(path);
  let problems: string[];
  try {
    problems = db.prepare('PRAGMA quick_check(5)').pluck().all() as string[];
  } catch (e) {
    // A page so damaged that the check itself stops on it; other failures (I/O, locks) are not damage.
    if (!/^SQLITE_(CORRUPT|NOTADB)/.test((e as { code?: string }).code ?? '')) throw e;
    problems = [(e as Error).message];
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new HrssError('E_CORPUS_CORRUPT', `语料库 ${path} 已损坏（完整性检查：${problems.slice(0, 3).join('；')}）`);
  }
  rememberIntact(path, checked, now);
  return 'checked';
}
