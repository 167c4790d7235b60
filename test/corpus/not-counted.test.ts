import { describe, expect, it } from 'vitest';
import { countedByLaw, countedIn, excludedByDraft, includedByLaw, notCountedIn, sameCount } from '../../src/corpus/not-counted.js';

const LAW = [
  '职工依法享受的探亲假、婚丧假、产假等国家规定的假期以及因工伤停工留薪期间不计入年休假假期。',
  '国家法定休假日、休息日不计入年休假的假期。',
  '鉴定所用时间不计入行政复议审理期限。',
].flatMap(notCountedIn);

const excluded = (paragraph: string): boolean => countedIn(paragraph).some((c) => LAW.some((l) => sameCount(c, l, paragraph)));

describe('days the law keeps out of a count, counted into it', () => {
  it('reads what the law keeps out by its core nouns, the summing-up 假期 left out', () => {
    expect(LAW[0].items).toEqual(['探亲假', '婚丧假', '产假', '因工伤停工留薪']);
    expect(LAW[0].into).toBe('年休假');
    expect(LAW[1].items).toEqual(['法定休假日', '休息日']);
  });

  it.each([
    '探亲假天数计入当年带薪年休假天数，用人单位不再另行安排年休假。',
    '职工享受的婚假可以折抵当年年休假。',
    '年休假期间遇法定休假日的，计入年休假天数。',
    '工伤职工的停工留薪期计入年休假。',
  ])('reports %s', (paragraph) => {
    expect(excluded(paragraph)).toBe(true);
  });

  it.each([
    '职工请事假的，事假天数可以折抵年休假。',
    '用人单位不得以职工当年休过婚丧假为由折抵其带薪年休假。',
    '探亲假不计入年休假。',
    '复议期间的鉴定时间计入审理期限。',
    '职工依法享受的产假期间计入工作年限。',
  ])('leaves %s alone', (paragraph) => {
    expect(excluded(paragraph)).toBe(false);
  });

  it('gives offsets in UTF-16 units after the article label and an astral character', () => {
    const text = '第三条　𠮷探亲假天数计入当年带薪年休假天数。';
    const [c] = countedIn(text);
    expect(text.slice(c.start, c.end)).toBe(c.phrase);
    expect(c.phrase.startsWith('𠮷探亲假')).toBe(true);
  });

  it('reads what the law counts in, and a draft that keeps it out, in UTF-16 offsets after astral characters', () => {
    const law = [
      '军人退出现役后参加失业保险的，其服现役年限视同失业保险缴费年限，与入伍前和退出现役后参加失业保险的缴费年限合并计算。',
      '七、新招收的工作人员，试用期间，可以计算为工作年限。',
    ].flatMap(countedByLaw);
    const kept = (paragraph: string): boolean => excludedByDraft(paragraph).some((d) => law.some((l) => sameCount(d, l, paragraph)));
    expect(kept('军人退出现役后参加失业保险的，服现役年限不计为失业保险缴费时间。')).toBe(true);
    expect(kept('新招收的工作人员，试用期间不计算为工作年限。')).toBe(true);
    // The law's own 不计入, and something else kept out of another count.
    expect(kept('探亲假、婚丧假期间，不计入年休假假期。')).toBe(false);
    expect(kept('服现役年限不计入本单位工龄津贴的计算年限。')).toBe(false);
    const text = '𠮷试用期间不计算为工作年限。';
    const [d] = excludedByDraft(text);
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
  });

  it('does not read the law’s own 不计入 after a comma as counting in', () => {
    expect(countedIn('职工依法享受的探亲假、婚丧假、产假等国家规定的假期以及因工伤停工留薪期间，不计入年休假假期。')).toEqual([]);
  });
});

describe('what the law says a sum is made of, left out of it', () => {
  const [law] = includedByLaw('劳动合同法第四十七条规定的经济补偿的月工资按照劳动者应得工资计算，包括计时工资或者计件工资以及奖金、津贴和补贴等货币性收入。');

  it('reads the sum and its parts', () => {
    expect(law.into).toBe('月工资');
    expect(law.items).toEqual(expect.arrayContaining(['计时工资', '计件工资', '奖金', '津贴', '补贴']));
  });

  it('holds a part left out of the same sum against it, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷计算经济补偿的月工资，按照平均基本工资确定，奖金、津贴和补贴不计入月工资。';
    const [mine] = excludedByDraft(text);
    expect(text.slice(mine.start, mine.end)).toContain('奖金、津贴和补贴不计入月工资');
    expect(sameCount(mine, law, text)).toBe(true);
  });

  it('is silent on a part the law does not name and on another sum', () => {
    const [other] = excludedByDraft('差旅费不计入月工资。');
    expect(sameCount(other, law, '差旅费不计入月工资。')).toBe(false);
    const [sum] = excludedByDraft('奖金不计入缴费基数。');
    expect(sameCount(sum, law, '奖金不计入缴费基数。')).toBe(false);
  });
});

describe('a count taken out of another, the count named first', () => {
  it('reads 在…中扣减… as counting the one into the other', () => {
    const text = '职工当年享受探亲假的，用人单位可以在其当年应休年休假天数中相应扣减探亲假天数。';
    const [mine] = countedIn(text);
    expect(mine.items).toEqual(['探亲假']);
    const [law] = notCountedIn('职工依法享受的探亲假、婚丧假、产假等国家规定的假期以及因工伤停工留薪期间不计入年休假假期。');
    expect(sameCount(mine, law, text)).toBe(true);
    expect(countedIn('用人单位不得在其当年应休年休假天数中扣减探亲假天数。')).toEqual([]);
  });
});
