import { matchOutline } from '../../src/document/structure/markers.js';
import {
  anyMatch,
  compileAll,
  findTriggers,
  isConditionClause,
  isConductItem,
  isNegated,
  isUnless,
  leadInOf,
  NEGATION,
  provisionWord,
  regexListOption,
} from '../../src/engine/content-scan.js';
import { defineRule } from '../../src/engine/rule.js';
import { builtinList, unionOf, type ListItem } from '../../src/engine/term-lists.js';
import { scannedBlocks, spanOf, type ScannedBlock } from '../../src/engine/text-scan.js';
import { insideBookTitle, insideQuotation, LAW_TITLE, sentenceAround } from '../../src/zh/context.js';
import { STATE_COUNCIL_37 } from '../../src/engine/scopes.js';

export interface Options {
  /** Regexes: a sentence matching one is not reported. */
  allow: string[];
  /** Regexes for further statutory documents (the text before 证明 ending with one is not reported). */
  statutory: string[];
}

/** Separators inside an enumeration of materials: the certificate's own phrase starts after the last one. */
const SEPARATOR = /(?:[、，,；;：:和及与或]|以及|或者)/gu;

interface Requirement {
  block: ScannedBlock;
  /** Where the demanded material's text starts (after the verb or the item marker). */
  from: number;
  /** End of the region in which certificates count (sentence end). */
  to: number;
}

export default defineRule<Options>({
  id: 'content/certification',
  meta: {
    severity: 'warning',
    description: '要求申请人提供证明材料，未写明法律、法规或者国务院决定依据（证明事项）',
    applies: STATE_COUNCIL_37,
    basis: '《优化营商环境条例》第四十四条；《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）',
    options: (z) => z.object({ allow: regexListOption(z), statutory: regexListOption(z) }).strict(),
    defaultOptions: { allow: [], statutory: [] },
    messages: {
      demanded: '证明事项应当有法律、法规或者国务院决定依据，{{where}}要求提供“{{phrase}}”，未写明依据。',
    },
    version: 1,
  },
  async create(context) {
    const doc = context.document;
    const [verbs, nouns, leadIns, statutoryList, commitment, issueTo, notDemands, investigation] = await Promise.all([
      builtinList('certification.verbs'),
      builtinList('certification.nouns'),
      builtinList('certification.lead-ins'),
      builtinList('certification.statutory'),
      builtinList('certification.commitment'),
      builtinList('certification.issue-to'),
      builtinList('certification.not-demands'),
      builtinList('certification.investigation'),
    ]);
    const extra: ListItem[] = context.options.statutory.map((source) => ({ re: new RegExp(source, 'gu'), source }));
    const statutory = unionOf([...statutoryList, ...extra], 'end');
    const allow = compileAll(context.options.allow);
    const demands: Requirement[] = [];

    // 1. A verb that asks for material: 提供/提交/附送… or 由…出具.
    for (const h of findTriggers(doc, verbs)) {
      if (isNegated(h, doc) || isConditionClause(h) || isConductItem(h, doc) || isUnless(h, doc)) continue;
      demands.push({ block: h.block, from: h.end, to: h.sentence.end });
    }
    // 2. Items of a materials list introduced by a lead-in (“申请时提交下列材料：”).
    for (const b of scannedBlocks(doc)) {
      if (b.index < doc.bodyStart || b.text === '') continue;
      const lead = leadInOf(doc, b);
      if (!lead || !anyMatch(leadIns, lead.text) || NEGATION.test(lead.text)) continue;
      const block = doc.source.blocks[b.index];
      const marker = block.label ? undefined : matchOutline(b.text);
      demands.push({ block: b, from: marker ? marker.bodyOffset : 0, to: b.text.length });
    }

    // One finding per sentence, quoting every certificate it demands.
    const bySentence = new Map<string, { block: ScannedBlock; phrases: Array<{ start: number; end: number }> }>();
    for (const d of demands) {
      const text = d.block.text;
      const sentence = sentenceAround(text, d.from);
      const sentenceText = text.slice(sentence.start, sentence.end);
      // Replaced by a commitment, quoted from a named law, an investigation (not a service), or allowed by the office.
      if (anyMatch(commitment, sentenceText) || LAW_TITLE.test(sentenceText) || anyMatch(investigation, sentenceText) || allow.some((re) => re.test(sentenceText))) continue;
      const region = text.slice(d.from, d.to);
      for (const noun of findNouns(nouns, region)) {
        const nounEnd = d.from + noun.end;
        const demanded = text.slice(d.from, nounEnd);
        // A statutory document (身份证明, 解除劳动合同的证明…) or a summary of listed items (“……等证明材料”).
        if (statutory.test(demanded) || /等(?:相关|有关)?$/u.test(text.slice(d.from, d.from + noun.start))) continue;
        const phraseStart = d.from + lastSeparatorEnd(demanded.slice(0, noun.start));
        // “提供虚假证明材料” describes an offence, it does not ask for a certificate.
        if (anyMatch(notDemands, text.slice(phraseStart, nounEnd))) continue;
        const clauseStart = Math.max(sentence.start, text.lastIndexOf('，', d.from + noun.start) + 1);
        // “为参保人员出具…证明”: a duty to issue one, not a demand on the applicant.
        if (anyMatch(issueTo, text.slice(clauseStart, nounEnd))) continue;
        if (insideBookTitle(text, d.from + noun.start) || insideQuotation(text, d.from + noun.start)) continue;
        const key = `${d.block.index}:${sentence.start}`;
        const entry = bySentence.get(key) ?? { block: d.block, phrases: [] };
        if (!entry.phrases.some((p) => p.end === nounEnd)) entry.phrases.push({ start: phraseStart, end: nounEnd });
        bySentence.set(key, entry);
      }
    }
    for (const { block, phrases } of bySentence.values()) {
      phrases.sort((a, b) => a.start - b.start);
      const span = spanOf(block, phrases[0].start, phrases.at(-1)!.end);
      const quoted = phrases.map((p) => {
        const s = spanOf(block, p.start, p.end);
        return doc.text.slice(s.start, s.end);
      });
      context.report({
        messageId: 'demanded',
        data: { where: provisionWord(doc, span.start), phrase: quoted.join('”“') },
        span,
        suggestion: '删去该证明要求，改为告知承诺或由经办机构通过部门间数据共享核查；确有法律、法规或者国务院决定依据的，写明依据，如“按照《××条例》第×条规定提交……”。',
      });
    }
  },
});

/** 证明 nouns in a region (not the verb 证明其…). */
function findNouns(nouns: ListItem[], region: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const n of nouns) {
    n.re.lastIndex = 0;
    for (let m = n.re.exec(region); m; m = n.re.exec(region)) {
      if (m[0].length === 0) {
        n.re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function lastSeparatorEnd(s: string): number {
  let end = 0;
  for (const m of s.matchAll(SEPARATOR)) end = m.index + m[0].length;
  return end;
}

