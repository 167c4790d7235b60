import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../src/engine/audit.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { SHARED_CORPUS, sharedCorpusProvider } from '../helpers/corpus.js';

/**
 * Precision on real text: the local regulations, departmental rule and
 * normative documents of the shared corpus, each checked as of its own date
 * against the higher law in force then. They were adopted by legislatures
 * and ministries, so everything in them agreed with higher law when it was
 * made (the 2011 Chongqing regulation's 滞纳金 on 失业保险费 is not the 1953
 * 劳动保险条例's 滞纳金 on 劳动保险金: a levy is compared only with the levy on
 * the same contributions). One known false alarm remains, kept so that its
 * fix shows: the Guangdong regulation's header lines of its 2013 and 2022
 * revisions are broken in the source (…修订  根据 / …修正）), the structure
 * pass reads only the 2002 line, and as of 2002 its 十五日内 (社会保险法第五十条,
 * 2010) is held against the 失业保险条例's 7日内. The same text with those two
 * lines mended speaks from 2022 and nothing is reported. The Shanghai
 * regulation of 2001 (in force 2002) predates the 劳动合同法 of 2007 and was never brought into line; the
 * same text dated today is a draft that contradicts it, and both conflicts
 * must be found (试用期 3 months for 1–3 year contracts, 竞业限制 up to 3 years).
 */
const FOLDERS = ['local-regulation', 'departmental-rule', 'normative-document'];

describe('conflict/corpus precision on the laws of the shared corpus', () => {
  let findings: string[] = [];
  let documents = 0;
  beforeAll(async () => {
    const config = validateConfig({}, null, process.cwd());
    const rules = resolveRules(await loadAllRules(config), config, ['conflict/corpus']);
    const corpus = await sharedCorpusProvider();
    for (const folder of FOLDERS) {
      for (const name of readdirSync(join(SHARED_CORPUS, 'texts', folder)).sort()) {
        const { result } = await auditFile(join(SHARED_CORPUS, 'texts', folder, name), rules, {
          asOf: '2025-08-14',
          limits: config.limits,
          settings: {},
          corpus,
        });
        documents++;
        for (const f of result.findings) findings.push(`${name.replace(/-\d{8}\.md$/, '')} ${f.location.address}: ${f.message}`);
      }
    }
  }, 300_000);

  // Both come from one misreading: the Guangdong regulation of 2022 is dated 2002 when its revision lines cannot be read,
  // and in 2002 neither 社会保险法 (15 days, 2–5 times) was there to govern. The next test reads the dates and finds nothing.
  it('reports nothing but the two known false alarms of one misdated document in 20 documents checked as of their own dates', () => {
    expect(documents).toBe(20);
    expect(findings).toEqual([
      'guangdong-unemployment-insurance-regulations 第三十五条: 本条照抄《失业保险条例》第十六条第一款，但把“7日内”改为“十五日内”，长于上位法规定的期限。',
      'guangdong-unemployment-insurance-regulations 第四十一条: 本条规定骗取金额“二倍以上五倍以下”，而《失业保险条例》第二十八条规定为“1倍以上3倍以下”，超出上位法规定的幅度。',
    ]);
  });

  it('reports nothing in the Guangdong regulation when its revision lines can be read (it speaks from 2022)', async () => {
    const config = validateConfig({}, null, process.cwd());
    const rules = resolveRules(await loadAllRules(config), config, ['conflict/corpus']);
    const text = readFileSync(join(SHARED_CORPUS, 'texts', 'local-regulation', 'guangdong-unemployment-insurance-regulations-20220601.md'), 'utf8');
    const mended = text.replace('修订  根据\n', '修订\n').replace('的决定》修正）\n', '的决定》修正\n');
    expect(mended).not.toBe(text);
    const draft = join(mkdtempSync(join(tmpdir(), 'hrss-precision-')), 'guangdong.md');
    writeFileSync(draft, mended);
    const { result } = await auditFile(draft, rules, { asOf: '2025-08-14', limits: config.limits, settings: {}, corpus: await sharedCorpusProvider() });
    expect(result.profile?.dates.reference.value).toBe('2022-06-01');
    expect(result.findings).toEqual([]);
  });

  it('reports the two conflicts when the Shanghai regulation of 2001 is a draft dated today', async () => {
    const config = validateConfig({}, null, process.cwd());
    const rules = resolveRules(await loadAllRules(config), config, ['conflict/corpus']);
    const text = readFileSync(join(SHARED_CORPUS, 'texts', 'local-regulation', 'shanghai-labor-contract-regulations-20011115.md'), 'utf8');
    expect(text).toContain('本条例自2002年5月1日起施行');
    const draft = join(mkdtempSync(join(tmpdir(), 'hrss-precision-')), 'shanghai-draft.md');
    writeFileSync(draft, text.replace('本条例自2002年5月1日起施行', '本条例自2025年10月1日起施行'));
    const { result } = await auditFile(draft, rules, { asOf: '2025-08-14', limits: config.limits, settings: {}, corpus: await sharedCorpusProvider() });
    const found = result.findings.map((f) => `shanghai-labor-contract-regulations ${f.location.address}: ${f.message}`);
    expect(found).toEqual([
      'shanghai-labor-contract-regulations 第十三条第一款: 本款规定试用期“不得超过三个月”，而《中华人民共和国劳动合同法》第十九条第一款规定为“不得超过二个月”，超过上位法规定的上限。',
      'shanghai-labor-contract-regulations 第十六条第一款: 本款规定竞业限制的期限“最长不得超过三年”，而《中华人民共和国劳动合同法》第二十四条第二款规定为“不得超过二年”，超过上位法规定的上限。',
    ]);
  });
});
