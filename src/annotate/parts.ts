/**
 * Small, surgical edits to the package parts that annotating touches
 * besides the body: the comments part, [Content_Types].xml and the main
 * part's relationships. Each edit inserts text and leaves the rest of the
 * part as it was.
 */
import { resolveTarget } from '../document/readers/docx/package.js';
import { escapeXml } from '../io/escape.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_NS_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
export const COMMENTS_REL_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments';
export const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/** The root element's start tag: name, prefix and namespace declarations. */
export function rootElement(xml: string): { start: number; end: number; name: string; selfClosing: boolean; namespaces: Map<string, string> } | undefined {
  const re = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)(\s[^>]*?)?(\/?)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) !== null) {
    // Skip <?xml …?>, comments and DOCTYPE: the regex only matches names, so '<?' and '<!' never match.
    const namespaces = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(/xmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) namespaces.set(a[1] ?? '', a[2] ?? a[3] ?? '');
    return { start: m.index, end: m.index + m[0].length, name: m[1], selfClosing: m[3] === '/', namespaces };
  }
  return undefined;
}

/** The prefix bound to WordprocessingML in a part ('' for the default namespace), or undefined. */
export function wordPrefix(xml: string): string | undefined {
  const root = rootElement(xml);
  if (!root) return undefined;
  for (const [prefix, uri] of root.namespaces) if (uri === W_NS || uri === W_NS_STRICT) return prefix;
  return undefined;
}

/** Whether a part binds the ISO strict namespace (then relationships use the strict types too). */
export function isStrict(xml: string): boolean {
  const root = rootElement(xml);
  return !!root && [...root.namespaces.values()].includes(W_NS_STRICT);
}

/** Qualified name with a prefix ('' = none). */
export function qname(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

/** Insert children at the end of the root element (expanding <root …/> when it is empty). */
export function appendToRoot(xml: string, children: string): string {
  const root = rootElement(xml);
  if (!root) throw new Error('part has no root element');
  if (root.selfClosing) {
    const open = xml.slice(root.start, root.end).replace(/\s*\/>$/, '>');
    return `${xml.slice(0, root.start)}${open}${children}</${root.name}>${xml.slice(root.end)}`;
  }
  const close = xml.lastIndexOf(`</${root.name}`);
  if (close < 0) throw new Error(`part has no closing </${root.name}>`);
  return `${xml.slice(0, close)}${children}${xml.slice(close)}`;
}

/** Ids of w:comment elements (comments part) or comment marks (body), as numbers. */
export function commentIds(xml: string, prefix: string): number[] {
  const p = prefix ? `${prefix}:` : '';
  const ids: number[] = [];
  const re = new RegExp(`<${p}(?:comment|commentRangeStart|commentRangeEnd|commentReference)\\b[^>]*?\\s${p}id\\s*=\\s*["'](-?\\d+)["']`, 'g');
  for (const m of xml.matchAll(re)) ids.push(Number(m[1]));
  return ids;
}

export interface CommentSpec {
  id: number;
  author: string;
  initials: string;
  /** ISO 8601 without milliseconds, e.g. 2024-05-20T00:00:00Z. */
  date: string;
  /** One paragraph each. */
  paragraphs: string[];
}

function commentXml(c: CommentSpec, prefix: string): string {
  const w = (local: string): string => qname(prefix, local);
  const attr = (local: string, value: string): string => ` ${w(local)}="${escapeXml(value)}"`;
  const paras = c.paragraphs.map((text, i) => {
    const ref = i === 0 ? `<${w('r')}><${w('annotationRef')}/></${w('r')}>` : '';
    return `<${w('p')}>${ref}<${w('r')}><${w('t')} xml:space="preserve">${escapeXml(text)}</${w('t')}></${w('r')}></${w('p')}>`;
  });
  return `<${w('comment')}${attr('id', String(c.id))}${attr('author', c.author)}${attr('date', c.date)}${attr('initials', c.initials)}>${paras.join('')}</${w('comment')}>`;
}

/** A comments part holding the given comments: a new one, or the existing one with them appended. */
export function commentsPart(existing: string | undefined, comments: CommentSpec[]): string {
  if (existing !== undefined && rootElement(existing)) {
    const prefix = wordPrefix(existing) ?? 'w';
    return appendToRoot(existing, comments.map((c) => commentXml(c, prefix)).join(''));
  }
  return `${XML_DECL}<w:comments xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${comments.map((c) => commentXml(c, 'w')).join('')}</w:comments>`;
}

/** [Content_Types].xml with an Override for the part, unless one is there already. */
export function ensureOverride(xml: string, partName: string, contentType: string): string {
  const name = partName.startsWith('/') ? partName : `/${partName}`;
  const re = /<(?:\w+:)?Override\b[^>]*\bPartName\s*=\s*["']([^"']+)["']/g;
  for (const m of xml.matchAll(re)) if (m[1].toLowerCase() === name.toLowerCase()) return xml;
  const root = rootElement(xml);
  const prefix = root && root.name.includes(':') ? `${root.name.split(':')[0]}:` : '';
  return appendToRoot(xml, `<${prefix}Override PartName="${escapeXml(name)}" ContentType="${contentType}"/>`);
}

export function newContentTypes(): string {
  return `${XML_DECL}<Types xmlns="${CT_NS}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
}

/** The relationships part of a part: word/document.xml → word/_rels/document.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Find the comments relationship of the main part, or add one. Returns the
 * rels XML (unchanged when the relationship existed) and the comments part name.
 */
export function ensureCommentsRelationship(rels: string | undefined, mainPart: string, strict: boolean): { xml: string; part: string; changed: boolean } {
  const types = [COMMENTS_REL, COMMENTS_REL_STRICT];
  const xml = rels ?? `${XML_DECL}<Relationships xmlns="${REL_NS}"></Relationships>`;
  const relRe = /<(?:\w+:)?Relationship\b([^>]*)>/g;
  const ids = new Set<string>();
  for (const m of xml.matchAll(relRe)) {
    const attrs = m[1];
    const get = (n: string): string | undefined => new RegExp(`\\b${n}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1];
    const id = get('Id');
    if (id) ids.add(id);
    const type = get('Type');
    const target = get('Target');
    if (type && types.includes(type) && target && get('TargetMode') !== 'External') {
      return { xml, part: resolveTarget(mainPart, target.replace(/&amp;/g, '&')), changed: false };
    }
  }
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const root = rootElement(xml);
  const prefix = root && root.name.includes(':') ? `${root.name.split(':')[0]}:` : '';
  const type = strict ? COMMENTS_REL_STRICT : COMMENTS_REL;
  const part = resolveTarget(mainPart, 'comments.xml');
  return { xml: appendToRoot(xml, `<${prefix}Relationship Id="rId${n}" Type="${type}" Target="comments.xml"/>`), part, changed: true };
}
