import type { Report } from '../../engine/types.js';
import { printable } from '../../io/printable.js';
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

/**
 * Escape text for Markdown: ASCII punctuation that Markdown or GFM gives a
 * meaning (emphasis, links, HTML, tables) is backslash-escaped, so the text
 * of a draft is shown as written and never becomes markup; control and bidi
 * characters are shown as escapes (a Markdown file is often read in a terminal).
 */
export function mdText(s: string): string {
  return printable(s.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, ' '));
}

/** A GFM table cell: escaped text on one line; an empty cell shows "—". */
function cell(s: string | null | undefined): string {
  const t = s === null || s === undefined || s === '' ? '—' : mdText(s);
  return ` ${t} `;
}

function table(head: readonly string[], rows: string[][]): string[] {
  return [`|${head.map((h) => ` ${h} `).join('|')}|`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `|${r.join('|')}|`)];
}

/** A block quote; every line of the quoted text stays inside the quote. */
function quote(s: string): string[] {
  return s.split(/\r\n?|\n/).map((line) => `> ${mdText(line)}`);
}

function documentSection(d: OpinionDocument, o: Opinion, level: number): string[] {
  const h = (n: number): string => '#'.repeat(Math.min(6, level + n));
  const out: string[] = [];
  out.push(`<a id="${d.id}"></a>`, '', `${h(0)} ${mdText(d.heading)}`, '');
  if (d.status === 'unreadable') {
    out.push(
      `${h(1)} ${SECTION.facts}`,
      '',
      ...table(
        ['项目', '内容'],
        d.facts.map((f) => [cell(f.label), cell(f.value)]),
      ),
      '',
    );
    out.push(`${h(1)} ${SECTION.conclusion}`, '', `**无法读取**：${mdText(d.conclusion)}`, '');
    return out;
  }

  out.push(`${h(1)} ${SECTION.facts}`, '');
  out.push(
    ...table(
      ['项目', '内容'],
      [...d.facts.map((f) => [cell(f.label), cell(f.value)]), [cell('审核基准日'), cell(o.asOfText)], [cell('审核结论'), cell(d.verdictLabel)]],
    ),
    '',
  );
  for (const n of d.notes) out.push(`说明：${mdText(n)}`, '');

  out.push(`${h(1)} ${SECTION.bases}`, '');
  if (d.bases.length === 0) out.push('（本次审核未引用具体依据。）', '');
  else out.push(...d.bases.map((b, i) => `${i + 1}. ${mdText(b)}`), '');

  out.push(`${h(1)} ${SECTION.problems}`, '');
  if (d.problems.length === 0) out.push('未发现问题。', '');
  else {
    out.push(`共 ${d.problems.length} 项（${countsText(d.counts)}）。`, '');
    out.push(
      ...table(
        PROBLEM_COLUMNS,
        d.problems.map((p) => [` [${p.number}](#${p.id}) `, cell(p.position), cell(`【${p.severityLabel}】${p.message}`), cell(p.basis), cell(p.suggestion)]),
      ),
      '',
    );
  }

  if (d.groups.length > 0) {
    out.push(`${h(1)} ${SECTION.details}`, '');
    for (const g of d.groups) {
      out.push(`<a id="${g.id}"></a>`, '', `${h(2)} ${mdText(g.heading)}`, '');
      for (const p of g.problems) {
        // No rule ids in the signed text: the appendix lists the rules applied.
        out.push(`<a id="${p.id}"></a>`, '', `**问题 ${p.number}**（${p.severityLabel}，${mdText(p.position)}）`, '');
        out.push(`- 原文：${p.excerpt ? mdText(p.excerpt) : '（无）'}`);
        out.push(`- 问题：${mdText(p.message)}`);
        out.push(`- 依据：${p.basis ? mdText(p.basis) : '—'}`);
        out.push(`- 修改建议：${p.suggestion ? mdText(p.suggestion) : '—'}`);
        out.push('');
        for (const r of p.related) {
          out.push(`相关规定 ${mdText(quoteTitle(r.title))}${mdText(r.article ?? '')}：`, '', ...quote(r.text), '');
        }
      }
    }
  }

  out.push(`${h(1)} ${SECTION.conclusion}`, '', mdText(d.conclusion), '');
  return out;
}

export function renderOpinionMarkdown(report: Report, context: ReportContext = {}): string {
  const o = buildOpinion(report, context);
  const out: string[] = [`# ${o.title}`, ''];
  if (o.multiple) {
    out.push(`## ${SECTION.summary}`, '');
    out.push(
      `审核基准日：${o.asOfText}。共审核 ${o.totals.documents} 个文件${o.totals.unreadable > 0 ? `，其中 ${o.totals.unreadable} 个无法读取` : ''}；${countsText(o.totals)}。`,
      '',
    );
    out.push(
      ...table(
        SUMMARY_COLUMNS,
        o.summary.map((s) => [
          ` ${s.ordinal} `,
          ` [${mdText(s.title)}](#${s.id})<br>${mdText(s.path)} `,
          cell(s.error ? `${s.result}：${s.error}` : s.result),
          ` ${s.errors} `,
          ` ${s.warnings} `,
          ` ${s.infos} `,
        ]),
      ),
      '',
    );
  }
  for (const d of o.documents) out.push(...documentSection(d, o, 2));
  out.push(...signatureLines(o).map((l) => `${mdText(l)}  `), '');

  out.push(`## ${SECTION.appendix}`, '');
  if (o.appendix.rules) {
    out.push(
      ...table(
        RULE_COLUMNS,
        o.appendix.rules.map((r) => [` \`${r.id}\` `, cell(r.description), cell(r.severityLabel)]),
      ),
      '',
    );
  } else out.push('（未提供规则清单。）', '');
  if (o.appendix.notApplicable.length > 0) {
    out.push(`### ${SECTION.notApplicable}`, '');
    out.push(
      ...table(
        NOT_APPLICABLE_COLUMNS,
        o.appendix.notApplicable.map((n) => [cell(n.document), ` \`${n.ruleId}\` `, cell(`不适用：${n.reason}`)]),
      ),
      '',
    );
  }
  out.push(mdText(o.appendix.corpus), '', mdText(o.appendix.disclaimer), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
