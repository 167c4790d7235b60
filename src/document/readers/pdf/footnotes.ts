/**
 * Footnotes at the foot of a page: smaller type below the body, starting with
 * a note mark. Left in the body they would sit between the two halves of a
 * paragraph that runs on to the next page, and be audited as provisions.
 */
import type { TextLine } from './lines.js';

export interface Footnote {
  page: number;
  text: string;
}

const NOTE_MARK = /^(?:[0-9]{1,3}(?![0-9.．、])|[①-⑳]|\*{1,3}|\[[0-9]{1,3}\]|［[0-9０-９]{1,3}］)/;

export function separateFootnotes(pages: readonly TextLine[][], bodySize: number): { body: TextLine[][]; footnotes: Footnote[] } {
  const footnotes: Footnote[] = [];
  const body = pages.map((lines) => {
    let start = lines.length;
    while (start > 0 && lines[start - 1].size <= 0.85 * bodySize && !lines[start - 1].tabular) start--;
    if (start === lines.length || start === 0) return lines;
    const notes = lines.slice(start);
    if (!NOTE_MARK.test(notes[0].text)) return lines;
    // Footnotes sit below the last body line, never beside it.
    if (notes[0].y - lines[start - 1].y < bodySize) return lines;
    for (const line of notes) {
      if (NOTE_MARK.test(line.text) || footnotes.length === 0) footnotes.push({ page: line.page, text: line.text });
      else footnotes[footnotes.length - 1].text += line.text;
    }
    return lines.slice(0, start);
  });
  return { body, footnotes };
}
