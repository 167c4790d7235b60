import type { LawCatalog } from '../../src/corpus/catalog.js';
import { documentCitations } from '../../src/corpus/citations.js';
import { chineseDate, documentDate } from '../../src/rule-support/corpus.js';
import { loadNationalLaws, NATIONAL_SOURCE_TAG } from '../../src/corpus/national-list.js';
import { isDocumentTitle, looksLikeLegalTitle, looksLikeNationalLaw, regionOf, titleKey, titleVersionYear } from '../../src/corpus/titles.js';
import type { LawRecord } from '../../src/corpus/types.js';
import { defineRule } from '../../src/engine/rule.js';

export interface Options {
  /** Also report (as 提示) a plausible title that neither the registry nor the corpus knows. */
  reportUnverified: boolean;
}

/**
 * 党内法规 named 条例 without 中国共产党 in the title, issued by the Party Central Committee (alone or with the State
 * Council): cited by 人社 documents on cadres, files and petitions, and not in the list of administrative regulations.
 */
const PARTY_REGULATIONS =
  /^(?:干部教育培训工作条例|党政领导干部选拔任用工作条例|干部人事档案工作条例|党政机关厉行节约反对浪费条例|党政机关公文处理工作条例|信访工作条例)$/u;

/** 《…条例》 of the State Council: the national list holds every one in force; 党内法规 and local regulations are not in it. */
function looksLikeNationalRegulation(key: string): boolean {
  return (
    /条例$/u.test(key) &&
    regionOf(key) === null &&
    !/^(?:中国共产党|中共|党|军队|中国人民解放军|中央军事委员会)/u.test(key) &&
    !PARTY_REGULATIONS.test(key) &&
    !/(?:省|市|自治区|自治州|县)/u.test(key.slice(0, 6))
  );
}

const VERSION_AFTER = /^[ \u3000]*[（(][ \u3000]*([12][0-9]{3})[ \u3000]*年?[^（）()]{0,6}?[）)]/u;

const yearOf = (r: LawRecord): number | null => {
  const d = r.versionDate ?? r.revisionDate ?? r.promulgationDate ?? r.effectiveDate;
  return d ? Number(d.slice(0, 4)) : null;
};

/**
 * The instrument's first promulgation, when a source that knows it says so
 * (the curated registry's promulgated, the corpus manifest's
 * promulgation_date); the national list holds later versions only and gives
 * none.
 */
function firstPromulgation(versions: readonly LawRecord[]): string | null {
  const dates = versions.map((v) => v.promulgationDate).filter((d): d is string => d !== null);
  return dates.length > 0 ? dates.sort()[0] : null;
}

/** The original version, when the records hold it: the one dated on the first promulgation. */
function originalVersion(versions: readonly LawRecord[], first: string): LawRecord | undefined {
  return versions.find((v) => v.versionDate === first || (v.revisionDate === null && v.versionDate === null && v.promulgationDate === first));
}

/**
 * Why an instrument cited without a version could not be the document's
 * basis on its date, in words for the message; null when it could, or when
 * the records cannot tell. Made after the document's date: not yet
 * promulgated. Promulgated but in force only later than the document takes
 * effect (a document may be issued ahead of a law it implements, to apply
 * from the same day): not yet in force. Where the records hold only later
 * versions (the national list), nothing is known of the first one.
 */
function notYetInForce(versions: readonly LawRecord[], date: string, ownEffective: string | undefined): string | null {
  const first = firstPromulgation(versions);
  if (first === null) return null;
  const original = originalVersion(versions, first);
  if (first > date)
    return original?.effectiveDate ? `于${chineseDate(first)}公布、自${chineseDate(original.effectiveDate)}起施行` : `于${chineseDate(first)}公布`;
  const starts = original?.effectiveDate;
  if (starts && starts > date && starts > (ownEffective ?? date)) return `自${chineseDate(starts)}起施行`;
  return null;
}

type VersionProblem = { kind: 'none'; known: string } | { kind: 'superseded'; current: number };

/**
 * What is wrong with a cited version year. A year before the instrument was
 * first made, or after the document's date, names no version; so does a year
 * after every version the records hold when the records were current on the
 * document's date (or that year had ended when they were made). A year the
 * records hold, or one between their versions (they may miss an amendment),
 * is superseded when a later version was in force on the document's date.
 */
function versionProblem(
  versions: readonly LawRecord[],
  year: number,
  date: string,
  inForce: LawRecord | undefined,
  listedUntil: string | null,
): VersionProblem | null {
  const years = [...new Set(versions.map(yearOf).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const first = firstPromulgation(versions);
  const firstYear = first ? Number(first.slice(0, 4)) : null;
  const known = [...new Set([...(firstYear !== null ? [firstYear] : []), ...years])]
    .sort((a, b) => a - b)
    .map((y) => `${y}年`)
    .join('、');
  if ((firstYear !== null && year < firstYear) || year > Number(date.slice(0, 4))) return { kind: 'none', known };
  if (year > years.at(-1)!) {
    const current = listedUntil !== null && (listedUntil >= date || year < Number(listedUntil.slice(0, 4)));
    return current ? { kind: 'none', known } : null;
  }
  const now = inForce ? yearOf(inForce) : null;
  return now !== null && now > year ? { kind: 'superseded', current: now } : null;
}

function nearestText(catalog: LawCatalog, title: string, exclude?: string): string {
  const near = catalog.nearest(title).filter((r) => r.title !== exclude);
  return near.length > 0 ? `相近的有：${near.map((r) => `《${r.title}》`).join('')}` : '法规名录中也没有相近的名称';
}

/**
 * A cited law or regulation that does not exist, or a version of it that
 * did not apply on the document's date. The built-in registry, extended by
 * the national list of laws, regulations and judicial interpretations
 * (data/national-laws.json) and by the stored corpus, holds every national
 * 法 and 条例: a 《中华人民共和国…法》 or a national 《…条例》 none of them knows is
 * made up, and the nearest real titles are named. Titles the lists do not
 * cover completely (部门规章, local rules, notices) are not reported unless
 * the office asks (reportUnverified). A version written after the title
 * (（2017年修正）) must exist and be the one in force on the document's date;
 * an instrument not yet in force on that date cannot be its basis.
 */
export default defineRule<Options>({
  id: 'legal-basis/unknown-citation',
  meta: {
    severity: 'warning',
    description: '引用的法律、法规名称有误或并不存在，或所引版本在文件成文日期时尚未施行、已被修订',
    basis: '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）；GB/T 9704—2012《党政机关公文格式》',
    needsCorpus: true,
    options: (z) => z.object({ reportUnverified: z.boolean() }).strict(),
    defaultOptions: { reportUnverified: false },
    messages: {
      misnamed: '未找到《{{title}}》，名称可能有误。您是否指《{{suggestion}}》？',
      noSuchLaw: '法律名录中没有《{{title}}》，这部法律可能并不存在（{{nearest}}）。',
      noSuchRegulation: '行政法规名录中没有《{{title}}》，这部条例可能并不存在（{{nearest}}）。',
      noSuchVersion: '《{{title}}》没有{{year}}年的版本（已知版本：{{versions}}），请核对版本年份。',
      versionSuperseded: '所引《{{title}}》{{year}}年版本在本文件成文日期（{{date}}）已被{{latest}}的版本代替，应引用现行版本。',
      notYetInForce: '《{{title}}》{{when}}，本文件成文日期（{{date}}）时尚未施行，不能作为依据。',
      unverified: '未能在法规名录和语料库中核实《{{title}}》，请核对名称。',
    },
    // 4: Party regulations named 条例 without 中国共产党 in the title (干部教育培训工作条例) are not State Council regulations.
    version: 4,
  },
  async create(context) {
    const doc = context.document;
    const citations = documentCitations(doc).filter((c) => !c.self && !c.historical && !c.documentNumber);
    const candidates = citations.filter((c) => looksLikeLegalTitle(c.key) && !isDocumentTitle(c.key));
    if (candidates.length === 0) return;
    const { catalog } = await context.corpus();
    const date = documentDate(doc, context.asOf);
    const seen = new Set<string>();
    // The date the national list was taken: a version after every one it holds did not exist then.
    const listedUntil = (await loadNationalLaws()).date;
    for (const c of candidates) {
      const versions = catalog.versions(c.title);
      if (versions.length > 0) {
        // The version as written inside the title (…法（2018年修正）) or right after it: 《…法》（2018年修正）.
        const after = VERSION_AFTER.exec(doc.text.slice(c.span.end, c.span.end + 16));
        const year = titleVersionYear(c.title) ?? (after ? Number(after[1]) : undefined);
        const span = after ? { start: c.span.start, end: c.span.end + after[0].length } : c.span;
        const bare = c.title.replace(/[（(][^（）()]*[）)]$/u, '');
        if (year) {
          const r = catalog.resolve(bare, date);
          const problem = versionProblem(versions, year, date, r && r.state !== 'not-yet-effective' ? r.record : undefined, listedUntil);
          if (problem?.kind === 'none') {
            context.report({
              messageId: 'noSuchVersion',
              data: { title: bare, year, versions: problem.known },
              span,
              suggestion: `核对版本年份，或删去括号中的版本说明，引用现行《${versions.at(-1)!.title}》。`,
            });
          } else if (problem?.kind === 'superseded') {
            context.report({
              messageId: 'versionSuperseded',
              data: { title: bare, year, date: chineseDate(date), latest: `${problem.current}年` },
              span,
              suggestion: `改为引用现行《${versions.at(-1)!.title}》。`,
            });
          }
          continue;
        }
        // Only a date the document states as its own (成文日期, or the review date of a draft): a date read from a
        // law's history lines may be an earlier version's than the text's.
        const own = !doc.profile || ['signed', 'asOf'].includes(doc.profile.dates.reference.of);
        const late = own ? notYetInForce(versions, date, doc.profile?.dates.effective?.value) : null;
        if (late) {
          context.report({
            messageId: 'notYetInForce',
            data: { title: versions.at(-1)!.title, when: late, date: chineseDate(date) },
            span: c.span,
            suggestion: '删去该依据，或核对文件的成文日期。',
          });
        }
        continue;
      }
      const key = titleKey(c.title);
      const suggestion = catalog.suggest(c.title);
      // The national list holds 部门规章 only in part: a 规定 or 办法 near one of its titles may be a real rule it lacks.
      const complete = looksLikeNationalLaw(key) || looksLikeNationalRegulation(key) || suggestion?.source !== NATIONAL_SOURCE_TAG;
      if (suggestion && complete) {
        context.report({
          messageId: 'misnamed',
          data: { title: c.title, suggestion: suggestion.title },
          span: c.span,
          suggestion: `改为《${suggestion.title}》。`,
        });
        continue;
      }
      if (looksLikeNationalLaw(key) && !catalog.isKnownNationalLaw(c.title) && (c.title.startsWith('中华人民共和国') || key.length <= 12)) {
        context.report({
          messageId: 'noSuchLaw',
          data: { title: c.title, nearest: nearestText(catalog, c.title) },
          span: c.span,
          suggestion: '核对法律全称（可查国家法律法规数据库 flk.npc.gov.cn），删去不存在的依据。',
        });
        continue;
      }
      if (looksLikeNationalRegulation(key)) {
        context.report({
          messageId: 'noSuchRegulation',
          data: { title: c.title, nearest: nearestText(catalog, c.title) },
          span: c.span,
          suggestion: '核对行政法规全称（可查国家法律法规数据库 flk.npc.gov.cn），删去不存在的依据。',
        });
        continue;
      }
      if (context.options.reportUnverified && !seen.has(key)) {
        seen.add(key);
        context.report({ messageId: 'unverified', data: { title: c.title }, span: c.span, severity: 'info' });
      }
    }
  },
});
