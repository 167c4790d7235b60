/**
 * Generic data-driven rule kinds (Vale-style), interpreted from term files:
 *
 * - existence: report every occurrence of the listed terms or patterns;
 * - substitution: report an old term and suggest its replacement, optionally
 *   only in documents dated on or after a cut-off day (成文日期, else the
 *   review date).
 *
 * Both kinds share the exceptions vocabulary (inside 《》, after 原, inside a
 * 发文字号, inside “”, historical narrative, after a prohibition, a clause a
 * law in force says word for word — read in the corpus, so a rule that names
 * it needs one — or any regex on the text around the match). Matching runs on the normalised text
 * of each block and reports on the original, so spaces and fullwidth digits
 * never hide a term and offsets stay exact.
 */
import { dirname, isAbsolute, join, relative } from 'node:path';
import type { CorpusApi } from '../corpus/api.js';
import { normalizeProvision } from '../corpus/text.js';
import type { LegalDocument } from '../document/model.js';
import { HrssError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-info.js';
import { clauseAround, documentNumberRanges, insideBookTitle, insideQuotation, overlapsAny, sentenceAround, yearsIn, type Range } from '../zh/context.js';
import { formatChineseDate } from '../zh/dates.js';
import type { LoadedConfig } from './config.js';
import { documentRegion } from '../rule-support/corpus.js';
import { NEGATION } from '../rule-support/patterns.js';
import { literalsOf, mayContainMatch } from '../rule-support/required-literals.js';
import { defineRule, type RuleDefinition } from './rule.js';
import type { ExistenceEntry, SubstitutionEntry, TermException, TermFile, TermRuleSpec } from './term-data.js';
import { builtinTermFiles, entrySources, expandTermPaths } from './term-lists.js';
import { referenceDateOf, scannedBlocks, type ScannedBlock } from '../rule-support/text-scan.js';
import type { Severity } from './types.js';

const DEFAULT_MESSAGES = {
  existence: '文件中出现“{{match}}”。{{note}}',
  substitution: '“{{match}}”应改为“{{replacement}}”。{{note}}',
} as const;
const DEFAULT_SUGGESTION = {
  existence: '',
  substitution: '改为“{{replacement}}”。',
} as const;

const UNVERIFIED_CAVEAT = '（该项的起算日期未经核实，请人工确认）';

/** One entry of a term rule, normalised to the same shape for both kinds. */
interface CompiledEntry {
  index: number;
  regexes: RegExp[];
  /** For each pattern, strings a block must contain for it to match (none known: undefined). */
  literals: Array<readonly string[] | undefined>;
  severity?: Severity;
  message?: string;
  suggestion?: string;
  note?: string;
  basis?: string;
  exceptions: TermException[];
  replacement?: string;
  since?: string;
  certainFrom?: string;
  regions?: readonly string[];
  verified: boolean;
}

interface Candidate {
  block: ScannedBlock;
  start: number;
  end: number;
  entry: CompiledEntry;
  groups: string[];
}

/** Block-level facts computed once and shared by the exceptions of every match in the block. */
interface BlockContext {
  numbers?: Range[];
}

// 原由安全生产监督管理部门负责的职责, 原县级劳动保障部门建立的台账, 原县（市、区）劳动和社会保障局: the body that once did
// it, named as such.
const FORMER =
  /原(?:由|归|属于)?(?:中华人民共和国|国家|国务院|湖南省|设区的市|县级以上|省级|市级|州级|县级|乡镇|街道|[县市](?:（[市州区、]{1,4}）|\([市州区、]{1,4}\))|市州|县市区|省|自治区|市|州|县|区|乡|镇|各级|地方|人民政府|人民|政府)*$/u;

function compileEntries(spec: TermRuleSpec): CompiledEntry[] {
  const flags = `gu${spec.ignoreCase ? 'i' : ''}`;
  const raw: Array<ExistenceEntry | SubstitutionEntry> = spec.kind === 'existence' ? spec.terms : spec.swap;
  return raw.map((entry, index) => {
    const e = typeof entry === 'string' ? { term: entry } : entry;
    const sub = spec.kind === 'substitution' ? (e as SubstitutionEntry) : undefined;
    const obj = e as Exclude<ExistenceEntry, string>;
    const sources = entrySources(e);
    return {
      index,
      regexes: sources.map((s) => new RegExp(s, flags)),
      literals: sources.map((s) => literalsOf(s, flags)),
      severity: obj.severity,
      message: obj.message,
      suggestion: obj.suggestion,
      note: obj.note,
      basis: obj.basis,
      // The schema has checked that string exceptions are known names.
      exceptions: [...(spec.exceptions ?? []), ...(obj.exceptions ?? [])] as TermException[],
      replacement: sub?.replacement,
      since: sub?.since,
      certainFrom: sub?.certainFrom,
      regions: sub?.regions,
      verified: sub?.verified ?? true,
    };
  });
}

/** Every match of every entry in a block; the longest leftmost match claims its span. */
function candidatesIn(block: ScannedBlock, entries: CompiledEntry[]): Candidate[][] {
  const all: Candidate[] = [];
  for (const entry of entries) {
    for (const [i, re] of entry.regexes.entries()) {
      // Not compiled for a block that cannot hold a match (most blocks, for most entries).
      if (!mayContainMatch(block.text, entry.literals[i])) continue;
      re.lastIndex = 0;
      for (let m = re.exec(block.text); m; m = re.exec(block.text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        all.push({ block, start: m.index, end: m.index + m[0].length, entry, groups: [...m] });
      }
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.entry.index - b.entry.index);
  // Group candidates on the same span (several dated entries for one term); drop those overlapping a claimed span.
  const groups: Candidate[][] = [];
  let claimedEnd = -1;
  for (const c of all) {
    const last = groups.at(-1);
    if (last && last[0].start === c.start && last[0].end === c.end) {
      if (!last.some((x) => x.entry === c.entry)) last.push(c);
      continue;
    }
    if (c.start < claimedEnd) continue;
    groups.push([c]);
    claimedEnd = c.end;
  }
  return groups;
}

function anchored(source: string, where: 'start' | 'end'): RegExp {
  return new RegExp(where === 'start' ? `^(?:${source})` : `(?:${source})$`, 'u');
}

/** Whether one exception applies to a match. */
function excepted(ex: TermException, c: Candidate, ctx: BlockContext): boolean {
  const text = c.block.text;
  const sentence = sentenceAround(text, c.start, c.end);
  const clause = clauseAround(text, c.start, c.end);
  if (typeof ex === 'string') {
    switch (ex) {
      case 'title':
        return insideBookTitle(text, c.start);
      case 'former':
        return FORMER.test(text.slice(Math.max(0, c.start - 16), c.start));
      case 'documentNumber':
        ctx.numbers ??= documentNumberRanges(text);
        return overlapsAny(ctx.numbers, c.start, c.end);
      case 'quotation':
        return insideQuotation(text, c.start);
      case 'historicalYear': {
        if (!c.entry.since) return false;
        const cutYear = Number(c.entry.since.slice(0, 4));
        return yearsIn(text.slice(sentence.start, sentence.end)).some((y) => y < cutYear);
      }
      case 'negated': {
        const before = text.slice(clause.start, c.start);
        return NEGATION.test(before) || /[不免无勿]$/u.test(before);
      }
      case 'statute':
        // Needs the corpus, which only an async caller has: see restatesStatute.
        return false;
    }
  }
  if (ex.before !== undefined && anchored(ex.before, 'end').test(text.slice(sentence.start, c.start))) return true;
  if (ex.after !== undefined && anchored(ex.after, 'start').test(text.slice(c.end, sentence.end))) return true;
  if (ex.clause !== undefined && new RegExp(ex.clause, 'u').test(text.slice(clause.start, clause.end))) return true;
  if (ex.sentence !== undefined && new RegExp(ex.sentence, 'u').test(text.slice(sentence.start, sentence.end))) return true;
  return false;
}

/** Words a clause must have beside the term before a match in the corpus says anything (经劳动保障行政部门批准 alone is everywhere). */
const MIN_RESTATED_WORDS = 6;

/**
 * Whether the clause around a match is, word for word, in a provision of a
 * law in force: the drafter restates the law, and the term is the law's own
 * (《劳动保障监察条例》 still says 劳动保障行政部门), not a name the drafter chose.
 */
function restatesStatute(corpus: CorpusApi, c: Candidate): boolean {
  const text = c.block.text;
  const clause = clauseAround(text, c.start, c.end);
  const words = normalizeProvision(text.slice(clause.start, clause.end))
    .replace(/\s+/gu, '')
    .replace(/^[，,。；;：:]+|[，,。；;：:]+$/gu, '')
    // The article's own label (第十三条, （二）) is not the law's words.
    .replace(/^(?:第[零一二三四五六七八九十百千0-9]+条)?(?:[（(][零一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．])?/u, '');
  if ([...words].length - (c.end - c.start) < MIN_RESTATED_WORDS) return false;
  return corpus.search(words, { limit: 5 }).hits.some((h) => h.law.status === '现行有效' && h.provision.normText.replace(/\s+/gu, '').includes(words));
}

/** Replace $1…$9 (and $&) in a replacement with the match's groups. */
function expand(template: string, groups: string[]): string {
  return template.replace(/\$(\d|&)/g, (_, g: string) => (g === '&' ? groups[0] : (groups[Number(g)] ?? '')));
}

/** Resolve a term rule's doc page: relative to its file (built-in files: to the package root). */
function docsPath(spec: TermRuleSpec, file: TermFile, builtin: boolean): string | undefined {
  if (!spec.docs) return undefined;
  if (/^https?:/.test(spec.docs) || isAbsolute(spec.docs)) return spec.docs;
  return builtin ? spec.docs : join(dirname(file.path), spec.docs);
}

/** Turn one validated term rule into a rule the engine runs like any other. */
export function compileTermRule(spec: TermRuleSpec, file: TermFile, builtin = false): RuleDefinition<any> {
  const entries = compileEntries(spec);
  const kind = spec.kind;
  const message = spec.message ?? DEFAULT_MESSAGES[kind];
  const suggestion = spec.suggestion ?? DEFAULT_SUGGESTION[kind];
  const unverifiedSeverity: Severity = (spec.kind === 'substitution' ? spec.unverifiedSeverity : undefined) ?? 'info';
  const source = builtin ? relative(PACKAGE_ROOT, file.path) : file.path;
  return defineRule({
    id: spec.id,
    meta: {
      severity: spec.severity,
      description: spec.description,
      basis: spec.basis,
      docs: docsPath(spec, file, builtin),
      fixable: kind === 'substitution',
      source,
      messages: { match: message },
      applies: spec.appliesTo ? { ...spec.appliesTo, basis: spec.appliesTo.basis ?? spec.basis } : undefined,
      needsCorpus: entries.some((e) => e.exceptions.includes('statute')) || undefined,
    },
    async create(context) {
      const doc: LegalDocument = context.document;
      const date = referenceDateOf(doc, context.asOf);
      const region = entries.some((e) => e.regions) ? documentRegion(doc, context.settings) : null;
      for (const block of scannedBlocks(doc)) {
        if (block.text === '') continue;
        const ctx: BlockContext = {};
        for (const group of candidatesIn(block, entries)) {
          // Of several dated entries for the same words, the latest one in force at the document's date wins.
          const applicable = group
            .filter((c) => (!c.entry.since || c.entry.since <= date.iso) && (!c.entry.regions || (region !== null && c.entry.regions.includes(region))))
            .sort((a, b) => (b.entry.since ?? '').localeCompare(a.entry.since ?? ''));
          const c = applicable[0];
          if (!c || c.entry.exceptions.some((ex) => excepted(ex, c, ctx))) continue;
          if (c.entry.exceptions.includes('statute') && restatesStatute(await context.corpus(), c)) continue;
          const e = c.entry;
          const uncertain = !e.verified && !(e.certainFrom && e.certainFrom <= date.iso);
          const span = spanFor(block, c);
          const matched = doc.text.slice(span.start, span.end);
          const replacement = e.replacement !== undefined ? expand(e.replacement, c.groups) : '';
          const data = {
            match: matched,
            term: c.groups[0],
            replacement,
            // An unverified cut-off is shown by its year only: the day is not known.
            since: e.since ? (e.verified ? formatChineseDate(e.since) : `约${Number(e.since.slice(0, 4))}年`) : '',
            date: formatChineseDate(date.iso),
            dateSource: date.source,
            note: e.note ?? '',
          };
          context.report({
            message: (e.message ?? message) + (uncertain ? UNVERIFIED_CAVEAT : ''),
            data,
            span,
            severity: uncertain ? unverifiedSeverity : e.severity,
            basis: e.basis,
            suggestion: fill(e.suggestion ?? suggestion, data) || undefined,
          });
        }
      }
    },
  });
}

function spanFor(block: ScannedBlock, c: Candidate): { start: number; end: number } {
  const s = block.norm.map[c.start];
  const last = block.norm.map[c.end - 1] + 1;
  return { start: block.start + s, end: block.start + last };
}

function fill(template: string, data: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => data[k] ?? '').trim();
}

/** Term rules from the built-in files (rules/data/) and from config termFiles, compiled. */
export async function loadTermRules(config: LoadedConfig): Promise<RuleDefinition<any>[]> {
  const builtinFiles = await builtinTermFiles();
  const paths = expandTermPaths(config.termFiles);
  // A legal office's own files are validated here, with the schema (and zod) loaded only for them.
  const extra =
    paths.length === 0
      ? []
      : await (async () => {
          const { loadTermFile } = await import('./term-data.js');
          return Promise.all(paths.map((p) => loadTermFile(p)));
        })();
  for (const f of extra) {
    const names = Object.keys(f.lists);
    if (names.length > 0) {
      throw new HrssError(
        'E_RULE_LOAD',
        `词表文件 ${f.display} 定义了 lists（${names.join('、')}）：lists 只供内置规则读取；本单位要增补的，请用规则选项（见 hrss-audit rules <规则编号>）或在 rules: 中定义自己的词表规则`,
      );
    }
  }
  return [
    ...builtinFiles.flatMap((f) => f.rules.map((r) => compileTermRule(r, f, true))),
    ...extra.flatMap((f) => f.rules.map((r) => compileTermRule(r, f, false))),
  ];
}
