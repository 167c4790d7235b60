import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditFile } from '../../src/engine/audit.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { SHARED_CORPUS, sharedCorpusProvider } from '../helpers/corpus.js';

/**
 * Precision on real text: the local regulations, departmental rule and
 * normative documents of the shared corpus, checked as if they were drafts
 * against the rest of it. They were adopted by legislatures and ministries,
 * so almost everything in them agrees with higher law; every conflict
 * reported must be a real one. The two expected are genuine: the Shanghai
 * regulation of 2001 predates the 劳动合同法 of 2007 and was never brought
 * into line (试用期 3 months for 1–3 year contracts, 竞业限制 up to 3 years).
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
        const { result } = await auditFile(join(SHARED_CORPUS, 'texts', folder, name), rules, { asOf: '2025-08-14', limits: config.limits, settings: {}, corpus });
        documents++;
        for (const f of result.findings) findings.push(`${name.replace(/-\d{8}\.md$/, '')} ${f.location.address}: ${f.message}`);
      }
    }
  }, 300_000);

  it('reports only the two real conflicts in 20 documents', () => {
    expect(documents).toBe(20);
    expect(findings).toEqual([
      'shanghai-labor-contract-regulations 第十三条第一款: 本款规定试用期“不得超过三个月”，而《中华人民共和国劳动合同法》第十九条第一款规定为“不得超过二个月”，超过上位法规定的上限。',
      'shanghai-labor-contract-regulations 第十六条第一款: 本款规定竞业限制的期限“最长不得超过三年”，而《中华人民共和国劳动合同法》第二十四条第二款规定为“不得超过二年”，超过上位法规定的上限。',
    ]);
  });
});
