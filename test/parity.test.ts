import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditFile } from '../src/engine/audit.js';
import { validateConfig } from '../src/engine/config.js';
import { loadAllRules, resolveRules } from '../src/engine/registry.js';

/**
 * Format parity: the same draft as .md, .docx (typed numbers), .docx with
 * Word automatic article numbering, .docx with tracked changes, .pdf, the
 * three .docx saved as Word 97-2003 .doc by LibreOffice (the numbering then
 * lives in the .doc list tables), and .ofd yields the same articles and the
 * same findings at the same addresses.
 */
const DIR = fileURLToPath(new URL('../fixtures/parity/', import.meta.url));
const squash = (s: string): string => s.replace(/[\s\u3000]/g, '');

const drafts = readdirSync(DIR).filter((f) => f.endsWith('.md'));

describe.each(drafts)('format parity: %s', async (md) => {
  const base = md.slice(0, -3);
  const spec = JSON.parse(readFileSync(`${DIR}${base}.expect.json`, 'utf8'));
  const config = validateConfig({}, null, DIR);
  const rules = resolveRules(await loadAllRules(config), config, spec.rules);
  const files = [
    `${base}.md`,
    `${base}.docx`,
    `${base}.auto.docx`,
    `${base}.tracked.docx`,
    `${base}.pdf`,
    `${base}.doc`,
    `${base}.auto.doc`,
    `${base}.tracked.doc`,
    `${base}.ofd`,
  ];
  const audited = await Promise.all(
    files.map(async (f) => {
      expect(existsSync(`${DIR}${f}`), f).toBe(true);
      return { file: f, ...(await auditFile(`${DIR}${f}`, rules, { asOf: spec.asOf, limits: config.limits, settings: {} })) };
    }),
  );
  const reference = audited[0];

  it('every format is readable', () => {
    for (const a of audited) expect(a.result.error, a.file).toBeNull();
  });

  it('yields the same articles (number, clauses, items, text)', () => {
    const shape = (a: (typeof audited)[number]) =>
      a.document!.articles.map((art) => ({
        number: art.number,
        clauses: art.children.length,
        items: art.children.map((c) => c.children.length),
        text: squash(a.document!.text.slice(art.span.start, art.span.end)).replace(/^第[一二三四五六七八九十百]+条/, ''),
      }));
    const expected = shape(reference);
    expect(expected.length).toBeGreaterThan(5);
    for (const a of audited.slice(1)) expect(shape(a), a.file).toEqual(expected);
  });

  it('yields the same header and closing', () => {
    const meta = reference.result.meta;
    for (const a of audited.slice(1)) expect(a.result.meta, a.file).toEqual(meta);
  });

  it('yields the same findings at the same legal addresses', () => {
    const key = (a: (typeof audited)[number]) => a.result.findings.map((f) => `${f.ruleId}@${f.location.address}`).sort();
    const expected = spec.expect.map((e: { ruleId: string; address: string }) => `${e.ruleId}@${e.address}`).sort();
    for (const a of audited) expect(key(a), a.file).toEqual(expected);
  });

  it.each(['.tracked.docx', '.tracked.doc'])('audits the tracked-changes copy (%s) as if the changes were accepted, and says so', (suffix) => {
    const tracked = audited.find((a) => a.file.endsWith(suffix))!;
    expect(tracked.document!.text).not.toContain('原稿删除文字');
    expect(tracked.result.notes?.map((n) => n.code)).toContain('TRACKED_CHANGES');
    expect(tracked.result.notes?.map((n) => n.message).join('')).toContain('删除');
    const deleted = tracked.source!.blocks.flatMap((b) => b.revisions ?? []).filter((r) => r.type === 'delete');
    expect(deleted.map((r) => [r.text, r.author])).toEqual([['（原稿删除文字）', '审核人']]);
  });

  it.each(['.auto.docx', '.auto.doc'])('the automatic-numbering copy (%s) carries labels, not typed numbers', (suffix) => {
    const auto = audited.find((a) => a.file.endsWith(suffix))!;
    const labelled = auto.source!.blocks.filter((b) => b.label && /^第.+条$/.test(b.label));
    expect(labelled.length).toBe(reference.document!.articles.length);
    expect(auto.document!.text).not.toMatch(/^第[一二三四五六七八九十]+条/m);
  });

  it('the fixed-layout copies (.pdf, .ofd) carry page numbers in every finding', () => {
    for (const suffix of ['.pdf', '.ofd']) {
      const a = audited.find((x) => x.file.endsWith(suffix))!;
      expect(a.result.findings.length).toBeGreaterThan(0);
      for (const f of a.result.findings) expect(f.location.page, `${suffix} ${f.ruleId}`).toBeGreaterThanOrEqual(1);
    }
  });
});
