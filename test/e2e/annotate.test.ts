/** hrss-audit annotate through the real CLI. */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types.js';
import { ROOT, runCli } from '../helpers/cli.js';

const DRAFT = join(ROOT, 'fixtures/drafts/sample-draft.docx');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-annotate-cli-'));
  copyFileSync(DRAFT, join(dir, '草案.docx'));
  copyFileSync(join(ROOT, 'fixtures/drafts/sample-draft.md'), join(dir, '草案.md'));
  copyFileSync(join(ROOT, 'fixtures/drafts/sample-draft.pdf'), join(dir, '草案.pdf'));
  copyFileSync(join(ROOT, 'fixtures/drafts/sample-draft.doc'), join(dir, '草案.doc'));
  copyFileSync(join(ROOT, 'fixtures/drafts/sample-draft.doc'), join(dir, '草案.wps'));
  copyFileSync(join(ROOT, 'fixtures/drafts/sample-draft.ofd'), join(dir, '草案.ofd'));
  copyFileSync(join(ROOT, 'fixtures/drafts/sample-draft.doc'), join(dir, '改名的旧稿.docx'));
  return dir;
}

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

function commentsXml(file: string): string {
  return strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/comments.xml']);
}

describe('hrss-audit annotate', () => {
  it('writes 草案.审核.docx beside the draft with one comment per finding; the draft is untouched', async () => {
    const dir = workspace();
    const before = sha(join(dir, '草案.docx'));
    const json = JSON.parse((await runCli(['check', '草案.docx', '-f', 'json', '--as-of', '2024-05-20'], { cwd: dir })).stdout) as Report;
    const findings = json.documents[0].findings;
    expect(findings.length).toBeGreaterThan(0);

    const r = await runCli(['annotate', '草案.docx', '--as-of', '2024-05-20'], { cwd: dir });
    expect(r.code).toBe(json.summary.errors > 0 ? 1 : 0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`已生成 草案.审核.docx：写入批注 ${findings.length} 条`);
    expect(r.stderr).toContain('原文件未改动');
    expect(sha(join(dir, '草案.docx'))).toBe(before);
    const xml = commentsXml(join(dir, '草案.审核.docx'));
    expect(xml.match(/<w:comment /g)).toHaveLength(findings.length);
    expect(xml).toContain('w:author="合法性审核"');
    expect(xml).toContain('w:date="2024-05-20T00:00:00Z"');
    for (const f of findings) expect(xml).toContain(f.message.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    // No temporary file is left behind.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('takes the author from --author/--initials, else from the config', async () => {
    const dir = workspace();
    const r = await runCli(['annotate', '草案.docx', '-o', '返回起草处.docx', '--author', '张三', '--initials', 'ZS'], { cwd: dir });
    expect(r.stderr).toContain('已生成 返回起草处.docx');
    const xml = commentsXml(join(dir, '返回起草处.docx'));
    expect(xml).toContain('w:author="张三"');
    expect(xml).toContain('w:initials="ZS"');
    expect(xml).toMatch(/w:date="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"/);

    writeFileSync(join(dir, 'hrss-audit.config.json'), JSON.stringify({ report: { author: '法规处李四' } }));
    await runCli(['annotate', '草案.docx'], { cwd: dir });
    const fromConfig = commentsXml(join(dir, '草案.审核.docx'));
    expect(fromConfig).toContain('w:author="法规处李四"');
    expect(fromConfig).toContain('w:initials="法规"');
  });

  it('says that annotation needs a .docx for .md, .pdf, .doc, .wps and .ofd drafts (E_ANNOTATE_FORMAT, exit 2) and suggests --format html', async () => {
    const dir = workspace();
    for (const file of ['草案.md', '草案.pdf', '草案.doc', '草案.wps', '草案.ofd']) {
      const r = await runCli(['annotate', file], { cwd: dir });
      expect(r.code, file).toBe(2);
      expect(r.stderr).toContain('[E_ANNOTATE_FORMAT]');
      expect(r.stderr).toContain('批注只能写入 .docx 文件');
      expect(r.stderr).toContain('--format html');
    }
    expect(existsSync(join(dir, '草案.审核.md'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('审核'))).toEqual([]);
  });

  it('a .doc saved with a .docx name is read, then refused for annotation with the reason (save as .docx)', async () => {
    const dir = workspace();
    const r = await runCli(['annotate', '改名的旧稿.docx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[E_ANNOTATE_FORMAT]');
    expect(r.stderr).toContain('Word 97-2003');
    expect(r.stderr).toContain('另存为 .docx');
    expect(existsSync(join(dir, '改名的旧稿.审核.docx'))).toBe(false);
  });

  it('refuses to overwrite the draft itself, and reports a missing file', async () => {
    const dir = workspace();
    const same = await runCli(['annotate', '草案.docx', '-o', '草案.docx'], { cwd: dir });
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('原文件保持不变');
    const missing = await runCli(['annotate', '没有这个文件.docx'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('E_FILE_NOT_FOUND');
  });
});
