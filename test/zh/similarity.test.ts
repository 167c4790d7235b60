import { describe, expect, it } from 'vitest';
import { bigramCoverage, bigramDice } from '../../src/zh/similarity.js';

describe('bigramDice', () => {
  it('is 1 for the same text, 0 for nothing shared or an empty text, and symmetric in between', () => {
    expect(bigramDice('领取失业保险金', '领取失业保险金')).toBe(1);
    expect(bigramDice('领取失业保险金', '工伤认定申请')).toBe(0);
    expect(bigramDice('', '工伤')).toBe(0);
    expect(bigramDice('工', '工')).toBe(0);
    // 失业保险金 and 失业保险费 share 失业, 业保, 保险 of four bigrams each: 2·3 / (4 + 4).
    expect(bigramDice('失业保险金', '失业保险费')).toBeCloseTo(0.75);
    expect(bigramDice('失业保险费', '失业保险金')).toBeCloseTo(0.75);
  });
});

describe('bigramCoverage', () => {
  it('is the share of the first text said in the second, whatever else the second says', () => {
    expect(bigramCoverage('逾期未作决定的', '被许可人提出延续申请行政机关逾期未作决定的')).toBe(1);
    // 失业保险金 has four bigrams; 失业保险费 says three of them.
    expect(bigramCoverage('失业保险金', '失业保险费')).toBeCloseTo(0.75);
    expect(bigramCoverage('逾期未作决定的', '未在有效期届满前提出申请的')).toBe(0);
    expect(bigramCoverage('', '工伤')).toBe(0);
  });
});
