/**
 * The opinion as one self-contained HTML file: inline CSS, no scripts, no
 * fonts, images or anything else fetched (a Content-Security-Policy of
 * default-src 'none' makes sure of it), printable on A4 with GB/T 9704
 * margins and one document per printed section.
 */
import type { Report } from '../../engine/types.js';
import type { ReportContext } from '../context.js';
import {
  PROBLEM_COLUMNS,
  RULE_COLUMNS,
  NOT_APPLICABLE_COLUMNS,
  SECTION,
  SUMMARY_COLUMNS,
  buildOpinion,
  countsText,
  quoteTitle,
  signatureLines,
  type Opinion,
  type OpinionDocument,
} from './model.js';
import { unbreakablePieces } from './signed-text.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const e = escapeHtml;

/** Escaped text in which codes such as GB/T 9704—2012 and HNPR—2024—11005 do not break across lines. */
function t(s: string): string {
  return unbreakablePieces(s)
    .map((p) => (p.keep ? `<span class="nobr">${e(p.text)}</span>` : e(p.text)))
    .join('');
}

/** Font stacks: the GB/T 9704 fonts first, then what Windows, macOS and Linux (fonts-noto-cjk) have. */
const FONT_TITLE = `"方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif`;
const FONT_BODY = `"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif`;
const FONT_HEI = `"黑体", "SimHei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
const FONT_KAI = `"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif`;

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: #e9e9e9; }
body { margin: 0; padding: 24px 0; font-family: ${FONT_BODY}; font-size: 16pt; line-height: 1.75; color: #000; }
.paper { background: #fff; width: 210mm; max-width: 100%; margin: 0 auto 24px; padding: 37mm 26mm 35mm 28mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
h1 { font-family: ${FONT_TITLE}; font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 0.6em; line-height: 1.5; }
h2 { font-family: ${FONT_TITLE}; font-size: 18pt; font-weight: normal; text-align: center; margin: 0.4em 0 0.8em; line-height: 1.5; }
h3 { font-family: ${FONT_HEI}; font-size: 16pt; font-weight: normal; margin: 1em 0 0.4em; }
h4 { font-family: ${FONT_KAI}; font-size: 16pt; font-weight: normal; margin: 0.8em 0 0.3em; }
p { margin: 0 0 0.4em; text-indent: 2em; }
p.plain, td p, li p { text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-size: 12pt; line-height: 1.5; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
.nobr { white-space: nowrap; }
th { font-family: ${FONT_HEI}; font-weight: normal; background: #f2f2f2; text-align: center; }
td.num { text-align: center; white-space: nowrap; }
th { white-space: nowrap; }
table.problems, table.summary, table.rules { table-layout: fixed; }
col.c-num { width: 2.6em; } col.c-pos { width: 6.5em; } col.c-basis { width: 25%; } col.c-fix { width: 25%; }
col.c-count { width: 3.4em; } col.c-result { width: 28%; } col.c-id { width: 30%; } col.c-sev { width: 4.5em; }
table.facts th { width: 7em; }
ol.bases { margin: 0 0 0.6em; padding-left: 2.5em; }
.sev { display: inline-block; font-family: ${FONT_HEI}; font-size: 0.85em; padding: 0 0.3em; border: 1px solid currentColor; margin-right: 0.3em; }
.sev-error { color: #b00000; } .sev-warning { color: #8a5a00; } .sev-info { color: #00509e; }
.verdict-fail { color: #b00000; } .verdict-revise { color: #8a5a00; } .verdict-pass { color: #006b2e; } .unreadable { color: #b00000; }
.finding { margin: 0.4em 0 1em; padding-left: 0.5em; border-left: 3px solid #ccc; }
.finding dl { display: grid; grid-template-columns: 5.5em 1fr; margin: 0; }
.finding dt { font-family: ${FONT_HEI}; font-size: 0.9em; }
.finding dd { margin: 0; }
.finding .head { font-family: ${FONT_HEI}; font-size: 0.95em; margin-bottom: 0.2em; }
.rule-id { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 0.75em; color: #555; }
blockquote.related { margin: 0.4em 0 0.4em 1em; padding: 0.2em 0.8em; border-left: 3px solid #888; background: #f7f7f7; font-family: ${FONT_KAI}; white-space: pre-wrap; }
blockquote.related cite { display: block; font-style: normal; font-family: ${FONT_HEI}; font-size: 0.85em; }
.conclusion { font-weight: bold; }
.sign { text-align: right; margin-top: 1.5em; }
.sign p { text-indent: 0; margin: 0; }
.note { color: #444; font-size: 0.9em; }
.appendix { font-size: 12pt; }
a { color: inherit; }
a[href^="#"] { text-decoration: underline dotted; }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@media print {
  html, body { background: #fff; padding: 0; }
  .paper { width: auto; margin: 0; padding: 0; box-shadow: none; }
  .paper + .paper { break-before: page; page-break-before: always; }
  tr, .finding, blockquote.related, h3, h4 { break-inside: avoid; page-break-inside: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  a { text-decoration: none; }
}
`.trim();

function sevBadge(severity: string, label: string): string {
  return `<span class="sev sev-${e(severity)}">${e(label)}</span>`;
}

function or(s: string | null | undefined): string {
  return s ? e(s) : '—';
}

function documentHtml(d: OpinionDocument, o: Opinion): string {
  const out: string[] = [];
  out.push(`<section class="paper opinion" id="${e(d.id)}">`);
  if (!o.multiple) out.push(`<h1>${e(o.title)}</h1>`);
  out.push(`<h2>${e(d.heading)}</h2>`);

  const facts = [...d.facts.map((f) => [f.label, e(f.value)])];
  facts.push(['审核基准日', e(o.asOfText)]);
  if (d.status === 'ok') facts.push(['审核结论', `<strong class="verdict-${e(d.verdict ?? 'pass')}">${or(d.verdictLabel)}</strong>`]);
  out.push(`<h3>${SECTION.facts}</h3>`, '<table class="facts"><tbody>');
  for (const [label, value] of facts) out.push(`<tr><th scope="row">${e(label)}</th><td>${value}</td></tr>`);
  out.push('</tbody></table>');
  for (const n of d.notes) out.push(`<p class="note">说明：${e(n)}</p>`);

  if (d.status === 'unreadable') {
    out.push(`<h3>${SECTION.conclusion}</h3>`, `<p class="conclusion unreadable">${e(d.conclusion)}</p>`, '</section>');
    return out.join('\n');
  }

  out.push(`<h3>${SECTION.bases}</h3>`);
  if (d.bases.length === 0) out.push('<p>（本次审核未引用具体依据。）</p>');
  else out.push(`<ol class="bases">${d.bases.map((b) => `<li>${e(b)}</li>`).join('')}</ol>`);

  out.push(`<h3>${SECTION.problems}</h3>`);
  if (d.problems.length === 0) out.push('<p>未发现问题。</p>');
  else {
    out.push(`<p>共 ${d.problems.length} 项（${e(countsText(d.counts))}）。</p>`);
    out.push(
      `<table class="problems"><colgroup><col class="c-num"><col class="c-pos"><col><col class="c-basis"><col class="c-fix"></colgroup><thead><tr>${PROBLEM_COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>`,
    );
    for (const p of d.problems) {
      out.push(
        `<tr><td class="num"><a href="#${e(p.id)}">${p.number}</a></td><td>${e(p.position)}</td><td>${sevBadge(p.severity, p.severityLabel)}${t(p.message)}</td><td>${p.basis ? t(p.basis) : '—'}</td><td>${p.suggestion ? t(p.suggestion) : '—'}</td></tr>`,
      );
    }
    out.push('</tbody></table>');

    out.push(`<h3>${SECTION.details}</h3>`);
    for (const g of d.groups) {
      out.push(`<section class="group" id="${e(g.id)}">`, `<h4>${e(g.heading)}</h4>`);
      for (const p of g.problems) {
        out.push(`<div class="finding" id="${e(p.id)}">`);
        // No rule ids in the signed text: the appendix lists the rules applied.
        out.push(`<div class="head">问题 ${p.number} ${sevBadge(p.severity, p.severityLabel)}${e(p.position)}</div>`);
        out.push('<dl>');
        out.push(`<dt>原文</dt><dd>${p.excerpt ? e(p.excerpt) : '（无）'}</dd>`);
        out.push(`<dt>问题</dt><dd>${e(p.message)}</dd>`);
        out.push(`<dt>依据</dt><dd>${or(p.basis)}</dd>`);
        out.push(`<dt>修改建议</dt><dd>${or(p.suggestion)}</dd>`);
        out.push('</dl>');
        for (const r of p.related) {
          out.push(`<blockquote class="related"><cite>${e(quoteTitle(r.title))}${e(r.article ?? '')}</cite>${e(r.text)}</blockquote>`);
        }
        out.push('</div>');
      }
      out.push('</section>');
    }
  }

  out.push(`<h3>${SECTION.conclusion}</h3>`, `<p class="conclusion verdict-${e(d.verdict ?? 'pass')}">${e(d.conclusion)}</p>`);
  if (!o.multiple) out.push(signature(o));
  out.push('</section>');
  return out.join('\n');
}

function signature(o: Opinion): string {
  return `<div class="sign">${signatureLines(o)
    .map((l) => `<p>${e(l)}</p>`)
    .join('')}</div>`;
}

function summaryHtml(o: Opinion): string {
  const out: string[] = [];
  out.push('<section class="paper summary" id="summary">', `<h1>${e(o.title)}</h1>`, `<h2>${SECTION.summary}</h2>`);
  out.push(
    `<p>审核基准日：${e(o.asOfText)}。共审核 ${o.totals.documents} 个文件${o.totals.unreadable > 0 ? `，其中 ${o.totals.unreadable} 个无法读取` : ''}；${e(countsText(o.totals))}。</p>`,
  );
  out.push(
    `<table class="summary"><colgroup><col class="c-num"><col><col class="c-result"><col class="c-count"><col class="c-count"><col class="c-count"></colgroup><thead><tr>${SUMMARY_COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>`,
  );
  const byId = new Map(o.documents.map((d) => [d.id, d]));
  for (const s of o.summary) {
    const d = byId.get(s.id)!;
    const links =
      d.problems.length > 0 ? `<br><span class="note">问题：${d.problems.map((p) => `<a href="#${e(p.id)}">${p.number}</a>`).join(' ')}</span>` : '';
    const result = s.error
      ? `<span class="unreadable">${e(s.result)}</span><br><span class="note">${e(s.error)}</span>`
      : `<span class="verdict-${e(s.verdict ?? 'pass')}">${e(s.result)}</span>`;
    out.push(
      `<tr><td class="num">${s.ordinal}</td><td><a href="#${e(s.id)}">${e(s.title)}</a><br><span class="note">${e(s.path)}</span>${links}</td><td>${result}</td><td class="num">${s.errors}</td><td class="num">${s.warnings}</td><td class="num">${s.infos}</td></tr>`,
    );
  }
  out.push('</tbody></table>', signature(o), '</section>');
  return out.join('\n');
}

function appendixHtml(o: Opinion): string {
  const out: string[] = ['<section class="paper appendix" id="appendix">', `<h3>${SECTION.appendix}</h3>`];
  if (o.appendix.rules) {
    out.push(
      `<table class="rules"><colgroup><col class="c-id"><col><col class="c-sev"></colgroup><thead><tr>${RULE_COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>`,
    );
    for (const r of o.appendix.rules)
      out.push(`<tr><td><span class="rule-id">${e(r.id)}</span></td><td>${e(r.description)}</td><td class="num">${e(r.severityLabel)}</td></tr>`);
    out.push('</tbody></table>');
  } else out.push('<p>（未提供规则清单。）</p>');
  if (o.appendix.notApplicable.length > 0) {
    out.push(
      `<h4>${SECTION.notApplicable}</h4>`,
      `<table class="rules"><thead><tr>${NOT_APPLICABLE_COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>`,
    );
    for (const n of o.appendix.notApplicable)
      out.push(`<tr><td>${e(n.document)}</td><td><span class="rule-id">${e(n.ruleId)}</span></td><td>不适用：${e(n.reason)}</td></tr>`);
    out.push('</tbody></table>');
  }
  out.push(`<p class="plain">${e(o.appendix.corpus)}</p>`, `<p class="plain note">${e(o.appendix.disclaimer)}</p>`, '</section>');
  return out.join('\n');
}

export function renderOpinionHtml(report: Report, context: ReportContext = {}): string {
  const o = buildOpinion(report, context);
  const title = o.multiple || o.documents.length === 0 ? o.title : `${o.title} — ${o.documents[0].title}`;
  const body: string[] = [];
  if (o.multiple || o.documents.length === 0) body.push(summaryHtml(o));
  for (const d of o.documents) body.push(documentHtml(d, o));
  body.push(appendixHtml(o));
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${e(o.appendix.tool)}">
<title>${e(title)}</title>
<style>
${CSS}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
