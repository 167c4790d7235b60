import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { namesPdfToCheck, startEarlyReader, type EarlyReader } from '../../src/launcher/early-reader.js';
import { WORKER_YOUNG_GENERATION_MB } from '../../src/document/worker-heap.js';
import { auditLibrary } from '../../src/library/batch.js';
import { offerEarlyReader, releaseEarlyReader, takeEarlyReader } from '../../src/library/early-reader.js';
import type { FromWorker } from '../../src/library/protocol.js';
import { PACKAGE_ROOT } from '../../src/package-info.js';
import { batchOptions } from '../helpers/batch.js';
import { docSource, tempDir, writeFiles } from '../helpers/library.js';

const READER = join(PACKAGE_ROOT, 'dist/bundle/reader-worker.cjs');
const argv = (...words: string[]): string[] => ['node', 'hrss-audit', ...words];

/** A folder with the sample PDF draft and a Markdown document. */
function library(): string {
  const dir = writeFiles(tempDir(), { 'b.md': docSource({ title: '湖南省乙办法' }) });
  copyFileSync(join(PACKAGE_ROOT, 'fixtures/drafts/sample-draft.pdf'), join(dir, 'a.pdf'));
  return dir;
}

/** Start an early reader as the launcher does, and record what it answers and whether it has ended. */
function started(): { early: EarlyReader; results: number[]; ended: Promise<unknown> } {
  const early = startEarlyReader(argv('check', 'a.pdf'), READER);
  if (!early) throw new Error('no early reader for a PDF check');
  const results: number[] = [];
  early.worker.on('message', (m: FromWorker<unknown>) => {
    if (m.type === 'result') results.push(m.id);
  });
  return { early, results, ended: once(early.worker, 'exit') };
}

describe('early reader (started by the launcher before the tool loads)', () => {
  it('is started only for a check or a clean that names a PDF', () => {
    expect(namesPdfToCheck(argv('check', 'draft.pdf'))).toBe(true);
    expect(namesPdfToCheck(argv('check', '-f', 'json', 'a.md', '文件/草案𠮷.PDF'))).toBe(true);
    expect(namesPdfToCheck(argv('--no-color', 'clean', 'library/old.pdf'))).toBe(true);
    expect(namesPdfToCheck(argv('check', 'draft.docx', 'library'))).toBe(false);
    expect(namesPdfToCheck(argv('check', '--help', 'a.pdf'))).toBe(false);
    expect(namesPdfToCheck(argv('inspect', 'a.pdf'))).toBe(false);
    expect(namesPdfToCheck(argv('annotate', 'a.pdf', '-o', 'b.docx'))).toBe(false);
    expect(namesPdfToCheck(argv('check', '--corpus=x.pdf', 'a.md'))).toBe(false);
    expect(namesPdfToCheck(argv())).toBe(false);
  });

  it('is adopted by a run that reads the PDF on a reader worker, and gives the results a reader the run starts gives', async () => {
    const dir = library();
    const own = await auditLibrary(await batchOptions(dir));
    const { early, results, ended } = started();
    offerEarlyReader(early);
    const adopted = await auditLibrary(await batchOptions(dir));
    await ended; // the run's pool ends it with the run
    expect(results).toHaveLength(1); // it read the PDF (the .md is read on the main thread)
    expect(adopted.results).toEqual(own.results);
    expect(adopted.results.find((r) => r.path === 'a.pdf')).toMatchObject({ status: 'ok' });
    expect(takeEarlyReader(2048)).toBeUndefined(); // adopted once
  });

  it("reads with the run's limits, which it is sent when adopted", async () => {
    const dir = library();
    const { early, results, ended } = started();
    offerEarlyReader(early);
    const run = await auditLibrary(await batchOptions(dir, { limits: { maxPdfPages: 1 } }));
    await ended;
    expect(results).toHaveLength(1);
    expect(run.results.find((r) => r.path === 'a.pdf')).toMatchObject({ status: 'unreadable', error: { code: 'E_LIMIT_PAGES' } });
  });

  it('is not adopted by a run whose workers get another heap limit: it is ended, and the run reads with its own reader', async () => {
    const dir = library();
    const { early, results, ended } = started();
    offerEarlyReader(early);
    const run = await auditLibrary(await batchOptions(dir, { limits: { workerHeapMb: 512 } }));
    await ended;
    expect(results).toEqual([]);
    expect(run.results.find((r) => r.path === 'a.pdf')).toMatchObject({ status: 'ok' });
  });

  it('is let go by a run that needs no reader worker', async () => {
    const dir = writeFiles(tempDir(), { 'b.md': docSource({ title: '湖南省乙办法' }) });
    const { early, results, ended } = started();
    offerEarlyReader(early);
    const run = await auditLibrary(await batchOptions(dir));
    await ended;
    expect(results).toEqual([]);
    expect(run.results.map((r) => r.status)).toEqual(['ok']);
  });

  it('gets the workers’ heap: the old generation the limits allow, the smaller young one', async () => {
    const { early, ended } = started();
    expect(early.worker.resourceLimits).toMatchObject({ maxOldGenerationSizeMb: early.heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB });
    await early.worker.terminate();
    await ended;
  });

  it('is never adopted once it has ended, and ending one nobody took is harmless', async () => {
    const { early, ended } = started();
    await early.worker.terminate();
    await ended;
    offerEarlyReader(early);
    expect(takeEarlyReader(early.heapMb)).toBeUndefined();
    const second = started();
    offerEarlyReader(second.early);
    await releaseEarlyReader();
    await second.ended;
    await releaseEarlyReader();
    expect(takeEarlyReader(second.early.heapMb)).toBeUndefined();
  });
});
