import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownToOfd } from '../../fixtures/lib/md-to-ofd.mjs';
import { ROOT, runCli } from '../helpers/cli.js';
import { SAMPLE_AS_OF, sampleLibrary, tempDir, writeFiles } from '../helpers/library.js';
import { schemaErrors } from '../helpers/schema.js';

/**
 * One run over a library that mixes every format: the sample library of
 * test/helpers/library.ts saved as .doc (automatic article numbers), .ofd,
 * .docx, .pdf, .wps (Word 97-2003 inside), .md and .txt
 * (fixtures/library-mixed/make.mjs), plus three files nothing can read. Every
 * readable file gets exactly the findings its Markdown original gets —
 * including the rules across documents, which link files of different
 * formats — and `clean` classifies them the same way; only the unreadable
 * ones are left out, each with its reason.
 */
interface Doc {
  path: string;
  format: string | null;
  status: string;
  error: { code: string; message: string } | null;
  findings: Array<{ ruleId: string; location: { address: string; page: number | null } }>;
}

const stem = (p: string): string => p.replace(/\.[^./]+$/, '');
const UNREADABLE: Record<string, string> = {
  'scans/扫描件.ofd': 'E_OFD_NO_TEXT',
  'exported/系统导出.doc': 'E_WEB_PAGE',
  'old-wps/早期稿.wps': 'E_WPS_UNSUPPORTED',
};

function mixedLibrary(): string {
  const dir = tempDir('hrss-mixed-');
  cpSync(join(ROOT, 'fixtures/library-mixed/library'), dir, { recursive: true });
  return writeFiles(dir, {
    'scans/扫描件.ofd': markdownToOfd('# 某扫描件\n\n第一条 正文。\n', { imageOnly: true }),
    'exported/系统导出.doc': '<html xmlns:w="urn:schemas-microsoft-com:office:word"><body><p>第一条 正文。</p></body></html>',
    'old-wps/早期稿.wps': Uint8Array.from({ length: 4096 }, (_, i) => (i % 5 === 0 ? 0 : (i * 131) % 256)),
  });
}

describe('a library of .docx, .doc, .wps, .pdf, .ofd, .md and .txt in one run', async () => {
  const markdown = writeFiles(tempDir('hrss-md-'), sampleLibrary());
  const reference = JSON.parse((await runCli(['check', '.', '-f', 'json', '--as-of', SAMPLE_AS_OF], { cwd: markdown })).stdout) as { documents: Doc[] };
  const expected = new Map(reference.documents.map((d) => [stem(d.path), d.findings.map((f) => `${f.ruleId}@${f.location.address}`).sort()]));

  it('audits every file, each readable one with the findings of its Markdown original', async () => {
    const dir = mixedLibrary();
    const r = await runCli(['check', '.', '-f', 'json', '--as-of', SAMPLE_AS_OF, '--jobs', '2'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: Record<string, number>; documents: Doc[] };
    expect(schemaErrors(report)).toEqual([]);
    expect(report.documents.map((d) => `${d.path}:${d.format}`).sort()).toEqual([
      'dup.md:md',
      'exported/系统导出.doc:doc',
      'fine.txt:txt',
      'new.ofd:ofd',
      'old-wps/早期稿.wps:doc',
      'old.doc:doc',
      'repeal/notice.docx:docx',
      'repeal/repealed.pdf:pdf',
      'scans/扫描件.ofd:ofd',
      'soon.wps:doc',
    ]);
    expect(report.summary).toMatchObject({ documents: 10, unreadable: 3 });
    for (const d of report.documents) {
      if (d.path in UNREADABLE) {
        expect(d.status, d.path).toBe('unreadable');
        expect(d.error!.code, d.path).toBe(UNREADABLE[d.path]);
        continue;
      }
      expect(d.status, d.path).toBe('ok');
      expect(d.findings.map((f) => `${f.ruleId}@${f.location.address}`).sort(), d.path).toEqual(expected.get(stem(d.path)));
    }
    // Rules across documents link files of different formats: the .ofd cites the expired .doc by its number.
    const cites = report.documents.find((d) => d.path === 'new.ofd')!.findings.filter((f) => f.ruleId === 'library/cites-inactive');
    expect(cites.length).toBeGreaterThan(0);
    expect(cites.every((f) => f.location.page === 1)).toBe(true);
    expect(report.documents.find((d) => d.path === 'old.doc')!.findings.map((f) => f.ruleId)).toContain('library/expired');
  });

  it('clean classifies the same files the same way and lists the unreadable ones with their reasons', async () => {
    const mdClean = JSON.parse((await runCli(['clean', '.', '-f', 'json', '--as-of', SAMPLE_AS_OF], { cwd: markdown })).stdout) as {
      documents: Array<{ path: string; label: string }>;
    };
    const dir = mixedLibrary();
    const r = await runCli(['clean', '.', '-f', 'json', '--as-of', SAMPLE_AS_OF], { cwd: dir });
    expect(r.code).toBe(1);
    const clean = JSON.parse(r.stdout) as {
      summary: Record<string, number>;
      documents: Array<{ path: string; label: string; reasons: Array<{ ruleId?: string; message: string }> }>;
    };
    expect(clean.summary.unreadable).toBe(3);
    const labels = new Map(mdClean.documents.map((d) => [stem(d.path), d.label]));
    for (const d of clean.documents) {
      if (d.path in UNREADABLE) {
        expect(d.label, d.path).toBe('无法读取');
        expect(JSON.stringify(d.reasons), d.path).toContain(UNREADABLE[d.path]);
      } else {
        expect(d.label, d.path).toBe(labels.get(stem(d.path)));
      }
    }
    expect(clean.documents.find((d) => d.path === 'old.doc')!.label).toBe('已失效');
  });
});
