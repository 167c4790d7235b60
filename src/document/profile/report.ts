import type { NotApplicableRule, ProfileReport, ProfileValueReport } from '../../engine/types.js';
import { formatChineseDate } from '../../zh/dates.js';
import type { DocumentProfile, LegalDocument, ProfileValue, Span } from '../model.js';
import { excerptOf, locate } from '../structure/locate.js';
import { FORM_LABEL, LEVEL_LABEL, NATIONAL, REFERENCE_DATE_LABEL } from './kinds.js';

/** The profile as the JSON report carries it: spans become locations with the text they point at. */
export function profileForReport(doc: LegalDocument, profile: DocumentProfile): ProfileReport {
  const evidence = (span?: Span): ProfileValueReport['evidence'] => (span ? { location: locate(doc, span), excerpt: excerptOf(doc, span) } : null);
  const value = <T>(v: ProfileValue<T>): ProfileValueReport<T> => ({ value: v.value, source: v.source, basis: v.basis, evidence: evidence(v.evidence) });
  const dates: ProfileReport['dates'] = { reference: { ...value(profile.dates.reference), of: profile.dates.reference.of } };
  for (const k of ['signed', 'published', 'revised', 'effective', 'validUntil'] as const) {
    const d = profile.dates[k];
    if (d) dates[k] = value(d);
  }
  const out: ProfileReport = {
    kind: value(profile.kind),
    normative: profile.normative,
    issuers: profile.issuers.map((i) => ({ name: i.name, level: i.level, region: i.region, source: i.source, basis: i.basis, evidence: evidence(i.evidence) })),
    level: profile.level,
    region: value(profile.region),
    dates,
    stage: value(profile.stage),
    form: value(profile.form),
    summary: '',
  };
  out.summary = profileSummary(out);
  return out;
}

/** 批复（非规范性文件）；国务院（国家级）；成文日期2018年11月23日；通知式. */
export function profileSummary(p: ProfileReport): string {
  const kind = `${p.kind.value}${p.normative ? '' : '（非规范性文件）'}${p.kind.source === 'user' ? '（用户指定）' : ''}`;
  const issuers =
    p.issuers.length > 0
      ? p.issuers
          .map(
            (i) =>
              `${i.name}${i.level ? `（${LEVEL_LABEL[i.level]}${i.region && i.region !== NATIONAL && i.level !== 'provincial' ? `，${i.region}` : ''}）` : ''}`,
          )
          .join('、')
      : `制定机关未识别（按${p.region.value}）`;
  const ref = p.dates.reference;
  const date =
    ref.of === 'numberYear' ? `${REFERENCE_DATE_LABEL[ref.of]}${ref.value.slice(0, 4)}年` : `${REFERENCE_DATE_LABEL[ref.of]}${formatChineseDate(ref.value)}`;
  const stage = p.stage.value === 'draft' ? '送审稿' : '已印发';
  return [kind, issuers, date, FORM_LABEL[p.form.value as keyof typeof FORM_LABEL] ?? p.form.value, stage].join('；');
}
