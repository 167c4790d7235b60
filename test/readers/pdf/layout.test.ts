import { describe, expect, it } from 'vitest';
import { bodyFontSize, measureLayout } from '../../../src/document/readers/pdf/layout.js';
import type { TextLine } from '../../../src/document/readers/pdf/lines.js';

function line(page: number, y: number, x: number, right: number, size = 16, text = '甲'.repeat(10)): TextLine {
  return { page, y, x, right, size, text, tabular: false };
}

describe('measureLayout', () => {
  // Two pages of a 16 pt body on a 28 pt pitch, lines top to bottom as groupLines gives them: first lines
  // indented two ems, full lines to 520, last lines shorter, one stray line outdented to 40, one overshooting by
  // an em (hanging punctuation), a 22 pt title and a 10.5 pt footer that measure nothing.
  const page1 = [
    line(1, 60, 200, 400, 22, '标题'),
    line(1, 100, 104, 520),
    line(1, 128, 72, 536),
    line(1, 156, 72, 520),
    line(1, 184, 72, 300),
    line(1, 212, 40, 520),
    line(1, 800, 280, 320, 10.5, '1'),
  ];
  const page2 = [line(2, 100, 72, 520), line(2, 128, 104, 520), line(2, 156, 72, 520), line(2, 184, 72, 410), line(2, 240, 104, 520)];
  const layout = measureLayout([page1, page2], 16, 595);

  it('finds the edges most body lines share, not the stray ones', () => {
    expect(layout).toEqual({ bodySize: 16, left: 72, right: 520, pitch: 28, indent: 2 });
  });

  it('finds the edges whatever order the lines come in', () => {
    const shuffled = [[page1[3], page1[6], page1[0], page1[5], page1[1], page1[4], page1[2]], [...page2].reverse()];
    expect(measureLayout(shuffled, 16, 595)).toMatchObject({ left: 72, right: 520, indent: 2 });
  });

  it('falls back to the page for a page with too few lines', () => {
    expect(measureLayout([[line(1, 100, 90, 300)]], 16, 595)).toEqual({ bodySize: 16, left: 90, right: 300, pitch: 24, indent: 2 });
    expect(measureLayout([[]], 16, 595)).toEqual({ bodySize: 16, left: 0, right: 595, pitch: 24, indent: 2 });
  });

  it('takes the body size from the characters', () => {
    expect(bodyFontSize([...page1, ...page2])).toBe(16);
    expect(bodyFontSize([])).toBe(12);
  });
});
