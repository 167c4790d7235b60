/**
 * A minimal scanner for fragments of WordprocessingML that the writer
 * edits: one run, or one paragraph. It only needs tags (with their
 * positions), text and entity decoding; names keep the file's own prefix
 * and are compared by local name after checking the prefix.
 */

export interface Tag {
  kind: 'open' | 'close' | 'empty';
  /** Qualified name as written. */
  name: string;
  start: number;
  end: number;
}

export interface Text {
  kind: 'text';
  start: number;
  end: number;
  /** CDATA sections are not entity-decoded. */
  cdata: boolean;
}

export type Token = Tag | Text;

const TAG = /<(\/?)([^\s/>!?]+)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/y;

/** Tokens of an XML fragment; comments and processing instructions are skipped. */
export function* scan(xml: string, from = 0, to = xml.length): Generator<Token> {
  let p = from;
  while (p < to) {
    const lt = xml.indexOf('<', p);
    const textEnd = lt < 0 || lt > to ? to : lt;
    if (textEnd > p) yield { kind: 'text', start: p, end: textEnd, cdata: false };
    if (textEnd >= to) return;
    if (xml.startsWith('<!--', lt)) {
      const e = xml.indexOf('-->', lt + 4);
      p = e < 0 ? to : e + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt + 9);
      const end = e < 0 ? to : e;
      yield { kind: 'text', start: lt + 9, end, cdata: true };
      p = e < 0 ? to : e + 3;
      continue;
    }
    if (xml.startsWith('<?', lt) || xml.startsWith('<!', lt)) {
      const e = xml.indexOf('>', lt);
      p = e < 0 ? to : e + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(xml);
    if (!m || m.index !== lt) throw new Error(`malformed tag at ${lt}`);
    p = lt + m[0].length;
    yield { kind: m[1] ? 'close' : m[3] ? 'empty' : 'open', name: m[2], start: lt, end: p };
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decode XML text into pieces, one per source character or entity, so an
 * offset in the decoded text maps back to a position in the source.
 */
export function decodePieces(xml: string, start: number, end: number, cdata: boolean): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let p = start;
  while (p < end) {
    if (!cdata && xml.charCodeAt(p) === 38 /* & */) {
      const semi = xml.indexOf(';', p);
      if (semi > p && semi < end && semi - p <= 10) {
        const ref = xml.slice(p + 1, semi);
        let ch: string | undefined = NAMED[ref];
        if (ch === undefined && /^#x[0-9a-fA-F]+$/.test(ref)) ch = safeCodePoint(parseInt(ref.slice(2), 16));
        else if (ch === undefined && /^#\d+$/.test(ref)) ch = safeCodePoint(parseInt(ref.slice(1), 10));
        if (ch !== undefined) {
          out.push({ text: ch, start: p, end: semi + 1 });
          p = semi + 1;
          continue;
        }
      }
    }
    const c = xml.charCodeAt(p);
    // Keep surrogate pairs together: an offset never falls between them in block text.
    const len = c >= 0xd800 && c <= 0xdbff && p + 1 < end ? 2 : 1;
    out.push({ text: xml.slice(p, p + len), start: p, end: p + len });
    p += len;
  }
  return out;
}

function safeCodePoint(cp: number): string | undefined {
  return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
}

/** Local name of a qualified name when its prefix is the expected one ('' = unprefixed). */
export function localNameIn(name: string, prefix: string): string | undefined {
  const colon = name.indexOf(':');
  const p = colon < 0 ? '' : name.slice(0, colon);
  if (p !== prefix) return undefined;
  return colon < 0 ? name : name.slice(colon + 1);
}
