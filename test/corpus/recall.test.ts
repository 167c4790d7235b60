import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusApi } from '../../src/corpus/api.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules, type ActiveRule } from '../../src/engine/registry.js';
import { runRules } from '../../src/engine/run.js';
import { sharedCorpusProvider } from '../helpers/corpus.js';
import { mdDoc } from '../helpers/docs.js';

/**
 * Recall on the quantitative provisions of rules-catalogue §8 (LAB-xx):
 * drafts written in other words than the law, each saying something else,
 * checked against the real texts of the shared corpus.
 */
let rules: ActiveRule[];
let corpus: () => Promise<CorpusApi>;

beforeAll(async () => {
  const config = validateConfig({}, null, process.cwd());
  rules = resolveRules(await loadAllRules(config), config, ['conflict/corpus']);
  corpus = await sharedCorpusProvider();
}, 180_000);

async function check(sentence: string) {
  const doc = await mdDoc(
    `# 湖南省某某办法\n\n第一条 ${sentence}\n\n第二条 本办法自2025年3月1日起施行，有效期5年。\n\n湖南省人力资源和社会保障厅\n\n2025年1月20日\n`,
  );
  return runRules(doc, rules, { asOf: '2025-08-14', settings: {}, corpus });
}

describe('LAB provisions, paraphrased differently', () => {
  it.each([
    ['LAB-04', '新招用的劳动者，试用期一律为六个月。', '劳动合同法', '第十九条'],
    ['LAB-05', '试用期内的工资按照约定工资的七成发放，且不得低于本单位相同岗位最低档工资的百分之七十。', '劳动合同法', '第二十条'],
    ['LAB-06', '竞业限制期限最长不得超过三年。', '劳动合同法', '第二十四条'],
    // 劳动法第三十一条 says it in the same words as the draft (劳动合同法第三十七条 says it too): the closest provision is quoted.
    ['LAB-07', '劳动者解除劳动合同，应当提前六十日以书面形式通知用人单位。', '劳动法', '第三十一条'],
    ['LAB-11', '非全日制用工劳动报酬结算支付周期最长不得超过一个月。', '劳动合同法', '第七十二条'],
    ['LAB-12', '经营劳务派遣业务，注册资本不得少于人民币一百万元。', '劳动合同法', '第五十七条'],
    ['LAB-13', '职工每周工作时间为四十四小时。', '国务院关于职工工作时间的规定', '第三条'],
    ['LAB-14', '法定休假日安排劳动者工作的，支付不低于工资的百分之二百的工资报酬。', '劳动法', '第四十四条'],
    ['LAB-16', '劳动争议发生后，当事人应当在六十日内申请仲裁。', '劳动争议调解仲裁法', '第二十七条'],
    ['LAB-18', '逾期未缴纳社会保险费的，从欠缴之日起按日加收千分之二的滞纳金。', '社会保险法', '第八十六条'],
    ['LAB-21', '累计缴费满一年不足五年的失业人员，领取失业保险金的期限最长为十八个月。', '社会保险法', '第四十六条'],
    ['LAB-23', '用人单位应当在解除劳动关系之日起七日内将失业人员名单告知社会保险经办机构。', '社会保险法', '第五十条'],
    ['LAB-24', '用人单位应当自事故伤害发生之日起六十日内提出工伤认定申请。', '工伤保险条例', '第十七条'],
    ['LAB-33', '职工累计工作已满十年不满二十年的，年休假为五天。', '职工带薪年休假条例', '第三条'],
    ['LAB-34', '女职工生育享受产假90天。', '女职工劳动保护特别规定', '第七条'],
  ])('%s: %s', async (_id, sentence, law, article) => {
    const findings = await check(sentence);
    expect(findings.length, sentence).toBeGreaterThanOrEqual(1);
    for (const f of findings) {
      expect(f.related[0].title, f.message).toContain(law);
      expect(f.related[0].article, f.message).toMatch(new RegExp(`^${article}`));
    }
  });
});

describe('LAB provisions, restated faithfully in other words', () => {
  it.each([
    '劳动合同期限三个月以上不满一年的，试用期不超过一个月。',
    '竞业限制的期限不超过二年。',
    '劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。',
    '注册资本不得少于人民币二百万元。',
    '法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。',
    '劳动争议申请仲裁的时效期间为一年。',
    '累计缴费十年以上的，领取失业保险金的期限最长为二十四个月。',
    '用人单位应当自事故伤害发生之日起30日内提出工伤认定申请。',
    '职工累计工作已满20年的，年休假15天。',
    '女职工生育享受98天产假。',
  ])('%s', async (sentence) => {
    expect((await check(sentence)).map((f) => f.message)).toEqual([]);
  });
});
