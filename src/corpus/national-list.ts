import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-info.js';
import type { LawRecord } from './types.js';

/**
 * Loading the national list of laws (data/national-laws.json, see
 * national-laws.ts) without its schema: the build validates the file and
 * stores its catalogue records with the file's hash; a check only reads
 * them. An edited file without a rebuild (or no build) is validated here as
 * before.
 *
 * The stored records leave out every field that holds its default (most of
 * the 1,507 records have no issuer, dates or aliases): parsing half the JSON
 * is half the time, and a check pays it only when a citation is looked up.
 */

export const NATIONAL_LAWS_PATH = join(PACKAGE_ROOT, 'data', 'national-laws.json');
/** Where the build writes the list turned into catalogue records. */
export const COMPILED_NATIONAL_LAWS_PATH = join(PACKAGE_ROOT, 'dist', 'data', 'national-laws.json');

export interface NationalLaws {
  /** Where the data comes from, and the date it was taken (from the source line). */
  source: string;
  date: string | null;
  records: LawRecord[];
}

/** The registry source tag of these records. */
export const NATIONAL_SOURCE_TAG = 'lawrefbook-db';

/** The fields a stored record leaves out when they hold these values. */
const DEFAULTS: Omit<LawRecord, 'key' | 'title' | 'status'> = {
  aliases: [],
  level: null,
  issuer: null,
  region: null,
  documentNumbers: [],
  promulgationDate: null,
  effectiveDate: null,
  revisionDate: null,
  versionDate: null,
  repealDate: null,
  replacedBy: null,
  supersededBy: null,
  partialNote: null,
  evidence: null,
  articles: null,
  hasText: false,
  source: NATIONAL_SOURCE_TAG,
};

/** The list as the build stores it (dist/data/national-laws.json): "source" and "sha256" first, read without parsing the rest. */
export interface CompiledNationalLaws {
  source: string;
  /** SHA-256 of data/national-laws.json as read. */
  sha256: string;
  data: { source: string; date: string | null; records: Array<Partial<LawRecord>> };
}

function isDefault(value: unknown, fallback: unknown): boolean {
  return value === fallback || (Array.isArray(value) && Array.isArray(fallback) && value.length === 0 && fallback.length === 0);
}

/** @public The build (scripts/bundle.mjs) stores this from tsc's output. */
export function compileNationalLaws(national: NationalLaws, fileBytes: Uint8Array | string): CompiledNationalLaws {
  const records = national.records.map((record) => {
    const stored: Partial<LawRecord> = {};
    for (const [field, value] of Object.entries(record) as Array<[keyof LawRecord, unknown]>) {
      if (field in DEFAULTS && isDefault(value, DEFAULTS[field as keyof typeof DEFAULTS])) continue;
      (stored as Record<string, unknown>)[field] = value;
    }
    return stored;
  });
  return {
    source: 'data/national-laws.json',
    sha256: createHash('sha256').update(fileBytes).digest('hex'),
    data: { source: national.source, date: national.date, records },
  };
}

/** The records as parseNationalLaws makes them (same fields, same order), from the stored ones. */
function expandNationalLaws(compiled: CompiledNationalLaws): NationalLaws {
  const records = compiled.data.records.map((stored) => {
    const record = {} as Record<string, unknown>;
    for (const field of FIELD_ORDER) {
      const value = (stored as Record<string, unknown>)[field];
      const fallback = (DEFAULTS as Record<string, unknown>)[field];
      // A fresh array per record: callers may extend a record's aliases.
      record[field] = value !== undefined ? value : Array.isArray(fallback) ? [] : fallback;
    }
    return record as unknown as LawRecord;
  });
  return { source: compiled.data.source, date: compiled.data.date, records };
}

const FIELD_ORDER: Array<keyof LawRecord> = [
  'key',
  'title',
  'aliases',
  'level',
  'issuer',
  'region',
  'documentNumbers',
  'promulgationDate',
  'effectiveDate',
  'revisionDate',
  'versionDate',
  'status',
  'repealDate',
  'replacedBy',
  'supersededBy',
  'partialNote',
  'evidence',
  'articles',
  'hasText',
  'source',
];

let loader: Promise<() => NationalLaws> | undefined;

/**
 * The national list as a function that returns it, once per process: the
 * records the build stored when they match the file (parsed on the first
 * call, so a check that looks up no citation never parses them), else the
 * file, validated now.
 */
export function nationalLawsLoader(): Promise<() => NationalLaws> {
  loader ??= (async () => {
    // Bytes, not text: hashing the file and reading the stored copy's head need no UTF-8 decoding.
    const [bytes, compiled] = await Promise.all([readFile(NATIONAL_LAWS_PATH), readFile(COMPILED_NATIONAL_LAWS_PATH).catch(() => undefined)]);
    const head = /^\{"source":"[^"]*","sha256":"([0-9a-f]{64})"/.exec(compiled?.toString('latin1', 0, 200) ?? '');
    if (compiled !== undefined && head?.[1] === createHash('sha256').update(bytes).digest('hex')) {
      let national: NationalLaws | undefined;
      return () => (national ??= expandNationalLaws(JSON.parse(compiled.toString('utf8')) as CompiledNationalLaws));
    }
    // Not built, or built from another file: validate the file.
    const { parseNationalLaws } = await import('./national-laws.js');
    const national = parseNationalLaws(JSON.parse(bytes.toString('utf8')));
    return () => national;
  })();
  // A failed load must not be cached: the next call reports the error again.
  loader.catch(() => {
    loader = undefined;
  });
  return loader;
}

/** The national list, loaded once per process (see nationalLawsLoader). */
export async function loadNationalLaws(): Promise<NationalLaws> {
  return (await nationalLawsLoader())();
}
