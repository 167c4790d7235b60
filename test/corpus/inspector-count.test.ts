import { describe, expect, it } from 'vitest';
import { soleInspectors } from '../../src/corpus/inspector-count.js';

describe('an inspection left to one officer', () => {
  it('points at the words, in UTF-16 offsets after astral characters too, and names the law of the field', () => {
    const text = '𠮷对事实简单的违法行为，可以由1名劳动保障监察员实施检查并当场予以纠正。';
    const [s] = soleInspectors(text);
    expect(s).toMatchObject({ phrase: '可以由1名劳动保障监察员', title: '劳动保障监察条例', article: 16 });
    expect(text.slice(s.start, s.end)).toBe(s.phrase);
    expect(soleInspectors('日常检查可以由1名执法人员实施。', '人力资源服务机构监督检查办法')[0]).toMatchObject({ title: '人力资源市场暂行条例', article: 34 });
    expect(soleInspectors('调查取证可以由一名执法人员进行。', '行政处罚程序规定')[0]).toMatchObject({ title: '中华人民共和国行政处罚法', article: 42 });
  });

  it('is silent where two are required, where one is barred, and where nothing is inspected', () => {
    expect(soleInspectors('劳动保障监察员进行调查、检查，不得少于2人。')).toEqual([]);
    expect(soleInspectors('不得由1名执法人员单独实施检查。')).toEqual([]);
    expect(soleInspectors('每个服务窗口安排1名工作人员负责咨询。')).toEqual([]);
    expect(soleInspectors('检查组由1名组长和2名以上执法人员组成。')).toEqual([]);
    expect(soleInspectors('开展调查、检查，由两名以上执法人员共同进行；不得由一名执法人员单独进行。')).toEqual([]);
  });

  it('reads the bar in the part that names the one officer: a rule of two, then an exception for one', () => {
    const text = '开展调查、检查，一般由两名以上执法人员共同进行；对事实简单、用人单位无异议的日常巡视检查，可以由一名执法人员进行，但应当全程开启执法记录仪。';
    expect(soleInspectors(text, '劳动保障监察执法规定').map((s) => s.phrase)).toEqual(['可以由一名执法人员']);
  });
});
