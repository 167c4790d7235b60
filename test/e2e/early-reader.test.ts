import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

/**
 * The launcher starts a reader worker for a command line that names a PDF,
 * before the tool loads (src/launcher/early-reader.ts). Whatever the run
 * then does with it, the results are the same and the process ends.
 */
function folder(config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-early-'));
  copyFileSync(join(ROOT, 'fixtures/drafts/sample-draft.pdf'), join(dir, 'a.pdf'));
  copyFileSync(join(ROOT, 'fixtures/drafts/sample-draft.md'), join(dir, 'b.md'));
  if (config) writeFileSync(join(dir, 'hrss-audit.config.json'), JSON.stringify(config));
  return dir;
}

const statuses = (stdout: string): Array<[string, string, number]> =>
  JSON.parse(stdout).documents.map((d: { path: string; status: string; findings: unknown[] }) => [d.path, d.status, d.findings.length]);

describe('a check that names a PDF (reader started by the launcher)', () => {
  it('gives the same findings whether the early reader is adopted (one job), let go (two jobs) or refused (another heap limit)', async () => {
    const args = ['check', 'a.pdf', 'b.md', '-f', 'json', '--as-of', '2024-05-20'];
    const adopted = await runCli([...args, '--jobs', '1'], { cwd: folder() });
    const letGo = await runCli([...args, '--jobs', '2'], { cwd: folder() });
    const refused = await runCli([...args, '--jobs', '1'], { cwd: folder({ limits: { workerHeapMb: 512 } }) });
    for (const r of [adopted, letGo, refused]) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
    }
    expect(statuses(adopted.stdout)).toEqual([
      ['a.pdf', 'ok', 6],
      ['b.md', 'ok', 6],
    ]);
    expect(statuses(letGo.stdout)).toEqual(statuses(adopted.stdout));
    expect(statuses(refused.stdout)).toEqual(statuses(adopted.stdout));
  });

  it('ends the process when the command fails before anything is read', async () => {
    const r = await runCli(['check', 'a.pdf', '--as-of', '2024-13-40'], { cwd: folder() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('E_USAGE');
  });
});
