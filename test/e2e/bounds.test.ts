/**
 * Out-of-range limits through the real CLI (issue 10, item 18): a clear
 * Chinese error and exit 2, never Node's English TimeoutOverflowWarning with
 * every file timed out, nor a worker that dies loading the tool.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const SAMPLE = join(ROOT, 'fixtures/drafts/sample-draft.md');

function folder(config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-bounds-'));
  copyFileSync(SAMPLE, join(dir, 'a.md'));
  copyFileSync(SAMPLE, join(dir, 'b.md'));
  if (config) writeFileSync(join(dir, 'hrss-audit.config.json'), JSON.stringify(config));
  return dir;
}

describe('limits outside their range', () => {
  it.each([
    ['fileTimeoutMs above 2^31 in the config', { limits: { fileTimeoutMs: 3_000_000_000 } }, [], '单个文件处理时限应为 1 到 2147483647 之间的整数'],
    ['workerHeapMb: 1 in the config', { limits: { workerHeapMb: 1 } }, ['-j', '2'], '工作线程内存上限（MB）应为 64 到 65536 之间的整数，实际为 1'],
    ['--timeout above 2^31 on the command line', undefined, ['--timeout', '3000000000'], '--timeout 的取值无效'],
  ])('%s → exit 2 with the allowed range', async (_what, config, args, message) => {
    const r = await runCli(['check', '.', '-f', 'json', ...args], { cwd: folder(config) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/TimeoutOverflowWarning|Warning:|E_INTERNAL/);
    expect(r.stdout).toBe('');
  });
});
