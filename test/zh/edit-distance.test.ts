import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/zh/edit-distance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions in code points', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('劳动法', '劳动合同法')).toBe(2);
    expect(editDistance('validity/missing', 'validty/missing')).toBe(1);
    expect(editDistance('社会保险法', '社会救助法')).toBe(2);
    // An astral character is one step, not two UTF-16 units.
    expect(editDistance('𠮷野家', '吉野家')).toBe(1);
    expect(editDistance('𠮷', '')).toBe(1);
  });
});

describe('closest', () => {
  it('suggests a near id, and nothing when all are far', () => {
    const ids = ['validity/missing', 'validity/too-long', 'legal-basis/missing'];
    expect(closest('validity/mising', ids)).toBe('validity/missing');
    expect(closest('format/date', ids)).toBeUndefined();
  });
});
