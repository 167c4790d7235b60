import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';
import { SHARED_DIR } from '../helpers/shared.js';

const GOV = join(SHARED_DIR, 'real', 'gov');
const SAMPLE = join(ROOT, 'fixtures/drafts/sample-draft.md');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'hrss-profile-'));
}

describe('the document profile through the CLI', () => {
  it('says in one line under the file name what a document is, and that a 批复 is not normative', async () => {
    const r = await runCli(['check', join(GOV, 'gov53.txt'), '--as-of', '2026-11-27', '--no-color']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/gov53\.txt  结论：合法$/);
    expect(lines[1]).toMatch(
      /^  文件：批复（非规范性文件）；国务院（国家级）；成文日期2018年11月23日；函件；已印发；不是规范性文件，不作规范性文件合法性审核，只检查适用于批复的规则（\d+条规则不适用）$/,
    );
  });

  it('lists the rules that do not apply, with the reason, in the JSON report and the opinion appendix', async () => {
    const json = await runCli(['check', join(GOV, 'gov33.txt'), '--as-of', '2026-11-27', '-f', 'json']);
    const report = JSON.parse(json.stdout);
    expect(schemaErrors(report)).toEqual([]);
    expect(report.schemaVersion).toBe('1.2');
    const doc = report.documents[0];
    expect(doc.profile.kind).toMatchObject({ value: '行政法规', source: 'read' });
    expect(doc.profile.kind.evidence.excerpt).toContain('国务院令');
    expect(doc.profile.dates.reference).toMatchObject({ value: '2018-12-18', of: 'revised' });
    expect(doc.notApplicable).toContainEqual({ ruleId: 'content/ultra-vires', reason: '文件类型为行政法规，本规则只适用于行政规范性文件' });
    expect(doc.notApplicable).toContainEqual({ ruleId: 'numbering/registration-number', reason: '文件类型为行政法规，本规则只适用于行政规范性文件' });
    const md = await runCli(['check', join(GOV, 'gov33.txt'), '--as-of', '2026-11-27', '-f', 'markdown']);
    expect(md.stdout).toContain('| 文件性质 | 行政法规；国务院（国家级）；修改日期2018年12月18日；条文式；已印发 |');
    expect(md.stdout).toContain('### 不适用的规则');
    expect(md.stdout).toMatch(/\| 中华人民共和国个人所得税法实施条例 \| `content\/ultra-vires` \| 不适用：文件类型为行政法规，本规则只适用于行政规范性文件 \|/);
  });

  it('counts the top-level sections of a notice, and of the plan a 印发 notice issues', async () => {
    const r = await runCli(['check', join(GOV, 'gov01.txt'), join(GOV, 'gov03.txt'), '--as-of', '2026-11-27', '-f', 'json', '--jobs', '1']);
    const stats = JSON.parse(r.stdout).documents.map((d: { stats: { sections?: number; articles: number } }) => d.stats);
    expect(stats.map((s: { sections?: number }) => s.sections)).toEqual([4, 7]);
  });

  it('keeps reports of schema 1.1 (without profile) valid', async () => {
    const r = await runCli(['check', SAMPLE, '--as-of', '2024-05-20', '-f', 'json']);
    const report = JSON.parse(r.stdout);
    report.schemaVersion = '1.1';
    for (const d of report.documents) {
      delete d.profile;
      delete d.notApplicable;
      delete d.stats.sections;
    }
    expect(schemaErrors(report)).toEqual([]);
  });

  it('takes --kind, --issuer and --region over what was read, also in worker threads', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, join(dir, 'a.md'));
    copyFileSync(join(GOV, 'gov53.txt'), join(dir, 'b.txt'));
    const r = await runCli([
      'check',
      dir,
      '--as-of',
      '2024-05-20',
      '-f',
      'json',
      '--jobs',
      '2',
      '--kind',
      '行政规范性文件',
      '--issuer',
      '长沙市人力资源和社会保障局',
    ]);
    const docs = JSON.parse(r.stdout).documents;
    for (const d of docs) {
      expect(d.profile.kind).toMatchObject({ value: '行政规范性文件', source: 'user' });
      expect(d.profile.issuers[0]).toMatchObject({ name: '长沙市人力资源和社会保障局', level: 'municipal', region: '湖南省', source: 'user' });
      expect(d.profile.kind.basis).toContain('命令行选项');
    }
  });

  it('refuses a kind or region it does not know with exit 2, naming the allowed values', async () => {
    const kind = await runCli(['check', SAMPLE, '--kind', '通知']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain(
      '--kind 的取值“通知”不是可识别的文件类型。可选值：法律、行政法规、地方性法规、自治条例和单行条例、部门规章、地方政府规章、司法解释、行政规范性文件、批复、函',
    );
    expect(kind.stderr).toContain('[E_USAGE]');
    const region = await runCli(['check', SAMPLE, '--region', '火星']);
    expect(region.code).toBe(2);
    expect(region.stderr).toContain('可选值：全国、北京市');
  });

  it('reads the config key "document", and refuses a wrong value there with exit 2', async () => {
    const dir = tempDir();
    copyFileSync(join(GOV, 'gov01.txt'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'hrss-audit.config.json'), JSON.stringify({ document: { region: '湖南省' } }));
    const ok = await runCli(['check', 'a.txt', '--as-of', '2026-11-27', '-f', 'json'], { cwd: dir });
    const doc = JSON.parse(ok.stdout).documents[0];
    expect(doc.profile.region).toMatchObject({ value: '湖南省', source: 'user' });
    expect(doc.profile.region.basis).toContain('配置文件');
    writeFileSync(join(dir, 'hrss-audit.config.json'), JSON.stringify({ document: { kind: '规范' } }));
    const bad = await runCli(['check', 'a.txt'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('配置项“document.kind” 的取值“规范”不是可识别的文件类型。可选值：');
    expect(bad.stderr).toContain('[E_CONFIG_INVALID]');
  });

  it('leaves national and non-normative documents out of a library clean-up', async () => {
    const dir = tempDir();
    copyFileSync(join(GOV, 'gov01.txt'), join(dir, 'national.txt'));
    copyFileSync(join(GOV, 'gov53.txt'), join(dir, 'reply.txt'));
    copyFileSync(SAMPLE, join(dir, 'own.md'));
    const r = await runCli(['clean', dir, '--as-of', '2026-11-27', '-f', 'json', '--jobs', '1']);
    const list = JSON.parse(r.stdout);
    const label = Object.fromEntries(list.documents.map((d: { path: string; label: string }) => [d.path.split(/[\\/]/).pop(), d.label]));
    expect(label['national.txt']).toBe('不属清理范围');
    expect(label['reply.txt']).toBe('不属清理范围');
    expect(label['own.md']).not.toBe('不属清理范围');
    const reason = list.documents.find((d: { path: string }) => d.path.endsWith('national.txt')).reasons[0].message;
    expect(reason).toBe('制定机关为国务院（全国性文件），由制定机关清理，不属本地区（湖南省）文件库的清理范围');
    expect(readFileSync(join(dir, 'own.md'), 'utf8')).toContain('湘人社规');
  });
});
