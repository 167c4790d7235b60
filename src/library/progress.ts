/**
 * The progress bar of a batch, on stderr and only on a terminal: files
 * done/total, rate, time left and how many files could not be read. Stdout
 * carries reports only, so a report piped to a file is never touched.
 */

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  start(total: number): void;
  /** One file finished (from the cache or freshly audited). */
  tick(unreadable: boolean): void;
  /** Erase the bar. */
  done(): void;
}

const NOOP: Progress = { start() {}, tick() {}, done() {} };

export interface ProgressOptions {
  /** Milliseconds clock; injectable so tests need not wait. */
  now?: () => number;
  /** Least time between two redraws, in ms. */
  interval?: number;
}

/** A progress bar when `stream` is a terminal and not quiet; otherwise one that prints nothing. */
export function createProgress(stream: ProgressStream, quiet: boolean | undefined, options: ProgressOptions = {}): Progress {
  if (quiet || !stream.isTTY) return NOOP;
  return new TerminalProgress(stream, options.now ?? (() => performance.now()), options.interval ?? 100);
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} 秒`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} 分 ${s % 60} 秒`;
  return `${Math.floor(m / 60)} 小时 ${m % 60} 分`;
}

class TerminalProgress implements Progress {
  private total = 0;
  private doneCount = 0;
  private unreadable = 0;
  private started = 0;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number,
    private readonly interval: number,
  ) {}

  start(total: number): void {
    this.total = total;
    this.started = this.now();
    this.draw(true);
  }

  tick(unreadable: boolean): void {
    this.doneCount++;
    if (unreadable) this.unreadable++;
    this.draw(this.doneCount === this.total);
  }

  done(): void {
    if (this.drawn) this.stream.write('\r\u001b[K');
    this.drawn = false;
  }

  /** The line as shown (exposed for tests through the stream). */
  private line(): string {
    const elapsed = (this.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.doneCount / elapsed : 0;
    const left = rate > 0 ? (this.total - this.doneCount) / rate : NaN;
    const pct = this.total > 0 ? Math.floor((this.doneCount / this.total) * 100) : 100;
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 60));
    const filled = this.total > 0 ? Math.round((this.doneCount / this.total) * width) : width;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const parts = [
      `审核中 ${bar} ${this.doneCount}/${this.total}（${pct}%）`,
      `每秒 ${rate.toFixed(1)} 个`,
      `剩余约 ${this.doneCount === 0 ? '—' : formatDuration(left)}`,
    ];
    if (this.unreadable > 0) parts.push(`无法读取 ${this.unreadable}`);
    return parts.join('  ');
  }

  private draw(force: boolean): void {
    const t = this.now();
    if (!force && t - this.lastDraw < this.interval) return;
    this.lastDraw = t;
    this.stream.write(`\r\u001b[K${this.line()}`);
    this.drawn = true;
  }
}
