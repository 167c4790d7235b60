import { describe, expect, it } from 'vitest';
import { isRepealOnly, provisionalWord } from '../../src/document/structure/instruments.js';

describe('provisionalWord', () => {
  it.each([
    ['湖南省就业见习管理暂行办法', '暂行'],
    ['湖南省职业技能等级认定管理办法（试行）', '试行'],
    ['湖南省人力资源和社会保障厅关于印发《湖南省就业见习管理暂行办法》的通知', '暂行'],
    ['关于印发《湖南省见习基地管理办法》和《湖南省见习补贴发放暂行办法》的通知', '暂行'],
    ['关于转发《人力资源社会保障部关于职称评审的试行规定》的通知', '试行'],
  ])('%s → %s', (title, word) => {
    expect(provisionalWord(title)).toBe(word);
  });

  it.each([
    '湖南省人力资源和社会保障厅关于贯彻落实《人力资源市场暂行条例》的通知',
    '关于废止《湖南省就业见习管理暂行办法》的决定',
    '关于修改《湖南省就业见习管理暂行办法》的决定',
    '湖南省就业见习管理办法',
    '关于印发《湖南省见习基地管理办法》的通知',
  ])('%s is not provisional', (title) => {
    expect(provisionalWord(title)).toBeUndefined();
  });
});

describe('isRepealOnly', () => {
  it('recognises documents that only repeal others', () => {
    expect(isRepealOnly('湖南省人力资源和社会保障厅关于废止部分规范性文件的决定')).toBe(true);
    expect(isRepealOnly('关于宣布失效一批规范性文件的通知')).toBe(true);
    expect(isRepealOnly('关于印发《湖南省就业见习管理办法》的通知')).toBe(false);
    expect(isRepealOnly('关于印发《关于废止部分文件的决定》的通知')).toBe(false);
  });
});
