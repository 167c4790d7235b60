import { describe, expect, it } from 'vitest';
import { statsOf } from '../../src/engine/audit.js';
import { txtDoc } from '../helpers/docs.js';

describe('document statistics', () => {
  it('counts characters as code points that are not white space (𠮷 once, U+3000 and NBSP not at all)', async () => {
    const doc = await txtDoc('关于𠮷字的通知\n\n第一条　本办法自２０２４年３月１日起施行。\u00a0有效期5年。\n');
    const byCodePoint = [...doc.text].filter((ch) => !/\s/.test(ch)).length;
    expect(statsOf(doc).characters).toBe(byCodePoint);
    expect(byCodePoint).toBeGreaterThan(20);
    expect(doc.text).toContain('𠮷');
  });
});
