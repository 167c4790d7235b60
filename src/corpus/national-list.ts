import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStamp, readHead, stampInHead, stampOf } from '../io/source-stamp.js';
import { PACKAGE_ROOT } from '../package-info.js';
import type { LawRecord } from './types.js';

/**
 * Loading the national list of laws (data/national-laws.json, see
 * national-laws.ts) without its schema: the build validates the file and
 * stores its catalogue records with the file's stamp (source-stamp.ts); a
 * check only reads them. An edited file without a rebuild (or no build) is validated here as
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

/**
 * A record of the list with every field at the value most records have, in
 * the order parseNationalLaws writes them: the stored records leave out
 * every field still at this value, except the three every record has.
 */
const TEMPLATE: LawRecord = {
  key: '',
  title: '',
  aliases: [],
  level: null,
  issuer: null,
  region: null,
  documentNumbers: [],
  promulgationDate: null,
  effectiveDate: null,
  revisionDate: null,
  versionDate: null,
  status: '现行有效',
  repealDate: null,
  replacedBy: null,
  supersededBy: null,
  partialNote: null,
  evidence: null,
  articles: null,
  hasText: false,
  source: NATIONAL_SOURCE_TAG,
};
const ALWAYS_STORED = new Set<string>(['key', 'title', 'status']);

/** The list as the build stores it (dist/data/national-laws.json): "source" and the stamp first, read without parsing the rest. */
export interface CompiledNationalLaws {
  source: string;
  /** SHA-256 of data/national-laws.json as read, and the file's size and time then (source-stamp.ts). */
  sha256: string;
  size?: number;
  mtimeMs?: number;
  data: { source: string; date: string | null; records: Array<Partial<LawRecord>> };
}

function isDefault(value: unknown, fallback: unknown): boolean {
  return value === fallback || (Array.isArray(value) && Array.isArray(fallback) && value.length === 0 && fallback.length === 0);
}

/** @public The build (scripts/bundle.mjs) stores this from tsc's output. */
export function compileNationalLaws(national: NationalLaws, fileBytes: Uint8Array | string, filePath: string = NATIONAL_LAWS_PATH): CompiledNationalLaws {
  const template = TEMPLATE as unknown as Record<string, unknown>;
  const records = national.records.map((record) => {
    const stored: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(record)) if (ALWAYS_STORED.has(field) || !isDefault(value, template[field])) stored[field] = value;
    return stored as Partial<LawRecord>;
  });
  return {
    source: 'data/national-laws.json',
    ...stampOf(filePath, fileBytes),
    data: { source: national.source, date: national.date, records },
  };
}

/** The records as parseNationalLaws makes them (same fields, same order), from the stored ones. */
function expandNationalLaws(compiled: CompiledNationalLaws): NationalLaws {
  const template = TEMPLATE as unknown as Record<string, unknown>;
  const records = compiled.data.records.map((stored) => {
    const record: Record<string, unknown> = {};
    for (const [field, fallback] of Object.entries(template)) {
      const value = (stored as Record<string, unknown>)[field];
      // A fresh array per record: callers may extend a record's aliases.
      record[field] = value !== undefined ? value : Array.isArray(fallback) ? [] : fallback;
    }
    return record as unknown as LawRecord;
  });
  return { source: compiled.data.source, date: compiled.data.date, records };
}

let loader: Promise<() => NationalLaws> | undefined;

/**
 * The national list as a function that returns it, once per process: the
 * records the build stored when they match the file (parsed on the first
 * call, so a check that looks up no citation never parses them), else the
 * file, validated now.
 */
export function nationalLawsLoader(): Promise<() => NationalLaws> {
  loader ??= (async () => {
    const file = checkStamp(NATIONAL_LAWS_PATH, stampInHead(readHead(COMPILED_NATIONAL_LAWS_PATH)));
    if (file.fresh) {
      let national: NationalLaws | undefined;
      return () => (national ??= expandNationalLaws(JSON.parse(readFileSync(COMPILED_NATIONAL_LAWS_PATH, 'utf8')) as CompiledNationalLaws));
    }
    // Not built, or built from another file: validate the file.
    const { parseNationalLaws } = await import('./national-laws.js');
    const national = parseNationalLaws(JSON.parse(file.bytes.toString('utf8')));
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
