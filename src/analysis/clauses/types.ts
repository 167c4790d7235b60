import type { Span } from '../../document/model.js';
import type { ScannedBlock } from '../../rule-support/text-scan.js';

/**
 * What each provision of a document does, clause by clause: the model the
 * substance rules (content/*, conflict/*) read instead of raw phrases.
 * Offsets named start/end are UTF-16 offsets in the block's normalised text
 * (ScannedBlock.text: spaces removed, fullwidth digits folded); `span` fields
 * are spans of LegalDocument.text, ready for report().
 */

export interface Range {
  start: number;
  end: number;
}

/** Who acts: the administration (and the public bodies it runs), an employer, a market operator, a private person, or a third party that issues papers. */
export type ActorKind = 'admin' | 'employer' | 'market' | 'person' | 'third-party';

export interface ActorRef extends Range {
  kind: ActorKind;
  text: string;
}

/** 应当/须/必须 → must; 可以/有权 → may; 不得/禁止/严禁 → mustNot; 无需/不必 → needNot; 方可/才能 → only (permission on a condition). */
export type ModalityKind = 'must' | 'may' | 'mustNot' | 'needNot' | 'only';

export interface ModalRef extends Range {
  kind: ModalityKind;
  text: string;
}

/** A 依照/根据/按照《X》第N条 phrase and the clauses it governs. */
export interface Governance extends Range {
  /** The title as written (without 《》), or '' for a general reference (依法, 按照国家有关规定). */
  title: string;
  /** 第N条… written after the title, as written. */
  articles: string;
  /** Arabic article numbers cited. */
  articleNumbers: number[];
  /** 'heading': ends its clause (依照…的规定，) and governs the rest of the sentence; 'clause': has its own verb (依照…处理) and governs its clause only. */
  reach: 'heading' | 'clause';
  /** A general reference to law without naming it (依法, 按照有关规定). */
  general: boolean;
}

export interface ClauseUnit extends Range {
  /** Index among the document's clauses. */
  index: number;
  block: ScannedBlock;
  sentence: SentenceUnit;
  text: string;
  /** States when the rest applies: ends with 的/时, or opens with 如/若/凡. */
  conditional: boolean;
  /** A conditional clause that describes a breach (违反…的, 未按规定…的, 拒不改正的, 情节严重的). */
  violation: boolean;
  /** The explicit actor of the clause (its subject, or the agent after 由), if any. */
  actor: ActorRef | null;
  modals: ModalRef[];
  /** Ranges (in block text) under a negation: from the negating word to the end of its scope. */
  negated: Range[];
  /** The citation or general reference to law that governs this clause. */
  governedBy: Governance | null;
}

export interface SentenceUnit extends Range {
  index: number;
  block: ScannedBlock;
  provision: Provision;
  text: string;
  clauses: ClauseUnit[];
  governance: Governance[];
  /** 但…除外, 法律、法规另有规定的: the sentence yields in some cases. */
  exception: boolean;
  /** A definition (本办法所称…是指) or a statement of purpose, not a rule. */
  definition: boolean;
}

/** One paragraph of the body: an article's 款, an item (项) with the lead-in that introduces it, or an outline paragraph. */
export interface Provision {
  block: ScannedBlock;
  /** Where the provision's own text starts (after an item marker such as （一）). */
  bodyStart: number;
  /** For an item: the paragraph that introduces the list (…应当提交下列材料：). */
  leadIn: ScannedBlock | null;
  sentences: SentenceUnit[];
}

export type EffectKind = 'licence' | 'sanction' | 'compulsion' | 'fee' | 'certificate' | 'market' | 'eligibility';

/**
 * Whether the document itself sets the measure: 'set' it does; otherwise why
 * not — negated (不得收取), conduct (a condition describing what someone
 * does: 扣押…的), governed (a cited provision sets it), applied (依法,
 * 按照有关规定, with nothing fixed by the document), statutory (a measure
 * that law itself creates), quoted (inside 《》 or “”), definition,
 * internal (on the administration's own staff, papers or activities:
 * 暂扣其行政执法证件, 报经协调小组批准 before a department holds an event).
 */
export type EffectStatus = 'set' | 'negated' | 'conduct' | 'governed' | 'applied' | 'statutory' | 'quoted' | 'definition' | 'internal';

export interface Effect {
  kind: EffectKind;
  /** Finer kind: sanction 'fine' | 'qualification' …; market 'choice' | 'locality' | 'selective' | 'price'; eligibility 'gender' | 'age' …. */
  subtype: string;
  clause: ClauseUnit;
  /** The phrase in block text. */
  start: number;
  end: number;
  /** The phrase in LegalDocument.text. */
  span: Span;
  /** The phrase as written in the document. */
  phrase: string;
  status: EffectStatus;
  /** 'sure': the structure leaves no doubt; 'inferred': read from a pattern, to be checked. */
  certainty: 'sure' | 'inferred';
  governedBy: Governance | null;
  /** Parts named by the detector (gate, activity, collector, issuer, attribute, context…). */
  detail: Record<string, string>;
  /** What the clause does, in plain Chinese, for messages. */
  describe: string;
}

export interface ClauseAnalysis {
  provisions: Provision[];
  sentences: SentenceUnit[];
  clauses: ClauseUnit[];
  effects: Effect[];
}
