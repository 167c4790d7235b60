/**
 * The built-in term files (rules/data/) as checks use them, without their
 * schema: the build validates every built-in file (scripts/bundle.mjs, with
 * validateTermData) and stores the result with the stamp of its YAML file
 * (source-stamp.ts). A check reads the stored result while the stamp
 * matches; a file edited
 * without a rebuild, or added, is parsed and validated from its YAML as a
 * legal office's own file is (term-data.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { HrssError } from '../errors.js';
import { escapeRegExp } from '../io/escape.js';
import { checkStamp, stampOf } from '../io/source-stamp.js';
import { PACKAGE_ROOT } from '../package-info.js';
import type { TermFile } from './term-data.js';

export const BUILTIN_TERM_DIR = join(PACKAGE_ROOT, 'rules', 'data');
/** Where the build writes the built-in files, validated (see scripts/bundle.mjs). */
export const PRECOMPILED_TERM_FILE = join(PACKAGE_ROOT, 'dist', 'rules-data', 'builtin.json');

/** One built-in term file as the build stores it. */
export interface CompiledTermFile {
  /** File name in rules/data/. */
  name: string;
  /** SHA-256 of its YAML text, and the file's size and time then (source-stamp.ts). */
  sha256: string;
  size?: number;
  mtimeMs?: number;
  rules: TermFile['rules'];
  lists: TermFile['lists'];
}

/** @public The build (scripts/bundle.mjs) stores this from tsc's output. */
export function compileTermFile(file: TermFile, yamlText: string): CompiledTermFile {
  return { name: basename(file.path), ...stampOf(file.path, yamlText), rules: file.rules, lists: file.lists };
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Files named in config termFiles: a YAML file, or a folder whose *.yaml/*.yml files are all read. Synchronous,
 * like the reads below: every check lists the built-in folder at start (see checkStamp).
 */
export function expandTermPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new HrssError('E_RULE_LOAD', `配置 termFiles 中的词表文件“${p}”不存在`);
    if (statSync(p).isDirectory()) {
      const names = readdirSync(p)
        .filter((n) => YAML_FILE.test(n))
        .sort();
      out.push(...names.map((n) => join(p, n)));
    } else out.push(p);
  }
  return out;
}

function precompiled(): Map<string, CompiledTermFile> {
  try {
    const files = JSON.parse(readFileSync(PRECOMPILED_TERM_FILE, 'utf8')) as CompiledTermFile[];
    return new Map(files.map((f) => [f.name, f]));
  } catch {
    // not built: every file is read from its YAML
    return new Map();
  }
}

let builtin: Promise<TermFile[]> | undefined;

/** The term files shipped in rules/data/, loaded (and, when not validated by the build, validated) once per process. */
export function builtinTermFiles(): Promise<TermFile[]> {
  builtin ??= (async () => {
    const files = expandTermPaths([BUILTIN_TERM_DIR]);
    const compiled = precompiled();
    return Promise.all(
      files.map(async (file) => {
        const display = relative(PACKAGE_ROOT, file);
        const pre = compiled.get(basename(file));
        const yaml = checkStamp(file, pre);
        // Only a stamp it was given can be fresh: then `pre` is there.
        if (yaml.fresh) return { path: file, display, rules: pre!.rules, lists: pre!.lists };
        const { parseTermFile } = await import('./term-data.js');
        return parseTermFile(yaml.bytes.toString('utf8'), file, display);
      }),
    );
  })();
  // A failed load must not be cached: the next call reports the error again.
  builtin.catch(() => {
    builtin = undefined;
  });
  return builtin;
}

// ---------------------------------------------------------------------------
// Lists for code rules
// ---------------------------------------------------------------------------

export interface ListItem {
  re: RegExp;
  /** The term or pattern as written in the file. */
  source: string;
  tag?: string;
  /** When this matches the sentence around a hit, the entry does not apply there. */
  unless?: RegExp;
  note?: string;
  basis?: string;
}

/** What separates the items of a list: 、 and the conjunctions 和, 及, 与. */
const LIST_SEPARATOR = '[、和及与]';
/**
 * The characters of another item of a list: no separator, no clause break. Items have at most 12 characters and a
 * list at most 16 items, so that a list pattern reads the longest paragraph in one pass (unbounded items backtrack
 * for minutes on a long run of 和甲及乙与丙).
 */
const ITEM_CHAR = '[^，。；：、和及与\\s]';
const ITEM = `${ITEM_CHAR}{1,12}`;

/**
 * The two regexes for a name standing as an item of a list whose items share one head noun: 工商 in
 * “发展改革、工商、财政等部门” (an item before others) and in “财政、工商等部门” (the last item, before 等). A last
 * item directly before its head (“工商部门”) is the entry's own pattern's business. A list opened by 原 names
 * former bodies throughout (“原工商、质监等部门”); 原 directly before the name is the `former` exception's.
 */
function listItemSources(name: string, head = '部门|机关'): string[] {
  const notFormer = `(?<!原(?:${ITEM}${LIST_SEPARATOR}){1,15})`;
  const othersThenHead = `${LIST_SEPARATOR}(?:${ITEM}${LIST_SEPARATOR}){0,15}?${ITEM_CHAR}{1,12}?等?(?:有关)?(?:${head})`;
  // The lookahead on the name first: the lookbehinds run only where a name stands.
  return [
    `(?=(?:${name}))${notFormer}(?:${name})(?=${othersThenHead})`,
    `(?=(?:${name}))(?<=${LIST_SEPARATOR})${notFormer}(?:${name})(?=等(?:有关)?(?:${head}))`,
  ];
}

/** Every term and pattern an entry names, as regex sources. */
export function entrySources(entry: {
  term?: string;
  terms?: string[];
  pattern?: string;
  patterns?: string[];
  listItem?: string;
  listHead?: string;
}): string[] {
  return [
    ...(entry.term !== undefined ? [escapeRegExp(entry.term)] : []),
    ...(entry.terms ?? []).map(escapeRegExp),
    ...(entry.pattern !== undefined ? [entry.pattern] : []),
    ...(entry.patterns ?? []),
    ...(entry.listItem !== undefined ? listItemSources(entry.listItem, entry.listHead) : []),
  ];
}

const compiledLists = new Map<string, ListItem[]>();

/**
 * A named list from the built-in term files, compiled (global, unicode) once per
 * process. The regexes are shared: callers reset lastIndex before each use.
 * Throws when the list is missing.
 */
export async function builtinList(name: string): Promise<ListItem[]> {
  const files = await builtinTermFiles();
  const cached = compiledLists.get(name);
  if (cached) return cached;
  const file = files.find((f) => name in f.lists);
  if (!file) throw new HrssError('E_RULE_LOAD', `内置词表“${name}”不存在（应在 rules/data/ 中定义）`);
  const items = file.lists[name].flatMap((entry) => {
    const e = typeof entry === 'string' ? { term: entry } : entry;
    const unless = 'unless' in e && e.unless ? new RegExp(e.unless, 'u') : undefined;
    return entrySources(e).map((source) => ({ re: new RegExp(source, 'gu'), source, tag: e.tag, unless, note: e.note, basis: e.basis }));
  });
  compiledLists.set(name, items);
  return items;
}

/** One alternation of a list's sources, for "does this text contain any of them" tests. */
export function unionOf(items: readonly ListItem[], anchor: '' | 'start' | 'end' = ''): RegExp {
  const body = items.map((i) => `(?:${i.source})`).join('|') || '(?!)';
  return new RegExp(anchor === 'start' ? `^(?:${body})` : anchor === 'end' ? `(?:${body})$` : body, 'u');
}
