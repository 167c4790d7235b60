import { extname } from 'node:path';
import { readInputFile, readSource } from '../document/load.js';
import type { CorpusApi } from '../corpus/api.js';
import type { Limits } from '../document/limits.js';
import type { LegalDocument, ProfileOverrides, SourceDocument } from '../document/model.js';
import { buildProfile } from '../document/profile/build.js';
import { profileForReport } from '../document/profile/report.js';
import { SUPPORTED_EXTENSIONS } from '../document/sniff.js';
import { buildLegalDocument } from '../document/structure/build.js';
import { formatCharactersNote } from '../document/visible-text.js';
import { ERROR_CODES, isHrssError, type ErrorCode } from '../errors.js';
import { factsOf } from '../library/facts.js';
import { addDays, addMonths } from '../zh/dates.js';
import type { ActiveRule } from './registry.js';
import { runApplicableRules, verdictOf } from './run.js';
import type { DocumentMeta, DocumentResult, DocumentStats } from './types.js';
import { sha256Hex } from '../io/sha256.js';

export interface AuditOptions {
  asOf: string;
  limits: Limits;
  settings: Record<string, unknown>;
  corpus?: () => Promise<CorpusApi>;
  password?: string;
  /** Path shown in reports (relative to the working directory). */
  displayPath?: string;
  /** How to read the file's bytes (default readInputFile; batch workers read synchronously). */
  readFile?: (path: string, limits: Limits) => Uint8Array | Promise<Uint8Array>;
  debug?: boolean;
  /** What the user says the documents are (--kind, --issuer, --region, config "document"). */
  document?: ProfileOverrides;
}

export function metaOf(doc: LegalDocument): DocumentMeta {
  const { header, closing } = doc;
  const effective = closing.effective?.date?.iso ?? null;
  let validity: DocumentMeta['validity'] = null;
  if (closing.validity) {
    const v = closing.validity;
    let until = v.until?.iso ?? null;
    // "有效期5年" from 2024-06-01 runs to 2029-05-31.
    if (!until && v.months !== undefined && effective) until = addDays(addMonths(effective, v.months), -1);
    validity = { years: v.months !== undefined ? Math.round((v.months / 12) * 100) / 100 : null, until };
  }
  const issuers = [...new Set([...header.issuers, ...closing.signatories].map((f) => f.text))];
  return {
    title: header.title?.text ?? null,
    registrationNumber: header.registrationNumber?.text ?? null,
    documentNumber: header.documentNumber?.text ?? null,
    issuers,
    signedDate: closing.signedDate?.iso ?? null,
    effectiveDate: effective,
    validity,
  };
}

export function statsOf(doc: LegalDocument): DocumentStats {
  let chapters = 0;
  const walk = (nodes: LegalDocument['parts']): void => {
    for (const n of nodes) {
      if (n.kind === 'chapter') chapters++;
      walk(n.children.filter((c) => c.kind !== 'article'));
    }
  };
  walk(doc.parts);
  // Characters (code points) that are not white space: \s only matches single code units.
  const spaces = doc.text.match(/\s/g)?.length ?? 0;
  const pairs = doc.text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  const characters = doc.text.length - pairs - spaces;
  const stats: DocumentStats = { articles: doc.articles.length, chapters, paragraphs: doc.source.blocks.length, characters };
  // A notice-style document is counted in its top-level sections (一、二、…): those of its own text, or, for a 印发
  // notice whose own text has none, those of the plan it issues.
  if (doc.style !== 'articles') {
    const firstTitle = (doc.bodyTitles ?? [])[0]?.block ?? Infinity;
    const top = doc.outline.filter((o) => o.level === 1);
    const own = top.filter((o) => o.block < firstTitle).length;
    const secondTitle = (doc.bodyTitles ?? [])[1]?.block ?? Infinity;
    stats.sections = own > 0 ? own : top.filter((o) => o.block > firstTitle && o.block < secondTitle).length;
  }
  return stats;
}

export function formatOfPath(path: string): DocumentResult['format'] {
  return SUPPORTED_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

export function unreadableResult(path: string, sha: string, code: ErrorCode, message: string): DocumentResult {
  return {
    path,
    format: formatOfPath(path),
    sha256: sha,
    status: 'unreadable',
    error: { code, message },
    meta: null,
    stats: null,
    verdict: null,
    findings: [],
  };
}

/** The pieces of an audit that other commands (annotate, reports) reuse. */
export interface AuditedDocument {
  result: DocumentResult;
  document?: LegalDocument;
  source?: SourceDocument;
}

/** Read, structure and check one file. Never throws for a bad file: it becomes an unreadable result. */
export async function auditFile(path: string, rules: ActiveRule[], options: AuditOptions): Promise<AuditedDocument> {
  const shown = options.displayPath ?? path;
  let data: Uint8Array;
  try {
    data = await (options.readFile ?? readInputFile)(path, options.limits);
  } catch (e) {
    return { result: failure(shown, '', e, options.debug) };
  }
  const sha = sha256Hex(data);
  try {
    const source = await readSource(path, data, { limits: options.limits, password: options.password });
    return auditSource(shown, sha, source, rules, options);
  } catch (e) {
    return { result: failure(shown, sha, e, options.debug) };
  }
}

export async function auditSource(shown: string, sha: string, source: SourceDocument, rules: ActiveRule[], options: AuditOptions): Promise<AuditedDocument> {
  const document = buildLegalDocument(source);
  // The profile stage: what the document is, before any rule runs.
  document.profile = buildProfile(document, { asOf: options.asOf, settings: options.settings, overrides: options.document });
  const meta = metaOf(document);
  const stats = statsOf(document);
  const profile = profileForReport(document, document.profile);
  const { findings, notApplicable } = await runApplicableRules(document, rules, { asOf: options.asOf, settings: options.settings, corpus: options.corpus });
  return {
    result: {
      path: shown,
      format: source.format,
      sha256: sha,
      status: 'ok',
      error: null,
      meta,
      stats,
      verdict: verdictOf(findings),
      findings,
      notes: notesOf(source, document),
      facts: factsOf(document),
      profile,
      notApplicable,
    },
    document,
    source,
  };
}

function notesOf(source: SourceDocument, document: LegalDocument): Array<{ code: string; message: string }> {
  const notes = source.notes.map((n) => ({ code: n.code, message: n.message }));
  const hidden = formatCharactersNote(document.formatCharacters);
  return hidden ? [...notes, hidden] : notes;
}

/** A file problem thrown while reading or auditing, as an unreadable result (a memory failure as E_OUT_OF_MEMORY, anything else unexpected as E_INTERNAL). */
export function failureResult(path: string, sha: string, e: unknown, debug?: boolean): DocumentResult {
  return failure(path, sha, e, debug);
}

function failure(path: string, sha: string, e: unknown, debug?: boolean): DocumentResult {
  if (isHrssError(e)) {
    const info = ERROR_CODES[e.code];
    const message = `${e.message.replace(/[。.]$/, '')}。${info.remedy}`;
    return unreadableResult(path, sha, e.code, message);
  }
  const err = e as Error;
  if (err instanceof RangeError && /Invalid (typed )?array length|allocation failed|Array buffer allocation/i.test(err.message)) {
    return unreadableResult(path, sha, 'E_OUT_OF_MEMORY', `${ERROR_CODES.E_OUT_OF_MEMORY.meaning}。${ERROR_CODES.E_OUT_OF_MEMORY.remedy}`);
  }
  const detail = debug && err?.stack ? `\n${err.stack}` : '';
  return unreadableResult(
    path,
    sha,
    'E_INTERNAL',
    `${ERROR_CODES.E_INTERNAL.meaning}（${err?.message ?? String(e)}）。${ERROR_CODES.E_INTERNAL.remedy}${detail}`,
  );
}
