/**
 * Annotating the shared reader samples: files from the docx package and
 * from LibreOffice, with text boxes (VML and DrawingML), tracked changes,
 * footnotes, an existing comment, automatic numbering and heavily split
 * runs. Comments are placed inside, across and at the edges of runs all
 * through each file, and must land exactly, leave the text as it was, and
 * open in LibreOffice.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { annotateDocx } from '../../src/annotate/annotate.js';
import type { LegalDocument } from '../../src/document/model.js';
import type { Finding } from '../../src/engine/types.js';
import { auditDocx, findingAt, readBack } from '../helpers/docx-drafts.js';
import { SAMPLES_DIR } from '../helpers/shared.js';
import { sofficeConvert } from '../helpers/tools.js';

const OPTIONS = { author: '合法性审核', initials: '合法', date: '2024-05-20T00:00:00Z', maxPartBytes: 200 * 1024 * 1024 };
const dir = mkdtempSync(join(tmpdir(), 'hrss-annotate-samples-'));

/** Spans at awkward places in every `step`-th block: inner, from the start, to the end, and across to the next block. */
function synthetic(doc: LegalDocument, template: Finding, step: number): Finding[] {
  const out: Finding[] = [];
  const blocks = doc.source.blocks;
  for (let i = 0; i < blocks.length; i += step) {
    const n = blocks[i].text.length;
    if (n >= 5) out.push(findingAt(template, i, 1, i, n - 2, `内${i}`));
    if (n >= 3) out.push(findingAt(template, i, 0, i, 2, `首${i}`));
    if (n >= 3) out.push(findingAt(template, i, n - 2, i, n, `尾${i}`));
    if (i + 1 < blocks.length && n >= 2 && blocks[i + 1].text.length >= 2) out.push(findingAt(template, i, n - 1, i + 1, 1, `跨${i}`));
  }
  return out;
}

function anchors(doc: LegalDocument, id: string): Array<{ block: number; start: number; end: number }> {
  return doc.source.blocks.flatMap((b, i) =>
    (b.anchors ?? []).filter((a) => a.kind === 'comment' && a.id === id).map((a) => ({ block: i, start: a.start, end: a.end })),
  );
}

const SAMPLES: Array<{ file: string; step: number; libreoffice: boolean }> = [
  { file: 'features-docxjs.docx', step: 1, libreoffice: true },
  { file: 'features-lo.docx', step: 1, libreoffice: true },
  { file: 'small-docxjs.docx', step: 1, libreoffice: false },
  { file: 'large-verbose-docxjs.docx', step: 37, libreoffice: false },
];

describe('annotate the shared .docx samples', () => {
  for (const s of SAMPLES) {
    it(`${s.file}: every comment lands exactly, the text is unchanged${s.libreoffice ? ', LibreOffice reads them all' : ''}`, async () => {
      const data = new Uint8Array(readFileSync(join(SAMPLES_DIR, 'docx', s.file)));
      const { doc, findings } = await auditDocx(data);
      const template =
        findings[0] ??
        ({
          ruleId: 'x',
          severity: 'warning',
          message: '',
          excerpt: '',
          basis: null,
          suggestion: null,
          related: [],
          location: { line: 1, column: 1, endLine: 1, endColumn: 1, page: null, paragraph: null, article: null, address: '正文' },
        } as Finding);
      const all = [...findings, ...synthetic(doc, template, s.step)];
      const existing = doc.source.streams.filter((x) => x.kind === 'comment').length;
      const out = annotateDocx(data, doc, all, OPTIONS);
      const again = await readBack(out.data);
      expect(again.source.blocks.map((b) => [b.label ?? '', b.text])).toEqual(doc.source.blocks.map((b) => [b.label ?? '', b.text]));
      expect(again.source.streams.filter((x) => x.kind === 'comment')).toHaveLength(existing + all.length);
      for (const p of out.placements) {
        const got = anchors(again, String(p.id));
        if (p.inTextBox) {
          // Anchored on the text box itself, in the body: never inside the box, where Word and LibreOffice drop comments.
          expect(doc.source.blocks[p.startBlock].container === 'textbox' || doc.source.blocks[p.endBlock].container === 'textbox').toBe(true);
          for (const a of got) expect(again.source.blocks[a.block].container).not.toBe('textbox');
          continue;
        }
        expect(got.length, `${p.finding.message}`).toBeGreaterThan(0);
        expect({ block: got[0].block, start: got[0].start }, p.finding.message).toEqual({ block: p.startBlock, start: p.start });
        const last = got[got.length - 1];
        expect({ block: last.block, end: last.end }, p.finding.message).toEqual({ block: p.endBlock, end: p.end });
      }
      if (s.file.startsWith('features')) expect(out.placements.some((p) => p.inTextBox)).toBe(true);
      if (s.libreoffice) {
        const file = join(dir, s.file);
        writeFileSync(file, out.data);
        const resaved = new Uint8Array(readFileSync(await sofficeConvert(file, 'docx')));
        const xml = strFromU8(unzipSync(resaved)['word/comments.xml']);
        expect(xml.match(/<w:comment /g)).toHaveLength(existing + all.length);
      }
    });
  }
});
