/**
 * How pdf.js is brought in: lazily, from local files only, without leaving
 * its polyfills' replacements of built-ins behind. Runs in its own file so
 * that pdf.js is not loaded yet when it starts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPdf } from '../../../src/document/readers/pdf/index.js';
import { pdfAssets } from '../../../src/document/readers/pdf/load.js';
import { fixtureBytes, read } from './helpers.js';

const natives = { push: Array.prototype.push, parse: JSON.parse, toString: Function.prototype.toString };

describe('loading pdf.js', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('does not happen when the reader module is imported', () => {
    expect(typeof readPdf).toBe('function');
    expect('pdfjsLib' in globalThis).toBe(false);
    expect('pdfjsWorker' in globalThis).toBe(false);
  });

  it('points pdf.js at local CMap, font and wasm folders, never a URL', () => {
    for (const dir of Object.values(pdfAssets())) {
      expect(dir.endsWith('/')).toBe(true);
      expect(path.isAbsolute(dir)).toBe(true);
      expect(fs.statSync(dir).isDirectory()).toBe(true);
    }
    expect(fs.existsSync(path.join(pdfAssets().cMapUrl, 'UniGB-UCS2-H.bcmap'))).toBe(true);
  });

  it('reads without any network access', async () => {
    const fetch = vi.fn(() => Promise.reject(new Error('no network in tests')));
    vi.stubGlobal('fetch', fetch);
    const doc = await read(fixtureBytes('stsong-ucs2.pdf'));
    expect(doc.blocks.length).toBeGreaterThan(0);
    expect(fetch).not.toHaveBeenCalled();
    expect('pdfjsLib' in globalThis).toBe(true);
  });

  it('leaves Array.prototype.push, JSON.parse and Function.prototype.toString as they were', () => {
    expect(Array.prototype.push).toBe(natives.push);
    expect(JSON.parse).toBe(natives.parse);
    expect(Function.prototype.toString).toBe(natives.toString);
  });

  it('can read several documents at once', async () => {
    const names = ['gbt-notice.pdf', 'plain-spacing.pdf', 'stsong-ucs2.pdf', 'gbt-notice.pdf'];
    const docs = await Promise.all(names.map((n) => read(fixtureBytes(n))));
    expect(docs.map((d) => d.pages)).toEqual([3, 2, 1, 3]);
    expect(docs[0].blocks.map((b) => b.text)).toEqual(docs[3].blocks.map((b) => b.text));
  });
});
