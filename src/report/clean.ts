import { CLEAN_LABEL, CLEAN_STATUSES, type CleanEntry, type CleanList } from '../library/clean.js';
import { printable } from '../io/printable.js';
import { SEVERITY_LABEL } from './labels.js';

/**
 * The clean-up list in three forms: JSON (machines), CSV (Excel/WPS: UTF-8
 * with BOM so Chinese is not garbled, CRLF, every field quoted) and
 * Markdown (to paste into a report or read on screen). Paths are shown
 * through printable in CSV and Markdown, exactly in JSON.
 */

export const CLEAN_FORMATS = ['markdown', 'csv', 'json'] as const;
export type CleanFormat = (typeof CLEAN_FORMATS)[number];

function reasonText(e: CleanEntry): string[] {
  return e.reasons.map((r) => `[${r.severity in SEVERITY_LABEL ? SEVERITY_LABEL[r.severity] : r.severity}] ${r.address}：${r.message}（${r.ruleId}）`);
}

function summaryLine(list: CleanList): string {
  const parts = CLEAN_STATUSES.filter((s) => (s !== 'unreadable' && s !== 'outside') || list.summary[s] > 0).map((s) => `${CLEAN_LABEL[s]} ${list.summary[s]}`);
  return `清理基准日：${list.asOf}；共 ${list.documents.length} 个文件：${parts.join('，')}。`;
}

export function renderCleanJson(list: CleanList): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}

/** One CSV field: always quoted, quotes doubled; a leading =+-@ is neutralised so Excel does not run it as a formula. */
export function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export const CSV_HEADERS = ['序号', '文件', '标题', '发文字号', '统一登记号', '成文日期', '施行日期', '有效期至', '清理结论', '理由', '错误', '警告', '提示'];

export function renderCleanCsv(list: CleanList): string {
  const rows = [CSV_HEADERS.map(csvField).join(',')];
  list.documents.forEach((e, i) => {
    rows.push(
      [
        i + 1,
        printable(e.path),
        e.title,
        e.documentNumber,
        e.registrationNumber,
        e.signedDate,
        e.effectiveDate,
        e.validUntil,
        e.label,
        reasonText(e).join('\n'),
        e.counts.errors,
        e.counts.warnings,
        e.counts.infos,
      ]
        .map(csvField)
        .join(','),
    );
  });
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

function cell(s: string | null): string {
  return (s ?? '—').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function renderCleanMarkdown(list: CleanList): string {
  const out = [
    '# 规范性文件清理表',
    '',
    summaryLine(list),
    '',
    '| 序号 | 文件 | 标题 | 发文字号 | 有效期至 | 清理结论 | 主要理由 |',
    '| ---: | --- | --- | --- | --- | --- | --- |',
  ];
  list.documents.forEach((e, i) => {
    const first = reasonText(e)[0] ?? '';
    out.push(
      `| ${i + 1} | ${cell(printable(e.path))} | ${cell(e.title)} | ${cell(e.documentNumber)} | ${cell(e.validUntil)} | **${e.label}** | ${cell(first || '—')} |`,
    );
  });
  // Details by urgency: what is no longer in force first.
  for (const status of ['expired', 'repeal', 'expiring', 'revise', 'unreadable'] as const) {
    const entries = list.documents.filter((e) => e.status === status);
    if (entries.length === 0) continue;
    out.push('', `## ${CLEAN_LABEL[status]}（${entries.length} 件）`);
    for (const e of entries) {
      out.push(
        '',
        `### ${e.title ?? printable(e.path)}`,
        '',
        `- 文件：${printable(e.path)}${e.documentNumber ? `；发文字号：${e.documentNumber}` : ''}${e.validUntil ? `；有效期至：${e.validUntil}` : ''}`,
      );
      for (const r of reasonText(e)) out.push(`- ${r}`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function renderClean(format: CleanFormat, list: CleanList): string {
  switch (format) {
    case 'json':
      return renderCleanJson(list);
    case 'csv':
      return renderCleanCsv(list);
    case 'markdown':
      return renderCleanMarkdown(list);
  }
}
