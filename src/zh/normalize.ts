/**
 * Normalisation for matching, with an offset map back to the original.
 * Rules match on the normalised copy (fullwidth → halfwidth digits and
 * letters, every kind of space and every invisible format character
 * removed) and report on the original.
 *
 * Documents reach the rules with format characters already taken out (see
 * src/document/visible-text.ts); dropping them here as well covers the other
 * strings that are matched: corpus queries, law texts, option values.
 */

export interface NormalizedText {
  /** The normalised string. */
  text: string;
  /** For each UTF-16 index of `text` (and one past the end), the index in the original. */
  map: Int32Array;
}

export interface NormalizeOptions {
  /** Remove spaces (ASCII, U+3000, NBSP, tabs). Default true. */
  dropSpaces?: boolean;
  /** Fold fullwidth ASCII (digits, Latin letters, ％ etc.) to halfwidth. Default true. */
  foldWidth?: boolean;
}

/**
 * Whether a code unit is a space that matching ignores: what
 * /[\s\u3000\u00a0\u200b\ufeff]/ matches (the test compares every unit),
 * without making a one-character string and running a regex for each.
 */
function isSpaceUnit(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  if (code < 0x1680) return code === 0xa0;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
/** Invisible format characters (Cf and default-ignorable), tested one UTF-16 unit at a time. */
const FORMAT = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

/** Whether a code unit is a format character; CJK (U+3400–U+FDFF holds none) answers without a regex. */
function isFormatUnit(code: number): boolean {
  if (code < 0xad || (code >= 0x3400 && code <= 0xfdff)) return false;
  return FORMAT.test(String.fromCharCode(code));
}

/**
 * Fullwidth ASCII variants fold to ASCII, but the Chinese punctuation that
 * official documents must use (，。；：（）“”《》〔〕) is left alone: rules care
 * whether 〔〕 or [] was written.
 */
function foldChar(code: number): number {
  if (code >= 0xff10 && code <= 0xff19) return code - 0xfee0; // ０-９
  if (code >= 0xff21 && code <= 0xff3a) return code - 0xfee0; // Ａ-Ｚ
  if (code >= 0xff41 && code <= 0xff5a) return code - 0xfee0; // ａ-ｚ
  if (code === 0xff05) return 0x25; // ％
  if (code === 0xff0e) return 0x2e; // ．
  if (code === 0xff0b) return 0x2b; // ＋
  if (code === 0xff0d) return 0x2d; // －
  return code;
}

export function normalizeForMatch(input: string, options: NormalizeOptions = {}): NormalizedText {
  const dropSpaces = options.dropSpaces ?? true;
  const foldWidth = options.foldWidth ?? true;
  // Typed arrays of the input's length, filled in place: growing two number arrays a unit at a time was most of the
  // cost, and this runs on every paragraph a term rule reads.
  const units = new Uint16Array(input.length);
  const map = new Int32Array(input.length + 1);
  let length = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (dropSpaces && isSpaceUnit(code)) continue;
    if (isFormatUnit(code)) continue;
    units[length] = foldWidth ? foldChar(code) : code;
    map[length++] = i;
  }
  map[length] = input.length;
  let text = '';
  // Build in chunks: String.fromCharCode with a huge argument list overflows the stack.
  for (let i = 0; i < length; i += 8192) text += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return { text, map: map.slice(0, length + 1) };
}

/** Map a [start, end) range of the normalised text back to the original. */
export function mapRange(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = n.map[Math.max(0, Math.min(start, n.map.length - 1))];
  // end is exclusive: map the last included char and step past it.
  const lastIncluded = end > start ? n.map[Math.min(end - 1, n.map.length - 1)] + 1 : s;
  return { start: s, end: Math.max(s, lastIncluded) };
}
