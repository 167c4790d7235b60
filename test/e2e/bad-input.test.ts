import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

/**
 * The Word 97-2003 file with its FIB version set to Word 95's (nFib 104):
 * the WordDocument stream starts at its first sector (512-byte sectors),
 * found through its directory entry.
 */
function asWord95(data: Buffer): Buffer {
  const out = Buffer.from(data);
  const dir = (out.readInt32LE(0x30) + 1) * 512;
  for (let i = 0; i < 16; i++) {
    if (
      !out
        .subarray(dir + i * 128, dir + i * 128 + 24)
        .toString('utf16le')
        .startsWith('WordDocument')
    )
      continue;
    const stream = (out.readInt32LE(dir + i * 128 + 0x74) + 1) * 512;
    out.writeUInt16LE(0x68, stream + 2);
    return out;
  }
  throw new Error('no WordDocument stream');
}

/**
 * Bad input gets a clear error, and nothing is lost: each broken file is an
 * unreadable entry with its code and a Chinese message; the good files in the
 * same run are still audited and reported; no stack trace reaches the user.
 */
describe('a batch with broken files in it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-bad-'));
  const fixture = (p: string) => join(ROOT, p);
  writeFileSync(join(dir, '01-zero-bytes.docx'), '');
  const docx = readFileSync(fixture('fixtures/drafts/sample-draft.docx'));
  writeFileSync(join(dir, '02-truncated.docx'), docx.subarray(0, Math.floor(docx.length / 2)));
  writeFileSync(join(dir, '03-word95.doc'), asWord95(readFileSync(fixture('fixtures/bad/legacy-word97.doc'))));
  writeFileSync(join(dir, '04-rtf-renamed.doc'), '{\\rtf1\\ansi\\deff0 第一条 这是 RTF 文件。}');
  writeFileSync(join(dir, '05-text-renamed.docx'), '第一条 这是一个被改名为 .docx 的纯文本文件。\n');
  copyFileSync(fixture('fixtures/readers/pdf/gbt-notice-userpw.pdf'), join(dir, '06-password.pdf'));
  copyFileSync(fixture('fixtures/readers/pdf/scanned.pdf'), join(dir, '07-scanned.pdf'));
  copyFileSync(fixture('fixtures/readers/pdf/gbt-notice-no-tounicode.pdf'), join(dir, '08-garbled.pdf'));
  writeFileSync(join(dir, '09-not-a-pdf.pdf'), 'hello');
  copyFileSync(fixture('fixtures/drafts/sample-draft.docx'), join(dir, '10-good.docx'));
  copyFileSync(fixture('fixtures/drafts/sample-draft.md'), join(dir, '11-good.md'));
  copyFileSync(fixture('fixtures/drafts/sample-draft.pdf'), join(dir, '12-good.pdf'));

  const EXPECTED: Record<string, string> = {
    '01-zero-bytes.docx': 'E_EMPTY_FILE',
    '02-truncated.docx': 'E_ZIP_CORRUPT',
    '03-word95.doc': 'E_DOC_LEGACY',
    '04-rtf-renamed.doc': 'E_RTF_UNSUPPORTED',
    '05-text-renamed.docx': 'E_NOT_DOCX',
    '06-password.pdf': 'E_PDF_ENCRYPTED',
    '07-scanned.pdf': 'E_PDF_NO_TEXT',
    '08-garbled.pdf': 'E_PDF_GARBLED',
    '09-not-a-pdf.pdf': 'E_PDF_CORRUPT',
  };

  it('reports each broken file with its code and audits the good ones (JSON)', async () => {
    const r = await runCli(['check', ...Object.keys(EXPECTED), '10-good.docx', '11-good.md', '12-good.pdf', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.summary).toMatchObject({ documents: 12, unreadable: 9 });
    for (const doc of report.documents) {
      if (doc.path in EXPECTED) {
        expect(doc, doc.path).toMatchObject({ status: 'unreadable', error: { code: EXPECTED[doc.path] }, findings: [], verdict: null });
        expect(doc.error.message).toMatch(/[\u4e00-\u9fff]/);
        expect(doc.error.message).not.toMatch(/\n\s+at |Error:/);
      } else {
        expect(doc.status, doc.path).toBe('ok');
        expect(doc.findings.length, doc.path).toBeGreaterThan(0);
      }
    }
    const good = report.documents.filter((d: { status: string }) => d.status === 'ok');
    const keys = good.map((d: { findings: Array<{ ruleId: string; location: { address: string } }> }) =>
      d.findings
        .map((f) => `${f.ruleId}@${f.location.address}`)
        .sort()
        .join(),
    );
    expect(new Set(keys).size).toBe(1);
  });

  it('names the broken files in the terminal report, without stack traces', async () => {
    const r = await runCli(['check', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    for (const [file, code] of Object.entries(EXPECTED)) {
      const at = r.stdout.indexOf(file);
      expect(at, file).toBeGreaterThanOrEqual(0);
      expect(r.stdout.slice(at, at + 400)).toContain(code);
    }
    expect(r.stdout).toContain('无法读取');
    expect(r.stdout).toMatch(/共审核 12 个文件，其中 9 个无法读取/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reads the password-protected PDF when the password is given', async () => {
    const r = await runCli(['check', '06-password.pdf', '--password', 'secret', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).documents[0].status).toBe('ok');
  });
});
