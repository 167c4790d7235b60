import { describe, expect, it } from 'vitest';
import { sequenceBreaks } from '../../src/document/structure/sequence.js';

const kinds = (numbers: number[]) => sequenceBreaks(numbers).map((b) => `${b.kind}@${b.index}:${b.expected}→${b.found}`);

describe('sequenceBreaks', () => {
  it('accepts 1, 2, 3 … and an empty run', () => {
    expect(kinds([1, 2, 3, 4])).toEqual([]);
    expect(kinds([])).toEqual([]);
    expect(kinds([1])).toEqual([]);
  });

  it('reports one break per mistake, not one per number after it', () => {
    expect(kinds([1, 2, 4, 5, 6])).toEqual(['gap@2:3→4']);
    expect(kinds([1, 2, 3, 3, 4, 5])).toEqual(['repeat@3:4→3']);
    expect(kinds([1, 2, 3, 2, 3, 4])).toEqual(['backwards@3:4→2']);
    expect(kinds([1, 5, 6, 7])).toEqual(['gap@1:2→5']);
  });

  it('reports two swapped neighbours once, at the first of them', () => {
    expect(kinds([1, 2, 4, 3, 5])).toEqual(['swap@2:3→4']);
    expect(kinds([1, 3, 2])).toEqual(['swap@1:2→3']);
    // 4 then 3 then 6: not a clean swap, so a gap and a step back.
    expect(kinds([1, 2, 4, 3, 6])).toEqual(['gap@2:3→4', 'backwards@3:5→3', 'gap@4:4→6']);
  });

  it('reports a run that does not start at 1', () => {
    expect(kinds([2, 3, 4])).toEqual(['start@0:1→2']);
  });
});
