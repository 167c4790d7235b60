/**
 * MinHash over character 3-shingles (64 permutations) with LSH banding
 * (16 bands × 4 rows), as measured in research/parsing-and-search.md §4.3:
 * about 25 µs per provision and recall 955/1000 on planted 1–3 character
 * edits, where SimHash found 49. Candidates are re-ranked by exact shingle
 * overlap in JS.
 */

/** Bump when hashing changes: stored band keys are then rebuilt on the next write. */
export const MINHASH_VERSION = 1;
export const PERMUTATIONS = 64;
export const BANDS = 16;
export const ROWS = PERMUTATIONS / BANDS;

const SEEDS = (() => {
  // splitmix32: fixed seeds, so band keys are the same in every process and release.
  const out = new Uint32Array(PERMUTATIONS);
  let x = 0x9e3779b9;
  for (let i = 0; i < PERMUTATIONS; i++) {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    out[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return out;
})();

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the distinct character 3-shingles of a (normalised) text; a text under 3 units is one shingle. */
export function shingles(text: string): Uint32Array {
  const seen = new Set<number>();
  const n = text.length;
  if (n === 0) return new Uint32Array(0);
  const width = Math.min(3, n);
  for (let i = 0; i + width <= n; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < width; k++) h = Math.imul(h ^ text.charCodeAt(i + k), 0x01000193);
    seen.add(h >>> 0);
  }
  return Uint32Array.from(seen);
}

export function signatureOf(shingleHashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const s of shingleHashes) {
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = fmix(s ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

export function signature(text: string): Uint32Array {
  return signatureOf(shingles(text));
}

/** One integer key per band: band number × 2^32 + a hash of its rows (below 2^53, exact in JS and SQLite). */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r];
      h = Math.imul(h ^ (v & 0xffff), 0x01000193);
      h = Math.imul(h ^ (v >>> 16), 0x01000193);
    }
    keys.push(b * 4294967296 + (h >>> 0));
  }
  return keys;
}

/** Exact overlap of two shingle sets: Jaccard, and how much of `a` is contained in `b`. */
export function overlap(a: Uint32Array, b: Uint32Array): { jaccard: number; containment: number } {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, containment: 0 };
  const set = new Set(b);
  let common = 0;
  for (const x of a) if (set.has(x)) common++;
  return { jaccard: common / (a.length + b.length - common), containment: common / a.length };
}
