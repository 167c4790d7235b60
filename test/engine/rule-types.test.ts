/**
 * The rule API's type-level tests (test/types/) compile: each
 * @ts-expect-error line there is a compile error, so a misspelt messageId
 * fails to compile. npm test also runs the full typecheck.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function compile(project: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, '-p', project], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

describe('rule API types', () => {
  // About 10 s of compiler work; generous for a loaded machine.
  it('compile, with every @ts-expect-error line an error', { timeout: 300_000 }, async () => {
    const { code, out } = await compile('tsconfig.types.json');
    expect(out).toBe('');
    expect(code).toBe(0);
  });
});
