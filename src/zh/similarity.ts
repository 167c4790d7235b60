/** How alike two short texts are, for pairing a clause with the provision it restates. */

const bigramCache = new Map<string, Set<string>>();

/** Character bigrams of a text (cached: the same clauses are compared many times). */
export function bigrams(s: string): Set<string> {
  let out = bigramCache.get(s);
  if (!out) {
    out = new Set<string>();
    for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
    if (bigramCache.size > 20_000) bigramCache.clear();
    bigramCache.set(s, out);
  }
  return out;
}

/** Dice coefficient of the two texts' character bigrams: 1 for the same bigrams, 0 for none shared or an empty text. */
export function bigramDice(a: string, b: string): number {
  if (!a || !b) return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Share of the first text's character bigrams found in the second: how much of a short text a longer one says. */
export function bigramCoverage(part: string, whole: string): number {
  const x = bigrams(part);
  if (x.size === 0) return 0;
  const y = bigrams(whole);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / x.size;
}
