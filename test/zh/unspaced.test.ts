import { describe, expect, it } from 'vitest';
import { unspaced } from '../../src/zh/unspaced.js';

describe('a text read without its spaces', () => {
  it('maps each character back to the spaced text, astral characters and the end included', () => {
    const spaced = '𠮷责令 改 正，处 5000元';
    const { text, original } = unspaced(spaced);
    expect(text).toBe('𠮷责令改正，处5000元');
    const at = text.indexOf('改正');
    expect(spaced.slice(original(at), original(at + 1) + 1)).toBe('改 正');
    expect(spaced[original(0)]).toBe(spaced[0]);
    expect(original(text.length)).toBe(spaced.length);
  });
});
