/**
 * The literal strings a regular expression cannot match without: a prefilter that lets a detector skip a text in
 * which its pattern cannot match, before V8 compiles the pattern. Compiling is what a pattern costs the first time
 * it runs (0.1–1 ms each for the long Chinese patterns of the clause analysis and the term lists, 27 ms for the
 * clause detectors alone), and a short document meets most of them in no sentence they could match.
 *
 * The analysis is conservative by construction: it returns strings only where every match of the pattern (or a
 * positive lookaround of it, whose text lies in the searched text as well) contains one of them, and `undefined`
 * wherever it is unsure (negated classes, `.`, backreferences, case folding, syntax it does not know). A text
 * without any of the strings therefore has no match, and skipping it changes no result.
 *
 * Reading a pattern costs about what compiling it does, so the build reads the patterns a training run meets and
 * stores what it found (dist/bundle/required-literals.json, written by `saveLiteralTable`); a process reads the
 * table once and reads only patterns the table lacks (a legal office's own term lists) itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import { PACKAGE_ROOT } from '../package-info.js';

/** What a piece of a pattern tells: the exact strings it can consume (when few), and strings the text must contain. */
interface Facts {
  /** Every string the piece can consume, when there are at most `MAX_EXACT`; `''` among them when it can consume nothing. */
  exact?: string[];
  /** Strings one of which the searched text contains wherever the piece matches; `undefined`: none known. */
  needs?: string[];
}

const MAX_EXACT = 64;
const MAX_CLASS = 16;
const ANY: Facts = {};
const EMPTY: Facts = { exact: [''] };

class Unsupported extends Error {}

const SYNTAX = new Set([...'\\^$.|?*+()[]{}']);
const QUANTIFIER = new Set([...'?*+{']);
const isHighSurrogate = (c: string): boolean => c >= '\uD800' && c <= '\uDBFF';
const isLowSurrogate = (c: string): boolean => c >= '\uDC00' && c <= '\uDFFF';

/** Keep only strings that contain no other member: a text containing the longer one contains the shorter. */
function minimal(strings: Iterable<string>): string[] {
  const unique = [...new Set(strings)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of unique) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** How likely a sentence is to contain one of the strings, roughly: single characters are common, words are not. */
function looseness(strings: readonly string[]): number {
  let p = 0;
  for (const s of strings) p += s.length === 1 ? 0.3 : s.length === 2 ? 0.03 : 0.005;
  return p;
}

function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  return looseness(b) < looseness(a) ? b : a;
}

/** A set of exact strings as a requirement: none when the piece can consume nothing. */
function needsOf(exact: string[]): string[] | undefined {
  return exact.includes('') ? undefined : exact;
}

function product(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length === 1 && b.length === 1) return [a[0] + b[0]];
  if (a.length * b.length > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Facts {
    const facts = this.disjunction();
    if (this.at !== this.source.length) throw new Unsupported();
    return facts;
  }

  private peek(): string {
    return this.source[this.at] ?? '';
  }

  private disjunction(): Facts {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.alternative());
    }
    if (branches.length === 1) return branches[0];
    let exact: string[] | undefined = [];
    let needs: string[] | undefined = [];
    for (const b of branches) {
      if (exact && b.exact && exact.length + b.exact.length <= MAX_EXACT) for (const e of b.exact) exact.push(e);
      else exact = undefined;
      if (needs && b.needs) for (const n of b.needs) needs.push(n);
      else needs = undefined;
    }
    return { exact, needs };
  }

  private alternative(): Facts {
    let run: string[] = [''];
    let whole = true;
    let needs: string[] | undefined;
    const flush = (): void => {
      needs = better(needs, needsOf(run));
      run = [''];
    };
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const term = this.term();
      needs = better(needs, term.needs);
      if (!term.exact) {
        whole = false;
        flush();
        continue;
      }
      const next = product(run, term.exact);
      if (next) run = next;
      else {
        whole = false;
        flush();
        run = term.exact;
      }
    }
    const exact = whole ? run : undefined;
    flush();
    return { exact, needs };
  }

  private term(): Facts {
    const word = this.word();
    if (word) return { exact: [word] };
    const c = this.peek();
    if (c === '^' || c === '$') {
      this.at++;
      return EMPTY;
    }
    if (c === '\\' && (this.source[this.at + 1] === 'b' || this.source[this.at + 1] === 'B')) {
      this.at += 2;
      return EMPTY;
    }
    if (this.source.startsWith('(?=', this.at) || this.source.startsWith('(?<=', this.at)) {
      this.at += this.source.startsWith('(?=', this.at) ? 3 : 4;
      const inner = this.disjunction();
      this.close();
      return { exact: [''], needs: inner.needs ?? (inner.exact && needsOf(inner.exact)) };
    }
    if (this.source.startsWith('(?!', this.at) || this.source.startsWith('(?<!', this.at)) {
      this.at += this.source.startsWith('(?!', this.at) ? 3 : 4;
      this.disjunction();
      this.close();
      return EMPTY;
    }
    return this.quantified(this.atom());
  }

  /** A run of plain characters none of which a quantifier follows, read at once (most of a Chinese pattern). */
  private word(): string {
    const from = this.at;
    let end = from;
    while (end < this.source.length && !SYNTAX.has(this.source[end])) end++;
    // The last character belongs to a quantifier that follows it.
    if (end < this.source.length && QUANTIFIER.has(this.source[end])) end--;
    if (end > from && isHighSurrogate(this.source[end - 1])) end--;
    this.at = Math.max(from, end);
    return this.source.slice(from, this.at);
  }

  private close(): void {
    if (this.peek() !== ')') throw new Unsupported();
    this.at++;
  }

  private atom(): Facts {
    const c = this.peek();
    if (c === '(') {
      if (this.source.startsWith('(?:', this.at)) this.at += 3;
      else if (this.source.startsWith('(?<', this.at)) {
        const end = this.source.indexOf('>', this.at);
        if (end < 0) throw new Unsupported();
        this.at = end + 1;
      } else if (this.source.startsWith('(?', this.at)) throw new Unsupported();
      else this.at++;
      const inner = this.disjunction();
      this.close();
      return inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '.') {
      this.at++;
      return ANY;
    }
    if (c === '\\') return this.escape();
    if ('*+?{'.includes(c) || c === ')' || c === ']' || c === '}') throw new Unsupported();
    // An astral character is one atom in a `u` pattern: a quantifier after it applies to both halves.
    const width = isHighSurrogate(c) ? 2 : 1;
    this.at += width;
    return { exact: [this.source.slice(this.at - width, this.at)] };
  }

  /** An escape outside a class: a literal character, or a class of characters this analysis does not enumerate. */
  private escape(): Facts {
    const literal = this.escapedCharacter();
    if (literal === undefined) return ANY;
    return { exact: literal };
  }

  /** The characters an escape stands for, when few; `undefined` for wide classes (\s, \w, \p{…}, \D…). */
  private escapedCharacter(): string[] | undefined {
    const next = this.source[this.at + 1];
    if (next === undefined) throw new Unsupported();
    this.at += 2;
    if (next === 'd') return [...'0123456789'];
    if ('sSwWDpP'.includes(next)) {
      if ((next === 'p' || next === 'P') && this.peek() === '{') this.at = this.source.indexOf('}', this.at) + 1;
      return undefined;
    }
    if (/[1-9k]/u.test(next)) throw new Unsupported();
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (next in simple) return [simple[next]];
    if (next === 'u' || next === 'x') {
      const braced = next === 'u' && this.peek() === '{';
      const hex = braced ? this.source.slice(this.at + 1, this.source.indexOf('}', this.at)) : this.source.slice(this.at, this.at + (next === 'u' ? 4 : 2));
      if (!/^[0-9a-fA-F]+$/u.test(hex)) throw new Unsupported();
      this.at += braced ? hex.length + 2 : hex.length;
      const cp = Number.parseInt(hex, 16);
      // Escaped halves of a pair would make one character of two atoms.
      if (cp >= 0xd800 && cp <= 0xdfff) throw new Unsupported();
      return [String.fromCodePoint(cp)];
    }
    if (/[a-zA-Z]/u.test(next)) throw new Unsupported();
    return [next];
  }

  private characterClass(): Facts {
    this.at++;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const members = new Set<string>();
    let wide = false;
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new Unsupported();
      const from = this.classMember();
      if (this.peek() === '-' && this.source[this.at + 1] !== ']') {
        this.at++;
        const to = this.classMember();
        if (!from || !to || from.length !== 1 || to.length !== 1) {
          wide = true;
          continue;
        }
        const a = from[0].codePointAt(0) ?? 0;
        const b = to[0].codePointAt(0) ?? 0;
        if (b - a >= MAX_CLASS || a > 0xffff || b > 0xffff) wide = true;
        else for (let cp = a; cp <= b; cp++) members.add(String.fromCodePoint(cp));
        continue;
      }
      if (!from) wide = true;
      else for (const m of from) members.add(m);
    }
    this.at++;
    if (negated || wide || members.size > MAX_CLASS || members.size === 0) return ANY;
    return { exact: [...members] };
  }

  private classMember(): string[] | undefined {
    const c = this.peek();
    if (c === '\\') {
      if (this.source[this.at + 1] === 'b') {
        this.at += 2;
        return ['\b'];
      }
      if (this.source[this.at + 1] === '-') {
        this.at += 2;
        return ['-'];
      }
      return this.escapedCharacter();
    }
    // An astral character or range in a `u` class: left unread (a wide class).
    this.at++;
    return isHighSurrogate(c) || isLowSurrogate(c) ? undefined : [c];
  }

  private quantified(atom: Facts): Facts {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.at));
      if (!m) throw new Unsupported();
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return atom;
    if (this.peek() === '?') this.at++;
    const needs = min >= 1 ? atom.needs : undefined;
    if (!atom.exact || max === Infinity) return { needs: needs ?? (min >= 1 && atom.exact ? needsOf(atom.exact) : undefined) };
    let exact: string[] | undefined = [''];
    let all = min === 0 ? [''] : [];
    for (let n = 1; n <= max && exact; n++) {
      exact = product(exact, atom.exact);
      if (exact && n >= min) all = [...all, ...exact];
    }
    if (!exact || all.length > MAX_EXACT) return { needs: needs ?? (min >= 1 ? needsOf(atom.exact) : undefined) };
    return { exact: [...new Set(all)], needs };
  }
}

/**
 * Strings one of which every text the pattern matches in contains, or `undefined` when the pattern promises none
 * (or uses syntax or flags this analysis does not read: it then never filters).
 */
export function requiredLiterals(source: string, flags = ''): readonly string[] | undefined {
  if (/[ivx]/u.test(flags)) return undefined;
  try {
    const facts = new Parser(source).parse();
    const needs = better(facts.needs, facts.exact && needsOf(facts.exact));
    return needs && minimal(needs);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Whether the text contains one of the required strings (always, when there are none). */
export function mayContainMatch(text: string, required: readonly string[] | undefined): boolean {
  if (!required) return true;
  for (const s of required) if (text.includes(s)) return true;
  return false;
}

export const LITERAL_TABLE_PATH = join(PACKAGE_ROOT, 'dist', 'bundle', 'required-literals.json');

/**
 * Flags → source → the strings required (`null`: none known). Keyed by the source itself, with no key built per
 * call: the detectors look their pattern up for every sentence, and a key joined each time would be hashed anew.
 */
let table: Map<string, Map<string, readonly string[] | null>> | undefined;

function loadTable(): Map<string, Map<string, readonly string[] | null>> {
  const out = new Map<string, Map<string, readonly string[] | null>>();
  try {
    const stored: unknown = JSON.parse(readFileSync(LITERAL_TABLE_PATH, 'utf8'));
    if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
      for (const [key, needs] of Object.entries(stored as Record<string, string[] | null>)) {
        const slash = key.indexOf('/');
        const flags = key.slice(0, slash);
        if (!out.has(flags)) out.set(flags, new Map());
        out.get(flags)!.set(key.slice(slash + 1), needs);
      }
    }
  } catch {
    // No build table (run from source before a build, or an installation without one): every pattern is read here.
  }
  return out;
}

/** `requiredLiterals`, read once per pattern and process, from the build's table where it has the pattern. */
export function literalsOf(source: string, flags: string): readonly string[] | undefined {
  table ??= loadTable();
  let sources = table.get(flags);
  if (!sources) table.set(flags, (sources = new Map()));
  const known = sources.get(source);
  if (known !== undefined) return known ?? undefined;
  const found = requiredLiterals(source, flags);
  sources.set(source, found ?? null);
  return found;
}

/** Store every pattern read in this process (the build's training run) for later processes. */
export async function saveLiteralTable(path = LITERAL_TABLE_PATH): Promise<void> {
  const entries = [...(table ?? [])]
    .flatMap(([flags, sources]) => [...sources].map(([source, needs]) => [`${flags}/${source}`, needs] as const))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  await writeFileAtomic(path, JSON.stringify(Object.fromEntries(entries)));
}
