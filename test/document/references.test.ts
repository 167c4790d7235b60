import { describe, expect, it } from 'vitest';
import { findInternalReferences } from '../../src/document/structure/references.js';

const refs = (text: string) =>
  findInternalReferences(text).map((r) => ({
    anchor: r.anchor,
    text: r.text,
    targets: r.targets.map((t) => [t.article, t.clause, t.item, text.slice(t.start, t.end)]),
    ...(r.clausesBack !== undefined ? { back: r.clausesBack } : {}),
  }));

describe('findInternalReferences', () => {
  it('reads a chain of 条, 款 and 项 after 本办法 as one target', () => {
    expect(refs('依照本办法第十二条第二款第（三）项规定')).toEqual([
      { anchor: 'instrument', text: '本办法第十二条第二款第（三）项', targets: [[12, 2, 3, '第十二条第二款第（三）项']] },
    ]);
  });

  it('reads lists and ranges, carrying the article and clause to later members', () => {
    expect(refs('符合本规定第三条、第五条至第7条的')[0].targets).toEqual([
      [3, undefined, undefined, '第三条'],
      [5, undefined, undefined, '第五条'],
      [7, undefined, undefined, '第7条'],
    ]);
    expect(refs('本条例第四十一条第一款第(一)项、第(二)项或者第三项')[0].targets).toEqual([
      [41, 1, 1, '第四十一条第一款第(一)项'],
      [41, 1, 2, '第(二)项'],
      [41, 1, 3, '第三项'],
    ]);
    expect(refs('本实施办法第二条第一款、第三款')[0].targets).toEqual([
      [2, 1, undefined, '第二条第一款'],
      [2, 3, undefined, '第三款'],
    ]);
  });

  it('reads 本条, 本款, 前款 and 前两款', () => {
    expect(refs('本条第二款规定的人员')).toEqual([{ anchor: 'this-article', text: '本条第二款', targets: [[undefined, 2, undefined, '第二款']] }]);
    expect(refs('本款第（二）项')).toEqual([{ anchor: 'this-clause', text: '本款第（二）项', targets: [[undefined, undefined, 2, '第（二）项']] }]);
    expect(refs('有前款规定情形的')).toEqual([{ anchor: 'previous-clauses', text: '前款', targets: [], back: 1 }]);
    expect(refs('前两款规定')).toEqual([{ anchor: 'previous-clauses', text: '前两款', targets: [], back: 2 }]);
    expect(refs('前款第（一）项、第（二）项')[0].targets).toEqual([
      [undefined, undefined, 1, '第（一）项'],
      [undefined, undefined, 2, '第（二）项'],
    ]);
  });

  it('ignores references to other instruments, sums of money and 本… without a number', () => {
    expect(refs('依照《中华人民共和国社会保险法》第八十六条规定')).toEqual([]);
    expect(refs('本款项由省级财政列支，提前款项不予退还')).toEqual([]);
    expect(refs('按照本办法规定执行，符合本条件的')).toEqual([]);
    expect(refs('本办法第三章规定的程序')).toEqual([]);
  });

  it('takes 本条例 for an instrument, not 本条 + 例', () => {
    expect(refs('本条例第三条')[0].anchor).toBe('instrument');
  });

  it('gives UTF-16 offsets after astral characters', () => {
    const text = '𠮷𠮷依照本办法第五条';
    const [r] = findInternalReferences(text);
    expect(text.slice(r.start, r.end)).toBe('本办法第五条');
    expect(r.start).toBe(6);
  });
});
