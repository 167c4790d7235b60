/**
 * The numbering engine: numbering.xml definitions plus the counters that
 * turn a paragraph's (numId, ilvl) into the label Word prints (第一条, 一、,
 * （一）, 1., （1）). This is what mammoth cannot do: it never reads
 * lvlText, numFmt, start or the overrides.
 *
 * Rules, as Word applies them:
 * - counters belong to the abstract numbering, not to the w:num instance, so
 *   two numIds sharing one abstractNum continue each other;
 * - a w:lvlOverride/w:startOverride restarts its level the first time its
 *   numId is used, and is that numId's start value from then on;
 * - a deeper level restarts when a higher level is used, unless its
 *   w:lvlRestart says otherwise (0 = never; n = only levels 1..n, 1-based);
 * - %1…%9 in lvlText are each rendered in their own level's numFmt, or in
 *   decimal when the current level is w:isLgl;
 * - w:numStyleLink points through a numbering style to the abstractNum that
 *   holds the levels (the one with the matching w:styleLink).
 */
import { CLOSE, END, OPEN, type XmlTokenizer } from './xml-tokenizer.js';
import { intAttr, onOff, readParaProps, type IndentProps, type ParaProps } from './properties.js';
import { formatNumber, isInvisibleFormat, isSupportedCustomFormat } from './number-formats.js';
import type { StyleSheet } from './styles.js';

export interface LevelDef {
  start: number;
  numFmt: string;
  /** The w:format of a custom numFmt. */
  format?: string;
  lvlText?: string;
  isLgl: boolean;
  /** 1-based level after which this level restarts; 0 = never. Absent = after any higher level. */
  restart?: number;
  suff?: string;
  pStyle?: string;
  /** Indentation the level gives its paragraphs (between the style's and the paragraph's own). */
  ind?: IndentProps;
}

export interface AbstractNum {
  id: string;
  levels: Array<LevelDef | undefined>;
  numStyleLink?: string;
  styleLink?: string;
}

export interface LevelOverride {
  start?: number;
  level?: LevelDef;
}

export interface NumInstance {
  numId: number;
  abstractId: string;
  overrides: Map<number, LevelOverride>;
}

const MAX_LEVELS = 9;

export class NumberingDefinitions {
  readonly abstracts = new Map<string, AbstractNum>();
  readonly nums = new Map<number, NumInstance>();

  static empty(): NumberingDefinitions {
    return new NumberingDefinitions();
  }

  /** Definitions read elsewhere (the .doc list tables: LST → abstract, LFO → num); the first of an id wins. */
  static fromDefinitions(abstracts: readonly AbstractNum[], nums: readonly NumInstance[]): NumberingDefinitions {
    const defs = new NumberingDefinitions();
    for (const a of abstracts) if (!defs.abstracts.has(a.id)) defs.abstracts.set(a.id, a);
    for (const n of nums) if (!defs.nums.has(n.numId)) defs.nums.set(n.numId, n);
    return defs;
  }

  static parse(tok: XmlTokenizer): NumberingDefinitions {
    const defs = new NumberingDefinitions();
    while (tok.next() !== END) {
      if (tok.kind !== OPEN) continue;
      if (tok.name === 'w:abstractNum') defs.readAbstract(tok);
      else if (tok.name === 'w:num') defs.readNum(tok);
      else if (tok.name === 'w:numPicBullet') tok.skip();
    }
    return defs;
  }

  private readAbstract(tok: XmlTokenizer): void {
    const abs: AbstractNum = { id: tok.attr('w:abstractNumId') ?? '', levels: [] };
    if (!tok.selfClosing) {
      const stop = tok.depth - 1;
      while (tok.next() !== END) {
        if (tok.kind === CLOSE && tok.depth === stop) break;
        if (tok.kind !== OPEN) continue;
        if (tok.name === 'w:lvl') {
          const ilvl = intAttr(tok, 'w:ilvl') ?? 0;
          const level = readLevel(tok);
          if (ilvl >= 0 && ilvl < MAX_LEVELS && abs.levels[ilvl] === undefined) abs.levels[ilvl] = level;
        } else if (tok.name === 'w:numStyleLink') {
          abs.numStyleLink = tok.attr('w:val');
          tok.skip();
        } else if (tok.name === 'w:styleLink') {
          abs.styleLink = tok.attr('w:val');
          tok.skip();
        } else {
          tok.skip();
        }
      }
    }
    if (!this.abstracts.has(abs.id)) this.abstracts.set(abs.id, abs);
  }

  private readNum(tok: XmlTokenizer): void {
    const numId = intAttr(tok, 'w:numId');
    const num: NumInstance = { numId: numId ?? -1, abstractId: '', overrides: new Map() };
    if (!tok.selfClosing) {
      const stop = tok.depth - 1;
      while (tok.next() !== END) {
        if (tok.kind === CLOSE && tok.depth === stop) break;
        if (tok.kind !== OPEN) continue;
        if (tok.name === 'w:abstractNumId') {
          num.abstractId = tok.attr('w:val') ?? '';
          tok.skip();
        } else if (tok.name === 'w:lvlOverride') {
          const ilvl = intAttr(tok, 'w:ilvl') ?? 0;
          const override = readOverride(tok);
          if (ilvl >= 0 && ilvl < MAX_LEVELS) num.overrides.set(ilvl, override);
        } else {
          tok.skip();
        }
      }
    }
    if (numId !== undefined && !this.nums.has(numId)) this.nums.set(numId, num);
  }
}

function readOverride(tok: XmlTokenizer): LevelOverride {
  const override: LevelOverride = {};
  if (tok.selfClosing) return override;
  const stop = tok.depth - 1;
  while (tok.next() !== END) {
    if (tok.kind === CLOSE && tok.depth === stop) break;
    if (tok.kind !== OPEN) continue;
    if (tok.name === 'w:startOverride') {
      const v = intAttr(tok, 'w:val');
      if (v !== undefined) override.start = v;
      tok.skip();
    } else if (tok.name === 'w:lvl') {
      override.level = readLevel(tok);
    } else {
      tok.skip();
    }
  }
  return override;
}

/**
 * One w:lvl. Word 2010+ wraps custom formats in mc:AlternateContent (a
 * custom numFmt in the Choice, a plain one in the Fallback); the custom one
 * is used only when we can render it.
 */
function readLevel(tok: XmlTokenizer): LevelDef {
  const level: LevelDef = { start: 1, numFmt: 'decimal', isLgl: false };
  if (tok.selfClosing) return level;
  let plain: { fmt: string; format?: string } | undefined;
  let choice: { fmt: string; format?: string } | undefined;
  let fallback: { fmt: string; format?: string } | undefined;
  let where: 'plain' | 'choice' | 'fallback' = 'plain';
  const stop = tok.depth - 1;
  while (tok.next() !== END) {
    if (tok.kind === CLOSE) {
      if (tok.depth === stop) break;
      if (tok.name === 'mc:Choice' || tok.name === 'mc:Fallback') where = 'plain';
      continue;
    }
    if (tok.kind !== OPEN) continue;
    switch (tok.name) {
      case 'w:start': {
        const v = intAttr(tok, 'w:val');
        if (v !== undefined) level.start = v;
        break;
      }
      case 'w:numFmt': {
        const f = { fmt: tok.attr('w:val') ?? 'decimal', format: tok.attr('w:format') };
        if (where === 'choice') choice ??= f;
        else if (where === 'fallback') fallback ??= f;
        else plain ??= f;
        break;
      }
      case 'w:lvlText': {
        const v = tok.attr('w:val');
        if (v !== undefined) level.lvlText = v;
        break;
      }
      case 'w:isLgl':
        level.isLgl = onOff(tok);
        break;
      case 'w:lvlRestart': {
        const v = intAttr(tok, 'w:val');
        if (v !== undefined) level.restart = v;
        break;
      }
      case 'w:suff': {
        const v = tok.attr('w:val');
        if (v !== undefined) level.suff = v;
        break;
      }
      case 'w:pStyle': {
        const v = tok.attr('w:val');
        if (v !== undefined) level.pStyle = v;
        break;
      }
      case 'w:pPr': {
        const props: ParaProps = {};
        readParaProps(tok, props);
        if (props.ind) level.ind = props.ind;
        continue;
      }
      case 'mc:AlternateContent':
        continue;
      case 'mc:Choice':
        if (!tok.selfClosing) where = 'choice';
        continue;
      case 'mc:Fallback':
        if (!tok.selfClosing) where = 'fallback';
        continue;
      default:
        break;
    }
    tok.skip();
  }
  let picked = plain;
  if (choice && (choice.fmt !== 'custom' || isSupportedCustomFormat(choice.format))) picked = choice;
  else if (fallback) picked = fallback;
  else if (choice && !picked) picked = choice;
  if (picked) {
    level.numFmt = picked.fmt;
    if (picked.format !== undefined) level.format = picked.format;
  }
  return level;
}

interface CounterState {
  values: Array<number | undefined>;
}

/** Runs the counters over paragraphs in document order. */
export class NumberingCounter {
  private readonly defs: NumberingDefinitions;
  private readonly styles: StyleSheet;
  private readonly states = new Map<string, CounterState>();
  private readonly usedNums = new Set<number>();

  constructor(defs: NumberingDefinitions, styles: StyleSheet) {
    this.defs = defs;
    this.styles = styles;
  }

  /** The abstractNum that holds the levels for a num, following numStyleLink. */
  private abstractFor(num: NumInstance): AbstractNum | undefined {
    let abs = this.defs.abstracts.get(num.abstractId);
    for (let hops = 0; abs?.numStyleLink !== undefined && hops < 4; hops++) {
      const linkedNumId = this.styles.styleNumId(abs.numStyleLink);
      const linked = linkedNumId !== undefined ? this.defs.nums.get(linkedNumId) : undefined;
      const target = linked ? this.defs.abstracts.get(linked.abstractId) : undefined;
      if (!target || target === abs) break;
      abs = target;
    }
    return abs;
  }

  /** The level a style-numbered paragraph sits at when no ilvl is given: the level whose pStyle is that style. */
  levelForStyle(numId: number, styleIds: string[]): number | undefined {
    const num = this.defs.nums.get(numId);
    const abs = num && this.abstractFor(num);
    if (!abs) return undefined;
    for (const styleId of styleIds) {
      for (let i = 0; i < MAX_LEVELS; i++) if (abs.levels[i]?.pStyle === styleId) return i;
    }
    return undefined;
  }

  /** The level definition a (numId, ilvl) uses, if any. */
  level(numId: number, ilvl: number): LevelDef | undefined {
    const num = this.defs.nums.get(numId);
    const abs = num && this.abstractFor(num);
    return num && abs ? levelOf(num, abs, Math.min(Math.max(ilvl, 0), MAX_LEVELS - 1)) : undefined;
  }

  /**
   * Advance the counters for one numbered paragraph and return its label
   * (trailing whitespace, U+3000 and tabs trimmed), or undefined when the
   * level shows nothing (bullet, none, empty lvlText, unknown numId).
   */
  next(numId: number, ilvl: number): string | undefined {
    const num = this.defs.nums.get(numId);
    if (!num) return undefined;
    const abs = this.abstractFor(num);
    if (!abs) return undefined;
    const lvl = Math.min(Math.max(ilvl, 0), MAX_LEVELS - 1);
    const level = levelOf(num, abs, lvl);
    if (!level) return undefined;

    let state = this.states.get(abs.id);
    if (!state) {
      state = { values: [] };
      this.states.set(abs.id, state);
    }
    const values = state.values;
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      for (const [i, o] of num.overrides) if (o.start !== undefined) values[i] = undefined;
    }
    const current = values[lvl];
    values[lvl] = current === undefined ? startOf(num, abs, lvl) : current + 1;
    for (let j = lvl + 1; j < MAX_LEVELS; j++) {
      const restart = levelOf(num, abs, j)?.restart;
      if (restart === 0) continue;
      if (lvl < (restart ?? j)) values[j] = undefined;
    }

    if (level.numFmt === 'bullet' || level.lvlText === undefined) return undefined;
    let label = '';
    for (const part of template(level)) {
      if (typeof part === 'string') {
        label += part;
        continue;
      }
      if (part > lvl) continue;
      const lj = levelOf(num, abs, part);
      const fmt = lj?.numFmt ?? 'decimal';
      if (isInvisibleFormat(fmt)) continue;
      const value = values[part] ?? startOf(num, abs, part);
      label += level.isLgl ? String(value) : formatNumber(value, fmt, lj?.format);
    }
    // trimEnd, not /\s+$/: the regex backtracks quadratically on a long run of spaces that is not at the end.
    const trimmed = label.trimEnd();
    return trimmed === '' ? undefined : trimmed;
  }
}

function levelOf(num: NumInstance, abs: AbstractNum, i: number): LevelDef | undefined {
  return num.overrides.get(i)?.level ?? abs.levels[i];
}

function startOf(num: NumInstance, abs: AbstractNum, i: number): number {
  return num.overrides.get(i)?.start ?? levelOf(num, abs, i)?.start ?? 1;
}

const templates = new WeakMap<LevelDef, Array<string | number>>();

/** lvlText split into literal text and 0-based level references (%1 → 0), parsed once per level. */
function template(level: LevelDef): Array<string | number> {
  let parts = templates.get(level);
  if (parts) return parts;
  parts = [];
  const text = level.lvlText ?? '';
  const re = /%([1-9])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(Number(m[1]) - 1);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  templates.set(level, parts);
  return parts;
}
