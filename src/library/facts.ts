import { findDocumentNumbers, normalizeDocumentNumber } from '../document/structure/document-number.js';
import type { LegalDocument, Span, TextField } from '../document/model.js';
import { excerptOf, locate } from '../document/structure/locate.js';
import { documentCitations } from '../corpus/citations.js';
import type { Citation, DocumentFacts, FactAnchor } from '../engine/types.js';

/**
 * Per-document facts that rules across documents (library/*) work from.
 * They travel in the JSON report, so the same rules run again on merged
 * shard reports without the documents themselves.
 */

/** A sentence that declares other documents repealed or no longer in force. */
const REPEAL_RE = /废止|宣布失效|同时失效|停止执行|不再执行/u;
/** A sentence that names the ground the document is made on. */
const BASIS_VERB_RE = /(根据|依据|依照|按照)/u;
const BASIS_END_RE = /(制定|结合|现就|通知如下|规定如下)/u;
/** Citations kept per document at most: facts must stay small beside the findings. */
const MAX_CITATIONS = 200;

function anchor(doc: LegalDocument, field: { span: Span } | undefined): FactAnchor | undefined {
  if (!field) return undefined;
  return { location: locate(doc, field.span), excerpt: excerptOf(doc, field.span) };
}

/** The sentence around an offset (bounded by 。；！？ or a line break). */
function sentenceAt(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[。；！？\n]/u.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[。；！？\n]/u.test(text[to])) to++;
  return text.slice(from, to);
}

function roleOf(sentence: string): Citation['role'] {
  if (REPEAL_RE.test(sentence)) return 'repeal';
  if (BASIS_VERB_RE.test(sentence) && BASIS_END_RE.test(sentence)) return 'basis';
  return 'reference';
}

function inside(span: Span, field: TextField | undefined): boolean {
  return !!field && span.start >= field.span.start && span.end <= field.span.end;
}

/** Canonical form of a title for matching: no spaces, 〈〉 as 《》, fullwidth brackets as written in official titles. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\s\u3000]/gu, '')
    .replace(/[〈<]/gu, '《')
    .replace(/[〉>]/gu, '》')
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）')
    .replace(/^《(.*)》$/u, '$1');
}

/** Titles a document is known by: its title and the measure a 印发 notice issues (关于印发《X》的通知 → X). */
export function titlesOf(title: string | null | undefined): string[] {
  if (!title) return [];
  const out = [title];
  const issued = /印发[^《]*《([^》]+)》/u.exec(title.replace(/〈/gu, '《').replace(/〉/gu, '》'));
  if (issued) out.push(issued[1]);
  return [...new Set(out)];
}

export function factsOf(doc: LegalDocument): DocumentFacts {
  const { header, closing } = doc;
  const citations: Citation[] = [];
  const seen = new Set<string>();
  const add = (kind: Citation['kind'], text: string, span: Span, nested = false): void => {
    if (citations.length >= MAX_CITATIONS) return;
    // A repeal clause repeals the outer title: 《最高人民法院关于执行〈行政诉讼法〉若干问题的解释》同时废止 does not repeal 行政诉讼法.
    const sentenceRole = roleOf(sentenceAt(doc.text, span.start, span.end));
    const role = nested && sentenceRole === 'repeal' ? 'reference' : sentenceRole;
    // One entry per cited text and role: the first place it is cited in that role.
    const key = `${kind}\u0000${text}\u0000${role}`;
    if (seen.has(key)) return;
    seen.add(key);
    citations.push({ kind, text, role, location: locate(doc, span), excerpt: excerptOf(doc, span) });
  };
  // Mentions of the document itself (its number, its title, the measure it issues) are not citations.
  const ownNumber = header.documentNumber ? findDocumentNumbers(header.documentNumber.text).map(normalizeDocumentNumber)[0] : undefined;
  const ownTitles = new Set(titlesOf(header.title?.text).map(normalizeTitle));
  for (const n of findDocumentNumbers(doc.text)) {
    const span = { start: n.start, end: n.end };
    if (inside(span, header.documentNumber) || normalizeDocumentNumber(n) === ownNumber) continue;
    add('documentNumber', n.text, span);
  }
  // The same citations the citation rules read (found once per document); a title quoting another
  // (关于印发〈X〉的通知) is cited by its innermost titles as well as by itself.
  for (const c of documentCitations(doc)) {
    for (const t of [{ title: c.title, span: c.span, nested: false }, ...c.nested.map((n) => ({ ...n, nested: true }))]) {
      // Inside the title only a repeal decision (关于废止《X》的决定) cites another document.
      if (inside(t.span, header.title) ? !REPEAL_RE.test(header.title!.text) : ownTitles.has(normalizeTitle(t.title))) continue;
      add('title', t.title, t.span, t.nested);
    }
  }
  citations.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
  const anchors: DocumentFacts['anchors'] = {};
  const title = anchor(doc, header.title);
  if (title) anchors.title = title;
  const documentNumber = anchor(doc, header.documentNumber);
  if (documentNumber) anchors.documentNumber = documentNumber;
  const registrationNumber = anchor(doc, header.registrationNumber);
  if (registrationNumber) anchors.registrationNumber = registrationNumber;
  const validity = anchor(doc, closing.validity);
  if (validity) anchors.validity = validity;
  return {
    titles: titlesOf(header.title?.text),
    indefinite: !!closing.validity?.indefinite,
    anchors,
    citations,
  };
}
