/**
 * Where a run of ordinal numbers (第一条, 第二条… or 一、二、…) stops
 * counting 1, 2, 3. One break is reported per place the author went wrong,
 * not one per article after it: after a gap or a repeat the count carries
 * on from the number actually written.
 */

export type SequenceBreakKind =
  /** The run does not start at 1. */
  | 'start'
  /** Numbers were skipped: 2 → 4. */
  | 'gap'
  /** The same number twice: 2 → 2. */
  | 'repeat'
  /** Two neighbours swapped: 2 → 4 → 3 → 5 (reported once, at the 4). */
  | 'swap'
  /** The count goes back: 5 → 3. */
  | 'backwards';

export interface SequenceBreak {
  /** Index in the input of the number where the sequence breaks. */
  index: number;
  kind: SequenceBreakKind;
  /** The number that should have been written there. */
  expected: number;
  found: number;
  /** The number before it (undefined at the start). */
  previous?: number;
}

export function sequenceBreaks(numbers: readonly number[]): SequenceBreak[] {
  const out: SequenceBreak[] = [];
  let previous: number | undefined;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    if (previous === undefined) {
      if (n !== 1) out.push({ index: i, kind: 'start', expected: 1, found: n });
      previous = n;
      continue;
    }
    const expected = previous + 1;
    if (n === expected) {
      previous = n;
      continue;
    }
    if (n === previous) {
      out.push({ index: i, kind: 'repeat', expected, found: n, previous });
    } else if (n > expected) {
      // 2, 4, 3, 5: the missing 3 comes right after the 4 and the run goes on from the 4.
      const next = numbers[i + 1];
      const after = numbers[i + 2];
      if (next === expected && n === expected + 1 && (after === undefined || after === n + 1)) {
        out.push({ index: i, kind: 'swap', expected, found: n, previous });
        i++;
      } else {
        out.push({ index: i, kind: 'gap', expected, found: n, previous });
      }
    } else {
      out.push({ index: i, kind: 'backwards', expected, found: n, previous });
    }
    previous = n;
  }
  return out;
}
