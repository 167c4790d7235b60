/**
 * styles.xml: style names, the basedOn chain, and the inherited properties
 * the auditor uses (heading level, alignment, size, bold, indent, numbering).
 * Built-in style names are always English in the file ("heading 1",
 * "Title") whatever language Word's interface shows; custom ones are
 * usually Chinese ("公文标题").
 */
import { CLOSE, END, OPEN, type XmlTokenizer } from './xml-tokenizer.js';
import { readParaProps, readRunProps, type IndentProps, type ParaProps, type RunProps } from './properties.js';

/** One style as the file defines it; the .doc reader builds these from its own style sheet. */
export interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  isDefault: boolean;
  p: ParaProps;
  r: RunProps;
}

/** A paragraph style with its basedOn chain folded in. */
export interface ResolvedParagraphStyle {
  id?: string;
  name?: string;
  numId?: number;
  ilvl?: number;
  outlineLvl?: number;
  /** Heading level implied by a built-in name ("heading 2" → 2, "Title" → 1). */
  nameHeadingLevel?: number;
  jc?: string;
  ind?: IndentProps;
  pageBreakBefore?: boolean;
  /** Half-points. */
  sz?: number;
  b?: boolean;
  /** Style ids in the chain, most specific first. */
  chain: string[];
}

const MAX_CHAIN = 32;

export class StyleSheet {
  private readonly byId = new Map<string, StyleDef>();
  private defaultParagraphId?: string;
  private defaultRun: RunProps = {};
  private defaultPara: ParaProps = {};
  private readonly paragraphCache = new Map<string, ResolvedParagraphStyle>();
  private readonly characterCache = new Map<string, RunProps>();

  static empty(): StyleSheet {
    return new StyleSheet();
  }

  /** A style sheet from definitions read elsewhere (the .doc style sheet), with the same resolution rules. */
  static fromDefinitions(styles: readonly StyleDef[], defaults: { run?: RunProps; para?: ParaProps } = {}): StyleSheet {
    const sheet = new StyleSheet();
    for (const style of styles) sheet.define(style);
    if (defaults.run) sheet.defaultRun = { ...defaults.run };
    if (defaults.para) sheet.defaultPara = { ...defaults.para };
    return sheet;
  }

  static parse(tok: XmlTokenizer): StyleSheet {
    const sheet = new StyleSheet();
    while (tok.next() !== END) {
      if (tok.kind !== OPEN) continue;
      if (tok.name === 'w:style') sheet.readStyle(tok);
      else if (tok.name === 'w:rPrDefault') sheet.readDefaults(tok, 'r');
      else if (tok.name === 'w:pPrDefault') sheet.readDefaults(tok, 'p');
      else if (tok.name === 'w:latentStyles') tok.skip();
    }
    return sheet;
  }

  private readDefaults(tok: XmlTokenizer, which: 'r' | 'p'): void {
    if (tok.selfClosing) return;
    const stop = tok.depth - 1;
    while (tok.next() !== END) {
      if (tok.kind === CLOSE && tok.depth === stop) return;
      if (tok.kind !== OPEN) continue;
      if (which === 'r' && tok.name === 'w:rPr') readRunProps(tok, this.defaultRun);
      else if (which === 'p' && tok.name === 'w:pPr') readParaProps(tok, this.defaultPara);
      else tok.skip();
    }
  }

  private readStyle(tok: XmlTokenizer): void {
    const id = tok.attr('w:styleId') ?? '';
    const type = tok.attr('w:type') ?? 'paragraph';
    const def = tok.attr('w:default');
    const style: StyleDef = { id, type, isDefault: def === '1' || def === 'true' || def === 'on', p: {}, r: {} };
    if (!tok.selfClosing) {
      const stop = tok.depth - 1;
      while (tok.next() !== END) {
        if (tok.kind === CLOSE && tok.depth === stop) break;
        if (tok.kind !== OPEN) continue;
        switch (tok.name) {
          case 'w:name': {
            const v = tok.attr('w:val');
            if (v !== undefined) style.name = v;
            tok.skip();
            break;
          }
          case 'w:basedOn': {
            const v = tok.attr('w:val');
            if (v !== undefined && v !== id) style.basedOn = v;
            tok.skip();
            break;
          }
          case 'w:pPr':
            readParaProps(tok, style.p);
            break;
          case 'w:rPr':
            readRunProps(tok, style.r);
            break;
          default:
            tok.skip();
        }
      }
    }
    this.define(style);
  }

  private define(style: StyleDef): void {
    // The first definition wins, as in Word.
    if (style.id !== '' && !this.byId.has(style.id)) this.byId.set(style.id, style);
    if (style.isDefault && style.type === 'paragraph' && this.defaultParagraphId === undefined) this.defaultParagraphId = style.id;
  }

  name(styleId: string): string | undefined {
    return this.byId.get(styleId)?.name;
  }

  /** Numbering properties a (numbering) style declares directly; used for numStyleLink. */
  styleNumId(styleId: string): number | undefined {
    return this.byId.get(styleId)?.p.numId;
  }

  /** The paragraph style for a styleId, or the default paragraph style when absent or unknown. */
  paragraph(styleId: string | undefined): ResolvedParagraphStyle {
    let id = styleId !== undefined && this.byId.has(styleId) ? styleId : this.defaultParagraphId;
    const key = id ?? '';
    const cached = this.paragraphCache.get(key);
    if (cached) return cached;
    const resolved: ResolvedParagraphStyle = { chain: [] };
    if (id !== undefined) resolved.id = id;
    const seen = new Set<string>();
    while (id !== undefined && !seen.has(id) && seen.size < MAX_CHAIN) {
      seen.add(id);
      const s = this.byId.get(id);
      if (!s) break;
      resolved.chain.push(id);
      if (resolved.name === undefined && s.name !== undefined) resolved.name = s.name;
      if (resolved.nameHeadingLevel === undefined && s.name !== undefined) {
        const level = headingLevelFromName(s.name);
        if (level !== undefined) resolved.nameHeadingLevel = level;
      }
      const p = s.p;
      if (resolved.numId === undefined && p.numId !== undefined) resolved.numId = p.numId;
      if (resolved.ilvl === undefined && p.ilvl !== undefined) resolved.ilvl = p.ilvl;
      if (resolved.outlineLvl === undefined && p.outlineLvl !== undefined) resolved.outlineLvl = p.outlineLvl;
      if (resolved.jc === undefined && p.jc !== undefined) resolved.jc = p.jc;
      if (resolved.ind === undefined && p.ind !== undefined) resolved.ind = p.ind;
      if (resolved.pageBreakBefore === undefined && p.pageBreakBefore !== undefined) resolved.pageBreakBefore = p.pageBreakBefore;
      if (resolved.sz === undefined && s.r.sz !== undefined) resolved.sz = s.r.sz;
      if (resolved.b === undefined && s.r.b !== undefined) resolved.b = s.r.b;
      id = s.basedOn;
    }
    const dp = this.defaultPara;
    if (resolved.jc === undefined && dp.jc !== undefined) resolved.jc = dp.jc;
    if (resolved.ind === undefined && dp.ind !== undefined) resolved.ind = dp.ind;
    if (resolved.sz === undefined && this.defaultRun.sz !== undefined) resolved.sz = this.defaultRun.sz;
    if (resolved.b === undefined && this.defaultRun.b !== undefined) resolved.b = this.defaultRun.b;
    this.paragraphCache.set(key, resolved);
    return resolved;
  }

  /** Size and bold a character style (with its chain) gives. */
  character(styleId: string): RunProps {
    const cached = this.characterCache.get(styleId);
    if (cached) return cached;
    const out: RunProps = {};
    const seen = new Set<string>();
    let id: string | undefined = styleId;
    while (id !== undefined && !seen.has(id) && seen.size < MAX_CHAIN) {
      seen.add(id);
      const s = this.byId.get(id);
      if (!s) break;
      if (out.sz === undefined && s.r.sz !== undefined) out.sz = s.r.sz;
      if (out.b === undefined && s.r.b !== undefined) out.b = s.r.b;
      id = s.basedOn;
    }
    this.characterCache.set(styleId, out);
    return out;
  }
}

/** "heading 1".."heading 9" (any case and spacing), "标题 1" (some WPS files), "Title". */
export function headingLevelFromName(name: string): number | undefined {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  if (m) return Number(m[1]);
  if (/^title$/i.test(name.trim())) return 1;
  return undefined;
}
