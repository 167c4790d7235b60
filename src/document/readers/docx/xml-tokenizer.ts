/**
 * A small pull tokenizer for the XML that Word, WPS and LibreOffice write.
 * It is hand-written (indexOf plus short character loops) because the
 * general-purpose parsers are 3–20× slower on multi-megabyte document.xml
 * files, and OOXML needs very little of XML: elements, attributes, text,
 * CDATA, the five predefined entities and character references.
 *
 * Safety: a DOCTYPE is skipped, never interpreted, so entity definitions are
 * never expanded (no "billion laughs", no external entities); an unknown
 * entity reference stays in the text literally. Nesting deeper than
 * limits.maxXmlDepth is refused.
 *
 * Names are reported with canonical prefixes (w:, w14:, mc:, r:, v:, wps:)
 * whatever prefixes the file binds to those namespaces, so the rest of the
 * reader can compare names as plain strings. Only declarations on the root
 * element are considered, which is where every known producer puts them.
 */
import { HrssError } from '../../../errors.js';

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;

const KNOWN_NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
};

/** The rest of a start tag after its name: attributes (quoted values may hold '>') up to the closing '>'. */
const TAG_REST = /[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/y;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

export class XmlTokenizer {
  readonly src: string;
  /** Part name, for messages. */
  readonly part: string;
  private readonly maxDepth: number;
  private pos = 0;
  private readonly stack: string[] = [];

  /** Kind of the current token: OPEN, CLOSE, TEXT or END. */
  kind = END;
  /** Canonical qualified name of the current OPEN/CLOSE token. */
  name = '';
  /** UTF-16 range of the current token in src ('<' up to and including '>'; or the text run). */
  start = 0;
  end = 0;
  /** Raw attribute text of the current OPEN token. */
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;
  /** The current TEXT token is a CDATA section (no entity decoding). */
  cdata = false;
  /**
   * Open elements after this token: for OPEN it counts the element itself
   * (also when self-closing), for CLOSE it no longer does. So an element
   * opened at depth d has children opened at d+1 and closes at d-1.
   */
  depth = 0;
  /** A DOCTYPE was present (and ignored). */
  sawDoctype = false;

  private rootSeen = false;
  /** Actual prefix → canonical prefix, only when they differ. */
  private toCanonical: Map<string, string> | null = null;
  /** Canonical prefix → actual prefix, for attribute lookups. */
  private toActual: Map<string, string> | null = null;

  /** What the XML belongs to, in messages: ".docx", "OFD". */
  private readonly label: string;

  constructor(src: string, part: string, maxDepth: number, label = '.docx') {
    this.label = label;
    this.src = src;
    this.part = part;
    this.maxDepth = maxDepth;
  }

  malformed(detail: string): HrssError {
    return new HrssError('E_XML_MALFORMED', `${this.label} 内部的 XML 结构损坏（${this.part}，第 ${this.pos} 个字符附近：${detail}）`);
  }

  next(): number {
    const s = this.src;
    const len = s.length;
    for (;;) {
      const p = this.pos;
      if (p >= len) {
        if (this.stack.length > 0) throw this.malformed(`元素 <${this.stack[this.stack.length - 1]}> 没有结束，文件可能被截断`);
        this.kind = END;
        this.depth = 0;
        return END;
      }
      if (s.charCodeAt(p) !== 60) {
        let lt = s.indexOf('<', p);
        if (lt === -1) lt = len;
        this.kind = TEXT;
        this.cdata = false;
        this.start = p;
        this.end = lt;
        this.pos = lt;
        return TEXT;
      }
      const c1 = s.charCodeAt(p + 1);
      if (c1 === 47) return this.closeTag(p);
      if (c1 === 33) {
        if (s.startsWith('<!--', p)) {
          const e = s.indexOf('-->', p + 4);
          if (e === -1) throw this.malformed('注释没有结束');
          this.pos = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', p)) {
          const e = s.indexOf(']]>', p + 9);
          if (e === -1) throw this.malformed('CDATA 没有结束');
          this.kind = TEXT;
          this.cdata = true;
          this.start = p + 9;
          this.end = e;
          this.pos = e + 3;
          return TEXT;
        }
        if (s.startsWith('<!DOCTYPE', p)) {
          this.pos = this.skipDoctype(p);
          this.sawDoctype = true;
          continue;
        }
        throw this.malformed('无法识别的标记');
      }
      if (c1 === 63) {
        const e = s.indexOf('?>', p + 2);
        if (e === -1) throw this.malformed('处理指令没有结束');
        this.pos = e + 2;
        continue;
      }
      return this.openTag(p);
    }
  }

  private openTag(p: number): number {
    const s = this.src;
    const len = s.length;
    let q = p + 1;
    while (q < len) {
      const c = s.charCodeAt(q);
      if (c === 62 || c === 47 || isSpace(c)) break;
      q++;
    }
    if (q === p + 1 || q >= len) throw this.malformed('标签不完整');
    const rawName = s.slice(p + 1, q);
    // Find the closing '>' outside quoted attribute values (a '>' inside a value is legal XML).
    TAG_REST.lastIndex = q;
    if (!TAG_REST.test(s)) throw this.malformed(`标签 <${rawName}> 没有结束或属性引号没有结束`);
    const gt = TAG_REST.lastIndex - 1;
    const selfClosing = s.charCodeAt(gt - 1) === 47 && gt - 1 >= q;
    this.kind = OPEN;
    this.start = p;
    this.end = gt + 1;
    this.attrStart = q;
    this.attrEnd = selfClosing ? gt - 1 : gt;
    this.selfClosing = selfClosing;
    this.pos = gt + 1;
    if (!this.rootSeen) {
      this.rootSeen = true;
      this.readNamespaces();
    }
    this.name = this.toCanonical ? this.canonical(rawName) : rawName;
    const depth = this.stack.length + 1;
    if (depth > this.maxDepth) {
      throw new HrssError('E_LIMIT_XML_DEPTH', `${this.label} 内部 XML 嵌套超过 ${this.maxDepth} 层（${this.part}），疑似恶意文件`);
    }
    if (!selfClosing) this.stack.push(rawName);
    this.depth = depth;
    return OPEN;
  }

  private closeTag(p: number): number {
    const s = this.src;
    const gt = s.indexOf('>', p + 2);
    if (gt === -1) throw this.malformed('结束标签不完整');
    let rawName = s.slice(p + 2, gt);
    if (rawName.length > 0 && isSpace(rawName.charCodeAt(rawName.length - 1))) rawName = rawName.trimEnd();
    const open = this.stack.pop();
    if (open !== rawName) {
      throw this.malformed(open === undefined ? `多余的结束标签 </${rawName}>` : `结束标签 </${rawName}> 与开始标签 <${open}> 不匹配`);
    }
    this.kind = CLOSE;
    this.name = this.toCanonical ? this.canonical(rawName) : rawName;
    this.start = p;
    this.end = gt + 1;
    this.pos = gt + 1;
    this.depth = this.stack.length;
    this.selfClosing = false;
    return CLOSE;
  }

  /** Skip a DOCTYPE, including an internal subset, without interpreting it. */
  private skipDoctype(p: number): number {
    const s = this.src;
    let i = p + 9;
    let inSubset = false;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 34 || c === 39) {
        const e = s.indexOf(s[i], i + 1);
        if (e === -1) break;
        i = e + 1;
        continue;
      }
      if (inSubset && c === 60 && s.startsWith('<!--', i)) {
        const e = s.indexOf('-->', i + 4);
        if (e === -1) break;
        i = e + 3;
        continue;
      }
      if (c === 91) inSubset = true;
      else if (c === 93) inSubset = false;
      else if (c === 62 && !inSubset) return i + 1;
      i++;
    }
    throw this.malformed('DOCTYPE 没有结束');
  }

  private readNamespaces(): void {
    const raw = this.src.slice(this.attrStart, this.attrEnd);
    const re = /xmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    let m: RegExpExecArray | null;
    let toCanonical: Map<string, string> | null = null;
    let toActual: Map<string, string> | null = null;
    while ((m = re.exec(raw))) {
      const prefix = m[1] ?? '';
      const uri = m[2] ?? m[3] ?? '';
      const canonical = KNOWN_NAMESPACES[uri];
      if (canonical === undefined || canonical === prefix) continue;
      (toCanonical ??= new Map()).set(prefix, canonical);
      if (prefix !== '') (toActual ??= new Map()).set(canonical, prefix);
    }
    this.toCanonical = toCanonical;
    this.toActual = toActual;
  }

  private canonical(raw: string): string {
    const colon = raw.indexOf(':');
    if (colon === -1) {
      const c = this.toCanonical!.get('');
      return c === undefined ? raw : `${c}:${raw}`;
    }
    const c = this.toCanonical!.get(raw.slice(0, colon));
    return c === undefined ? raw : c + raw.slice(colon);
  }

  /** Value of an attribute of the current OPEN token (canonical qualified name), entities decoded. */
  attr(name: string): string | undefined {
    if (this.attrStart === this.attrEnd) return undefined;
    if (this.toActual) {
      const colon = name.indexOf(':');
      if (colon > 0) {
        const actual = this.toActual.get(name.slice(0, colon));
        if (actual !== undefined) {
          const v = this.findAttr(`${actual}${name.slice(colon)}`);
          if (v !== undefined) return v;
        }
      }
    }
    const v = this.findAttr(name);
    if (v !== undefined || !this.toCanonical) return v;
    // Files that bind WordprocessingML as the default namespace sometimes drop the prefix on attributes too.
    const colon = name.indexOf(':');
    return colon > 0 ? this.findAttr(name.slice(colon + 1)) : undefined;
  }

  private findAttr(name: string): string | undefined {
    // Search only inside this tag: indexOf on the whole source would run to
    // the end of the document for every absent attribute.
    const raw = this.src.slice(this.attrStart, this.attrEnd);
    const e = raw.length;
    let i = raw.indexOf(name);
    while (i !== -1) {
      if (i > 0 && isSpace(raw.charCodeAt(i - 1))) {
        let j = i + name.length;
        while (j < e && isSpace(raw.charCodeAt(j))) j++;
        if (raw.charCodeAt(j) === 61) {
          j++;
          while (j < e && isSpace(raw.charCodeAt(j))) j++;
          const q = raw.charCodeAt(j);
          if (q === 34 || q === 39) {
            const close = raw.indexOf(q === 34 ? '"' : "'", j + 1);
            if (close === -1) return undefined;
            return decodeEntities(raw, j + 1, close);
          }
        }
      }
      i = raw.indexOf(name, i + name.length);
    }
    return undefined;
  }

  /** Decoded value of the current TEXT token. */
  text(): string {
    return this.cdata ? this.src.slice(this.start, this.end) : decodeEntities(this.src, this.start, this.end);
  }

  /**
   * After an OPEN token, consume everything up to and including its CLOSE,
   * still checking nesting and depth. Nothing to do for a self-closing tag.
   */
  skip(): void {
    if (this.kind !== OPEN || this.selfClosing) return;
    const stop = this.depth - 1;
    // A quick scan would be faster, but going through next() keeps the
    // well-formedness and depth checks in one place.
    while (this.next() !== END) {
      if ((this.kind as number) === CLOSE && this.depth === stop) return;
    }
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decode the predefined entities and character references in src[start, end). Anything else stays literal. */
export function decodeEntities(src: string, start: number, end: number): string {
  // Slice first: indexOf on the whole source would scan far past `end` when there is no '&'.
  const s = src.slice(start, end);
  let amp = s.indexOf('&');
  if (amp === -1) return s;
  let out = '';
  let p = 0;
  while (amp !== -1) {
    out += s.slice(p, amp);
    const semi = s.indexOf(';', amp + 1);
    let ch: string | undefined;
    if (semi !== -1 && semi - amp <= 12) ch = resolveReference(s.slice(amp + 1, semi));
    if (ch === undefined) {
      out += '&';
      p = amp + 1;
    } else {
      out += ch;
      p = semi + 1;
    }
    amp = s.indexOf('&', p);
  }
  return out + s.slice(p);
}

function resolveReference(ref: string): string | undefined {
  if (ref.charCodeAt(0) === 35) {
    const hex = ref.charCodeAt(1) === 120 || ref.charCodeAt(1) === 88;
    const digits = hex ? ref.slice(2) : ref.slice(1);
    if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
    const cp = parseInt(digits, hex ? 16 : 10);
    if (cp === 0 || cp > 0x10ffff) return undefined;
    return String.fromCodePoint(cp);
  }
  return PREDEFINED[ref];
}
