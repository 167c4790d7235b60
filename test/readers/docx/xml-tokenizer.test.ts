import { describe, expect, it } from 'vitest';
import { CLOSE, END, OPEN, TEXT, XmlTokenizer, decodeEntities } from '../../../src/document/readers/docx/xml-tokenizer.js';
import { isHrssError } from '../../../src/errors.js';

type Event = [string, string, string?];

/** Events as [kind, name-or-text, attrs] with text decoded. */
function events(xml: string, attrNames: string[] = []): Event[] {
  const tok = new XmlTokenizer(xml, 'test.xml', 64);
  const out: Event[] = [];
  while (tok.next() !== END) {
    if (tok.kind === OPEN) {
      const attrs = attrNames.map((a) => `${a}=${tok.attr(a) ?? '∅'}`).join(' ');
      out.push([tok.selfClosing ? 'empty' : 'open', tok.name, attrs]);
    } else if (tok.kind === CLOSE) out.push(['close', tok.name]);
    else if (tok.kind === TEXT) out.push(['text', tok.text()]);
  }
  return out;
}

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isHrssError(e) ? e.code : `raw:${String(e)}`;
  }
  return undefined;
}

describe('XmlTokenizer', () => {
  it('reads elements, self-closing tags, attributes in both quote styles and text', () => {
    expect(events(`<a x="1" y='two'><b/>hi<c  z = "3" /></a>`, ['x', 'y', 'z'])).toEqual([
      ['open', 'a', 'x=1 y=two z=∅'],
      ['empty', 'b', 'x=∅ y=∅ z=∅'],
      ['text', 'hi'],
      ['empty', 'c', 'x=∅ y=∅ z=3'],
      ['close', 'a'],
    ]);
  });

  it('keeps a ">" inside an attribute value and does not confuse attribute names that share a suffix', () => {
    expect(events(`<w:p w14:paraId="AB" w:val="a>b"><w:x ww:val="no" w:val="yes"/></w:p>`, ['w:val', 'w14:paraId'])).toEqual([
      ['open', 'w:p', 'w:val=a>b w14:paraId=AB'],
      ['empty', 'w:x', 'w:val=yes w14:paraId=∅'],
      ['close', 'w:p'],
    ]);
  });

  it('decodes the five predefined entities and character references in text and attributes', () => {
    expect(events(`<a v="&lt;&amp;&quot;&apos;&gt;">&lt;&amp;&gt;&quot;&apos;&#x20BB7;&#20013;</a>`, ['v'])).toEqual([
      ['open', 'a', `v=<&"'>`],
      ['text', `<&>"'𠮷中`],
      ['close', 'a'],
    ]);
  });

  it('leaves unknown entities and stray ampersands literal', () => {
    const s = 'a&nbsp;b & c &#xZZ; &#0; &#x110000;';
    expect(decodeEntities(s, 0, s.length)).toBe(s);
    expect(decodeEntities('[&amp;]', 1, 6)).toBe('&');
  });

  it('returns CDATA verbatim and skips comments and processing instructions', () => {
    expect(events(`<?xml version="1.0"?><!-- c <a> --><a><![CDATA[<b>&amp;</b>]]><?pi x?></a>`)).toEqual([
      ['open', 'a', ''],
      ['text', '<b>&amp;</b>'],
      ['close', 'a'],
    ]);
  });

  it('reports depth so callers can find the matching end tag', () => {
    const tok = new XmlTokenizer('<a><b><c/></b></a>', 't', 10);
    const depths: string[] = [];
    while (tok.next() !== END) depths.push(`${tok.kind === OPEN ? 'o' : 'c'}${tok.name}${tok.depth}`);
    expect(depths).toEqual(['oa1', 'ob2', 'oc3', 'cb1', 'ca0']);
  });

  it('skip() jumps over a whole subtree', () => {
    const tok = new XmlTokenizer('<a><b><c>x</c><b>y</b></b><d/></a>', 't', 10);
    tok.next();
    tok.next(); // <b>
    tok.skip();
    expect(tok.kind).toBe(CLOSE);
    expect(tok.name).toBe('b');
    tok.next();
    expect(tok.name).toBe('d');
  });

  it('ignores a DOCTYPE and never expands the entities it defines', () => {
    const xml = `<!DOCTYPE w [<!ENTITY lol "lollollol"><!ENTITY xxe SYSTEM "file:///etc/passwd"><!-- ] > -->]><a>&lol;&xxe;</a>`;
    const tok = new XmlTokenizer(xml, 't', 10);
    const texts: string[] = [];
    while (tok.next() !== END) if (tok.kind === TEXT) texts.push(tok.text());
    expect(texts).toEqual(['&lol;&xxe;']);
    expect(tok.sawDoctype).toBe(true);
  });

  it('maps the file’s own prefixes (and a default namespace) to the canonical ones', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    expect(events(`<x:document xmlns:x="${W}"><x:p x:val="1"/></x:document>`, ['w:val'])).toEqual([
      ['open', 'w:document', 'w:val=∅'],
      ['empty', 'w:p', 'w:val=1'],
      ['close', 'w:document'],
    ]);
    expect(events(`<document xmlns="${W}" xmlns:w="${W}"><p w:val="2"/></document>`, ['w:val'])).toEqual([
      ['open', 'w:document', 'w:val=∅'],
      ['empty', 'w:p', 'w:val=2'],
      ['close', 'w:document'],
    ]);
    // Strict OOXML uses another namespace URI for the same vocabulary.
    expect(events(`<s:p xmlns:s="http://purl.oclc.org/ooxml/wordprocessingml/main"/>`)).toEqual([['empty', 'w:p', '']]);
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = '<a>'.repeat(65) + '</a>'.repeat(65);
    expect(errorCode(() => events(deep))).toBe('E_LIMIT_XML_DEPTH');
    expect(errorCode(() => events('<a>'.repeat(64) + '</a>'.repeat(64)))).toBeUndefined();
    // A self-closing element counts as one more level.
    expect(errorCode(() => events('<a>'.repeat(64) + '<b/>' + '</a>'.repeat(64)))).toBe('E_LIMIT_XML_DEPTH');
  });

  it.each([
    ['truncated element', '<a><b>'],
    ['truncated tag', '<a><b x="1"'],
    ['unterminated quote', '<a x="1>text</a>'],
    ['mismatched end tag', '<a><b></a></b>'],
    ['stray end tag', '<a></a></b>'],
    ['unterminated comment', '<a><!-- x</a>'],
    ['unterminated CDATA', '<a><![CDATA[x</a>'],
    ['bad markup', '<a><!FOO></a>'],
    ['empty tag name', '<a>< b/></a>'],
  ])('refuses malformed XML: %s', (_name, xml) => {
    expect(errorCode(() => events(xml))).toBe('E_XML_MALFORMED');
  });
});
