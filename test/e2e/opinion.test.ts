/** check --format markdown|html|docx through the real CLI. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types.js';
import { ROOT, runCli } from '../helpers/cli.js';

const SAMPLE = join(ROOT, 'fixtures/drafts/sample-draft.md');
const BUILTIN = ['legal-basis/missing', 'numbering/document-number', 'validity/missing'];

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-opinion-'));
  copyFileSync(SAMPLE, join(dir, 'sample-draft.md'));
  writeFileSync(join(dir, 'hrss-audit.config.json'), JSON.stringify({ report: { author: '张三', office: '湖南省人力资源和社会保障厅法规处' } }));
  return dir;
}

async function jsonReport(dir: string, files: string[]): Promise<Report> {
  const r = await runCli(['check', ...files, '-f', 'json', '--as-of', '2024-05-20'], { cwd: dir });
  return JSON.parse(r.stdout) as Report;
}

function unescapeMd(md: string): string {
  return md.replace(/\\([\\`*_[\]<>|~#])/g, '$1');
}

describe('check --format markdown|html|docx', () => {
  it('markdown: the opinion with every finding, the review date, the office from the config and the rules applied', async () => {
    const dir = workspace();
    const json = await jsonReport(dir, ['sample-draft.md']);
    const findings = json.documents[0].findings;
    expect(findings.length).toBeGreaterThan(0);
    const r = await runCli(['check', 'sample-draft.md', '-f', 'markdown', '--as-of', '2024-05-20'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(json.summary.errors > 0 ? 1 : 0);
    const md = unescapeMd(r.stdout);
    expect(md.startsWith('# 合法性审核意见书\n')).toBe(true);
    for (const f of findings) {
      expect(md).toContain(f.message);
      expect(md).toContain(f.location.address);
    }
    const verdict = { pass: '合法', revise: '修改后可提交', fail: '不合法' }[json.documents[0].verdict!];
    expect(md).toContain(`审核结论：${verdict}。`);
    expect(md).toContain('湘人社规〔2024〕04号');
    expect(md).toContain('HNPR—2024—11005');
    expect(md).toContain('2024年5月20日');
    expect(md).toContain('湖南省人力资源和社会保障厅法规处');
    expect(md).toContain('审核人：张三');
    expect(md).toContain('未使用语料库');
    for (const id of BUILTIN) expect(md).toContain(`\`${id}\``);
  });

  it('html: one file written atomically with -o, nothing printed', async () => {
    const dir = workspace();
    const findings = (await jsonReport(dir, ['sample-draft.md'])).documents[0].findings;
    const r = await runCli(['check', 'sample-draft.md', '-f', 'html', '-o', 'opinion.html', '--as-of', '2024-05-20'], { cwd: dir });
    expect(r.stdout).toBe('');
    const html = readFileSync(join(dir, 'opinion.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const text = html
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    for (const f of findings) expect(text).toContain(f.message);
  });

  it('docx: a Word file (to a file, or to a pipe), never to a terminal', async () => {
    const dir = workspace();
    const findings = (await jsonReport(dir, ['sample-draft.md'])).documents[0].findings;
    const r = await runCli(['check', 'sample-draft.md', '-f', 'docx', '-o', 'opinion.docx', '--as-of', '2024-05-20'], { cwd: dir });
    expect(r.stderr).toBe('');
    const files = unzipSync(new Uint8Array(readFileSync(join(dir, 'opinion.docx'))));
    // The text of each paragraph, across its runs (numbers and Latin words are runs of their own), without the
    // word joiners and no-break spaces that hold codes such as GB/T 9704—2012 together.
    const doc = strFromU8(files['word/document.xml'])
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\u2060/g, '')
      .replace(/\u00a0/g, ' ');
    for (const f of findings) expect(doc).toContain(f.message);
    const piped = await runCli(['check', 'sample-draft.md', '-f', 'docx', '--as-of', '2024-05-20'], { cwd: dir });
    expect(piped.stdout.startsWith('PK')).toBe(true);
  });

  it('several documents: one opinion with a summary first; an unreadable file is listed with its error', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'other.md'), '# 湖南省某某办法\n\n第一条 根据《中华人民共和国就业促进法》，制定本办法。\n\n第二条 本办法自2025年1月1日起施行。\n');
    writeFileSync(join(dir, 'broken.docx'), '这不是 Word 文档，只是文字。');
    const r = await runCli(['check', '.', '-f', 'markdown', '--as-of', '2024-05-20'], { cwd: dir });
    expect(r.code).toBe(1);
    const md = unescapeMd(r.stdout);
    expect(md.indexOf('## 审核情况汇总')).toBeGreaterThan(0);
    expect(md.indexOf('## 审核情况汇总')).toBeLessThan(md.indexOf('## 关于'));
    expect(md).toContain('broken.docx');
    expect(md).toContain('无法读取');
    expect(md).toContain('E_NOT_DOCX');
    expect(md).toContain('validity/missing');
    expect(md).toContain('不合法');
  });
});
