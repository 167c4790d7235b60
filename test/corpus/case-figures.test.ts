import { describe, expect, it } from 'vitest';
import { changesInCopy, RESTATED_CASE_LIKENESS, restatesCase, withoutHowItHolds } from '../../src/corpus/copies.js';

const SICK_LEAVE = '一、工作人员病假在两个月以内的，发给原工资。';
const BENEFIT_TABLE =
  '失业人员失业前用人单位和本人累计缴费满一年不足五年的，领取失业保险金的期限最长为十二个月；累计缴费满五年不足十年的，领取失业保险金的期限最长为十八个月；累计缴费十年以上的，领取失业保险金的期限最长为二十四个月。';

describe('a copy that moves the line of one of the law’s cases', () => {
  it('reports the figure of the case, in UTF-16 offsets after astral characters too', () => {
    const draft = '𠮷工作人员病假在一个月以内的，发给原工资。';
    const [c] = changesInCopy(draft, SICK_LEAVE);
    expect(c).toMatchObject({ phrase: '一个月以内', higherPhrase: '两个月以内', verdict: { why: '改变了上位法规定的适用情形' } });
    expect(draft.slice(c.span.start, c.span.end)).toBe('一个月以内');
  });

  it('reads a case that runs on over a comma to its 的', () => {
    const law = '事业单位工作人员在本单位连续工作满10年且距法定退休年龄不足10年，提出订立聘用至退休的合同的，事业单位应当与其订立聘用至退休的合同。';
    const draft = '𠮷事业单位工作人员在本单位连续工作满15年且距法定退休年龄不足10年，提出订立聘用至退休的合同的，事业单位应当与其订立聘用至退休的合同。';
    const [c] = changesInCopy(draft, law);
    expect(c).toMatchObject({ phrase: '满15年', higherPhrase: '满10年' });
    expect(draft.slice(c.span.start, c.span.end)).toBe('满15年');
    expect(changesInCopy(law, law)).toEqual([]);
  });

  it('follows a case the law names elsewhere in like words, and an unchanged case', () => {
    expect(changesInCopy('累计缴费满五年不足十年的，领取失业保险金的期限最长为十八个月。', BENEFIT_TABLE)).toEqual([]);
    expect(changesInCopy('工作人员病假在两个月以内的，发给原工资。', SICK_LEAVE)).toEqual([]);
  });

  it('leaves a figure outside a case to the claims: a changed period is reported once, as a figure', () => {
    const changes = changesInCopy('累计缴费满五年不足十年的，领取失业保险金的期限最长为二十个月。', BENEFIT_TABLE);
    expect(changes.map((c) => c.phrase)).toEqual(['最长为二十个月']);
  });
});

describe('a copy that keeps one of the cases a law’s sentence gives each its own figure', () => {
  const AFTER_LEAVING =
    '公务员辞去公职或者退休的，原系领导成员、县处级以上领导职务的公务员在离职三年内，其他公务员在离职两年内，不得到与原工作业务直接相关的企业或者其他营利性组织任职。';

  it('follows the case its words name, and reports the other case given the first one’s figure, after astral characters too', () => {
    expect(changesInCopy('第十四条　辞去公职的领导成员，在离职三年内，不得到与原工作业务直接相关的企业或者其他营利性组织任职。', AFTER_LEAVING)).toEqual([]);
    const draft = '𠮷辞去公职的其他公务员，在离职三年内，不得到与原工作业务直接相关的企业或者其他营利性组织任职。';
    const [c] = changesInCopy(draft, AFTER_LEAVING);
    expect(c).toMatchObject({ phrase: '三年内', higherPhrase: '两年内' });
    expect(draft.slice(c.span.start, c.span.end)).toBe('三年内');
    expect(changesInCopy('公务员辞去公职的，在离职一年内，不得到与原工作业务直接相关的企业或者其他营利性组织任职。', AFTER_LEAVING)).toMatchObject([
      { phrase: '一年内' },
    ]);
  });
});

describe('a copy that turns a decision deemed made on silence around', () => {
  const RENEWAL = '行政机关应当根据被许可人的申请，在该行政许可有效期届满前作出是否准予延续的决定；逾期未作决定的，视为准予延续。';

  it('reports a deemed grant made a deemed refusal on the same act, and not another act', () => {
    const [c] = changesInCopy(RENEWAL.replace('视为准予延续', '视为不予延续'), RENEWAL);
    expect(c).toMatchObject({ kind: 'modality', phrase: '视为不予延续', higherPhrase: '视为准予延续' });
    expect(changesInCopy(RENEWAL, RENEWAL)).toEqual([]);
    expect(changesInCopy(`${RENEWAL}申请材料不齐全的，视为不予受理。`, RENEWAL)).toEqual([]);
  });
});

describe('a case and its consequence restated in a longer sentence, with another figure in the case', () => {
  const PENSION = '参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。';

  it('knows the law’s case and consequence in the draft’s words, whatever says how the consequence holds', () => {
    expect(restatesCase('劳动模范达到法定退休年龄且累计缴费满二十年的，方可按月领取基本养老金', PENSION)).toBe(true);
    expect(restatesCase('职工累计缴费满二十年的，方可按月领取基本养老金', PENSION)).toBe(true);
    expect(withoutHowItHolds('累计缴费满二十年的，方可按月领取基本养老金')).toBe('累计缴费满二十年的，按月领取基本养老金');
    // Another consequence, or another case, is no restatement.
    expect(restatesCase('累计缴费满二十年的，可以领取一次性补助', PENSION)).toBe(false);
    expect(restatesCase('企业年金缴费满二十年的，按月领取基本养老金', PENSION)).toBe(false);
  });

  it('reports the changed figure of the case, with the likeness the restated case allows', () => {
    const unit = '职工累计缴费满二十年的，方可按月领取基本养老金';
    expect(changesInCopy(unit, PENSION)).toEqual([]);
    const [change] = changesInCopy(unit, PENSION, { caseLikeness: RESTATED_CASE_LIKENESS });
    expect(change).toMatchObject({ phrase: '满二十年', higherPhrase: '满十五年', verdict: { why: '改变了上位法规定的适用情形' } });
    expect(changesInCopy('职工累计缴费满十五年的，方可按月领取基本养老金', PENSION, { caseLikeness: RESTATED_CASE_LIKENESS })).toEqual([]);
  });
});
