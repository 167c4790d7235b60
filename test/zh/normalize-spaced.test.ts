import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../src/zh/normalize.js';

describe('a text read without its spaces, as the corpus models read a PDF line', () => {
  it('maps each character back to the spaced text, astral characters and the end included', () => {
    const spaced = '𠮷责令 改 正，处 5000元';
    const { text, map } = normalizeForMatch(spaced, { foldWidth: false });
    expect(text).toBe('𠮷责令改正，处5000元');
    const at = text.indexOf('改正');
    expect(spaced.slice(map[at], map[at + 1] + 1)).toBe('改 正');
    expect(spaced[map[0]]).toBe(spaced[0]);
    expect(map[text.length]).toBe(spaced.length);
  });
});
