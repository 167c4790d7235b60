import { findDocumentNumbers } from '../structure/document-number.js';
import type { DocumentKind, LegalDocument, ProfileIssuer, Span } from '../model.js';
import { bareTitle, findAllIn, headerZones } from './evidence.js';
import { describeIssuer, leadingIssuer, numberFamily } from './issuers.js';
import { NATIONAL } from './kinds.js';

/**
 * The issuing bodies, from what the document shows, in this order: the
 * 发文机关标志 and the title (关于… is preceded by the issuers), the 令, the
 * enacting formula, the signature, the 发文字号's code. Joint documents have
 * several; a body found twice is kept once, with its first evidence.
 */

const CN = '[0-9０-９一二三四五六七八九十百零〇○]+';
const ENACTING: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [new RegExp(`全国人民代表大会(常务委员会)?第${CN}次会议`, 'gu'), (m) => `全国人民代表大会${m[1] ?? ''}`],
  [
    new RegExp(`((?![日月年据过经于和及])[\\u4e00-\\u9fff]{2,16}?(?:省|自治区|市|自治州|自治县|县))第${CN}届人民代表大会(常务委员会)?第${CN}次会议`, 'gu'),
    (m) => `${m[1]}人民代表大会${m[2] ?? ''}`,
  ],
  [new RegExp(`(国务院|政务院)(?:第${CN}次常务会议|[\\s　]*(?:发布|批准|公布|颁布|修正公布))`, 'gu'), (m) => m[1]],
  [/(最高人民法院|最高人民检察院)(?:审判|检察)委员会/gu, (m) => m[1]],
  [
    new RegExp(
      `(?:经)?((?:中华人民共和国)?[\\u4e00-\\u9fff]{2,24}?(?:部|委员会|总局|局|署|银行))(?:第${CN}次)?(?:部务|委务|局务|署务|行务|委主任|主任)会议`,
      'gu',
    ),
    (m) => m[1],
  ],
  [/((?![日月年据过经于和及])(?:[\u4e00-\u9fff]{2,24}?、)*[\u4e00-\u9fff]{2,24}?(?:部|委员会|总局|局|署|人民政府|国务院))[\s　]*令[\s　]*第/gu, (m) => m[1]],
  [new RegExp(`((?![日月年据过经于和及])[\\u4e00-\\u9fff]{2,16}?人民政府)第${CN}次常务会议`, 'gu'), (m) => m[1]],
];

/** Bodies a kind implies when nothing names them (a 行政法规 whose text has no header is the State Council's). */
const IMPLIED: Partial<Record<DocumentKind, string>> = { 行政法规: '国务院', 法律: '全国人民代表大会常务委员会' };

export function detectIssuers(doc: LegalDocument): ProfileIssuer[] {
  const out: ProfileIssuer[] = [];
  const add = (name: string, source: ProfileIssuer['source'], basis: string, evidence?: Span): void => {
    const info = describeIssuer(name.replace(/^(?:中华人民共和国)(?=.{2})/u, '').trim());
    if (info.name.length < 2) return;
    if (out.some((o) => o.name === info.name)) return;
    out.push({ ...info, source, basis, evidence });
  };
  const h = doc.header;
  for (const f of h.issuers)
    add(f.text, 'read', h.title && f.span.start >= h.title.span.start && f.span.end <= h.title.span.end ? '标题所列发文机关' : '发文机关标志', f.span);
  if (h.issuers.length === 0 && h.title) {
    const lead = leadingIssuer(bareTitle(doc));
    if (lead) add(lead, 'read', '标题所列发文机关', h.title.span);
  }
  if (h.decree) {
    const m = /^(?:中华人民共和国)?([\u4e00-\u9fff、]{2,30}?)(?:[\s　]*)令/u.exec(h.decree.text.replace(/\n/g, ''));
    if (m)
      for (const part of m[1].split('、')) add(part.replace(/^中华人民共和国/u, ''), 'read', `以“${h.decree.text.replace(/\s+/g, '')}”公布`, h.decree.span);
  }
  for (const [re, name] of ENACTING) {
    for (const m of findAllIn(headerZones(doc), re)) {
      const raw = name(m.match);
      for (const part of raw.split('、')) add(part.replace(/^中华人民共和国/u, ''), 'read', `制定程序：“${m.match[0].trim()}”`, m.span);
    }
  }
  for (const f of doc.closing.signatories) add(f.text, 'read', '落款（发文机关署名）', f.span);
  const own = h.documentNumber;
  const number = own ? findDocumentNumbers(own.text)[0] : undefined;
  if (own && number) {
    const family = numberFamily(number.agency);
    if (family.issuer) {
      const info = family.issuer;
      const known = out.find((o) => o.name === info.name || (info.region && o.region === info.region && o.level === info.level));
      if (!known) out.push({ ...info, source: 'inferred', basis: `发文字号“${own.text}”：${family.explanation}`, evidence: own.span });
    }
  }
  return out;
}

/** Add the body a kind implies, when the document names none (a 行政法规 published without its header). */
export function impliedIssuers(kind: DocumentKind, issuers: ProfileIssuer[], title: string): ProfileIssuer[] {
  if (issuers.length > 0) return issuers;
  const name = IMPLIED[kind];
  if (name) return [{ ...describeIssuer(name), source: 'inferred', basis: `文件类型为${kind}，制定机关为${name}` }];
  if (kind === '地方性法规' || kind === '自治条例和单行条例') {
    const m = /^([\u4e00-\u9fff]{2,10}?(?:省|自治区|市|自治州|自治县))/u.exec(title);
    if (m) return [{ ...describeIssuer(`${m[1]}人民代表大会常务委员会`), source: 'inferred', basis: `文件类型为${kind}，标题冠以“${m[1]}”` }];
  }
  if (kind === '司法解释') {
    const m = /^(最高人民法院|最高人民检察院)/u.exec(title);
    if (m) return [{ ...describeIssuer(m[1]), source: 'read', basis: '标题所列制定机关' }];
  }
  return issuers;
}

export { NATIONAL };
