/** The Markdown and HTML opinions as text: complete, escaped, self-contained. */
import { describe, expect, it } from 'vitest';
import { renderOpinionHtml } from '../../src/report/opinion/html.js';
import { renderOpinionMarkdown } from '../../src/report/opinion/markdown.js';
import { CONTEXT, expectedTexts, multiReport, singleReport } from '../helpers/report.js';

/** What a Markdown reader sees: backslash escapes removed. */
function unescapeMd(md: string): string {
  return md.replace(/\\([\\`*_[\]<>|~#])/g, '$1');
}

/** Cells of a GFM table row, split on unescaped pipes. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
}

function decodeHtml(s: string): string {
  return s
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('markdown opinion', () => {
  it('contains every finding (message, address, suggestion) and the related provisions in full', () => {
    const report = singleReport();
    const md = unescapeMd(renderOpinionMarkdown(report, CONTEXT));
    for (const text of expectedTexts(report)) expect(md, text).toContain(text);
    expect(md).toContain('# 合法性审核意见书');
    expect(md).toContain('审核结论：不合法。');
    expect(md).toContain('HNPR—2024—11005');
    expect(md).toContain('2024年5月20日');
    expect(md).toContain('未使用语料库');
  });

  it('keeps every table row at its column count: pipes in the text are escaped', () => {
    const md = renderOpinionMarkdown(singleReport(), CONTEXT);
    const lines = md.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| 序号 | 位置 | 问题 | 依据 | 修改建议 |'));
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 2, header + 6);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    expect(md).toContain('a\\|b');
    expect(md).toContain('\\<script\\>');
    expect(md).not.toMatch(/(?<!\\)<script>/);
  });

  it('puts the summary table first when there are several documents, unreadable ones with their error', () => {
    const md = unescapeMd(renderOpinionMarkdown(multiReport(), CONTEXT));
    const summary = md.indexOf('## 审核情况汇总');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(md.indexOf('## 关于'));
    expect(md).toContain('无法读取：PDF 没有文字层');
    expect(md).toContain('E_PDF_NO_TEXT');
  });
});

describe('html opinion (as text)', () => {
  it('contains every finding and the related provisions, with the text escaped', () => {
    const report = multiReport();
    const html = renderOpinionHtml(report, CONTEXT);
    const text = decodeHtml(html);
    for (const t of expectedTexts(report)) expect(text, t).toContain(t);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;不低于&lt;/b&gt;');
  });

  it('is self-contained: nothing to fetch, and a policy that forbids fetching', () => {
    const html = renderOpinionHtml(multiReport(), CONTEXT);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|href)="(?!#)/i);
    expect(html).not.toMatch(/url\(|@import|@font-face/i);
    expect(html).toContain('@media print');
  });

  it('links each summary entry and each problem to an element that exists', () => {
    const html = renderOpinionHtml(multiReport(), CONTEXT);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(8);
    for (const t of targets) expect(ids.has(t), t).toBe(true);
  });
});
