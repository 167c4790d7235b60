import { describe, expect, it } from 'vitest';
import { describeScope, judgeScope, type ScopeFacts } from '../../src/engine/applicability.js';
import { GB9704_2012, HUNAN_PROCEDURE } from '../../src/engine/scopes.js';
import { runApplicableRules } from '../../src/engine/run.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { txtDoc } from '../helpers/docs.js';

const facts = (over: Partial<ScopeFacts>): ScopeFacts => ({
  kind: '行政规范性文件',
  region: '湖南省',
  issuer: '湖南省人力资源和社会保障厅',
  date: '2025-05-06',
  dateOf: 'signed',
  ...over,
});

describe('rule applicability', () => {
  it('applies where kind, region and date are all covered', () => {
    expect(judgeScope(HUNAN_PROCEDURE, facts({}))).toEqual({ applies: true });
    expect(judgeScope(undefined, facts({ kind: '批复' }))).toEqual({ applies: true });
  });

  it('gives the reason a user can check: the kind, the region, the date against the basis', () => {
    expect(judgeScope(HUNAN_PROCEDURE, facts({ kind: '行政法规' }))).toEqual({ applies: false, reason: '文件类型为行政法规，本规则只适用于行政规范性文件' });
    expect(judgeScope(HUNAN_PROCEDURE, facts({ region: '全国', issuer: '国务院' }))).toMatchObject({
      applies: false,
      reason: expect.stringMatching(/^制定机关为国务院（全国性文件），本规则依据的《湖南省行政程序规定》只适用于湖南省的文件$/),
    });
    expect(judgeScope(GB9704_2012, facts({ date: '1994-12-06' }))).toEqual({
      applies: false,
      reason: '成文日期（1994年12月6日）早于GB/T 9704—2012《党政机关公文格式》施行（2012年7月1日）',
    });
  });

  it('applies when any of several scopes covers the document, else names the closest miss', () => {
    const scopes = [{ ...GB9704_2012 }, { kinds: ['法律' as const], basis: '某法' }];
    expect(judgeScope(scopes, facts({ kind: '法律', date: '1990-01-01' }))).toEqual({ applies: true });
    expect(judgeScope(scopes, facts({ date: '2000-01-01' })).applies).toBe(false);
    expect((judgeScope(scopes, facts({ date: '2000-01-01' })) as { reason: string }).reason).toContain('早于');
  });

  it('describes a scope for rule pages and the rules list', () => {
    expect(describeScope(HUNAN_PROCEDURE)).toBe(
      '行政规范性文件，湖南省的文件，2008年10月1日以后成文（依据：《湖南省行政程序规定》（2008年10月1日起施行），日期待核实）',
    );
    expect(describeScope(undefined)).toBe('适用于所有文件');
  });

  it('does not run a rule that does not apply and lists it with the reason', async () => {
    const config = validateConfig({}, null, process.cwd());
    const rules = resolveRules(await loadAllRules(config), config, ['validity/missing', 'numbering/document-number', 'format/date']);
    const doc = await txtDoc(
      '国务院办公厅关于某某问题的复函\n国办函〔2004〕80号\n湖北省人民政府：\n你省请示收悉。现函复如下：\n同意。\n国务院办公厅\n二〇〇四年十一月四日\n',
    );
    const { findings, notApplicable } = await runApplicableRules(doc, rules, { asOf: '2026-11-27', settings: {} });
    expect(findings).toEqual([]);
    expect(notApplicable).toEqual([
      { ruleId: 'format/date', reason: '成文日期（2004年11月4日）早于GB/T 9704—2012《党政机关公文格式》施行（2012年7月1日）' },
      { ruleId: 'numbering/document-number', reason: '成文日期（2004年11月4日）早于GB/T 9704—2012《党政机关公文格式》施行（2012年7月1日）' },
      { ruleId: 'validity/missing', reason: '文件类型为函，本规则只适用于行政规范性文件' },
    ]);
  });
});
