import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localeCompare } from '../../src/zh/collate.js';

const sign = (n: number): number => Math.sign(n);

describe('localeCompare without the collator', () => {
  // Strings the fast path takes (ISO dates, rule ids, registry keys) and strings it leaves to the collator.
  const plain = fc.string({ unit: fc.constantFrom(...'abcxyz0129-./'), maxLength: 12 });
  const any = fc.oneof(plain, fc.string({ unit: fc.constantFrom(...'aZ0-@_ 第条法𠮷'), maxLength: 8 }));

  it('orders as String.prototype.localeCompare does', () => {
    fc.assert(
      fc.property(any, any, (a, b) => sign(localeCompare(a, b)) === sign(a.localeCompare(b))),
      { numRuns: 5000 },
    );
  });

  it('orders plain keys as the collators of the root, en-US and zh locales do', () => {
    const collators = ['und', 'en-US', 'zh-CN', 'zh-Hans'].map((l) => new Intl.Collator(l));
    fc.assert(
      fc.property(plain, plain, (a, b) => collators.every((c) => sign(c.compare(a, b)) === sign(localeCompare(a, b)))),
      { numRuns: 5000 },
    );
  });

  it('orders dates, rule ids and versioned keys as expected', () => {
    expect(['2024-03-01', '', '2019-12-31', '2024-03-01'].sort(localeCompare)).toEqual(['', '2019-12-31', '2024-03-01', '2024-03-01']);
    expect(['validity/too-long', 'legal-basis/missing', 'validity/missing'].sort(localeCompare)).toEqual([
      'legal-basis/missing',
      'validity/missing',
      'validity/too-long',
    ]);
    expect(sign(localeCompare('labor-law@2018-12-29', 'labor-law@2009-08-27'))).toBe(1);
    expect(sign(localeCompare('第二条', '第一条'))).toBe(sign('第二条'.localeCompare('第一条')));
  });
});
