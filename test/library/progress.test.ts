import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from '../../src/library/progress.js';

function stream(isTTY: boolean) {
  const out: string[] = [];
  return { out, s: { isTTY, columns: 100, write: (x: string) => out.push(x) } };
}

describe('progress bar', () => {
  it('draws done/total, rate, time left and unreadable files on a terminal, then erases itself', () => {
    const { out, s } = stream(true);
    let now = 0;
    const p = createProgress(s, false, { now: () => now, interval: 100 });
    p.start(10);
    expect(out.at(-1)).toContain('0/10（0%）');
    now = 2000;
    p.tick(true);
    expect(out.at(-1)).toMatch(/1\/10（10%）.*每秒 0\.5 个.*剩余约 18 秒.*无法读取 1/);
    // Redraws are throttled: a tick within the interval draws nothing…
    const drawn = out.length;
    now = 2050;
    p.tick(false);
    expect(out.length).toBe(drawn);
    // …except the last one.
    for (let i = 0; i < 8; i++) p.tick(false);
    expect(out.at(-1)).toContain('10/10（100%）');
    p.done();
    expect(out.at(-1)).toBe('\r\u001b[K');
  });

  it('prints nothing when stderr is not a terminal, or with --quiet', () => {
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const { out, s } = stream(tty);
      const p = createProgress(s, quiet, { now: () => 0 });
      p.start(3);
      p.tick(true);
      p.done();
      expect(out).toEqual([]);
    }
  });

  it('formats durations in Chinese', () => {
    expect(formatDuration(5)).toBe('5 秒');
    expect(formatDuration(125)).toBe('2 分 5 秒');
    expect(formatDuration(7300)).toBe('2 小时 1 分');
    expect(formatDuration(NaN)).toBe('—');
  });
});
