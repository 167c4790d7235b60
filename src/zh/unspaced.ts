/**
 * A text read without its spaces, with the way back to the spaced one. A PDF's text layer may space out the characters of a
 * justified line (处 5000元以上, 责令 改 正); a pattern is matched on the text without them and reported on the original.
 */
export interface Unspaced {
  text: string;
  /** The offset in the original text of the character at `i` (for `i` = text.length: the original's length). */
  original(i: number): number;
}

export function unspaced(spaced: string): Unspaced {
  const map: number[] = [];
  let text = '';
  for (let i = 0; i < spaced.length; i++) {
    if (/\s/u.test(spaced[i])) continue;
    map.push(i);
    text += spaced[i];
  }
  map.push(spaced.length);
  return { text, original: (i) => map[i] };
}
