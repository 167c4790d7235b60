/**
 * The readable stream pdf.js's API side makes for each streamed request
 * (every page's text, every operator list), in place of Node's
 * ReadableStream. The build puts it into the bundled pdf.js (scripts/bundle.mjs,
 * pdfApi).
 *
 * Both ends of these streams are on this thread (port.ts), and pdf.js only
 * creates a stream from a source, reads it through getReader(), and cancels
 * it. Node's ReadableStream is a full web stream: JavaScript with several
 * promise hops per chunk, and a transferable object (made in C++) for every
 * stream, whether it is ever transferred or not. On a cold 202-page check
 * those came to about 40 ms of the reader's critical path.
 *
 * What pdf.js relies on is kept as the WHATWG Streams standard specifies it
 * for a default stream: start(controller) is called at once; pull(controller)
 * once start has settled, whenever a read waits or the queue is below its
 * high-water mark, never twice at a time; chunks are measured by the
 * strategy's size() against highWaterMark; enqueue/close/error and
 * desiredSize behave as the standard's controller's; a close lets the queued
 * chunks be read first; cancel() empties the queue, ends the waiting reads
 * and calls the source's cancel(). Not here, since pdf.js never uses them on
 * these streams: tee, pipes, async iteration, byte streams, reader locking
 * and releaseLock.
 */

export interface InThreadStreamController<T> {
  readonly desiredSize: number | null;
  enqueue(chunk: T): void;
  close(): void;
  error(reason: unknown): void;
}

export interface InThreadStreamSource<T> {
  start?(controller: InThreadStreamController<T>): unknown;
  pull?(controller: InThreadStreamController<T>): unknown;
  cancel?(reason: unknown): unknown;
}

export interface InThreadStreamStrategy<T> {
  highWaterMark?: number;
  size?(chunk: T): number;
}

export type ReadResult<T> = { value: T; done: false } | { value: undefined; done: true };

export interface InThreadStreamReader<T> {
  read(): Promise<ReadResult<T>>;
  cancel(reason?: unknown): Promise<void>;
}

interface WaitingRead<T> {
  resolve(result: ReadResult<T>): void;
  reject(reason: unknown): void;
}

export class InThreadStream<T> {
  readonly #source: InThreadStreamSource<T>;
  readonly #highWaterMark: number;
  readonly #size: (chunk: T) => number;
  readonly #controller: InThreadStreamController<T>;
  #queue: Array<{ chunk: T; size: number }> = [];
  #queueSize = 0;
  #state: 'readable' | 'closed' | 'errored' = 'readable';
  #storedError: unknown;
  #started = false;
  #pulling = false;
  #pullAgain = false;
  #closeRequested = false;
  #reads: Array<WaitingRead<T>> = [];

  constructor(source: InThreadStreamSource<T> = {}, strategy: InThreadStreamStrategy<T> = {}) {
    this.#source = source;
    this.#highWaterMark = strategy.highWaterMark ?? 1;
    this.#size = strategy.size ?? (() => 1);
    const stream = this; // the controller's getter reads the stream's private state
    this.#controller = {
      get desiredSize() {
        return stream.#desiredSize();
      },
      enqueue: (chunk) => this.#enqueue(chunk),
      close: () => this.#close(),
      error: (reason) => this.#error(reason),
    };
    // As the standard: a start() that throws makes the constructor throw.
    const started = source.start?.(this.#controller);
    Promise.resolve(started).then(
      () => {
        this.#started = true;
        this.#pullIfNeeded();
      },
      (reason: unknown) => this.#error(reason),
    );
  }

  getReader(): InThreadStreamReader<T> {
    return { read: () => this.#read(), cancel: (reason?: unknown) => this.cancel(reason) };
  }

  cancel(reason?: unknown): Promise<void> {
    if (this.#state === 'closed') return Promise.resolve();
    if (this.#state === 'errored') return Promise.reject(this.#storedError);
    this.#queue = [];
    this.#queueSize = 0;
    this.#finishClose();
    try {
      return Promise.resolve(this.#source.cancel?.(reason)).then(() => undefined);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  #desiredSize(): number | null {
    if (this.#state === 'errored') return null;
    if (this.#state === 'closed') return 0;
    return this.#highWaterMark - this.#queueSize;
  }

  #enqueue(chunk: T): void {
    if (this.#closeRequested || this.#state !== 'readable') throw new TypeError('Invalid state: the stream is closed');
    const waiting = this.#reads.shift();
    if (waiting) {
      waiting.resolve({ value: chunk, done: false });
    } else {
      let size: number;
      try {
        size = Number(this.#size(chunk));
        if (!(size >= 0) || size === Infinity) throw new RangeError('The chunk size must be a finite, non-negative number');
      } catch (e) {
        this.#error(e);
        throw e;
      }
      this.#queue.push({ chunk, size });
      this.#queueSize += size;
    }
    this.#pullIfNeeded();
  }

  #close(): void {
    if (this.#closeRequested || this.#state !== 'readable') throw new TypeError('Invalid state: the stream is closed');
    this.#closeRequested = true;
    if (this.#queue.length === 0) this.#finishClose();
  }

  #finishClose(): void {
    this.#state = 'closed';
    for (const waiting of this.#reads.splice(0)) waiting.resolve({ value: undefined, done: true });
  }

  #error(reason: unknown): void {
    if (this.#state !== 'readable') return;
    this.#state = 'errored';
    this.#storedError = reason;
    this.#queue = [];
    this.#queueSize = 0;
    for (const waiting of this.#reads.splice(0)) waiting.reject(reason);
  }

  #pullIfNeeded(): void {
    if (!this.#started || this.#closeRequested || this.#state !== 'readable') return;
    if (this.#reads.length === 0 && !(this.#highWaterMark - this.#queueSize > 0)) return;
    if (this.#pulling) {
      this.#pullAgain = true;
      return;
    }
    this.#pulling = true;
    let pulled: unknown;
    try {
      pulled = this.#source.pull?.(this.#controller);
    } catch (e) {
      this.#error(e);
      return;
    }
    Promise.resolve(pulled).then(
      () => {
        this.#pulling = false;
        if (this.#pullAgain) {
          this.#pullAgain = false;
          this.#pullIfNeeded();
        }
      },
      (reason: unknown) => this.#error(reason),
    );
  }

  #read(): Promise<ReadResult<T>> {
    const next = this.#queue.shift();
    if (next) {
      this.#queueSize -= next.size;
      if (this.#closeRequested && this.#queue.length === 0) this.#finishClose();
      else this.#pullIfNeeded();
      return Promise.resolve({ value: next.chunk, done: false });
    }
    if (this.#state === 'closed') return Promise.resolve({ value: undefined, done: true });
    if (this.#state === 'errored') return Promise.reject(this.#storedError);
    return new Promise<ReadResult<T>>((resolve, reject) => {
      this.#reads.push({ resolve, reject });
      this.#pullIfNeeded();
    });
  }
}
