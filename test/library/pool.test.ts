import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/engine/types.js';
import { runPool, WorkerPool, type Deadline, type PoolOptions } from '../../src/library/pool.js';
import type { AuditTask } from '../../src/library/protocol.js';
import { WORKER_YOUNG_GENERATION_MB } from '../../src/document/worker-heap.js';

const WORKER = new URL('./workers/hostile-worker.mjs', import.meta.url);

/**
 * A time limit that runs out on cue instead of on the clock: for files whose
 * name starts with "hang" (they never finish) as soon as they start, for the
 * others never. The limit given is only what the message reports.
 */
const hangsTimeOut: Deadline = (task, _ms, expire) => {
  if (!task.displayPath.startsWith('hang')) return () => {};
  const timer = setImmediate(expire);
  return () => clearImmediate(timer);
};

function tasks(names: string[]): AuditTask[] {
  return names.map((name, id) => ({ id, path: `/lib/${name}`, displayPath: name }));
}

async function run(names: string[], options: Partial<PoolOptions> = {}): Promise<Map<string, DocumentResult>> {
  const out = new Map<string, DocumentResult>();
  const log: string[] = [];
  await runPool(
    tasks(names),
    {
      size: 2,
      workerUrl: WORKER,
      init: {},
      timeoutMs: 1500,
      heapMb: 32,
      deadline: hangsTimeOut,
      log: { write: (s: string | Uint8Array) => log.push(String(s)) } as unknown as NodeJS.WritableStream,
      ...options,
    },
    (task, result) => {
      expect(out.has(task.displayPath)).toBe(false);
      out.set(task.displayPath, result);
    },
  );
  return out;
}

describe('worker pool', () => {
  it('isolates each file: a hang, a crash, an uncaught error and a heap overflow cost that file only', async () => {
    const names = ['a.md', 'hang.md', 'b.md', 'crash.md', 'c.md', 'throw.md', 'd.md', 'oom.md', 'e.md', 'f.md'];
    const results = await run(names);
    expect([...results.keys()].sort()).toEqual([...names].sort());
    const codes = Object.fromEntries([...results].map(([name, r]) => [name, r.error?.code ?? r.status]));
    expect(codes).toEqual({
      'a.md': 'ok',
      'b.md': 'ok',
      'c.md': 'ok',
      'd.md': 'ok',
      'e.md': 'ok',
      'f.md': 'ok',
      'hang.md': 'E_TIMEOUT',
      'crash.md': 'E_WORKER_CRASH',
      'throw.md': 'E_WORKER_CRASH',
      'oom.md': 'E_OUT_OF_MEMORY',
    });
    expect(results.get('hang.md')!.error!.message).toContain('超过 1.5 秒');
    expect(results.get('throw.md')!.error!.message).toContain('boom');
    expect(results.get('oom.md')!.error!.message).toContain('32 MB');
    for (const r of results.values()) if (r.status === 'unreadable') expect(r.verdict).toBeNull();
  });

  it('keeps the time limit on the clock by default: files that never finish time out, whatever the limit', async () => {
    // Only files that hang: however busy the machine, none of them can finish inside the limit.
    const results = await run(['hang1.md', 'hang2.md', 'hang3.md'], { deadline: undefined, timeoutMs: 200, size: 1 });
    expect([...results.values()].map((r) => r.error?.code)).toEqual(['E_TIMEOUT', 'E_TIMEOUT', 'E_TIMEOUT']);
    expect(results.get('hang2.md')!.error!.message).toContain('超过 0.2 秒');
  });

  it('starts workers ahead of the tasks and gives them the tasks when they come', async () => {
    const pool = new WorkerPool({ size: 2, workerUrl: WORKER, init: {}, timeoutMs: 600_000, heapMb: 64, deadline: hangsTimeOut });
    pool.start();
    const done: string[] = [];
    await pool.run(tasks(['a.md', 'hang.md', 'b.md']), (task, r) => done.push(`${task.displayPath}:${r.error?.code ?? 'ok'}`));
    expect(done.sort()).toEqual(['a.md:ok', 'b.md:ok', 'hang.md:E_TIMEOUT']);
    // A pool that was started and then not needed ends its workers on close.
    const unused = new WorkerPool({ size: 2, workerUrl: WORKER, init: {}, timeoutMs: 600_000, heapMb: 64 });
    unused.start();
    await unused.close();
    // Set-up failures of workers started ahead are reported when the pool runs.
    const failing = new WorkerPool({ size: 1, workerUrl: WORKER, init: { failInit: true }, timeoutMs: 600_000, heapMb: 64 });
    failing.start();
    await expect(failing.run(tasks(['a.md']), () => {})).rejects.toMatchObject({ code: 'E_RULE_LOAD' });
  });

  it('runs its workers with the heap limit given and the workers’ young generation', async () => {
    const results = await run(['limits.md'], { heapMb: 48 });
    // The young generation is the workers' own; without it V8 would size it from the machine's memory (48 MB on the 24 GB VM).
    expect(results.get('limits.md')!.meta).toMatchObject({
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
  });

  it('keeps going with one worker when every worker in turn dies', async () => {
    const results = await run(['crash1.md', 'crash2.md', 'crash3.md', 'ok.md'], { size: 1 });
    expect([...results.values()].map((r) => r.error?.code ?? 'ok').sort()).toEqual(['E_WORKER_CRASH', 'E_WORKER_CRASH', 'E_WORKER_CRASH', 'ok']);
  });

  it('fails the run (a tool error) when a worker cannot set itself up', async () => {
    await expect(run(['a.md', 'b.md'], { init: { failInit: true } })).rejects.toMatchObject({ code: 'E_RULE_LOAD' });
  });

  it('keeps worker console output off stdout', async () => {
    const log: string[] = [];
    await runPool(
      tasks(['log.md']),
      {
        size: 1,
        workerUrl: WORKER,
        init: {},
        timeoutMs: 600_000,
        heapMb: 64,
        log: { write: (s: unknown) => log.push(String(s)) } as unknown as NodeJS.WritableStream,
      },
      () => {},
    );
    // The piped output may arrive after the result; the worker has ended by the time runPool resolves.
    expect(log.join('')).toContain('a worker writing to stdout');
  });

  it('lets the calling thread take cheap tasks from the back and settle them, or give one back for a worker', async () => {
    const pool = new WorkerPool({ size: 1, workerUrl: WORKER, init: {}, timeoutMs: 600_000, heapMb: 64, depth: 1 });
    const cheap = (t: AuditTask): boolean => t.displayPath.startsWith('c') || t.displayPath === 'back.md';
    expect(pool.takeForThisThread(cheap)).toBeUndefined(); // not running yet
    const by = new Map<string, string>();
    const running = pool.run(tasks(['w1.md', 'w2.md', 'c1.md', 'c2.md', 'c3.md', 'back.md']), (task, r) => {
      expect(by.has(task.displayPath)).toBe(false);
      by.set(task.displayPath, r.verdict === 'fail' ? 'here' : 'worker');
    });
    const here: string[] = [];
    for (let t = pool.takeForThisThread(cheap); t; t = pool.takeForThisThread(cheap)) {
      here.push(t.displayPath);
      if (t.displayPath === 'back.md') pool.giveBack(t);
      else pool.settle(t, { path: t.displayPath, format: 'md', sha256: '', status: 'ok', error: null, meta: null, stats: null, verdict: 'fail', findings: [] });
    }
    // From the back, up to the first task it may not take; what it gave back is never offered to it again.
    expect(here).toEqual(['back.md', 'c3.md', 'c2.md', 'c1.md']);
    await running;
    expect(Object.fromEntries(by)).toEqual({ 'w1.md': 'worker', 'w2.md': 'worker', 'back.md': 'worker', 'c1.md': 'here', 'c2.md': 'here', 'c3.md': 'here' });
    expect(pool.takeForThisThread(() => true)).toBeUndefined();
  });

  it('resolves at once with no tasks', async () => {
    expect((await run([])).size).toBe(0);
  });
});
