import { describe, expect, it } from 'vitest';
import { belowFloor, sharesOfStandard, standardFloors, WAGES_FOR_WORK } from '../../src/corpus/standard-floors.js';

const LAW_47 = '失业保险金的标准，由省、自治区、直辖市人民政府确定，不得低于城市居民最低生活保障标准。';
const LAW_20 = '劳动者在试用期的工资不得低于本单位相同岗位最低档工资或者劳动合同约定工资的百分之八十，并不得低于用人单位所在地的最低工资标准。';

describe('a payment the law keeps at or above a public standard', () => {
  it('reads the law’s floor, its payment and its share (100 when none is named)', () => {
    expect(standardFloors(LAW_47)).toMatchObject([{ payment: '失业保险金', standard: '最低生活保障标准', percent: 100 }]);
    expect(standardFloors(LAW_20)).toMatchObject([{ payment: '试用期', standard: '最低工资标准', percent: 100 }]);
    // Wages in general may fall below the minimum where no normal work is done: their floor is read for pay for work only.
    expect(standardFloors('用人单位支付劳动者的工资不得低于当地最低工资标准。')).toMatchObject([{ payment: WAGES_FOR_WORK, percent: 100 }]);
  });

  it('points at the draft’s share in UTF-16 offsets after astral characters, in Chinese or Arabic figures', () => {
    const text = '𠮷失业保险金按照领取地城市居民最低生活保障标准的百分之九十按月发放。';
    const [share] = sharesOfStandard(text);
    expect(share).toMatchObject({ standard: '最低生活保障标准', percent: 90, phrase: '最低生活保障标准的百分之九十' });
    expect(text.slice(share.start, share.end)).toBe(share.phrase);
    expect(sharesOfStandard('试用期工资按照最低工资标准的85%确定。')[0]).toMatchObject({ standard: '最低工资标准', percent: 85 });
    // A PDF's text layer puts a space between the Chinese and the figure.
    expect(sharesOfStandard('按照不低于当地最低工资标准 80%的水平支付。')[0]).toMatchObject({ standard: '最低工资标准', percent: 80 });
  });

  it('holds a smaller share of the same standard for the same payment against the law, and nothing else', () => {
    const [floor] = standardFloors(LAW_47);
    const held = (text: string): boolean => sharesOfStandard(text).some((s) => belowFloor(s, floor));
    expect(held('应急响应期间，失业保险金按照当地城市居民最低生活保障标准的百分之九十按月发放。')).toBe(true);
    expect(held('失业保险金按照城市居民最低生活保障标准的120%发放。')).toBe(false);
    expect(held('失业保险金按照当地最低工资标准的90%发放。')).toBe(false);
    expect(held('临时生活补助按照城市居民最低生活保障标准的50%发放。')).toBe(false);
    expect(held('失业保险金的增发部分最高不超过城市居民最低生活保障标准的90%，具体标准由省人民政府确定。')).toBe(false);
  });

  it('holds wages for work being done below the minimum wage against the law, not pay for time without work', () => {
    const [floor] = standardFloors('用人单位支付劳动者的工资不得低于当地最低工资标准。');
    const held = (text: string): boolean => sharesOfStandard(text).some((s) => belowFloor(s, floor));
    expect(held('企业连续两年亏损的，可以按照不低于当地最低工资标准80%的水平向在岗职工支付工资。')).toBe(true);
    expect(held('劳动者在法定工作时间内提供了正常劳动的，企业可以按当地最低工资标准的百分之九十支付工资。')).toBe(true);
    expect(held('停工停产超过一个工资支付周期的，企业按照不低于当地最低工资标准的80%支付停工期间生活费。')).toBe(false);
    expect(held('职工患病停止工作的，病假工资可以按不低于当地最低工资标准的80%发放。')).toBe(false);
    expect(held('待岗职工的生活费按照最低工资标准的70%发放。')).toBe(false);
  });
});
