import { describe, expect, it } from 'vitest';
import { assignmentBans, consentConditions, consentedAssignments, consentsWaived, doesConsentedAct, liftsBan } from '../../src/corpus/consent-conditions.js';

const LAW = [
  '用人单位合并或者分立时，应当在实施合并或者分立前依法清偿拖欠的农民工工资；经与农民工书面协商一致的，可以由合并或者分立后承继其权利和义务的用人单位清偿。',
  '单位确因工作需要不能安排职工休年休假的，经职工本人同意，可以不安排职工休年休假。',
  '经行政复议机构同意，可以撤回。',
].flatMap(consentConditions);

function waived(paragraph: string): string[] {
  return consentsWaived(paragraph)
    .filter((w) => LAW.some((l) => doesConsentedAct(paragraph, l)))
    .map((w) => w.phrase);
}

describe('an act the law allows only with a person’s agreement', () => {
  it('keeps the agreements of persons, not the approval of a body', () => {
    expect(LAW.map((l) => l.act)).toEqual(['由合并或者分立后承继其权利和义务的用人单位清偿', '不安排职工休年休假']);
  });

  it('reports the agreement waived for the same act', () => {
    expect(waived('拖欠工资由合并或者分立后承继其权利和义务的用人单位在合并、分立完成后六个月内清偿，无需另行征得职工同意。')).toEqual([
      '无需另行征得职工同意',
    ]);
    expect(waived('因工作需要不能安排的，用人单位可以不安排职工休年休假，无需征得职工本人同意。')).toEqual(['无需征得职工本人同意']);
  });

  it('leaves alone the agreement kept, a waiver for another act, and consent to personal information', () => {
    expect(waived('经职工本人同意，用人单位可以不安排职工休年休假。')).toEqual([]);
    expect(waived('用人单位调整工作岗位的，无需征得职工同意。')).toEqual([]);
    expect(waived('合并后的用人单位可以向合作机构提供职工信息，无需征得职工同意。')).toEqual([]);
  });

  it('gives offsets in UTF-16 units after an astral character', () => {
    const text = '𠮷可以不安排职工休年休假，无需征得职工本人同意。';
    const [w] = consentsWaived(text);
    expect(text.slice(w.start, w.end)).toBe(w.phrase);
  });
});

describe('work the law bars outright, allowed on consent', () => {
  const law = assignmentBans('用人单位不得安排未成年工从事接触职业病危害的作业；不得安排孕期、哺乳期的女职工从事对本人和胎儿、婴儿有危害的作业。');

  it('reads the law’s bans and the draft’s consent, in UTF-16 offsets after astral characters', () => {
    expect(law.map((b) => b.who)).toEqual(['未成年工', '孕期、哺乳期的女职工']);
    const text = '𠮷经未成年工本人及其监护人书面同意，用人单位可以安排其从事接触职业病危害的作业。';
    const [mine] = consentedAssignments(text);
    expect(text.slice(mine.start, mine.end)).toBe('经未成年工本人及其监护人书面同意，用人单位可以安排其从事接触职业病危害的作业');
    expect(law.some((b) => liftsBan(mine, b))).toBe(true);
  });

  it('is silent on work the law does not bar and on a worker it does not protect', () => {
    const [training] = consentedAssignments('经未成年工本人同意，用人单位可以安排其参加岗位以外的技能培训。');
    expect(law.some((b) => liftsBan(training, b))).toBe(false);
    expect(consentedAssignments('经本人同意，用人单位可以安排职工从事夜班作业。')).toEqual([]);
  });
});
