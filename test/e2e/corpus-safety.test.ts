import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { SHARED_CORPUS } from '../helpers/corpus.js';
import { copyOfSharedCorpus, damagePage } from '../helpers/corpus-damage.js';

/**
 * The corpus as an attacker or a careless user leaves it, through the real
 * CLI: a damaged page, a recursive view where the law table should be, a
 * folder or a FIFO given as --corpus, a read-only or unreadable file, and
 * the files an import killed mid-way leaves. Each gives its own code and
 * exit 2, never E_INTERNAL, never a hang; nothing is changed.
 */

const DRAFT = join(ROOT, 'fixtures/rules/conflict/corpus/flagged-e2e-draft.md');
const LAW_FILE = join(SHARED_CORPUS, 'texts/law/labor-law-20181229.md');
/** Generous: a command that hangs is killed and fails its assertions instead of the whole run. */
const HANG_MS = 60_000;
const IS_ROOT = process.getuid?.() === 0;
/** Permissions mean nothing to root: the permission cases run the CLI as `nobody` then. */
const NOBODY = 65534;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd: string; asNobody?: boolean }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    delete env.FORCE_COLOR;
    const ids = options.asNobody && IS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], ...ids });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), HANG_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every command that opens a corpus, pointed at `corpus`. */
function everyCommand(corpus: string): string[][] {
  return [
    ['check', DRAFT, '--rule', 'conflict/corpus', '--corpus', corpus],
    ['corpus', 'stats', '--corpus', corpus],
    ['corpus', 'list', '--corpus', corpus],
    ['corpus', 'show', '社会保险法', '--corpus', corpus],
    ['corpus', 'search', '失业保险金', '--corpus', corpus],
    ['corpus', 'import', LAW_FILE, '--corpus', corpus],
    ['corpus', 'remove', '中华人民共和国劳动法', '--corpus', corpus, '--wait', '0'],
    ['corpus', 'upgrade', '--corpus', corpus],
  ];
}

function expectRefused(r: Run, code: string, args: string[]): void {
  const what = `${args.slice(0, 2).join(' ')}: ${r.stderr}`;
  expect(r.signal, what).toBeNull();
  expect(r.code, what).toBe(2);
  expect(r.stderr, what).toContain(`[${code}]`);
  expect(r.stderr, what).not.toContain('E_INTERNAL');
  expect(r.stderr, what).not.toMatch(/\n\s+at /);
}

describe('a damaged corpus page', () => {
  it('is refused the same way by check and every corpus command, and nothing is written', async () => {
    const corpus = await copyOfSharedCorpus();
    damagePage(corpus, 'provision');
    const before = sha(corpus);
    for (const args of everyCommand(corpus)) expectRefused(await run(args, { cwd: join(corpus, '..') }), 'E_CORPUS_CORRUPT', args);
    expect(sha(corpus)).toBe(before);
    expect(readdirSync(join(corpus, '..'))).toEqual(['corpus.db']);
  }, 600_000);
});

describe('a corpus whose law table is a recursive view', () => {
  it('is refused on open by check, stats and import instead of hanging', async () => {
    const corpus = await copyOfSharedCorpus();
    const db = new Database(corpus);
    db.exec(
      'ALTER TABLE law RENAME TO law_data; CREATE VIEW law AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT law_data.* FROM r, law_data;',
    );
    db.close();
    const [check, stats, , , , importing] = everyCommand(corpus);
    for (const args of [check, stats, importing]) {
      const r = await run(args, { cwd: join(corpus, '..') });
      expectRefused(r, 'E_CORPUS_CORRUPT', args);
      expect(r.stderr).toContain('law 应为表，实为视图');
    }
  }, 600_000);
});

describe('--corpus that is not a file', () => {
  it.each([
    ['a folder', (p: string) => mkdirSync(p), '是一个目录'],
    ['a FIFO', (p: string) => spawnSyncOk('mkfifo', [p]), '管道'],
  ])(
    '%s: every command says so with E_CORPUS_NOT_FILE',
    async (_name, make, message) => {
      const dir = mkdtempSync(join(tmpdir(), 'hrss-notfile-'));
      const corpus = join(dir, 'corpus.db');
      make(corpus);
      for (const args of everyCommand(corpus)) {
        const r = await run(args, { cwd: dir });
        expectRefused(r, 'E_CORPUS_NOT_FILE', args);
        expect(r.stderr).toContain(message);
      }
    },
    600_000,
  );
});

function spawnSyncOk(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args);
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
}

describe('permissions', () => {
  /** A folder the CLI's user owns (nobody, when the tests run as root), holding a copy of the corpus. */
  async function ownedCopy(): Promise<{ dir: string; corpus: string }> {
    const corpus = await copyOfSharedCorpus();
    const dir = join(corpus, '..');
    chmodSync(dir, 0o755);
    if (IS_ROOT) {
      chownSync(dir, NOBODY, NOBODY);
      chownSync(corpus, NOBODY, NOBODY);
    }
    return { dir, corpus };
  }

  it('a read-only corpus file: check reads it; import and remove say it is read-only (E_CORPUS_ACCESS) and leave it', async () => {
    const { dir, corpus } = await ownedCopy();
    chmodSync(corpus, 0o444);
    const before = sha(corpus);
    const checked = await run(['check', DRAFT, '--rule', 'conflict/corpus', '--corpus', corpus, '-f', 'json'], { cwd: dir, asNobody: true });
    expect(checked.code, checked.stderr).toBe(1);
    expect(JSON.parse(checked.stdout).documents[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('conflict/corpus');
    for (const args of [everyCommand(corpus)[5], everyCommand(corpus)[6]]) {
      const r = await run(args, { cwd: dir, asNobody: true });
      expectRefused(r, 'E_CORPUS_ACCESS', args);
      expect(r.stderr).toContain('只读');
    }
    expect(sha(corpus)).toBe(before);
    expect(readdirSync(dir)).toEqual(['corpus.db']);
  }, 600_000);

  it('an unreadable corpus file: check and the corpus commands give E_CORPUS_ACCESS', async () => {
    const { dir, corpus } = await ownedCopy();
    chmodSync(corpus, 0o000);
    for (const args of everyCommand(corpus).slice(0, 5)) {
      const r = await run(args, { cwd: dir, asNobody: true });
      expectRefused(r, 'E_CORPUS_ACCESS', args);
      expect(r.stderr).toContain('没有权限读取语料库');
    }
  }, 600_000);

  it('a corpus in a read-only folder: import says the folder is not writable', async () => {
    const { dir, corpus } = await ownedCopy();
    chmodSync(dir, 0o555);
    try {
      const r = await run(everyCommand(corpus)[5], { cwd: dir, asNobody: true });
      expectRefused(r, 'E_CORPUS_ACCESS', ['corpus', 'import']);
      expect(r.stderr).toContain('不可写');
    } finally {
      chmodSync(dir, 0o755);
    }
  }, 600_000);
});

describe('an import killed while it writes', () => {
  it('leaves its temporary copy behind; the next command removes it and the corpus is intact', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hrss-killed-'));
    onTestFinished(() => rmSync(cwd, { recursive: true, force: true }));
    mkdirSync(join(cwd, '.hrss-audit'));
    const corpus = join(cwd, '.hrss-audit', 'corpus.db');
    copyFileSync(await copyOfSharedCorpus(), corpus);
    const before = sha(corpus);
    const leftovers = (): string[] => readdirSync(join(cwd, '.hrss-audit')).filter((n) => n !== 'corpus.db');
    // Kill it as soon as its temporary copy exists: the write phase has begun.
    const child = spawn(process.execPath, [BIN, 'corpus', 'import', SHARED_CORPUS], { cwd, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, signal) => resolve(signal)));
    let alive = true;
    void exited.then(() => (alive = false));
    while (alive && !leftovers().some((n) => n.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(leftovers().some((n) => n.endsWith('.tmp'))).toBe(true);
    expect(sha(corpus)).toBe(before);

    const r = await run(['corpus', 'stats'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(leftovers()).toEqual([]);
    expect(existsSync(corpus)).toBe(true);
  }, 600_000);
});
