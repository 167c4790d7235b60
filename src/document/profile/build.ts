import { PROVINCES } from '../../corpus/titles.js';
import { isRegistrationPlaceholder, parseRegistrationNumber } from '../structure/registration-number.js';
import type { DocumentForm, DocumentProfile, LegalDocument, ProfileIssuer, ProfileOverrides, ProfileValue } from '../model.js';
import { detectDates } from './dates.js';
import { bareTitle } from './evidence.js';
import { detectIssuers, impliedIssuers } from './issuer-evidence.js';
import { describeIssuer } from './issuers.js';
import { detectKind, titleForm } from './kind.js';
import { isNormative, LEGISLATIVE_KINDS, NATIONAL } from './kinds.js';

export interface ProfileOptions {
  /** Review date (--as-of): the reference date of a document that states none. */
  asOf: string;
  /** Shared settings; settings.region is the office's own province (default 湖南省). */
  settings?: Readonly<Record<string, unknown>>;
  overrides?: ProfileOverrides;
}

/** The office's own province: settings.region, else 湖南省. */
export function ownRegion(settings: Readonly<Record<string, unknown>> | undefined): string {
  const r = settings?.region;
  return typeof r === 'string' && (PROVINCES as readonly string[]).includes(r) ? r : '湖南省';
}

const DRAFT_WORDS = /(征求意见稿|送审稿|草案|讨论稿|修订稿|代拟稿|草稿|审议稿)/u;

function stageOf(doc: LegalDocument, kind: ProfileValue<string>): DocumentProfile['stage'] {
  const h = doc.header;
  for (const f of [h.title, ...(h.titleNotes ?? [])]) {
    const m = f ? DRAFT_WORDS.exec(f.text) : null;
    if (f && m) return { value: 'draft', source: 'read', basis: `标注“${m[1]}”`, evidence: f.span };
  }
  const reg = h.registrationNumber;
  const parsed = reg ? parseRegistrationNumber(reg.text) : undefined;
  if (reg && isRegistrationPlaceholder(reg.text) && !(parsed && /^[0-9０-９]+$/.test(parsed.year + parsed.serial))) {
    return { value: 'draft', source: 'read', basis: `统一登记号尚未取得（“${reg.text.trim() || '空'}”）`, evidence: reg.span };
  }
  if (h.decree) return { value: 'issued', source: 'read', basis: '已以令公布', evidence: h.decree.span };
  const history = (h.titleNotes ?? []).find((n) => /(通过|公布|发布|颁布|修正|修订|批准)/u.test(n.text));
  if (history && kind.value !== '行政规范性文件') return { value: 'issued', source: 'read', basis: '标题下载明通过、公布日期', evidence: history.span };
  if (LEGISLATIVE_KINDS.includes(kind.value as never))
    return { value: 'issued', source: 'inferred', basis: `文件类型为${kind.value}，未标注“草案”“征求意见稿”` };
  const signed = doc.closing.signedDate;
  if (signed && (reg || h.documentNumber))
    return { value: 'issued', source: 'inferred', basis: `已标注${reg ? '统一登记号' : '发文字号'}和成文日期`, evidence: (reg ?? h.documentNumber)!.span };
  return { value: 'draft', source: 'inferred', basis: '未见发文字号、成文日期或公布程序，按送审稿审核' };
}

function formOf(doc: LegalDocument, kind: string): DocumentProfile['form'] {
  const title = bareTitle(doc);
  const issuing = !!titleForm(title).issued || /(印发|转发|发布|颁布|批转)/u.test(title);
  const attached = (doc.bodyTitles ?? []).length > 0 || doc.attachments.some((a) => a.where === 'body');
  const form: DocumentForm = ['批复', '函', '答复'].includes(kind)
    ? 'letter'
    : issuing && (attached || doc.closingStart < doc.source.blocks.length - 1)
      ? 'issuing'
      : doc.style === 'articles'
        ? 'articles'
        : doc.style === 'outline'
          ? 'outline'
          : 'plain';
  const basis: Record<DocumentForm, string> = {
    letter: `文种为${kind}`,
    issuing: `标题为印发（转发）通知${attached ? '，正文后附所印发的文件' : ''}`,
    articles: `正文按“第X条”编排（${doc.articles.length}条）`,
    outline: `正文按“一、（一）”层次编排（${doc.outline.filter((o) => o.level === 1).length}部分）`,
    plain: '正文未分条、未分层次',
  };
  return { value: form, source: 'read', basis: basis[form] };
}

function userIssuer(name: string, region: string | undefined, origin: string): ProfileIssuer {
  const info = describeIssuer(name);
  return { ...info, region: region ?? info.region, source: 'user', basis: `${origin}指定制定机关` };
}

/**
 * The profile stage: what the document is, each field with its evidence,
 * then the user's overrides (--kind, --issuer, --region, config "document").
 */
export function buildProfile(doc: LegalDocument, options: ProfileOptions): DocumentProfile {
  const overrides = options.overrides ?? {};
  const origin = overrides.origin ?? '用户';
  let issuers = detectIssuers(doc);
  let kind = detectKind(doc, issuers, ownRegion(options.settings));
  if (overrides.kind) kind = { value: overrides.kind, source: 'user', basis: `${origin}指定文件类型为${overrides.kind}（识别结果：${kind.value}）` };
  issuers = impliedIssuers(kind.value, issuers, bareTitle(doc));
  if (overrides.issuer) issuers = [userIssuer(overrides.issuer, overrides.region, origin), ...issuers.filter((i) => i.name !== overrides.issuer)];

  const first = issuers[0];
  let region: ProfileValue<string>;
  if (overrides.region) region = { value: overrides.region, source: 'user', basis: `${origin}指定地区为${overrides.region}` };
  else if (first?.region)
    region = {
      value: first.region,
      source: first.source,
      basis: first.region === NATIONAL ? `制定机关${first.name}为国家机关` : `制定机关${first.name}属${first.region}`,
      evidence: first.evidence,
    };
  else if (!first && doc.header.recipients && /各省、自治区、直辖市/u.test(doc.header.recipients.text)) {
    region = {
      value: NATIONAL,
      source: 'inferred',
      basis: `主送“${doc.header.recipients.text.slice(0, 24)}”：向各省、自治区、直辖市发文的是国家机关`,
      evidence: doc.header.recipients.span,
    };
  } else {
    const own = ownRegion(options.settings);
    region = {
      value: own,
      source: 'inferred',
      basis: first ? `未能判断${first.name}所属地区，按本地区（${own}）` : `未识别制定机关，按本地区（${own}；配置项 settings.region）`,
    };
  }
  const dates = detectDates(doc, options.asOf, kind.value);
  return {
    kind,
    normative: isNormative(kind.value),
    issuers,
    level: first?.level ?? null,
    region,
    dates,
    stage: stageOf(doc, kind),
    form: formOf(doc, kind.value),
  };
}
