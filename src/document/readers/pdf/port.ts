/**
 * The channel between pdf.js's API side and its worker side, both on this
 * thread (Node has no pdf.js web worker).
 *
 * pdf.js's own in-process channel copies every message with structuredClone.
 * For text extraction that is tens of thousands of small item objects per
 * hundred pages, and the serialise/deserialise round trip was the largest
 * single cost in the reader's profile (~140 ms of ~600 ms on a 200-page
 * file). This port makes the same deep copy in plain JavaScript for plain
 * data and hands anything else (class instances, Maps, errors) to
 * structuredClone, so both sides still never share a mutable object: the
 * worker side reuses and resets its buffers after sending them (the text
 * chunks excepted, see isTextChunk).
 */

type Listener = (this: InProcessPort, event: { data: unknown }) => void;

/** Deeper than any pdf.js message; past it, structuredClone (which also handles cycles) takes over. */
const MAX_DEPTH = 64;

class TooDeep extends Error {}

export class InProcessPort {
  #listeners = new Set<Listener>();
  #delivery: Promise<void> = Promise.resolve();

  postMessage(message: unknown, transfer?: unknown[]): void {
    let data: unknown;
    try {
      data = isTextChunk(message) ? { ...message, chunk: { ...message.chunk } } : copy(message, transfer ?? [], 0);
    } catch (e) {
      if (!(e instanceof TooDeep)) throw e;
      data = structuredClone(message, transfer ? { transfer: transfer as ArrayBuffer[] } : undefined);
    }
    const event = { data };
    // Delivered later, as with a real port: pdf.js relies on sends not re-entering the sender.
    this.#delivery = this.#delivery.then(() => {
      for (const listener of [...this.#listeners]) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    this.#listeners.add(listener);
    signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}

interface TextChunkMessage {
  stream: unknown;
  chunk: { items: unknown[]; styles: object };
}

/**
 * A chunk of a page's text (pdf.js's getTextContent stream, most of the
 * messages a read sends). Its sender (enqueueChunk in pdf.worker.mjs) gives
 * the chunk new `items` and `styles` as soon as it is sent and never touches
 * the items it sent again, so only the chunk object itself, which the sender
 * keeps, needs copying: copying the items was a third of the port's cost.
 */
function isTextChunk(message: unknown): message is TextChunkMessage {
  if (typeof message !== 'object' || message === null || !('stream' in message) || !('chunk' in message)) return false;
  const chunk = (message as { chunk: unknown }).chunk;
  return (
    typeof chunk === 'object' &&
    chunk !== null &&
    Array.isArray((chunk as { items?: unknown }).items) &&
    typeof (chunk as { styles?: unknown }).styles === 'object' &&
    Object.keys(chunk).every((key) => key === 'items' || key === 'styles' || key === 'lang')
  );
}

function copy(value: unknown, transfer: readonly unknown[], depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], transfer, depth + 1);
    return out;
  }
  if (value instanceof ArrayBuffer) return transfer.includes(value) ? value : value.slice(0);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    // A transferred buffer is given up by the sender, so it can be handed over as is.
    const view = value as unknown as Uint8Array;
    return transfer.includes(view.buffer) ? view : view.slice();
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], transfer, depth + 1);
    return out;
  }
  return structuredClone(value);
}
