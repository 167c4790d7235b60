/// <reference lib="dom" />
/**
 * The HTML opinion in a real browser (headless Chromium, new profile):
 * links land, nothing is fetched, Chinese text is drawn with CJK glyphs,
 * and printing puts each document's opinion on its own pages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types.js';
import { renderOpinionHtml } from '../../src/report/opinion/html.js';
import { CONTEXT, expectedTexts, multiReport, singleReport } from '../helpers/report.js';
import { launchChromium, pdfPages } from '../helpers/tools.js';

let browser: BrowserContext;
const dir = mkdtempSync(join(tmpdir(), 'hrss-html-'));

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Write the opinion to a file and open it; every request the page makes is recorded (and only file: is let through). */
async function open(report: Report, name: string): Promise<{ page: Page; url: string; requests: string[] }> {
  const file = join(dir, name);
  writeFileSync(file, renderOpinionHtml(report, CONTEXT));
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, requests };
}

describe('html opinion in Chromium', () => {
  it('every in-page link targets an element that exists, and the finding it names', async () => {
    const { page } = await open(multiReport(), 'links.html');
    const links = await page.$$eval('a[href]', (as) =>
      as.map((a) => {
        const href = a.getAttribute('href')!;
        const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
        return { href, text: a.textContent, found: !!target, targetText: target?.textContent ?? '' };
      }),
    );
    expect(links.length).toBeGreaterThan(8);
    for (const l of links) {
      expect(l.href.startsWith('#'), l.href).toBe(true);
      expect(l.found, l.href).toBe(true);
    }
    // A problem number in the table leads to that problem's detail.
    const toProblem = links.find((l) => /-p2$/.test(l.href))!;
    expect(toProblem.targetText).toContain('问题 2');
    expect(toProblem.targetText).toContain('规范性文件不得设定行政处罚');
    // Clicking a link scrolls the finding into view.
    await page.click(`a[href="${toProblem.href}"]`);
    const inView = await page.$eval(toProblem.href, (el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.close();
  });

  it('makes no network request: only the file itself is loaded', async () => {
    const report = multiReport();
    // A draft may contain markup that would fetch if it were not escaped.
    report.documents.find((d) => d.findings.length > 0)!.findings[0].message +=
      '<img src="http://127.0.0.1:9/x.png"><link rel="stylesheet" href="https://example.com/x.css">';
    const { page, url, requests } = await open(report, 'offline.html');
    await page.waitForTimeout(200);
    expect(requests).toEqual([url]);
    const text = await page.textContent('body');
    expect(text).toContain('<img src="http://127.0.0.1:9/x.png">');
    await page.close();
  });

  it('shows every finding and the related provisions as text', async () => {
    const report = multiReport();
    const { page } = await open(report, 'text.html');
    const text = (await page.innerText('body')).replace(/\s+/g, '');
    for (const t of expectedTexts(report)) expect(text, t).toContain(t.replace(/\s+/g, ''));
    await page.close();
  });

  it('draws the Chinese title with a CJK font: real glyphs, not blank, not boxes', async () => {
    const { page } = await open(singleReport(), 'glyphs.html');
    const h1 = page.locator('h1').first();
    expect(await h1.textContent()).toBe('合法性审核意见书');
    const withText = await h1.screenshot();
    await h1.evaluate((el) => {
      (el as HTMLElement).style.color = 'transparent';
    });
    const blank = await h1.screenshot();
    await h1.evaluate((el) => {
      (el as HTMLElement).style.color = '';
    });
    expect(withText.length).toBeGreaterThan(0);
    expect(Buffer.compare(withText, blank)).not.toBe(0);

    // Each character is about one em wide, as CJK glyphs are.
    const widths = await h1.evaluate((el) => {
      const node = el.firstChild!;
      const size = parseFloat(getComputedStyle(el).fontSize);
      const out: number[] = [];
      for (let i = 0; i < node.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        out.push(range.getBoundingClientRect().width / size);
      }
      return out;
    });
    for (const w of widths) expect(w).toBeGreaterThan(0.9);

    // Chromium says which installed font drew the text: a CJK one, for all 8 glyphs.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const cjk = fonts.filter((f) => /CJK|Song|Hei|Fang|Kai|宋|黑|仿|楷|Han/i.test(f.familyName));
    expect(
      cjk.reduce((n, f) => n + f.glyphCount, 0),
      JSON.stringify(fonts),
    ).toBe(8);
    await cdp.detach();
    await page.close();
  });

  it('prints on A4 with each document starting a new page', async () => {
    const { page } = await open(multiReport(), 'print.html');
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('.paper', (els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page']);
    const pdf = join(dir, 'print.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    expect(await pdfPages(pdf)).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});
