import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import type { DocumentResult } from '../../src/engine/types.js';
import { applyLibraryRules } from '../../src/library/apply.js';
import { auditFiles } from '../helpers/batch.js';
import { SAMPLE_AS_OF, sampleLibrary } from '../helpers/library.js';

async function audit(files: Record<string, string>, rawConfig: Record<string, unknown> = {}, asOf = SAMPLE_AS_OF): Promise<DocumentResult[]> {
  return (await auditFiles(files, rawConfig, asOf)).results;
}

/** ruleId@path:address for the library findings only. */
function libraryFindings(results: DocumentResult[]): string[] {
  return results
    .flatMap((d) => d.findings.filter((f) => f.ruleId.startsWith('library/')).map((f) => `${f.ruleId}@${d.path}:${f.location.address}:${f.severity}`))
    .sort();
}

describe('library rules on a sample library', () => {
  it('report expiry, repeal, duplicate numbers and citations of inactive documents on the documents concerned', async () => {
    const results = await audit(sampleLibrary());
    expect(libraryFindings(results)).toEqual(
      [
        'library/cites-inactive@new.md:第一条:error', // basis: 湘人社规〔2018〕5号 expired 2023-06-30
        'library/cites-inactive@new.md:第二条:warning', // reference to the repealed 失业保险经办办法
        'library/duplicate-number@dup.md:发文字号:error', // 湘人社规〔2024〕02号 = 湘人社规〔2024〕2号
        'library/duplicate-number@new.md:发文字号:error',
        'library/expired@old.md:第二条:warning',
        'library/expired@repeal/repealed.md:标题:warning',
        'library/expiring@soon.md:第二条:info',
      ].sort(),
    );
    const byPath = Object.fromEntries(results.map((d) => [d.path, d]));
    const basis = byPath['new.md'].findings.find((f) => f.ruleId === 'library/cites-inactive' && f.severity === 'error')!;
    expect(basis.message).toBe('作为制定依据的《湖南省工伤保险经办管理办法》（湘人社规〔2018〕5号）已于2023年6月30日有效期届满失效，不能再作为依据。');
    const repealed = byPath['repeal/repealed.md'].findings.find((f) => f.ruleId === 'library/expired')!;
    expect(repealed.message).toContain('《湖南省人力资源和社会保障厅关于废止〈湖南省失业保险经办办法〉的通知》（湘人社规〔2025〕1号）');
    const dup = byPath['dup.md'].findings.find((f) => f.ruleId === 'library/duplicate-number')!;
    expect(dup.message).toBe('发文字号“湘人社规〔2024〕02号”与“new.md”相同；一个发文字号只能对应一个文件。');
    expect(byPath['soon.md'].findings.find((f) => f.ruleId === 'library/expiring')!.message).toContain('有效期将于2027年2月28日届满（距审核基准日93天）');
    // Verdicts include the findings across documents.
    expect(byPath['old.md'].verdict).toBe('revise');
    expect(byPath['fine.txt'].findings.filter((f) => f.ruleId.startsWith('library/'))).toEqual([]);
  });

  it('depend on the review date: before expiry nothing is expired, and the repeal counts only once in force', async () => {
    const results = await audit(sampleLibrary(), {}, '2023-01-15');
    const found = libraryFindings(results);
    expect(found).toContain('library/expiring@old.md:第二条:info'); // ends 2023-06-30, within 6 months
    expect(found.some((f) => f.startsWith('library/expired@'))).toBe(false); // repeal notice takes effect 2025-01-01
    expect(found.some((f) => f.startsWith('library/cites-inactive@'))).toBe(false);
  });

  it('follow the config: severities, options and rules turned off', async () => {
    const results = await audit(sampleLibrary(), {
      rules: { 'library/duplicate-number': 'off', 'library/cites-inactive': ['warning', { byTitle: false }], 'library/expiring': ['info', { months: 1 }] },
    });
    const found = libraryFindings(results);
    expect(found.some((f) => f.startsWith('library/duplicate-number'))).toBe(false);
    // By number only: the 第二条 reference names the repealed document by title alone.
    expect(found.filter((f) => f.startsWith('library/cites-inactive'))).toEqual(['library/cites-inactive@new.md:第一条:warning']);
    // 2027-02-28 is more than one month after the review date.
    expect(found.some((f) => f.startsWith('library/expiring'))).toBe(false);
  });

  it('are recomputed, not accumulated, when applied again (as merge-reports does)', async () => {
    const config = validateConfig({}, null, process.cwd());
    const rules = resolveRules(await loadAllRules(config), config);
    const results = await audit(sampleLibrary());
    const again = applyLibraryRules(results, rules, SAMPLE_AS_OF);
    expect(again).toEqual(results);
    // Applied to one document alone, no finding across documents survives except its own expiry.
    const alone = applyLibraryRules(
      results.filter((d) => d.path === 'new.md' || d.path === 'old.md'),
      rules,
      SAMPLE_AS_OF,
    );
    expect(libraryFindings(alone)).toEqual(['library/cites-inactive@new.md:第一条:error', 'library/expired@old.md:第二条:warning']);
    expect(alone.find((d) => d.path === 'new.md')!.verdict).toBe('fail');
  });

  it('do not run per document (a single-file run reports only what the file shows about itself)', async () => {
    const results = await audit({ 'new.md': sampleLibrary()['new.md'] });
    expect(libraryFindings(results)).toEqual([]);
  });
});

describe("library rules follow each document's profile", () => {
  const expiredReply =
    '# 湖南省人力资源和社会保障厅关于某某市调整失业保险金标准的复函\n\n湘人社函〔2018〕12号\n\n某某市人力资源和社会保障局：\n\n你局请示收悉。经研究，同意自2018年7月1日起执行，有效期至2020年6月30日。\n\n湖南省人力资源和社会保障厅\n\n2018年6月1日\n';
  const expiredOtherProvince =
    '# 广东省人力资源和社会保障厅关于某某工作的通知\n\n粤人社规〔2018〕3号\n\n各地级以上市人力资源和社会保障局：\n\n一、工作要求\n\n本通知自2018年7月1日起施行，有效期至2020年6月30日。\n\n广东省人力资源和社会保障厅\n\n2018年6月1日\n';
  const expiredOwn =
    '# 湖南省人力资源和社会保障厅关于某某工作的通知\n\n湘人社规〔2018〕3号\n\nHNPR—2018—11003\n\n各市州人力资源和社会保障局：\n\n一、工作要求\n\n本通知自2018年7月1日起施行，有效期至2020年6月30日。\n\n湖南省人力资源和社会保障厅\n\n2018年6月1日\n';

  it("do not expire a reply or another province's document, only the office's own normative documents", async () => {
    const results = await audit({ 'reply.md': expiredReply, 'guangdong.md': expiredOtherProvince, 'own.md': expiredOwn });
    expect(libraryFindings(results)).toEqual(['library/expired@own.md:第一部分:warning']);
    expect(results.find((d) => d.path === 'reply.md')!.profile!.kind.value).toBe('函');
    expect(results.find((d) => d.path === 'guangdong.md')!.profile!.region.value).toBe('广东省');
  });
});
