import { describe, expect, it } from 'vitest';
import { deviceApprovers } from '../../src/corpus/assistive-devices.js';

const phrases = (t: string) => deviceApprovers(t).map((f) => f.phrase);

describe('an assistive device decided by another body than the committee', () => {
  it('finds the employer or the agency deciding, with offsets after astral characters', () => {
    const text = '𠮷工伤职工需要配置辅助器具的，须经所在用人单位同意，并由统筹地区经办机构审核确认。';
    const [f] = deviceApprovers(text);
    expect(f).toMatchObject({ article: 32, phrase: '须经所在用人单位同意' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(phrases('需要配置新的辅助器具的，由社会保险经办机构直接审核确定，不再经劳动能力鉴定委员会确认。')).toEqual(['由社会保险经办机构直接审核确定']);
  });

  it('stays silent on costs, replacements and the committee confirming', () => {
    expect(phrases('工伤职工配置辅助器具的费用，由社会保险经办机构审核后与配置机构直接结算。')).toEqual([]);
    expect(phrases('辅助器具需要更换的，按照原配置确认结论确定的项目，由经办机构审核确认后配置。')).toEqual([]);
    expect(phrases('工伤职工配置辅助器具，经劳动能力鉴定委员会确认后，由经办机构审核确认配置机构。')).toEqual([]);
  });
});
