// Small helpers shared by the benchmarks.
import { spawnSync } from 'node:child_process';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Time a synchronous or async function: warm-up runs, then the median of `runs` in ms. */
export async function timeIt(fn, { runs = 10, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

/** Median wall time of a command run as a fresh process, in ms. */
export function timeProcess(cmd, args, { runs = 10, warmup = 2, env = process.env, cwd } = {}) {
  const once = () => {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, cwd, stdio: 'ignore' });
    if (r.error) throw r.error;
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  for (let i = 0; i < warmup; i++) once();
  return median(Array.from({ length: runs }, once));
}

export function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));
}

/**
 * Several commands run as fresh processes in turn (A B C A B C …), so that
 * each sees the same machine load; wall times in ms per command, warm-up
 * runs dropped. `commands` maps a name to [cmd, args] or [cmd, args, extra env].
 */
export function interleaved(commands, { runs = 10, warmup = 1, env = process.env, cwd } = {}) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const [name, [cmd, args, extra]] of Object.entries(commands)) {
      const t = process.hrtime.bigint();
      const r = spawnSync(cmd, args, { env: extra ? { ...env, ...extra } : env, cwd, stdio: 'ignore' });
      if (r.error) throw r.error;
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (i >= warmup) times[name].push(ms);
    }
  }
  return times;
}

/** "median (min–max)" of a list of ms. */
export function spread(xs, digits = 0) {
  return `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
}

/** Median of the pairwise differences a[i] − b[i] (runs taken in turn). */
export function pairedDifference(a, b) {
  return median(a.map((x, i) => x - b[i]));
}

/** Median of the pairwise ratios a[i] / b[i]. */
export function pairedRatio(a, b) {
  return median(a.map((x, i) => x / b[i]));
}

/** Subjects of the synthetic documents the library benches generate. */
export const SUBJECTS = [
  '就业见习',
  '职业技能培训',
  '工伤保险经办',
  '失业保险稽核',
  '技工院校招生',
  '人力资源市场管理',
  '劳动保障监察',
  '养老保险关系转移',
  '专业技术人员继续教育',
  '劳动人事争议调解',
];
