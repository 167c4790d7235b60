/// <reference lib="dom" />
/**
 * The opinion as a legal officer signs it, rendered and read back from the
 * layout: the Word file through LibreOffice (PDF, pdftotext -layout), the
 * HTML through Chromium (line boxes on screen, and its printed PDF). Codes
 * such as GB/T 9704—2012 and the HNPR of a 统一登记号 never break across
 * lines, nor do the numbers the tool writes (第12段); locations name pages or
 * paragraphs, never lines; no rule id appears before the appendix.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { launchChromium, sofficeConvert } from '../helpers/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'hrss-opinion-layout-'));

// A draft with the faults whose findings cite GB/T 9704—2012 and a 统一登记号, checked by the real CLI.
const DRAFT = `湖南省人力资源和社会保障厅文件

湘人社规〔2025〕03号

HNPR-2025-11003

# 湖南省人力资源和社会保障厅关于做好就业见习工作的通知

各市州人力资源和社会保障局：

根据《中华人民共和国就业促进法》有关规定，现就有关事项通知如下：

一、扩大见习规模

各地要广泛开发见习岗位。

二、执行时间

本通知自2025年7月1日起施行，有效期5年。

湖南省人力资源和社会保障厅

2025年05月06日
`;

const RULES = ['numbering/document-number', 'numbering/registration-number', 'format/date'];

function layout(pdf: string): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }, (e, out) => (e ? reject(e) : resolve(out))),
  );
}

/** Every code in the laid-out text is whole on its line. */
function expectCodesWhole(text: string): void {
  const lines = text.split('\n');
  const gb = lines.filter((l) => l.includes('GB/T'));
  expect(gb.length).toBeGreaterThanOrEqual(2);
  for (const l of gb) expect(l, l).toMatch(/GB\/T\s9704—2012/);
  // HNPR is never split; with its year once written with dashes (a hyphen, as in the faulty draft quoted, may end a line).
  const hnpr = lines.filter((l) => /HN|PR/.test(l));
  expect(hnpr.length).toBeGreaterThanOrEqual(2);
  for (const l of hnpr) expect(l, l).toMatch(/HNPR/);
  for (const l of lines.filter((x) => x.includes('HNPR—2'))) expect(l, l).toMatch(/HNPR—2025/);
  expect(text).toContain('HNPR—2025');
  // The paragraph the tool names, and the 发文字号 quoted in a message.
  expect(text).toMatch(/第\s?12\s?段/);
  expect(text).toMatch(/〔2025〕\s?03/);
}

function body(text: string): string {
  const at = text.indexOf('附录');
  expect(at).toBeGreaterThan(0);
  return text.slice(0, at);
}

let draft: string;
beforeAll(() => {
  draft = join(dir, '草案.md');
  writeFileSync(draft, DRAFT);
});

describe('Word opinion in LibreOffice', () => {
  let text: string;
  beforeAll(async () => {
    const out = join(dir, '意见书.docx');
    // From the draft's folder, the opinion names 草案.md, not a temp path whose random letters (…oFupPR) look like a split HNPR.
    const r = await runCli(['check', basename(draft), '-f', 'docx', '-o', out, '--as-of', '2026-11-27', '--rule', ...RULES], { cwd: dir });
    expect(r.stderr).toBe('');
    text = await layout(await sofficeConvert(out));
  }, 300_000);

  it('keeps GB/T 9704—2012, HNPR with its year and the numbers in the problem table on one line', () => {
    expect(text).toContain('发现的问题');
    expectCodesWhole(text);
  });

  it('places problems by paragraph (no pages in Markdown), and names no rule before the appendix', () => {
    expect(text).toMatch(/发文字号\s*\n?\s*（第\s?2\s?段）|发文字号（第\s?2\s?段）/);
    expect(text).not.toMatch(/第\s?\d+\s?行/);
    for (const id of RULES) expect(body(text)).not.toContain(id);
    expect(text.slice(text.indexOf('附录'))).toContain('format/date');
  });
});

describe('HTML opinion in Chromium', () => {
  let browser: BrowserContext;
  let html: string;
  beforeAll(async () => {
    const r = await runCli(['check', basename(draft), '-f', 'html', '--as-of', '2026-11-27', '--rule', ...RULES], { cwd: dir });
    expect(r.stderr).toBe('');
    html = join(dir, '意见书.html');
    writeFileSync(html, r.stdout);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('draws each code on one line and inside its cell', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(pathToFileURL(html).href);
    const spans = await page.$$eval('table.problems .nobr', (els) =>
      els.map((el) => {
        const cell = el.closest('td')!.getBoundingClientRect();
        const rects = Array.from(el.getClientRects());
        return {
          text: el.textContent,
          lines: new Set(rects.map((r) => Math.round(r.top))).size,
          inside: rects.every((r) => r.right <= cell.right + 0.5 && r.left >= cell.left - 0.5),
        };
      }),
    );
    expect(spans.map((s) => s.text)).toEqual(expect.arrayContaining(['GB/T 9704—2012', 'HNPR', 'HNPR—2025']));
    for (const s of spans) expect(s, s.text ?? '').toMatchObject({ lines: 1, inside: true });
    // Every GB/T and HNPR in the table is held together.
    const loose = await page.$$eval('table.problems td', (tds) =>
      tds.flatMap((td) => {
        const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        const out: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          if (/GB\/T|HNPR/.test(n.textContent ?? '') && !n.parentElement!.closest('.nobr')) out.push(n.textContent!);
        return out;
      }),
    );
    expect(loose).toEqual([]);
    await page.close();
  });

  it('prints (A4) with the codes whole, and no rule id before the appendix', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    const pdf = join(dir, '意见书-html.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.close();
    const text = await layout(pdf);
    expectCodesWhole(text);
    for (const id of RULES) expect(body(text)).not.toContain(id);
    expect(readFileSync(html, 'utf8')).toContain('numbering/registration-number');
  });
});
