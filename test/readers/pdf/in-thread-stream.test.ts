import { describe, expect, it } from 'vitest';
import { InThreadStream, type InThreadStreamController, type InThreadStreamSource } from '../../../src/document/readers/pdf/in-thread-stream.js';

/**
 * InThreadStream replaces Node's ReadableStream inside the bundled pdf.js
 * (scripts/bundle.mjs). Each scenario below runs the same scripted source
 * against both and compares what the source saw (start, every pull with the
 * desiredSize it was called with, cancel) and what the reader got, step by
 * step: the standard is the reference.
 */

type Chunk = { items: string[] };
type Impl = new (
  source: InThreadStreamSource<Chunk>,
  strategy: { highWaterMark: number; size(c: Chunk): number },
) => {
  getReader(): { read(): Promise<{ value?: Chunk; done: boolean }>; cancel(reason?: unknown): Promise<void> };
};

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

interface Harness {
  log: string[];
  controller: () => InThreadStreamController<Chunk>;
  /** Resolve the promise start() returned (pdf.js: the worker side answered). */
  started: () => void;
  /** Resolve the promise the last pull() returned. */
  pulled: () => void;
  read: () => void;
  cancel: (reason: unknown) => void;
}

function harness(Impl: Impl, options: { pullRejects?: boolean; startThrows?: boolean } = {}): Harness {
  const log: string[] = [];
  let controller: InThreadStreamController<Chunk> | undefined;
  let startDone: (() => void) | undefined;
  let pullDone: (() => void) | undefined;
  const stream = new Impl(
    {
      start(c) {
        controller = c;
        log.push(`start ${c.desiredSize}`);
        if (options.startThrows) throw new Error('start failed');
        return new Promise<void>((resolve) => (startDone = resolve));
      },
      pull(c) {
        log.push(`pull ${c.desiredSize}`);
        if (options.pullRejects) return Promise.reject(new Error('pull failed'));
        return new Promise<void>((resolve) => (pullDone = resolve));
      },
      cancel(reason) {
        log.push(`cancel ${(reason as Error).message}`);
      },
    },
    { highWaterMark: 5, size: (c) => c.items.length },
  );
  const reader = stream.getReader();
  return {
    log,
    controller: () => controller!,
    started: () => startDone?.(),
    pulled: () => pullDone?.(),
    read: () => {
      reader.read().then(
        (r) => log.push(r.done ? 'read done' : `read ${r.value!.items.join('')}`),
        (e: Error) => log.push(`read rejected ${e.message}`),
      );
    },
    cancel: (reason) => {
      reader.cancel(reason).then(
        () => log.push('cancelled'),
        (e: Error) => log.push(`cancel rejected ${e.message}`),
      );
    },
  };
}

/** Run the steps on a harness, settling after each, and return the log (each step marked, so timing shows). */
async function run(Impl: Impl, steps: Array<(h: Harness) => void>, options?: Parameters<typeof harness>[1]): Promise<string[]> {
  const h = harness(Impl, options);
  await settle();
  for (const [i, step] of steps.entries()) {
    h.log.push(`step ${i}`);
    try {
      step(h);
    } catch (e) {
      h.log.push(`threw ${(e as Error).name}`);
    }
    await settle();
  }
  h.log.push(`desiredSize ${h.controller().desiredSize}`);
  return h.log;
}

const chunk = (text: string): Chunk => ({ items: [...text] });
const enqueue = (text: string) => (h: Harness) => h.controller().enqueue(chunk(text));

async function sameAsStandard(steps: Array<(h: Harness) => void>, options?: Parameters<typeof harness>[1]): Promise<string[]> {
  const ours = await run(InThreadStream as unknown as Impl, steps, options);
  expect(ours).toEqual(await run(ReadableStream as unknown as Impl, steps, options));
  return ours;
}

describe('InThreadStream behaves as the standard ReadableStream', () => {
  it('pulls only after start settles, and again while below the high-water mark (pdf.js text chunks)', async () => {
    const log = await sameAsStandard([
      (h) => h.read(),
      (h) => h.started(),
      enqueue('第一条'),
      (h) => h.pulled(),
      enqueue('本办法'),
      enqueue('自公布'),
      (h) => h.pulled(),
      (h) => h.read(),
      (h) => h.read(),
      (h) => h.pulled(),
      (h) => h.controller().close(),
      (h) => h.read(),
      (h) => h.read(),
    ]);
    // The first read waited for the first chunk; the queue then held 6 items against a mark of 5, so no pull.
    expect(log).toContain('read 第一条');
    expect(log.filter((l) => l.startsWith('pull')).length).toBeGreaterThan(1);
    expect(log.filter((l) => !l.startsWith('step')).slice(-3)).toEqual(['read done', 'read done', 'desiredSize 0']);
  });

  it('lets queued chunks be read after close, in order, then reports done', async () => {
    const log = await sameAsStandard([
      (h) => h.started(),
      enqueue('甲'),
      enqueue('乙'),
      (h) => h.controller().close(),
      enqueue('丙'),
      (h) => h.read(),
      (h) => h.read(),
      (h) => h.read(),
    ]);
    expect(log.filter((l) => l.startsWith('read') || l.startsWith('threw'))).toEqual(['threw TypeError', 'read 甲', 'read 乙', 'read done']);
  });

  it('rejects waiting and later reads with the error, and drops the queue', async () => {
    const log = await sameAsStandard([
      (h) => h.started(),
      enqueue('𠮷'),
      (h) => h.controller().error(new Error('第 3 页无法读取')),
      (h) => h.read(),
      (h) => h.controller().error(new Error('again')),
      (h) => h.read(),
    ]);
    expect(log.filter((l) => l.startsWith('read'))).toEqual(['read rejected 第 3 页无法读取', 'read rejected 第 3 页无法读取']);
    expect(log.at(-1)).toBe('desiredSize null');
  });

  it('rejects a read that was waiting when the error came', async () => {
    const log = await sameAsStandard([(h) => h.started(), (h) => h.read(), (h) => h.read(), (h) => h.controller().error(new Error('已损坏'))]);
    expect(log.filter((l) => l.startsWith('read'))).toEqual(['read rejected 已损坏', 'read rejected 已损坏']);
  });

  it('cancels: waiting reads end, the queue is dropped, the source hears the reason once', async () => {
    const log = await sameAsStandard([
      (h) => h.started(),
      (h) => h.read(),
      (h) => h.pulled(),
      (h) => h.cancel(new Error('Page was destroyed.')),
      (h) => h.cancel(new Error('twice')),
      (h) => h.read(),
      enqueue('late'),
    ]);
    expect(log.filter((l) => l.startsWith('cancel'))).toEqual(['cancel Page was destroyed.', 'cancelled', 'cancelled']);
    expect(log).toContain('threw TypeError');
  });

  it('errors when pull rejects', async () => {
    const log = await sameAsStandard([(h) => h.started(), (h) => h.read()], { pullRejects: true });
    expect(log).toContain('read rejected pull failed');
  });

  it('throws from the constructor when start throws', () => {
    expect(() => harness(InThreadStream as unknown as Impl, { startThrows: true })).toThrow('start failed');
    expect(() => harness(ReadableStream as unknown as Impl, { startThrows: true })).toThrow('start failed');
  });

  it('errors the stream when a chunk has no valid size', async () => {
    const bad = (h: Harness) => h.controller().enqueue({ items: undefined } as unknown as Chunk);
    const log = await sameAsStandard([(h) => h.started(), bad, (h) => h.read()]);
    expect(log.filter((l) => l.startsWith('threw') || l.startsWith('read'))).toEqual([
      'threw TypeError',
      "read rejected Cannot read properties of undefined (reading 'length')",
    ]);
  });
});
