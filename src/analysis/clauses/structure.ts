import { findCitations } from '../../corpus/citations.js';
import type { LegalDocument } from '../../document/model.js';
import { matchOutline, matchUnit } from '../../document/structure/markers.js';
import { scannedBlocks, type ScannedBlock } from '../../rule-support/text-scan.js';
import { MODAL_WORDS, NEGATOR, PROHIBITION, VIOLATION } from './lexicon.js';
import { agentBy, subjectBefore } from './roles.js';
import { clausesOf, inside, quotedRanges, sentencesOf } from './segment.js';
import type { ActorRef, ClauseUnit, Governance, ModalRef, Provision, Range, SentenceUnit } from './types.js';

/**
 * The shape of every provision: paragraphs → sentences → clauses, with what
 * each clause says about itself — a condition or a breach, its actor, its
 * modal words, the reach of its negations, the citation that governs it.
 */

/** A clause that goes on with the measures of the clause before it, without a subject or condition of its own. */
// 并以每人五百元以上二千元以下的标准处以罚款: the measure may come after the standard it is taken at.
const MEASURE_GOES_ON =
  /^\s*(?:并|同时)?(?:可以|可)?(?:(?:以|按照?|依)[^，。；]{1,24}?的?标准)?(?:处(?!理|置)以?|并处|没收|吊销|暂扣|责令|给予|予以|收回|追回)/u;
/** A cited article applied as a whole (依照…第二十四条的规定处理), then a measure on the persons it names (对直接负责的主管人员…处…罚款). */
const HANDLED_BY_ARTICLE = /^\s*(?:予以)?处理\s*$/u;
const PERSONS_MEASURE = /^\s*(?:并)?对[^，。；]{1,40}?(?:处(?!理|置)以?|并处|给予)/u;
/** The standard a cited fine is counted at, in a clause of its own (按照受侵害的劳动者每人1000元以上5000元以下的标准计算，处以罚款). */
const STANDARD_OF_MEASURE = /^\s*(?:并|同时)?(?:可以|可)?(?:以|按照?|依)[^，。；]{1,40}?的?标准(?:计算|核算|计)?\s*$/u;
/** A failure to obey the cited article's own order (拒不改正的), not a new breach: its measure may be the article's too. */
const NONCOMPLIANCE = /^\s*(?:逾期|拒不|仍不|仍未|逾期仍?)(?:不|未)?(?:改正|整改|履行|执行)的\s*$/u;

const NEGATOR_RE = new RegExp(NEGATOR, 'gu');
const PROHIBITION_START = new RegExp(`^${PROHIBITION}`, 'u');
const NEGATOR_ANY = new RegExp(NEGATOR, 'u');
const AFFIRMATIVE_START = new RegExp(`^(?:但是?|并且?|同时|另外|由|另行|还)`, 'u');
const VIOLATION_RE = new RegExp(VIOLATION, 'u');
const CONDITION_START = /^(?:如果|如|若|倘若|凡|一旦)/u;
/** The sentence that says what the document applies to. */
const SCOPE = /^本(?:办法|规定|细则|规程|通知|意见|制度|实施办法|暂行办法)适用于/u;
// A breach that lasts (用人单位欠缴期间，…) is a case too.
const CONDITION_END = /(?:的|(?<![小同及按准适即届学工课计实定临随超])时|之前|以前|(?<=欠缴|拖欠|违法|违规)期间)$/u;

/** Prepositions that make a citation govern what follows: 依照《X》, 按照《X》第N条. */
const GOVERN_BEFORE = /(?:依照|依据|按照|根据|遵照|参照|适用|依|按)$/u;
/** Further titles joined to a governing one: 和《…暂行办法》, 、《…》第五条. */
const GOVERN_CHAINED =
  /^(?:(?:和|及|以及|与|、)《[^《》]{2,60}》(?:第[零〇一二两三四五六七八九十百千0-9]+条(?:第[零〇一二两三四五六七八九十0-9]+款)?(?:第[（(][零〇一二两三四五六七八九十0-9]+[）)]项)?)*)+/u;
/** After the title and articles: 的规定 / 有关规定 / 规定, or the state's rules beside them (第四十八条和国家有关规定). */
const GOVERN_TAIL = /^(?:(?:和|及|以及|、)(?:国家|省|国家和省)?(?:有关|相关)规定(?:的)?|(?:的)?(?:有关|相关)?(?:规定|要求|程序|标准)?(?:的)?)/u;
/**
 * General references to law: 依法, 依照有关法律、法规的规定, 按照国家有关规定, and one named by its field (依照劳动保障监察有关
 * 行政法规的规定), never the document's own (按照本办法有关规定).
 */
const GENERAL_RE =
  /(?:依法(?:依规)?|依规|(?:依照|依据|按照|根据)(?:国家|省|国家和省|国家和本省|国家、省|(?!本)[\u4e00-\u9fff]{2,10}?(?=有关|相关))?(?:有关|相关)?(?:法律|法规|法律、法规|法律法规|法律、行政法规|行政法规|规章)?(?:、规章)?(?:的)?(?:有关|相关)?规定|按(?:国家|省)?(?:有关|相关)?规定)/gu;

const ANAPHORIC_RE =
  /(?:依照|依据|按照|根据)((?:该|上述|前述|同一)(?:法律|法规|法|条例|规定|办法|规章|决定))(第[零〇一二两三四五六七八九十百千0-9]+条(?:第[零〇一二两三四五六七八九十0-9]+款)?)?(?:的)?(?:有关|相关)?(?:规定)?(?:的)?/gu;
/** 依照该条第二款的规定: the article cited just before, by its paragraph (本条 is the document's own article, not an anaphor). */
const ANAPHORIC_ARTICLE_RE = /(?:依照|依据|按照|根据)(该条|同条)(第[零〇一二两三四五六七八九十0-9]+款)?(?:的)?(?:有关|相关)?(?:规定)?(?:的)?/gu;
const MODAL_RE = new RegExp(
  MODAL_WORDS.map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);
const MODAL_KIND = new Map(MODAL_WORDS);

function trimEnd(s: string): string {
  return s.replace(/[。；;，,：:]+$/u, '');
}

/** Body paragraphs that state rules: from the first body block, not 编/章/节 headings. */
function provisionBlocks(doc: LegalDocument): ScannedBlock[] {
  const out: ScannedBlock[] = [];
  for (const b of scannedBlocks(doc)) {
    if (b.index < doc.bodyStart || b.text === '') continue;
    const src = doc.source.blocks[b.index];
    if (src.style.headingLevel !== undefined && src.style.headingLevel <= 1) continue;
    const unit = matchUnit(src.label ?? b.text);
    if (unit && unit.kind !== 'article') continue;
    out.push(b);
  }
  return out;
}

/** An item of a list (（一）…, 1.…) and the paragraph ending in a colon that introduces it. */
function leadInOf(doc: LegalDocument, blocks: ScannedBlock[], block: ScannedBlock): ScannedBlock | null {
  const itemLevel = (b: ScannedBlock): number => {
    const src = doc.source.blocks[b.index];
    const o = src.label ? matchOutline(src.label.trim()) : matchOutline(b.text);
    return o && o.level >= 2 ? o.level : 0;
  };
  const level = itemLevel(block);
  if (level === 0) return null;
  const all = scannedBlocks(doc);
  for (let i = block.index - 1; i >= Math.max(0, block.index - 40); i--) {
    const other = itemLevel(all[i]);
    // Items of the same list, or deeper, come between; a heading item of a higher level that ends in ：
    // (（一）受理材料。…应当提交下列材料：) leads its 1. 2. items in as a paragraph does.
    if (other >= level) continue;
    return /[：:]$/u.test(all[i].text) ? all[i] : null;
  }
  return null;
}

function bodyStartOf(doc: LegalDocument, b: ScannedBlock): number {
  const src = doc.source.blocks[b.index];
  if (src.label) return 0;
  const unit = matchUnit(b.text);
  if (unit?.kind === 'article') return unit.bodyOffset;
  const outline = matchOutline(b.text);
  return outline ? Math.min(b.text.length, outline.bodyOffset) : 0;
}

/** Citations that govern clauses, and general references to law. */
function governanceOf(text: string, sentence: Range, clauses: Range[]): Governance[] {
  const out: Governance[] = [];
  const clauseAt = (pos: number): Range | undefined => clauses.find((c) => c.start <= pos && pos <= c.end);
  const isConditional = (c: Range): boolean => CONDITION_END.test(trimEnd(text.slice(c.start, c.end))) || CONDITION_START.test(text.slice(c.start, c.end));
  for (const c of findCitations(text.slice(sentence.start, sentence.end), sentence.start)) {
    const lead = text.slice(Math.max(sentence.start, c.span.start - 4), c.span.start);
    const prep = GOVERN_BEFORE.exec(lead);
    if (!prep) continue;
    const clause = clauseAt(c.span.start);
    if (!clause || isConditional(clause)) continue; // 违反《X》规定的: names the breach, governs nothing
    let end = c.articles.length > 0 ? c.articles[c.articles.length - 1].span.end : c.documentNumber ? c.documentNumber.span.end + 1 : c.span.end;
    // 依照《A》第四十八条和《B》的规定: one preposition governs both titles.
    const chained = GOVERN_CHAINED.exec(text.slice(end, clause.end));
    if (chained) end += chained[0].length;
    const tail = GOVERN_TAIL.exec(text.slice(end, clause.end));
    if (tail) end += tail[0].length;
    const rest = text.slice(end, clause.end);
    out.push({
      start: c.span.start - prep[0].length,
      end,
      title: c.title,
      articles: c.articles.map((a) => a.text).join('、'),
      articleNumbers: c.articles.map((a) => a.article),
      reach: rest.trim() === '' ? 'heading' : 'clause',
      general: false,
    });
  }
  const body = text.slice(sentence.start, sentence.end);
  // 依照该条例第四十三条的规定: the instrument cited before, by its article.
  // exec loops, not matchAll: matchAll copies the regular expression on every call, and these run for every sentence
  // and clause (none of them matches the empty string, so exec always moves on).
  for (const anaphor of [ANAPHORIC_RE, ANAPHORIC_ARTICLE_RE]) {
    anaphor.lastIndex = 0;
    for (let m = anaphor.exec(body); m; m = anaphor.exec(body)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const clause = clauseAt(start);
      if (!clause || isConditional(clause)) continue;
      const rest = text.slice(end, clause.end);
      // 该条 names an article: it governs as one, with or without its paragraph.
      const articles = m[2] ?? (anaphor === ANAPHORIC_ARTICLE_RE ? m[1] : '');
      out.push({ start, end, title: m[1], articles, articleNumbers: [], reach: rest.trim() === '' ? 'heading' : 'clause', general: false });
    }
  }
  GENERAL_RE.lastIndex = 0;
  for (let m = GENERAL_RE.exec(body); m; m = GENERAL_RE.exec(body)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (out.some((g) => g.start <= start && start < g.end)) continue;
    const clause = clauseAt(start);
    if (!clause || isConditional(clause)) continue;
    const rest = text.slice(end, clause.end).replace(/^(?:的)/u, '');
    out.push({ start, end, title: '', articles: '', articleNumbers: [], reach: rest.trim() === '' ? 'heading' : 'clause', general: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

function modalsOf(text: string, clause: Range, quoted: Range[]): ModalRef[] {
  const out: ModalRef[] = [];
  const body = text.slice(clause.start, clause.end);
  MODAL_RE.lastIndex = 0;
  for (let m = MODAL_RE.exec(body); m; m = MODAL_RE.exec(body)) {
    const start = clause.start + m.index;
    if (inside(quoted, start)) continue;
    // 可/应/须/需 alone only as a modal before a verb, not inside words (可能, 应聘, 必需品, 需要的).
    if ((m[0] === '可' || m[0] === '应' || m[0] === '需' || m[0] === '须') && /^[能行靠见聘届知得用求要]/u.test(body.slice(m.index + 1))) continue;
    // …nor as the second half of a word (相应, 供应, 许可, 认可) or the first of one (应付, 应对, 应急, 应征).
    if (m[0] === '应' && (/[相对适供响反效回答顺呼感理]$/u.test(body.slice(0, m.index)) || /^[付对急征试邀变]/u.test(body.slice(m.index + 1)))) continue;
    if (m[0] === '可' && /[许认宁]$/u.test(body.slice(0, m.index))) continue;
    out.push({ start, end: start + m[0].length, kind: MODAL_KIND.get(m[0])!, text: m[0] });
  }
  return out;
}

/** The explicit actor of a clause: the agent after 由, else its subject before the first modal or verb. */
function actorOf(text: string, clause: Range, modals: ModalRef[]): ActorRef | null {
  const at = modals[0]?.start ?? clause.end;
  const agent = agentBy(text, at, clause.start);
  if (agent?.kind) {
    const start = text.indexOf(agent.text, clause.start);
    return { kind: agent.kind, text: agent.text, start, end: start + agent.text.length };
  }
  if (modals.length === 0) return null;
  const s = subjectBefore(text, at, clause.start);
  if (!s?.kind) return null;
  return { kind: s.kind, text: s.text, start: s.end - s.text.length, end: s.end };
}

export interface Built {
  provisions: Provision[];
  sentences: SentenceUnit[];
  clauses: ClauseUnit[];
}

export function buildStructure(doc: LegalDocument): Built {
  const blocks = provisionBlocks(doc);
  const provisions: Provision[] = [];
  const sentences: SentenceUnit[] = [];
  const clauses: ClauseUnit[] = [];
  for (const block of blocks) {
    const leadIn = leadInOf(doc, blocks, block);
    const bodyStart = bodyStartOf(doc, block);
    const provision: Provision = { block, bodyStart, leadIn, sentences: [] };
    provisions.push(provision);
    const text = block.text;
    const quoted = quotedRanges(text);
    // Only the clause that leads the items in negates them (用人单位不得有下列行为：), not an order earlier in it (…责令限期纠正，并追回…：).
    const leadNegated =
      !!leadIn &&
      NEGATOR_ANY.test(
        leadIn.text
          .replace(/[：:]$/u, '')
          .split(/[，,。；;]/u)
          .at(-1) ?? '',
      );
    // Items under 有下列情形之一的 are the conditions of what the lead-in says: conduct, not rules.
    const leadConditions = !!leadIn && /有下列[^：:]{0,8}?(?:情形|行为|情况)之一/u.test(leadIn.text);
    // Items under 本办法所称…，包括下列情形： define a term: they set nothing.
    const leadDefines = !!leadIn && /(?:所称|是指)[^：:]{0,40}?(?:包括|是指|指)?下列/u.test(leadIn.text);
    for (const r of sentencesOf(text, bodyStart)) {
      const stext = text.slice(r.start, r.end);
      // Spelled out, not {...r, …}: V8 (Node 20) adds each property after a spread through its runtime, which made
      // this literal a tenth of a library audit's time.
      const sentence: SentenceUnit = {
        start: r.start,
        end: r.end,
        index: sentences.length,
        block,
        provision,
        text: stext,
        clauses: [],
        governance: [],
        exception: /(?:但[^，。；]{0,40}?除外|另有规定|从其规定|除[^，。；]{0,40}?外)/u.test(stext),
        // 本办法适用于…收取考评费用…等活动: the scope names what the document governs; it sets nothing.
        definition: leadDefines || (/(?:所称|是指|系指|本办法所指|下同)/u.test(stext) && !/(?:应当|须|必须|不得)/u.test(stext)) || SCOPE.test(stext),
      };
      sentences.push(sentence);
      provision.sentences.push(sentence);
      const ranges = clausesOf(text, r);
      sentence.governance = governanceOf(text, r, ranges);
      let carried: Range | null = leadNegated ? { start: r.start, end: r.end } : null;
      for (const [k, c] of ranges.entries()) {
        const ctext = text.slice(c.start, c.end);
        // A case goes on after ，或者 (…在目录清单之外收取保证金，或者拖延、拒绝返还保证金的，): the clause before is part of it.
        const next = ranges[k + 1];
        const nextText = next ? text.slice(next.start, next.end) : '';
        const caseGoesOn = /^(?:或者|或)/u.test(nextText) && CONDITION_END.test(trimEnd(nextText));
        const conditional = leadConditions || caseGoesOn || CONDITION_END.test(trimEnd(ctext)) || CONDITION_START.test(ctext);
        const modals = modalsOf(text, c, quoted);
        const negated: Range[] = [];
        // Negations carried in from a lead-in or an earlier clause cover the whole clause (start one before it).
        if (leadNegated) negated.push({ start: c.start - 1, end: c.end });
        else if (carried) {
          // A negation reaches on across commas while no new duty, permission or condition starts.
          const affirms = modals.some((m) => m.kind === 'must' || m.kind === 'may' || m.kind === 'only') || AFFIRMATIVE_START.test(ctext);
          if (conditional || affirms) carried = null;
          else negated.push({ start: c.start - 1, end: c.end });
        }
        NEGATOR_RE.lastIndex = 0;
        for (let m = NEGATOR_RE.exec(ctext); m; m = NEGATOR_RE.exec(ctext)) {
          const at = c.start + m.index;
          if (inside(quoted, at)) continue;
          // A new duty or permission later in the clause ends the negation's reach (不再提交甲证明但应当提交乙证明); one
          // inside what is demanded (不得要求申请材料须经社区盖章) is part of the negated demand.
          const stop = modals.find(
            (x) => x.start > at && (x.kind === 'must' || x.kind === 'may' || x.kind === 'only') && !/要求[^但而却仍]*$/u.test(text.slice(at, x.start)),
          );
          negated.push({ start: at, end: stop ? stop.start : c.end });
          // Only a prohibition reaches into the next clauses; 取消、免费 remove their own object.
          if (PROHIBITION_START.test(m[0])) carried = stop ? null : { start: at, end: r.end };
        }
        const clause: ClauseUnit = {
          start: c.start,
          end: c.end,
          index: clauses.length,
          block,
          sentence,
          text: ctext,
          conditional,
          violation: conditional && (VIOLATION_RE.test(ctext) || leadConditions),
          actor: actorOf(text, c, modals),
          modals,
          negated,
          governedBy: null,
        };
        clauses.push(clause);
        sentence.clauses.push(clause);
      }
      // Which clauses each citation governs: its own; a heading citation also the rest of the sentence; a citation
      // inside a chain of measures also the measures that go on from it (依照…的规定责令改正，处…罚款).
      for (const g of sentence.governance) {
        // Only an article's measures go on (依照…第六十一条的规定责令改正，处…): after 依照有关规定处理, a figure is the document's own.
        // What follows the citation in its own clause (的规定责令改正 / 的规定处理).
        const rest = text.slice(g.end, sentence.clauses.find((c) => c.start <= g.start && g.start <= c.end)?.end ?? g.end);
        const chain = g.articles !== '' && MEASURE_GOES_ON.test(rest);
        // 依照…第二十四条的规定处理，对直接负责的主管人员…处…罚款: the persons' measure may be the article's (the rules ask the corpus).
        const handled = g.articles !== '' && HANDLED_BY_ARTICLE.test(rest.replace(/[，,]$/u, ''));
        let chained = false;
        let previousOwn = false;
        for (const clause of sentence.clauses) {
          const own = clause.start <= g.start && g.start <= clause.end;
          const after = g.reach === 'heading' && clause.start > g.start;
          chained =
            (own && chain) ||
            (chained && !clause.conditional && (MEASURE_GOES_ON.test(clause.text) || STANDARD_OF_MEASURE.test(clause.text))) ||
            (previousOwn && handled && PERSONS_MEASURE.test(clause.text));
          if ((own || after || chained) && !clause.governedBy) clause.governedBy = g;
          previousOwn = own;
        }
      }
    }
  }
  // A citation that heads a sentence reaches across its semicolons (依照…的规定，责令改正；拒不改正的，处…罚款。).
  for (let i = 1; i < sentences.length; i++) {
    const prev = sentences[i - 1];
    const cur = sentences[i];
    if (prev.block !== cur.block || !/[；;]/u.test(prev.block.text[prev.end] ?? '')) continue;
    const heading = [...prev.governance].reverse().find((g) => g.reach === 'heading') ?? prev.clauses.at(-1)?.governedBy;
    if (heading?.reach === 'heading') {
      for (const c of cur.clauses) c.governedBy ??= heading;
      continue;
    }
    // A cited article's measures go on past a semicolon (依照…第九十一条的规定责令追回；有违法所得的，没收违法所得), under a
    // condition that is not a new breach, up to a new subject. A refusal to obey the order (拒不改正的) is no new breach either:
    // whether its measure is the cited article's, the rules ask the corpus (the article has it, or the document sets it).
    const cited = prev.clauses.at(-1)?.governedBy;
    if (!cited || cited.articles === '' || cur.clauses.some((c) => c.violation && !NONCOMPLIANCE.test(c.text))) continue;
    for (const c of cur.clauses) {
      if (c.conditional) continue;
      if (!MEASURE_GOES_ON.test(c.text)) break;
      c.governedBy ??= cited;
    }
  }
  return { provisions, sentences, clauses };
}
