import type { CorpusProvision } from '../../src/corpus/api.js';
import { extractClaims, extractItemClaims, type Claim } from '../../src/corpus/claims.js';
import { findConflict, type HigherClaim } from '../../src/corpus/conflict.js';
import { documentDate, documentRegion, DRAFT_RANK, higherLaws, itemLeadIns, ruleBlocks } from '../../src/corpus/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';
import { CONFLICT } from '../../src/engine/scopes.js';

/**
 * A provision of the document that says otherwise than higher law on the
 * same subject: another deadline, duration, amount, ratio or age, a wider
 * range, or the opposite modality (不得 / 可以 / 应当). Claims are compared
 * by meaning (subject, quantity with unit, comparator, conditions,
 * modality), not wording; candidates come from the corpus's topic index in
 * one query per document. Only higher law in force on the document's date
 * counts (or equal-rank earlier law), and where two higher laws differ the
 * higher or later one governs.
 */
export default defineRule({
  id: 'conflict/corpus',
  meta: {
    severity: 'error',
    description: '与上位法规定不一致（期限、数额、比例、年龄、适用情形或“应当/可以/不得”不同）',
    applies: CONFLICT,
    basis: '《中华人民共和国立法法》；《湖南省规范性文件管理办法》（规范性文件不得与法律、法规、规章相抵触）',
    needsCorpus: true,
  },
  async create(context) {
    const doc = context.document;
    // Without a stored corpus there is nothing to compare with: say so before extracting the document's claims.
    const corpus = await context.corpus();
    if (!corpus.path) return; // the registry holds no provisions to compare with
    const drafts: Array<{ claim: Claim; offset: number }> = [];
    const leadIns = itemLeadIns(doc);
    for (const i of ruleBlocks(doc)) {
      const text = doc.source.blocks[i].text;
      const leadIn = leadIns.get(i);
      for (const claim of leadIn ? extractItemClaims(leadIn, text) : extractClaims(text)) drafts.push({ claim, offset: doc.blockStarts[i] });
    }
    if (drafts.length === 0) return;
    const date = documentDate(doc, context.asOf);
    const laws = higherLaws(corpus, doc, date, documentRegion(doc, context.settings));
    const candidates = corpus.claimCandidates([...new Set(drafts.map((d) => d.claim.primary))]).filter((p) => laws.has(p.lawId));
    const byPrimary = new Map<string, Array<HigherClaim & { provision: CorpusProvision }>>();
    for (const provision of candidates) {
      const law = laws.get(provision.lawId)!;
      for (const claim of corpus.claimsOf(provision)) {
        const list = byPrimary.get(claim.primary) ?? [];
        list.push({ claim, rank: law.rank, date: law.date, provisionId: provision.id, provision });
        byPrimary.set(claim.primary, list);
      }
    }
    for (const { claim, offset } of drafts) {
      const conflict = findConflict(claim, byPrimary.get(claim.primary) ?? []);
      if (!conflict) continue;
      const h = conflict.higher as HigherClaim & { provision: CorpusProvision };
      const law = h.provision.law;
      const where = `《${law.title}》${h.provision.address}`;
      const hc = h.claim;
      const scope = hc.conditionText && !claim.conditionText ? `（适用于“${hc.conditionText}”的情形）` : '';
      const verb = claim.kind === 'modal' ? '规定' : '为';
      context.report({
        message: `${claim.subject}：本文件“${claim.phrase}”，${where}${verb}“${hc.phrase}”${scope}，${conflict.verdict.why}。`,
        span: { start: offset + claim.span.start, end: offset + claim.span.end },
        severity: h.rank >= DRAFT_RANK ? 'warning' : conflict.verdict.severity,
        basis: where,
        suggestion: `按${where}的规定修改，或删去该表述。`,
        related: [{ title: law.title, article: h.provision.address, text: h.provision.text }],
      });
    }
  },
});
