import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Report } from '../engine/types.js';
import { printable } from '../io/printable.js';
import { SEVERITY_LABEL, VERDICT_LABEL } from './labels.js';

export interface StylishOptions {
  color: boolean;
}

/** Display width: CJK and fullwidth characters take two columns in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x20000)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function position(f: Finding): string {
  const page = f.location.page !== null ? `第${f.location.page}页 ` : '';
  return `${page}${f.location.line}:${f.location.column}`;
}

/** The profile in one line; a document that is not normative says so and what was checked instead. */
function profileLine(doc: Report['documents'][number]): string {
  const p = doc.profile!;
  const skipped = doc.notApplicable?.length ?? 0;
  const note = !p.normative
    ? `；不是规范性文件，不作规范性文件合法性审核，只检查适用于${p.kind.value}的规则${skipped > 0 ? `（${skipped}条规则不适用）` : ''}`
    : skipped > 0
      ? `；${skipped}条规则不适用`
      : '';
  return `${p.summary}${note}`;
}

/** ESLint-like terminal output, grouped by file, in Chinese. Text from file names and documents goes through printable: no control character reaches the terminal. */
export function renderStylish(report: Report, options: StylishOptions): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const sev = (s: Finding['severity']): string =>
    s === 'error' ? c.red(SEVERITY_LABEL[s]) : s === 'warning' ? c.yellow(SEVERITY_LABEL[s]) : c.blue(SEVERITY_LABEL[s]);
  const out: string[] = [];
  for (const doc of report.documents) {
    if (doc.status === 'unreadable') {
      out.push(c.underline(printable(doc.path)));
      out.push(`  ${c.red('无法读取')}  ${printable(doc.error!.message)}  ${c.dim(doc.error!.code)}`);
      out.push('');
      continue;
    }
    // A document that is not normative is always named, with what it is: the reader must know why so little was checked.
    if (doc.findings.length === 0 && (doc.notes ?? []).length === 0 && doc.profile?.normative !== false) continue;
    const verdict = doc.verdict
      ? `  ${c.dim('结论：')}${doc.verdict === 'fail' ? c.red(VERDICT_LABEL[doc.verdict]) : doc.verdict === 'revise' ? c.yellow(VERDICT_LABEL[doc.verdict]) : c.green(VERDICT_LABEL[doc.verdict])}`
      : '';
    out.push(`${c.underline(printable(doc.path))}${verdict}`);
    if (doc.profile) out.push(`  ${c.dim('文件：')}${printable(profileLine(doc))}`);
    for (const note of doc.notes ?? []) out.push(`  ${c.dim('说明')}  ${c.dim(printable(note.message))}`);
    const posWidth = Math.max(0, ...doc.findings.map((f) => displayWidth(position(f))));
    const addrWidth = Math.min(24, Math.max(0, ...doc.findings.map((f) => displayWidth(printable(f.location.address)))));
    for (const f of doc.findings) {
      out.push(
        `  ${c.dim(pad(position(f), posWidth))}  ${sev(f.severity)}  ${pad(printable(f.location.address), addrWidth)}  ${printable(f.message)}  ${c.dim(printable(f.ruleId))}`,
      );
      const indent = ' '.repeat(2 + posWidth + 2);
      if (f.suggestion) out.push(`${indent}${c.green('建议：')}${printable(f.suggestion)}`);
      if (f.basis) out.push(`${indent}${c.dim(`依据：${printable(f.basis)}`)}`);
      for (const r of f.related) out.push(`${indent}${c.dim(printable(`参见《${r.title}》${r.article ?? ''}：${r.text}`))}`);
    }
    out.push('');
  }
  const s = report.summary;
  const problems = s.errors + s.warnings + s.infos;
  const counts = `错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`;
  const files = `共审核 ${s.documents} 个文件${s.unreadable > 0 ? `，其中 ${s.unreadable} 个无法读取` : ''}`;
  if (problems === 0 && s.unreadable === 0) out.push(c.green(`✔ 未发现问题（${files}）`));
  else out.push((s.errors > 0 || s.unreadable > 0 ? c.red.bold : c.yellow.bold)(`✖ 发现 ${problems} 个问题（${counts}）；${files}`));
  return `${out.join('\n')}\n`;
}
