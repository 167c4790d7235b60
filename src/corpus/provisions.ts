import type { LegalDocument, StructureNode } from '../document/model.js';
import { addressAt } from '../document/structure/locate.js';
import { findDates } from '../zh/dates.js';
import { formatChineseNumber } from '../zh/numerals.js';
import type { ProvisionInput } from './store.js';
import { looksLikeNationalLaw, regionOf, titleKey } from './titles.js';
import type { LawLevel, LawRecord } from './types.js';

/**
 * A law read by the same structure pass as `check`, cut into provisions:
 * one row per 款, one per 项 (and 目), with its legal address. Documents
 * without 条 (old notices with 一、二、) are stored paragraph by paragraph.
 */

const cn = formatChineseNumber;

function headingsOf(parts: StructureNode[]): Map<StructureNode, string> {
  const out = new Map<StructureNode, string>();
  const walk = (nodes: StructureNode[], path: string[]): void => {
    for (const n of nodes) {
      if (n.kind === 'article') {
        if (path.length > 0) out.set(n, path.join(' '));
        continue;
      }
      walk(n.children, [...path, `${n.label}${n.title ? ` ${n.title}` : ''}`]);
    }
  };
  walk(parts, []);
  return out;
}

export function provisionsOf(doc: LegalDocument): ProvisionInput[] {
  const out: ProvisionInput[] = [];
  const blockEnd = (b: number): number => doc.blockStarts[b] + doc.source.blocks[b].text.length;
  const slice = (start: number, block: number): string => doc.text.slice(start, blockEnd(block)).trim();
  if (doc.articles.length > 0) {
    const headings = headingsOf(doc.parts);
    doc.articles.forEach((a, i) => {
      const base = { article: a.number, articleOrdinal: i + 1, heading: headings.get(a) ?? null };
      const articleLabel = `第${cn(a.number)}条`;
      for (const c of a.children) {
        const clauseLabel = a.children.length > 1 ? `第${cn(c.number)}款` : '';
        out.push({
          ...base,
          ordinal: out.length + 1,
          clause: c.number,
          item: null,
          address: articleLabel + clauseLabel,
          text: slice(c.span.start, c.blocks[0]),
        });
        for (const it of c.children) {
          const itemAddress = `${articleLabel}${clauseLabel}第（${cn(it.number)}）项`;
          out.push({ ...base, ordinal: out.length + 1, clause: c.number, item: it.number, address: itemAddress, text: slice(it.span.start, it.blocks[0]) });
          for (const sub of it.children) {
            out.push({
              ...base,
              ordinal: out.length + 1,
              clause: c.number,
              item: it.number,
              address: `${itemAddress}第${sub.number}目`,
              text: slice(sub.span.start, sub.blocks[0]),
            });
          }
        }
      }
    });
    return out.filter((p) => p.text !== '');
  }
  for (let b = doc.bodyStart; b < doc.closingStart; b++) {
    const block = doc.source.blocks[b];
    if (block.container !== 'body' || block.text.trim() === '') continue;
    const { address } = addressAt(doc, doc.blockStarts[b]);
    out.push({ ordinal: out.length + 1, article: null, articleOrdinal: null, clause: null, item: null, address, heading: null, text: block.text.trim() });
  }
  return out;
}

/** A best guess at the level of a document from its title and numbers, for files imported without a manifest. */
export function guessLevel(title: string, documentNumbers: string[]): LawLevel | null {
  const key = titleKey(title);
  const region = regionOf(title);
  if (/^最高人民法院/.test(key)) return '司法解释';
  if (looksLikeNationalLaw(key) || /^全国人民代表大会常务委员会关于/.test(key)) return '法律';
  if (documentNumbers.some((n) => /国务院令/.test(n))) return '行政法规';
  if (documentNumbers.some((n) => /人民政府令/.test(n))) return '地方政府规章';
  if (documentNumbers.some((n) => /部令|局令|委员会令|署令/.test(n))) return '部门规章';
  if (documentNumbers.some((n) => /〔\d{4}〕\d+号/.test(n))) return '规范性文件';
  if (/(通知|意见|决定|方案)$/.test(key)) return '规范性文件';
  if (region && /条例$/.test(key)) return '地方性法规';
  if (!region && /条例$/.test(key)) return '行政法规';
  return null;
}

const ORDER_NUMBER = /([\u4e00-\u9fff]{2,30}令第[0-9０-９一二三四五六七八九十百千零〇]+号|[\u4e00-\u9fff]{1,14}[〔[［][0-9０-９]{4}[〕\]］][0-9０-９]+号)/gu;

/** What the text itself says about a law: title, dates from its header lines, numbers, level. */
export function recordFromText(doc: LegalDocument, key: string): LawRecord {
  const title = doc.header.title?.text ?? doc.source.blocks[0]?.text.trim() ?? key;
  const headerLines = doc.source.blocks.slice(0, doc.articles[0]?.blocks[0] ?? Math.min(doc.source.blocks.length, doc.bodyStart + 8)).map((b) => b.text);
  const events: Array<{ iso: string; line: string }> = [];
  for (const line of headerLines) {
    const d = findDates(line)[0];
    if (d?.iso && d.start <= 2) events.push({ iso: d.iso, line });
  }
  const numbers = new Set<string>();
  if (doc.header.documentNumber) numbers.add(doc.header.documentNumber.text);
  for (const line of headerLines) for (const m of line.matchAll(ORDER_NUMBER)) numbers.add(m[1]);
  const revisions = events
    .filter((e) => /修正|修订|修改/.test(e.line))
    .map((e) => e.iso)
    .sort();
  const promulgation = events.find((e) => /通过|公布|发布|颁布|批准|印发/.test(e.line))?.iso ?? events[0]?.iso ?? doc.closing.signedDate?.iso ?? null;
  const latest =
    [...events.map((e) => e.iso), doc.closing.signedDate?.iso]
      .filter((x): x is string => !!x)
      .sort()
      .at(-1) ?? null;
  const documentNumbers = [...numbers];
  const issuer = doc.header.issuers[0]?.text ?? issuerOfEvents(events.map((e) => e.line)) ?? null;
  const last = doc.articles.at(-1)?.number ?? 0;
  return {
    key,
    title,
    aliases: [],
    level: guessLevel(title, documentNumbers),
    issuer,
    region: regionOf(title),
    documentNumbers,
    promulgationDate: promulgation,
    effectiveDate: doc.closing.effective?.date?.iso ?? null,
    revisionDate: revisions.at(-1) ?? null,
    versionDate: latest,
    status: '现行有效',
    repealDate: null,
    replacedBy: null,
    supersededBy: null,
    partialNote: null,
    evidence: null,
    articles: last > 0 ? last : null,
    hasText: true,
    source: 'corpus',
  };
}

function issuerOfEvents(lines: string[]): string | undefined {
  for (const line of lines) {
    const m = /(全国人民代表大会常务委员会|全国人民代表大会|国务院|[\u4e00-\u9fff]{2,8}(?:省|市|自治区)人民代表大会常务委员会)/u.exec(line);
    if (m) return m[1];
  }
  return undefined;
}
