import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resultsJson } from '../../eval/lib/results-json.mjs';

describe('the text of eval/results.json', () => {
  it('puts each score on one line and each container entry on its own, and reads back unchanged', () => {
    const value = { sets: { a: { formats: { md: { tp: 1, fp: 0, perRule: { 'x/y': { tp: 1, precision: 1 } }, misses: ['a01 x/y art.2'] } } } }, empty: [] };
    const text = resultsJson(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).toContain('\n      "x/y": {"tp":1,"precision":1}\n');
    expect(text).toContain('"misses": ["a01 x/y art.2"]');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is the form the committed results are in', () => {
    const committed = readFileSync(new URL('../../eval/results.json', import.meta.url), 'utf8');
    expect(resultsJson(JSON.parse(committed))).toBe(committed);
  });
});
