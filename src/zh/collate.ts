/**
 * `a.localeCompare(b)` without starting ICU's collator where it is not
 * needed. The first localeCompare of a process loads the collation data
 * (~16 ms, the largest single cost of a small check when the law catalogue
 * sorted its versions with it). For strings of lowercase Latin letters,
 * digits, '-', '.' and '/' — ISO dates, rule ids, registry keys — the
 * collator's order (root and every locale's, including zh) is the order of
 * the code units, so those are compared directly; anything else (Chinese
 * text, capitals, other punctuation) still goes to localeCompare, and its
 * order is unchanged. A test holds the two equal over random strings.
 */
const PLAIN = /^[a-z0-9./-]*$/;

export function localeCompare(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
