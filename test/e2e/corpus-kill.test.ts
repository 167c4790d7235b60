import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { CORPUS_DIR } from '../helpers/shared.js';

/**
 * No data lost: an import killed at any moment (SIGKILL: no clean-up code
 * runs) leaves the previous corpus intact and usable, and the next import
 * takes over the dead process's lock.
 */
function env(): NodeJS.ProcessEnv {
  const e = { ...process.env };
  delete e.NODE_EXTRA_CA_CERTS;
  return e;
}

function lawCount(cwd: string): number {
  const r = spawnSync(process.execPath, [BIN, 'corpus', 'list', '--json'], { cwd, encoding: 'utf8', env: env() });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).length;
}

function integrity(cwd: string): string {
  const db = new Database(join(cwd, '.hrss-audit', 'corpus.db'), { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

function importKilledAfter(cwd: string, ms: number): Promise<{ killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'corpus', 'import', CORPUS_DIR], { cwd, env: env(), stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

describe('corpus import killed mid-way', () => {
  it('leaves the previous corpus intact, and a later import still works', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hrss-kill-'));
    mkdirSync(join(cwd, 'small'));
    for (const f of ['labor-law-20181229.md', 'social-insurance-law-20181229.md']) copyFileSync(join(CORPUS_DIR, 'texts', 'law', f), join(cwd, 'small', f));
    const first = await runCli(['corpus', 'import', 'small'], { cwd });
    expect(first.code, first.stderr).toBe(0);
    expect(lawCount(cwd)).toBe(2);

    let killedMidway = 0;
    for (const ms of [150, 600, 1500, 3000]) {
      const { killed } = await importKilledAfter(cwd, ms);
      expect(integrity(cwd)).toBe('ok');
      const count = lawCount(cwd);
      if (killed) {
        killedMidway++;
        // Killed before the atomic swap: the old corpus, untouched.
        expect(count).toBe(2);
      } else {
        expect(count).toBeGreaterThan(100);
      }
      // The corpus answers queries whatever happened.
      const search = await runCli(['corpus', 'search', '劳动合同'], { cwd });
      expect(search.code, search.stderr).toBe(0);
      if (!killed) break;
    }
    expect(killedMidway).toBeGreaterThan(0);

    // The dead importer's lock does not block the next one.
    const again = await runCli(['corpus', 'import', CORPUS_DIR], { cwd });
    expect(again.code, again.stderr).toBe(0);
    expect(lawCount(cwd)).toBeGreaterThan(100);
    expect(integrity(cwd)).toBe('ok');
  }, 240_000);
});
