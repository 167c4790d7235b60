import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/library.js';

const LIBRARY = join(ROOT, 'fixtures/library');

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.FORCE_COLOR;
  return env;
}

describe('the report on standard output', () => {
  it('ends quietly when the reader stops reading (| head), with the exit code of the audit', async () => {
    const full = await runCli(['check', LIBRARY, '-f', 'json', '--as-of', '2026-11-27']);
    // Larger than a pipe's buffer, so the writer is still writing when the reader goes.
    expect(full.stdout.length).toBeGreaterThan(256 * 1024);
    const child = spawn(process.execPath, [BIN, 'check', LIBRARY, '-f', 'json', '--as-of', '2026-11-27'], {
      cwd: ROOT,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let head = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.stdout.setEncoding('utf8').once('data', (d: string) => {
      head = d;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(head.startsWith('{')).toBe(true);
    expect(stderr).not.toMatch(/EPIPE|Unhandled|内部错误/);
    expect(code).toBe(full.code);
  });

  it('a check of a .md written to a pipe loads no Node stream, net, tty or crypto module (src/io/stdio.ts, sha256.ts)', async () => {
    const dir = tempDir('hrss-stdout-');
    const log = join(dir, 'modules.txt');
    const preload = join(dir, 'preload.cjs');
    writeFileSync(
      preload,
      `const before = new Set(process.moduleLoadList);
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.filter((m) => !before.has(m)).join('\\n')));
`,
    );
    const r = await runCli(['check', join(ROOT, 'fixtures/drafts/sample-draft.md'), '-f', 'json', '--as-of', '2026-11-27'], {
      env: { NODE_OPTIONS: `--require ${preload}` },
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.errors).toBeGreaterThan(0);
    const loaded = readFileSync(log, 'utf8').split('\n');
    // The preload sees the run: the tool's own loader modules appear in the list.
    expect(loaded).toContain('NativeModule vm');
    for (const module of ['NativeModule net', 'NativeModule tty', 'NativeModule stream', 'NativeModule crypto']) expect(loaded).not.toContain(module);
    // The report still carries the file's SHA-256, from the WebAssembly digest.
    expect(JSON.parse(r.stdout).documents[0].sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(ROOT, 'fixtures/drafts/sample-draft.md')))
        .digest('hex'),
    );
  });
});
