/**
 * Hostile inputs that cost a reader time or memory out of all proportion to
 * their size, built by the tests (nothing binary is committed).
 */
import { strToU8, zipSync } from 'fflate';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A .docx whose automatic numbering label (lvlText) is `labelChars`
 * characters long, on `paragraphs` numbered paragraphs: rendering every
 * label would take labelChars × paragraphs characters (2M × 3,000 = 6G).
 * The label is drawn from 16 characters by a fixed generator, so it does
 * not compress like a run of one character (the zip stays under the
 * compression-ratio limit).
 */
export function labelBombDocx(labelChars = 2_000_000, paragraphs = 3_000): Uint8Array {
  const alphabet = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳';
  let seed = 20261203;
  const chars: string[] = new Array(labelChars);
  for (let i = 0; i < labelChars; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    chars[i] = alphabet[seed >>> 28];
  }
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条${chars.join('')}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const para =
    '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>本办法所称就业见习，是指组织离校未就业高校毕业生到用人单位实践训练。</w:t></w:r></w:p>';
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>湖南省就业见习管理办法</w:t></w:r></w:p>${para.repeat(paragraphs)}<w:sectPr/></w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(document), 'word/numbering.xml': strToU8(numbering) });
}

/** Bytes of a PDF built from object bodies (object i + 1 is bodies[i]), with a correct cross-reference table. */
function pdf(bodies: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

/**
 * A small PDF (a few KB) whose font has an absurd ToUnicode CMap: each of
 * `ranges` bfrange lines maps 16 million codes (the most pdf.js accepts in
 * one range), so reading its text keeps pdf.js busy for minutes.
 */
export function cmapHangPdf(ranges = 300): Uint8Array {
  const cmap = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CMapName /Absurd def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00000000> <FFFFFFFF>',
    'endcodespacerange',
    `${ranges} beginbfrange`,
    ...Array.from({ length: ranges }, () => '<00000000> <00FFFFFF> <4E00>'),
    'endbfrange',
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
  const content = 'BT /F1 24 Tf 72 720 Td (ABC) Tj ET';
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>',
    stream(cmap),
  ]);
}
