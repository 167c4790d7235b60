/**
 * The legality-review opinion (合法性审核意见书) as plain data, built once
 * from the report model and rendered by the Markdown, HTML and Word
 * reporters. It arranges and labels what the audit found; it decides
 * nothing (the verdict, locations and texts all come from the report).
 *
 * Layout of one document's opinion, after 国办发〔2018〕115号 and the
 * catalogue's template (审核依据 → 问题 → 结论):
 *   一、基本情况   the document's identity and the review date
 *   二、审核依据   instruments the applied rules and the findings rely on
 *   三、发现的问题 numbered table: 位置 / 问题 / 依据 / 修改建议
 *   四、逐条审核意见 the same problems grouped by article, with the original
 *                   text and the higher provisions quoted in full
 *   五、审核结论   合法 / 修改后可提交 / 不合法
 * Several documents: a summary table first, then one opinion per document.
 * One appendix at the end: the rules applied and the corpus version.
 */
import { basename } from 'node:path';
import { printable } from '../../io/printable.js';
import type { DocumentResult, Finding, RelatedProvision, Report, Severity, Verdict } from '../../engine/types.js';
import { formatChineseDate } from '../../zh/dates.js';
import { formatChineseNumber } from '../../zh/numerals.js';
import type { ReportContext } from '../context.js';
import { SEVERITY_LABEL, VERDICT_LABEL } from '../labels.js';
import { mergeBases, withoutUnverified } from './signed-text.js';

export const OPINION_TITLE = '合法性审核意见书';
export const NO_CORPUS = '未使用语料库';

/** Section headings, shared by every renderer so the three outputs read the same. */
export const SECTION = {
  facts: '一、基本情况',
  bases: '二、审核依据',
  problems: '三、发现的问题',
  details: '四、逐条审核意见',
  conclusion: '五、审核结论',
  summary: '审核情况汇总',
  appendix: '附录：本次审核适用的规则',
  notApplicable: '不适用的规则',
} as const;

/** Column headings of the problem table. */
export const PROBLEM_COLUMNS = ['序号', '位置', '问题', '依据', '修改建议'] as const;
export const SUMMARY_COLUMNS = ['序号', '文件', '结论', '错误', '警告', '提示'] as const;
export const RULE_COLUMNS = ['规则编号', '说明', '级别'] as const;
export const NOT_APPLICABLE_COLUMNS = ['文件', '规则编号', '不适用的原因'] as const;

export interface OpinionProblem {
  /** 1-based within its document. */
  number: number;
  /** Anchor id of the problem's detail (HTML), unique in the whole opinion. */
  id: string;
  severity: Severity;
  severityLabel: string;
  ruleId: string;
  address: string;
  page: number | null;
  line: number;
  /** Address with page (or paragraph when the format has no pages): 第十二条第二款（第3页）, 第七条（第24段）. */
  position: string;
  message: string;
  basis: string | null;
  suggestion: string | null;
  /** The original text the problem concerns (原文). */
  excerpt: string;
  related: RelatedProvision[];
}

/** Problems under one article (or one part of the document such as 标题, 文末). */
export interface OpinionGroup {
  id: string;
  heading: string;
  problems: OpinionProblem[];
}

export interface OpinionFact {
  label: string;
  value: string;
}

export interface OpinionDocument {
  /** 1-based position in the opinion. */
  ordinal: number;
  id: string;
  path: string;
  /** The document's title, or its file name when no title was found. */
  title: string;
  /** Heading of this document's opinion: 关于《…》的合法性审核意见. */
  heading: string;
  status: DocumentResult['status'];
  error: DocumentResult['error'];
  facts: OpinionFact[];
  verdict: Verdict | null;
  verdictLabel: string | null;
  counts: { errors: number; warnings: number; infos: number };
  bases: string[];
  problems: OpinionProblem[];
  groups: OpinionGroup[];
  /** Conclusion paragraph, ending with the verdict label. */
  conclusion: string;
  /** Reader notes (tracked changes, encoding) worth telling the reviewer. */
  notes: string[];
  /** Rules not run on this document, with the reason (listed in the appendix as 不适用). */
  notApplicable: Array<{ ruleId: string; reason: string }>;
  /** Whether the document is normative (false: a 批复, 函…, for which no legality verdict on 规范性文件 is given). */
  normative: boolean;
}

export interface OpinionSummaryRow {
  ordinal: number;
  id: string;
  path: string;
  title: string;
  /** Verdict label, or 无法读取. */
  result: string;
  verdict: Verdict | null;
  errors: number;
  warnings: number;
  infos: number;
  /** For unreadable documents: the reason, with its code. */
  error: string | null;
}

export interface OpinionRuleRow {
  id: string;
  description: string;
  severityLabel: string;
}

export interface Opinion {
  title: string;
  asOf: string;
  /** Review date as official documents print it: 2024年5月20日. */
  asOfText: string;
  generatedAt: string;
  office: string | null;
  reviewer: string | null;
  author: string | null;
  /** More than one document: renderers print the summary table first. */
  multiple: boolean;
  summary: OpinionSummaryRow[];
  totals: Report['summary'];
  documents: OpinionDocument[];
  appendix: {
    /** null when the caller did not say which rules ran. */
    rules: OpinionRuleRow[] | null;
    /** Rules not run on a document because their legal basis does not cover it (不适用), document by document. */
    notApplicable: Array<{ document: string; ruleId: string; reason: string }>;
    /** Corpus version line, or 未使用语料库. */
    corpus: string;
    tool: string;
    disclaimer: string;
  };
}

/** 《A《B》C》 → 《A〈B〉C》: inner book-title marks become single ones when a title is quoted. */
export function quoteTitle(title: string): string {
  const inner = title
    .replace(/^《(.*)》$/u, '$1')
    .replace(/《/g, '〈')
    .replace(/》/g, '〉');
  return `《${inner}》`;
}

/**
 * 第十二条第二款（第3页）; without pages, the paragraph (第24段): a line of
 * extracted text is no line a reader of the Word file can find.
 */
export function positionOf(f: Finding): string {
  const { page, paragraph, address } = f.location;
  if (page !== null) return `${address}（第${page}页）`;
  return paragraph !== null ? `${address}（第${paragraph + 1}段）` : address;
}

const OPENERS = '（(《“〔【[';
const CLOSERS = '）)》”〕】]';

/**
 * Split a basis such as "《A》；《B》（国办发〔2018〕37号）" into the instruments
 * it names; a semicolon inside brackets or quotes belongs to its instrument.
 */
/** Instruments that frame every legality review of a Hunan normative document. */
export const REVIEW_FRAMEWORK = [
  '《湖南省行政程序规定》',
  '《湖南省规范性文件管理办法》',
  '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）',
];

export function splitBasis(basis: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of basis) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === '；' || ch === ';')) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

function articleHeading(f: Finding): { key: string; heading: string } {
  if (f.location.article !== null) {
    const m = /^第[^条]{1,12}条/u.exec(f.location.address);
    return { key: `article:${f.location.article}`, heading: m ? m[0] : `第${formatChineseNumber(f.location.article)}条` };
  }
  return { key: `part:${f.location.address}`, heading: f.location.address };
}

function countsOf(findings: Finding[]): { errors: number; warnings: number; infos: number } {
  const c = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

function conclusionOf(verdict: Verdict, counts: { errors: number; warnings: number; infos: number }): string {
  const label = VERDICT_LABEL[verdict];
  const info = counts.infos > 0 ? `另有提示事项 ${counts.infos} 项，供起草单位参考。` : '';
  switch (verdict) {
    case 'pass':
      return `经审核，未发现该文件存在不符合法律、法规、规章和国家政策规定的问题。${info}审核结论：${label}。`;
    case 'revise':
      return `经审核，该文件存在需要修改的问题 ${counts.warnings} 项（见上文），建议起草单位按审核意见修改完善后提交集体审议。${info}审核结论：${label}。`;
    case 'fail':
      return `经审核，该文件存在不符合法律、法规、规章或有关规定的问题 ${counts.errors} 项${counts.warnings > 0 ? `，需要修改的问题 ${counts.warnings} 项` : ''}（见上文）。上述问题修改前，不得提交集体审议。${info}审核结论：${label}。`;
  }
}

function documentOpinion(doc: DocumentResult, ordinal: number, context: ReportContext): OpinionDocument {
  const id = `d${ordinal}`;
  // The path is shown, never interpreted: control and bidi characters in a file name are escaped (they would reorder or hide text, and are invalid in .docx XML).
  const shownPath = printable(doc.path);
  const title = doc.meta?.title ?? basename(shownPath);
  const meta = doc.meta;
  const facts: OpinionFact[] = [{ label: '文件名称', value: title }];
  if (doc.profile) facts.push({ label: '文件性质', value: doc.profile.summary });
  if (meta) {
    facts.push({ label: '发文字号', value: meta.documentNumber ?? '未载明' });
    facts.push({ label: '统一登记号', value: meta.registrationNumber ?? '未载明' });
    if (meta.issuers.length > 0) facts.push({ label: '制定机关', value: meta.issuers.join('、') });
    else if (doc.profile && doc.profile.issuers.length > 0) facts.push({ label: '制定机关', value: doc.profile.issuers.map((i) => i.name).join('、') });
    if (meta.signedDate) facts.push({ label: '成文日期', value: formatChineseDate(meta.signedDate) });
    if (meta.effectiveDate) facts.push({ label: '施行日期', value: formatChineseDate(meta.effectiveDate) });
    if (meta.validity) {
      const v = meta.validity;
      const parts = [v.years !== null ? `${v.years}年` : null, v.until ? `至${formatChineseDate(v.until)}` : null].filter(Boolean);
      if (parts.length > 0) facts.push({ label: '有效期', value: parts.join('，') });
    }
  }
  facts.push({ label: '送审文件', value: shownPath });
  if (doc.sha256) facts.push({ label: 'SHA-256', value: doc.sha256 });

  const problems: OpinionProblem[] = doc.findings.map((f, i) => ({
    number: i + 1,
    id: `${id}-p${i + 1}`,
    severity: f.severity,
    severityLabel: SEVERITY_LABEL[f.severity],
    ruleId: f.ruleId,
    address: f.location.address,
    page: f.location.page,
    line: f.location.line,
    position: positionOf(f),
    // The signed text states what is verified: remarks such as （条款序号待核实） stay in the rule pages and the JSON.
    message: withoutUnverified(f.message),
    basis: f.basis === null ? null : withoutUnverified(f.basis),
    suggestion: f.suggestion === null ? null : withoutUnverified(f.suggestion),
    excerpt: f.excerpt,
    related: f.related,
  }));

  const groups: OpinionGroup[] = [];
  const byKey = new Map<string, OpinionGroup>();
  doc.findings.forEach((f, i) => {
    const { key, heading } = articleHeading(f);
    let g = byKey.get(key);
    if (!g) {
      g = { id: `${id}-g${groups.length + 1}`, heading, problems: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.problems.push(problems[i]);
  });

  // The framework every review applies, then the instruments the problems found rest on, each once with the
  // provisions relied on. Bases of rules that found nothing, and bases that are not instruments (drafting
  // conventions), would only dilute the list.
  const cited: string[] = [...REVIEW_FRAMEWORK];
  for (const f of doc.findings) {
    if (f.basis) cited.push(...splitBasis(f.basis));
    for (const r of f.related) cited.push(`${quoteTitle(r.title)}${r.article ?? ''}`);
  }
  const bases = mergeBases(cited.filter((b) => /《|GB\/T|〔\d{4}〕/.test(b)));

  const counts = countsOf(doc.findings);
  let conclusion: string;
  if (doc.status === 'unreadable')
    conclusion = `该文件无法读取，未能审核：${doc.error?.message ?? '原因不明'}（${doc.error?.code ?? 'E_INTERNAL'}）。请按提示处理后重新送审。`;
  else if (doc.profile && !doc.profile.normative) conclusion = nonNormativeConclusion(doc, counts);
  else conclusion = conclusionOf(doc.verdict ?? 'pass', counts);

  return {
    ordinal,
    id,
    path: shownPath,
    title,
    heading: `关于${quoteTitle(title)}的合法性审核意见`,
    status: doc.status,
    error: doc.error,
    facts,
    verdict: doc.verdict,
    verdictLabel: doc.verdict ? VERDICT_LABEL[doc.verdict] : null,
    counts,
    bases,
    problems,
    groups,
    conclusion,
    notes: (doc.notes ?? []).map((n) => n.message),
    notApplicable: doc.notApplicable ?? [],
    normative: doc.profile?.normative ?? true,
  };
}

/**
 * A document that is not normative (批复, 函, 通报…) gets no legality verdict
 * on 规范性文件: the conclusion says what it is and reports only the rules
 * that apply to it (the 发文字号 form, citations). Its verdict label is still
 * the one the findings give, so reports and exit codes stay comparable.
 */
function nonNormativeConclusion(doc: DocumentResult, counts: { errors: number; warnings: number; infos: number }): string {
  const kind = doc.profile!.kind.value;
  const found = counts.errors + counts.warnings + counts.infos;
  const label = VERDICT_LABEL[doc.verdict ?? 'pass'];
  const what = found === 0 ? '适用于该类文件的检查未发现问题' : `适用于该类文件的检查发现问题 ${found} 项（见上文），供起草单位参考`;
  return `该文件为${kind}，不属于规范性文件，不作规范性文件合法性审核；规范性文件的审核规则均不适用（见附录）。${what}。审核结论：${label}。`;
}

/** Arrange a report (and what the run knows about rules, corpus and reviewer) into an opinion. */
export function buildOpinion(report: Report, context: ReportContext = {}): Opinion {
  const documents = report.documents.map((d, i) => documentOpinion(d, i + 1, context));
  const summary: OpinionSummaryRow[] = documents.map((d) => ({
    ordinal: d.ordinal,
    id: d.id,
    path: d.path,
    title: d.title,
    result: d.status === 'unreadable' ? '无法读取' : (d.verdictLabel ?? ''),
    verdict: d.verdict,
    errors: d.counts.errors,
    warnings: d.counts.warnings,
    infos: d.counts.infos,
    error: d.status === 'unreadable' && d.error ? `${d.error.message}（${d.error.code}）` : null,
  }));
  const corpus = context.corpus;
  let corpusLine = NO_CORPUS;
  if (corpus) {
    const parts = [`版本 ${corpus.version ?? '未记录'}`];
    if (corpus.laws !== undefined && corpus.laws !== null) parts.push(`收录法律法规 ${corpus.laws} 件`);
    if (corpus.path) parts.push(`文件 ${corpus.path}`);
    corpusLine = `语料库：${parts.join('，')}`;
  }
  return {
    title: OPINION_TITLE,
    asOf: report.asOf,
    asOfText: formatChineseDate(report.asOf),
    generatedAt: report.generatedAt,
    office: context.office?.trim() || null,
    reviewer: context.reviewer?.trim() || null,
    author: context.author?.trim() || null,
    multiple: documents.length > 1,
    summary,
    totals: report.summary,
    documents,
    appendix: {
      rules: context.rules ? context.rules.map((r) => ({ id: r.id, description: r.description, severityLabel: SEVERITY_LABEL[r.severity] })) : null,
      notApplicable: documents.flatMap((d) => d.notApplicable.map((n) => ({ document: d.title, ruleId: n.ruleId, reason: n.reason }))),
      corpus: corpusLine,
      tool: `${report.tool.name} ${report.tool.version}`,
      disclaimer: `本意见书由 ${report.tool.name} ${report.tool.version} 按上列规则自动生成，审核基准日为 ${formatChineseDate(report.asOf)}；规则未覆盖的事项不在本意见范围内，请审核人员复核后签发。`,
    },
  };
}

/** "错误 1，警告 2，提示 0". */
export function countsText(c: { errors: number; warnings: number; infos: number }): string {
  return `错误 ${c.errors}，警告 ${c.warnings}，提示 ${c.infos}`;
}

/** The lines under the conclusion: office, who reviewed (config report.author / report.reviewer), date. */
export function signatureLines(o: Opinion): string[] {
  const lines: string[] = [];
  if (o.office) lines.push(o.office);
  if (o.author && o.reviewer && o.author !== o.reviewer) lines.push(`承办人：${o.author}`, `审核人：${o.reviewer}`);
  else if (o.reviewer ?? o.author) lines.push(`审核人：${o.reviewer ?? o.author}`);
  lines.push(o.asOfText);
  return lines;
}
