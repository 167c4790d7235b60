import { editDistance } from '../zh/edit-distance.js';
import { localeCompare } from '../zh/collate.js';
import { regionOf, titleKey, withoutRegion } from './titles.js';
import type { LawRecord } from './types.js';

/**
 * One view of every law and document known: the built-in registry and the
 * stored corpus, grouped by title (one group per instrument, one record per
 * version). A stored title replaces the registry's records for that title;
 * the registry only fills in what the corpus leaves blank (a repeal date the
 * manifest does not give, a level).
 */

export type LawState = 'in-force' | 'repealed' | 'expired' | 'partial' | 'not-yet-effective';

export interface Resolution {
  state: LawState;
  /** The version that applied on the date (the first one when none had started). */
  record: LawRecord;
  /** The latest version known. */
  latest: LawRecord;
  versions: LawRecord[];
}

const startOf = (r: LawRecord): string | null => r.effectiveDate ?? r.versionDate ?? r.promulgationDate;
const orderOf = (r: LawRecord): string => r.versionDate ?? r.effectiveDate ?? r.promulgationDate ?? '';

function sortVersions(records: LawRecord[]): LawRecord[] {
  // Undated records (old instruments named only in a repeal clause) come first.
  // Keys only break ties between versions of one date, so they are compared by code unit: a key holds the title, and
  // comparing Chinese text would start ICU's collator (~10 ms) on every check that reads the catalogue.
  return [...records].sort((a, b) => localeCompare(orderOf(a), orderOf(b)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export class LawCatalog {
  private readonly groups = new Map<string, LawRecord[]>();
  private readonly aliasToGroup = new Map<string, string>();
  readonly knownLawKeys: ReadonlySet<string>;

  constructor(registry: LawRecord[], stored: LawRecord[], knownLawKeys: ReadonlySet<string> = new Set()) {
    const registryGroups = new Map<string, LawRecord[]>();
    for (const r of registry) this.add(registryGroups, r);
    const storedGroups = new Map<string, LawRecord[]>();
    for (const r of stored) this.add(storedGroups, r, registryGroups);
    for (const [key, records] of registryGroups) if (!storedGroups.has(key)) this.groups.set(key, sortVersions(records));
    for (const [key, records] of storedGroups) this.groups.set(key, sortVersions(enrich(records, registryGroups.get(key))));
    const keys = new Set(knownLawKeys);
    for (const [key, records] of this.groups) if (records.some((r) => r.level === '法律')) keys.add(key);
    this.knownLawKeys = keys;
  }

  /** File a record under its title's group; a stored record whose title is a registry alias joins that registry group. */
  private add(groups: Map<string, LawRecord[]>, r: LawRecord, registryGroups?: Map<string, LawRecord[]>): void {
    let key = titleKey(r.title);
    if (registryGroups && !registryGroups.has(key)) {
      const viaAlias = this.aliasToGroup.get(key);
      if (viaAlias && registryGroups.has(viaAlias)) key = viaAlias;
    }
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
    for (const alias of r.aliases) {
      const a = titleKey(alias);
      if (a !== key && !this.aliasToGroup.has(a)) this.aliasToGroup.set(a, key);
    }
  }

  private groupKey(title: string): string | undefined {
    const key = titleKey(title);
    if (this.groups.has(key)) return key;
    const alias = this.aliasToGroup.get(key);
    return alias && this.groups.has(alias) ? alias : undefined;
  }

  /** Every version known under a title (full title, short title or alias), oldest first; empty when unknown. */
  versions(title: string): LawRecord[] {
    const key = this.groupKey(title);
    return key ? this.groups.get(key)! : [];
  }

  has(title: string): boolean {
    return this.groupKey(title) !== undefined;
  }

  /** Whether a key names a national law (法律) known to the registry's law list or the catalogue. */
  isKnownNationalLaw(title: string): boolean {
    return this.knownLawKeys.has(titleKey(title));
  }

  /** What applied on a date: the version then in force, and whether the instrument was repealed, expired or partly void. */
  resolve(title: string, date: string): Resolution | undefined {
    const key = this.groupKey(title);
    if (!key) return undefined;
    const versions = this.groups.get(key)!;
    const latest = versions.at(-1)!;
    const started = versions.filter((v) => {
      const s = startOf(v);
      return s === null || s <= date;
    });
    if (started.length === 0) return { state: 'not-yet-effective', record: versions[0], latest, versions };
    const record = started.at(-1)!;
    let state: LawState = 'in-force';
    const ended = record.repealDate === null || record.repealDate <= date;
    // An old instrument replaced by a later one of the same title (工会法 1950 → 1992): the title lives on.
    const sameTitleSuccessor = record.replacedBy !== null && titleKey(record.replacedBy) === key;
    if ((record.status === '已废止' || record.status === '失效') && ended && !sameTitleSuccessor) state = record.status === '失效' ? 'expired' : 'repealed';
    else if (record.status === '部分失效' && record.repealDate !== null && record.repealDate <= date) state = 'partial';
    return { state, record, latest, versions };
  }

  /**
   * The known title closest to an unknown one, for "您是否指…": same region,
   * a small edit distance for the length, or the same name with 法 written
   * as 条例 (《就业促进条例》 → 《中华人民共和国就业促进法》).
   */
  suggest(title: string): LawRecord | undefined {
    const key = titleKey(title);
    if (this.groupKey(title)) return undefined;
    const region = regionOf(key);
    const bare = withoutRegion(key);
    const swapped = bare.endsWith('条例') ? `${bare.slice(0, -2)}法` : undefined;
    let best: string | undefined;
    let bestDistance = Infinity;
    const consider = (candidate: string, group: string): void => {
      if (regionOf(candidate) !== region) return;
      const other = withoutRegion(candidate);
      if (swapped && other === swapped) {
        best = group;
        bestDistance = -1;
        return;
      }
      if (bestDistance === -1) return;
      if (Math.abs(other.length - bare.length) > 3) return;
      const d = editDistance(bare, other);
      if (d < bestDistance) {
        bestDistance = d;
        best = group;
      }
    };
    for (const k of this.groups.keys()) consider(k, k);
    for (const [alias, group] of this.aliasToGroup) consider(alias, group);
    const limit = bare.length <= 4 ? 1 : bare.length <= 12 ? 2 : 3;
    if (best === undefined || bestDistance > limit) return undefined;
    return this.groups.get(best)!.at(-1);
  }

  /**
   * Up to `n` known titles nearest to one that is not known, for a message
   * (相近的有：…): same region, sharing most of the title's character pairs.
   */
  nearest(title: string, n = 3): LawRecord[] {
    const key = withoutRegion(titleKey(title));
    const region = regionOf(titleKey(title));
    const pairs = (s: string): Set<string> => {
      const out = new Set<string>();
      for (let i = 0; i + 2 <= s.length; i++) out.add(s.slice(i, i + 2));
      return out;
    };
    const mine = pairs(key);
    if (mine.size === 0) return [];
    const scored: Array<{ group: string; score: number }> = [];
    for (const group of this.groups.keys()) {
      if (regionOf(group) !== region) continue;
      const theirs = pairs(withoutRegion(group));
      let shared = 0;
      for (const p of mine) if (theirs.has(p)) shared++;
      const score = (2 * shared) / (mine.size + theirs.size);
      if (score >= 0.5) scored.push({ group, score });
    }
    return scored
      .sort((a, b) => b.score - a.score || a.group.length - b.group.length)
      .slice(0, n)
      .map((x) => this.groups.get(x.group)!.at(-1)!);
  }

  /** The latest record of every instrument, sorted by title. */
  latest(): LawRecord[] {
    return [...this.groups.values()].map((v) => v.at(-1)!).sort((a, b) => a.title.localeCompare(b.title, 'zh'));
  }

  get size(): number {
    return this.groups.size;
  }
}

/** Fill what a stored record leaves blank from the registry's record of the same instrument. */
function enrich(stored: LawRecord[], registry: LawRecord[] | undefined): LawRecord[] {
  if (!registry) return stored;
  const ref = registry.at(-1)!;
  return stored.map((r) => {
    const out = { ...r, aliases: [...new Set([...r.aliases, ...registry.flatMap((x) => x.aliases)])] };
    if (out.level === null) out.level = ref.level;
    if (out.status === ref.status && out.status !== '现行有效' && out.status !== '已修改') {
      out.repealDate ??= ref.repealDate;
      out.replacedBy ??= ref.replacedBy;
      out.evidence ??= ref.evidence;
      out.partialNote ??= ref.partialNote;
    }
    return out;
  });
}
