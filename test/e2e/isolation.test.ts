import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { cmapHangPdf, labelBombDocx } from '../helpers/hostile.js';
import { docSource, SAMPLE_AS_OF, tempDir, writeFiles } from '../helpers/library.js';
import { schemaErrors } from '../helpers/schema.js';

/**
 * A single file, or --jobs 1, gets the same protection as a library run:
 * a file that would exhaust memory or keep the reader busy for minutes
 * becomes an unreadable result with its code, and the report covers every
 * other file. No assertion here depends on how fast the machine is: the
 * files that must time out never finish, and the files that must pass are
 * either audited without a time limit (small drafts, in the main thread)
 * or under the default one.
 */

interface Doc {
  path: string;
  status: string;
  error: { code: string; message: string } | null;
}

function codes(stdout: string): Record<string, string> {
  const report = JSON.parse(stdout);
  expect(schemaErrors(report)).toEqual([]);
  return Object.fromEntries((report.documents as Doc[]).map((d) => [d.path, d.error?.code ?? d.status]));
}

const sampleDocx = (): Buffer => readFileSync(join(ROOT, 'fixtures/drafts/sample-draft.docx'));

describe('one file, or --jobs 1: isolated like a library run', () => {
  it('refuses a .docx whose numbering label would render 6 billion characters, with a code (not a V8 abort)', async () => {
    const dir = writeFiles(tempDir(), { 'bomb.docx': labelBombDocx() });
    const r = await runCli(['check', 'bomb.docx', '-f', 'json', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual({ 'bomb.docx': 'E_LIMIT_TEXT' });
  });

  it('gives up on a PDF whose ToUnicode CMap keeps pdf.js busy for minutes: --timeout holds for a single file', async () => {
    const dir = writeFiles(tempDir(), { 'hang.pdf': cmapHangPdf() });
    const r = await runCli(['check', 'hang.pdf', '-f', 'json', '--timeout', '1000', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.documents[0].error.code).toBe('E_TIMEOUT');
    expect(report.documents[0].error.message).toContain('超过 1 秒');
  });

  it('keeps a --jobs 1 batch whole when one file would exhaust memory', async () => {
    const dir = writeFiles(tempDir(), {
      'lib/a.md': docSource({ title: '湖南省甲办法' }),
      'lib/b.txt': docSource({ title: '湖南省乙办法' }),
      'lib/bomb.docx': labelBombDocx(),
      'lib/c.docx': sampleDocx(),
    });
    const r = await runCli(['check', 'lib', '-f', 'json', '-j', '1', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual({ 'lib/a.md': 'ok', 'lib/b.txt': 'ok', 'lib/bomb.docx': 'E_LIMIT_TEXT', 'lib/c.docx': 'ok' });
  });

  it('keeps a --jobs 1 batch whole when one file hangs: small drafts have no time limit to miss, the PDF has --timeout', async () => {
    const dir = writeFiles(tempDir(), {
      'lib/a.md': docSource({ title: '湖南省甲办法' }),
      'lib/b.txt': docSource({ title: '湖南省乙办法' }),
      'lib/c.docx': sampleDocx(),
      'lib/hang.pdf': cmapHangPdf(),
    });
    const r = await runCli(['check', 'lib', '-f', 'json', '-j', '1', '--timeout', '1000', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual({ 'lib/a.md': 'ok', 'lib/b.txt': 'ok', 'lib/c.docx': 'ok', 'lib/hang.pdf': 'E_TIMEOUT' });
  });

  it('reports a single file whose custom rule exhausts memory as E_OUT_OF_MEMORY, with a report', async () => {
    const dir = writeFiles(tempDir(), {
      'hoard.mjs': `export default { id: 'office/hoard', meta: { severity: 'warning', description: '占用内存的自定义规则', basis: '测试' }, create(context) { if (context.document.text.includes('内存耗尽')) { const hoard = []; for (;;) hoard.push(new Array(100000).fill(context.document.text)); } } };`,
      'hrss-audit.config.json': JSON.stringify({ plugins: ['./hoard.mjs'], limits: { workerHeapMb: 64 } }),
      'oom.md': docSource({ title: '湖南省己办法', articles: ['此条触发内存耗尽。'] }),
    });
    const r = await runCli(['check', 'oom.md', '-f', 'json', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    expect(codes(r.stdout)).toEqual({ 'oom.md': 'E_OUT_OF_MEMORY' });
  });

  it('audits a small draft in the main thread: the results are those of a worker', async () => {
    const dir = writeFiles(tempDir(), { 'a.docx': sampleDocx(), 'b.md': docSource({ title: '湖南省乙办法' }) });
    const local = await runCli(['check', 'a.docx', '-f', 'json', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    const pooled = await runCli(['check', '.', '-f', 'json', '-j', '2', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    const findings = (out: string, path: string): unknown => JSON.parse(out).documents.find((d: Doc) => d.path === path).findings;
    expect(findings(local.stdout, 'a.docx')).toEqual(findings(pooled.stdout, 'a.docx'));
    expect((findings(local.stdout, 'a.docx') as unknown[]).length).toBeGreaterThan(0);
  });
});
