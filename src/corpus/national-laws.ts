import * as z from 'zod';
import { NATIONAL_LAWS_PATH, NATIONAL_SOURCE_TAG, type NationalLaws } from './national-list.js';
import { titleKey } from './titles.js';
import type { LawLevel, LawRecord } from './types.js';
import { localeCompare } from '../zh/collate.js';

/**
 * The national list of laws (data/national-laws.json): every version of the
 * constitution, the laws, the administrative regulations, the judicial
 * interpretations and some 部门规章 collected by LawRefBook/Laws, with dates
 * and whether each version is still in force. It tells a real title from a
 * made-up one and a version in force from one that was not yet, or no
 * longer, in force on a document's date. The curated registry
 * (law-registry.yaml) and an imported corpus override it title by title.
 */

const isoOrNull = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();
const fileSchema = z.object({
  source: z.string().min(1),
  note: z.string(),
  entries: z.array(
    z.object({
      title: z.string().min(1),
      level: z.enum(['宪法', '法律', '行政法规', '司法解释', '部门规章']),
      published: isoOrNull,
      effective: isoOrNull,
      expired: z.boolean(),
      path: z.string(),
    }),
  ),
});

export type NationalLawsFile = z.output<typeof fileSchema>;

/** The title as cited in full: national laws carry 中华人民共和国 (反分裂国家法 and 决定 do not). */
function fullTitle(title: string, level: LawLevel): string {
  if (level !== '法律' || title.startsWith('中华人民共和国') || !/法$|法典$/u.test(title) || /^(?:反分裂国家法|全国人民代表大会)/u.test(title)) return title;
  return `中华人民共和国${title}`;
}

/**
 * Catalogue records, one per version; all but the last version of a title
 * are 已修改, the last 现行有效 or, when expired, 失效. The first promulgation
 * is left unknown (null): the list holds a title's later versions, often
 * only the latest, so its earliest date says nothing of when the instrument
 * was first made.
 */
export function nationalRecords(data: NationalLawsFile): LawRecord[] {
  const groups = new Map<string, NationalLawsFile['entries']>();
  for (const e of data.entries) {
    const key = `${e.level}:${titleKey(e.title)}`;
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  const out: LawRecord[] = [];
  for (const list of groups.values()) {
    // ISO dates: compared by code unit (src/zh/collate.ts), so that reading the registry does not start ICU's collator.
    const versions = [...list].sort((a, b) => localeCompare(a.published ?? '', b.published ?? '') || localeCompare(a.effective ?? '', b.effective ?? ''));
    const keys = versions.map(
      (v, i) => `national:${v.level}:${v.title}@${v.published ?? 'undated'}${i > 0 && v.published === versions[i - 1].published ? `#${i}` : ''}`,
    );
    versions.forEach((v, i) => {
      const last = i === versions.length - 1;
      const title = fullTitle(v.title, v.level);
      out.push({
        key: keys[i],
        title,
        aliases: title !== v.title ? [v.title] : [],
        level: v.level,
        issuer: null,
        region: null,
        documentNumbers: [],
        // The list gives the date of each version it holds, mostly only the latest: the first one listed is not
        // necessarily the original enactment, so the instrument's first promulgation stays unknown.
        promulgationDate: null,
        effectiveDate: v.effective,
        revisionDate: i > 0 ? v.published : null,
        versionDate: v.published,
        status: last ? (v.expired ? '失效' : '现行有效') : '已修改',
        repealDate: null,
        replacedBy: null,
        supersededBy: last ? null : keys[i + 1],
        partialNote: null,
        evidence: null,
        articles: null,
        hasText: false,
        source: NATIONAL_SOURCE_TAG,
      });
    });
  }
  return out;
}

function dateOf(source: string): string | null {
  return /\((\d{4}-\d{2}-\d{2})\)/u.exec(source)?.[1] ?? null;
}

/** Validate the file's data; throws an Error naming the file and the entry. */
export function parseNationalLaws(raw: unknown, file = NATIONAL_LAWS_PATH): NationalLaws {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`全国法律法规名录 ${file} 不合法：${issue.path.join('.')}：${issue.message}`);
  }
  return { source: parsed.data.source, date: dateOf(parsed.data.source), records: nationalRecords(parsed.data) };
}
