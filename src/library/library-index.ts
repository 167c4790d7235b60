import { findDocumentNumbers, normalizeDocumentNumber } from '../document/structure/document-number.js';
import type { Citation, DocumentResult } from '../engine/types.js';
import { halfwidthDigits } from '../zh/numerals.js';
import { normalizeTitle, titlesOf } from './facts.js';

/** Canonical 发文字号 for matching (湘人社规〔2024〕04号 and 湘人社规[2024]4号 are the same number). */
export function normalizeDocumentNumberText(text: string | null | undefined): string | null {
  if (!text) return null;
  const n = findDocumentNumbers(text)[0];
  return n ? normalizeDocumentNumber(n) : null;
}

/** Canonical 统一登记号 (HNPR—2024—11005 whatever the dashes); null for placeholders (待定, xxxxx). */
export function registrationKey(text: string | null | undefined): string | null {
  if (!text) return null;
  const m =
    /([A-Za-z]{2,6})[ \u3000]*[—–\-－‒―─一]{1,2}[ \u3000]*([0-9０-９]{4})[ \u3000]*[—–\-－‒―─一]{1,2}[ \u3000]*([0-9０-９]{3,6})(?![0-9０-９xX×])/u.exec(text);
  return m ? `${m[1].toUpperCase()}—${halfwidthDigits(m[2])}—${halfwidthDigits(m[3])}` : null;
}

/** How a document reads in a message: 《标题》（发文字号）, or its path when it has neither. */
export function describeDocument(doc: DocumentResult): string {
  // A title quoted inside 《》 writes its own 《》 as 〈〉.
  const title = doc.meta?.title?.replace(/《/gu, '〈').replace(/》/gu, '〉');
  const number = doc.meta?.documentNumber;
  if (title && number) return `《${title}》（${number}）`;
  if (title) return `《${title}》`;
  if (number) return number;
  return `“${doc.path}”`;
}

export interface RepealInfo {
  /** The document that declares this one repealed. */
  by: DocumentResult;
  /** Where it does so. */
  citation: Citation;
}

export interface DocumentStatus {
  /** Last day of validity when it is before asOf (有效期届满). */
  expiredOn: string | null;
  /** Declared repealed by another document of the library in force as of asOf. */
  repealed: RepealInfo | null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The documents one citation key names (a 发文字号 or a title), shared by
 * every citation of that key: rules ask it questions in constant time
 * instead of walking its documents for each citation — a library where
 * thousands of documents cite one title would otherwise be quadratic.
 */
export class CitedGroup {
  private members?: Set<DocumentResult>;
  private active?: number;

  constructor(
    /** In path order. */
    readonly documents: readonly DocumentResult[],
    private readonly isInactive: (doc: DocumentResult) => boolean,
  ) {}

  includes(doc: DocumentResult): boolean {
    this.members ??= new Set(this.documents);
    return this.members.has(doc);
  }

  /** How many of the documents the citing one names (itself excluded). */
  countOthers(from: DocumentResult): number {
    return this.documents.length - (this.includes(from) ? 1 : 0);
  }

  /** Whether every document named (the citing one excluded) is no longer in force; false when none is named. */
  allInactiveBut(from: DocumentResult): boolean {
    if (this.countOthers(from) === 0) return false;
    this.active ??= this.documents.filter((d) => !this.isInactive(d)).length;
    const activeOthers = this.active - (this.includes(from) && !this.isInactive(from) ? 1 : 0);
    return activeOthers === 0;
  }

  /** The last document named in path order, the citing one excluded. */
  lastBut(from: DocumentResult): DocumentResult | undefined {
    const last = this.documents.at(-1);
    return last === from ? this.documents.at(-2) : last;
  }
}

/**
 * The library as rules across documents see it: readable documents sorted
 * by path, lookups by 发文字号, 统一登记号 and title, and each document's
 * status as of the review date.
 */
export class LibraryIndex {
  readonly documents: readonly DocumentResult[];
  readonly asOf: string;
  private readonly numbers = new Map<string, DocumentResult[]>();
  private readonly registrations = new Map<string, DocumentResult[]>();
  private readonly titles = new Map<string, DocumentResult[]>();
  private readonly repeals = new Map<DocumentResult, RepealInfo>();
  private readonly groups = new Map<string, CitedGroup>();

  constructor(results: readonly DocumentResult[], asOf: string) {
    this.asOf = asOf;
    this.documents = results.filter((d) => d.status === 'ok').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const doc of this.documents) {
      const number = normalizeDocumentNumberText(doc.meta?.documentNumber);
      if (number) push(this.numbers, number, doc);
      const registration = registrationKey(doc.meta?.registrationNumber);
      if (registration) push(this.registrations, registration, doc);
      for (const title of doc.facts?.titles ?? titlesOf(doc.meta?.title)) push(this.titles, normalizeTitle(title), doc);
    }
    // The first document (in path order) that repeals a group repeals all of it but itself; a second one repeals the
    // first. After that the group is settled: later repeals of it change nothing and are not walked again.
    const settled = new Map<CitedGroup, DocumentResult | null>();
    for (const doc of this.documents) {
      if (!this.inForceSince(doc)) continue;
      for (const citation of doc.facts?.citations ?? []) {
        if (citation.role !== 'repeal') continue;
        const group = this.cited(citation);
        if (!group) continue;
        const first = settled.get(group);
        if (first === undefined) {
          for (const target of group.documents) if (target !== doc && !this.repeals.has(target)) this.repeals.set(target, { by: doc, citation });
          settled.set(group, group.includes(doc) ? doc : null);
        } else if (first !== null && first !== doc) {
          if (!this.repeals.has(first)) this.repeals.set(first, { by: doc, citation });
          settled.set(group, null);
        }
      }
    }
  }

  /** Whether a document has taken effect by asOf (施行日期, else 成文日期; unknown dates count as in force). */
  private inForceSince(doc: DocumentResult): boolean {
    const start = doc.meta?.effectiveDate ?? doc.meta?.signedDate ?? null;
    return start === null || start <= this.asOf;
  }

  /** Groups of documents sharing a 发文字号 or 统一登记号 (only groups of two or more). */
  duplicates(kind: 'documentNumber' | 'registrationNumber'): Array<{ number: string; documents: DocumentResult[] }> {
    const map = kind === 'documentNumber' ? this.numbers : this.registrations;
    return [...map.entries()].filter(([, docs]) => docs.length > 1).map(([number, documents]) => ({ number, documents }));
  }

  /** Normalised citation keys: the same 发文字号 and titles are cited over and over across a library. */
  private readonly keys = new Map<string, string>();

  private keyOf(citation: Citation): string {
    const raw = `${citation.kind}\u0000${citation.text}`;
    let key = this.keys.get(raw);
    if (key === undefined) {
      key = (citation.kind === 'documentNumber' ? this.numberKey(citation.text) : normalizeTitle(citation.text)) ?? '';
      this.keys.set(raw, key);
    }
    return key;
  }

  /**
   * A cited 发文字号 as a key of the library. The number finder may take the
   * word before the agency code along ("根据湘人社规〔2018〕5号"): when the whole
   * does not name a document, shorter tails of the agency code are tried.
   */
  private numberKey(text: string): string | null {
    const key = normalizeDocumentNumberText(text);
    if (!key || this.numbers.has(key)) return key;
    const agency = key.slice(0, key.indexOf('〔'));
    const rest = key.slice(agency.length);
    for (let cut = 1; agency.length - cut >= 2; cut++) {
      const shorter = agency.slice(cut) + rest;
      if (this.numbers.has(shorter)) return shorter;
    }
    return key;
  }

  /** The documents of the library a citation names, as a group shared by all citations of the same key; undefined when none. */
  cited(citation: Citation): CitedGroup | undefined {
    const key = this.keyOf(citation);
    const groupKey = `${citation.kind}\u0000${key}`;
    let group = this.groups.get(groupKey);
    if (!group) {
      const found = citation.kind === 'documentNumber' ? this.numbers.get(key) : this.titles.get(key);
      if (!found) return undefined;
      group = new CitedGroup(found, (d) => this.isInactive(d));
      this.groups.set(groupKey, group);
    }
    return group;
  }

  /** The documents of the library a citation names (never the citing document itself). */
  resolve(citation: Citation, from?: DocumentResult): DocumentResult[] {
    const group = this.cited(citation);
    if (!group) return [];
    return from && group.includes(from) ? group.documents.filter((d) => d !== from) : [...group.documents];
  }

  /** Last day of validity, when the document states one (长期有效 has none). */
  validityEnd(doc: DocumentResult): string | null {
    if (doc.facts?.indefinite) return null;
    return doc.meta?.validity?.until ?? null;
  }

  status(doc: DocumentResult): DocumentStatus {
    const end = this.validityEnd(doc);
    return { expiredOn: end !== null && end < this.asOf ? end : null, repealed: this.repeals.get(doc) ?? null };
  }

  isInactive(doc: DocumentResult): boolean {
    const s = this.status(doc);
    return s.expiredOn !== null || s.repealed !== null;
  }
}
