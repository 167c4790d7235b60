import type { Finding, Report } from '../engine/types.js';
import { printable } from '../io/printable.js';
import { SEVERITY_LABEL } from './labels.js';
import { escapeXml } from '../io/escape.js';

/**
 * JUnit XML for CI test tabs (Jenkins, GitLab, Azure DevOps): one
 * testsuite per file, one failing testcase per error-level finding, an
 * erroring testcase for a file that could not be read, and a passing
 * testcase for a file without errors. Warnings and infos are listed in the
 * suite's system-out, so they show without failing the build.
 */

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function place(f: Finding): string {
  const page = f.location.page !== null ? `第${f.location.page}页 ` : '';
  return `${page}${f.location.line}:${f.location.column} ${f.location.address}`;
}

function details(f: Finding): string {
  const lines = [`${SEVERITY_LABEL[f.severity]}  ${place(f)}  ${f.message}  (${f.ruleId})`];
  if (f.excerpt) lines.push(`原文：${f.excerpt}`);
  if (f.suggestion) lines.push(`建议：${f.suggestion}`);
  if (f.basis) lines.push(`依据：${f.basis}`);
  return lines.join('\n');
}

export function renderJunit(report: Report): string {
  const timestamp = report.generatedAt.slice(0, 19);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const doc of report.documents) {
    // XML 1.0 cannot carry control characters; a path keeps them as visible escapes rather than losing them (two names must not become one).
    const shownPath = printable(doc.path);
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (doc.status === 'unreadable') {
      suiteErrors = 1;
      const code = doc.error?.code ?? 'E_INTERNAL';
      const message = doc.error?.message ?? '无法读取';
      cases.push(
        `    <testcase${attrs({ classname: shownPath, name: '读取文件', time: 0 })}>\n      <error${attrs({ message, type: code })}>${escapeXml(`${code}：${message}`)}</error>\n    </testcase>`,
      );
    } else {
      for (const f of doc.findings.filter((x) => x.severity === 'error')) {
        suiteFailures++;
        cases.push(
          `    <testcase${attrs({ classname: shownPath, name: `${f.ruleId} ${f.location.address}（${f.location.line}:${f.location.column}）`, time: 0 })}>\n      <failure${attrs({ message: f.message, type: f.ruleId })}>${escapeXml(details(f))}</failure>\n    </testcase>`,
        );
      }
      if (suiteFailures === 0) cases.push(`    <testcase${attrs({ classname: shownPath, name: '审核', time: 0 })}/>`);
    }
    const others = doc.findings.filter((f) => f.severity !== 'error');
    const out = others.length > 0 ? `\n    <system-out>${escapeXml(others.map(details).join('\n\n'))}</system-out>` : '';
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(
      `  <testsuite${attrs({ name: shownPath, tests: cases.length, failures: suiteFailures, errors: suiteErrors, skipped: 0, time: 0, timestamp })}>\n${cases.join('\n')}${out}\n  </testsuite>`,
    );
  }
  const head = `<testsuites${attrs({ name: 'hrss-audit', tests, failures, errors, time: 0 })}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}\n</testsuites>\n`;
}
