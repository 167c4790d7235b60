import { describe, expect, it } from 'vitest';
import { InProcessPort } from '../../../src/document/readers/pdf/port.js';

/** Post one message and resolve with what a listener receives. */
function roundTrip(message: unknown, transfer?: unknown[]): Promise<unknown> {
  const port = new InProcessPort();
  return new Promise((resolve) => {
    port.addEventListener('message', (e) => resolve(e.data));
    port.postMessage(message, transfer);
  });
}

describe('InProcessPort', () => {
  it('delivers after postMessage returns, in order, to every listener', async () => {
    const port = new InProcessPort();
    const seen: string[] = [];
    port.addEventListener('message', (e) => seen.push(`a${String(e.data)}`));
    port.addEventListener('message', (e) => seen.push(`b${String(e.data)}`));
    port.postMessage(1);
    port.postMessage(2);
    expect(seen).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('hands over a copy: later changes by the sender do not show', async () => {
    const chunk = { items: [{ str: '第一条', transform: [16, 0, 0, 16, 72, 700] }], styles: Object.create(null) as Record<string, unknown> };
    chunk.styles.f1 = { vertical: false };
    const message = { stream: 'enqueue', chunk };
    const received = roundTrip(message);
    // What pdf.js's text extractor does right after sending a chunk.
    chunk.items = [];
    message.chunk.styles = {};
    expect(await received).toEqual({
      stream: 'enqueue',
      chunk: { items: [{ str: '第一条', transform: [16, 0, 0, 16, 72, 700] }], styles: { f1: { vertical: false } } },
    });
  });

  it('hands the items of a text chunk over as they are (the sender never touches them again) but copies other messages deeply', async () => {
    const items = [{ str: '第一条', transform: [16, 0, 0, 16, 72, 700] }];
    const chunk = { items, styles: {} };
    const received = (await roundTrip({ stream: 4, chunk })) as { chunk: { items: unknown[] } };
    expect(received.chunk).not.toBe(chunk);
    expect(received.chunk.items).toBe(items);
    // Anything else with a chunk (here: an extra field pdf.js's text chunks do not have) is copied deeply.
    const other = { stream: 4, chunk: { items, styles: {}, extra: 1 } };
    const copied = (await roundTrip(other)) as { chunk: { items: unknown[] } };
    expect(copied.chunk.items).not.toBe(items);
    expect(copied.chunk.items).toEqual(items);
  });

  it('copies typed arrays unless their buffer is transferred', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const copied = (await roundTrip({ bytes })) as { bytes: Uint8Array };
    expect(copied.bytes).not.toBe(bytes);
    expect([...copied.bytes]).toEqual([1, 2, 3]);
    const moved = (await roundTrip({ bytes }, [bytes.buffer])) as { bytes: Uint8Array };
    expect(moved.bytes).toBe(bytes);
  });

  it('leaves class instances, Maps and very deep or cyclic data to structuredClone', async () => {
    const map = new Map([['a', 1]]);
    const got = (await roundTrip({ map })) as { map: Map<string, number> };
    expect(got.map).toBeInstanceOf(Map);
    expect(got.map).not.toBe(map);
    expect(got.map.get('a')).toBe(1);

    const cyclic: Record<string, unknown> = { name: 'loop' };
    let node = cyclic;
    for (let i = 0; i < 100; i++) node = (node.next = {}) as Record<string, unknown>;
    node.next = cyclic;
    const back = (await roundTrip(cyclic)) as Record<string, unknown>;
    expect(back.name).toBe('loop');
    expect(back).not.toBe(cyclic);
  });

  it('stops delivering to removed listeners and after terminate', async () => {
    const port = new InProcessPort();
    const seen: unknown[] = [];
    const listener = (e: { data: unknown }): void => void seen.push(e.data);
    const ac = new AbortController();
    port.addEventListener('message', listener);
    port.addEventListener('message', (e) => seen.push(`signal:${String(e.data)}`), { signal: ac.signal });
    port.postMessage(1);
    await new Promise((r) => setTimeout(r, 0));
    port.removeEventListener('message', listener);
    ac.abort();
    port.postMessage(2);
    await new Promise((r) => setTimeout(r, 0));
    port.addEventListener('message', listener);
    port.terminate();
    port.postMessage(3);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([1, 'signal:1']);
  });
});
