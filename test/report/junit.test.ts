import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/types.js';
import { escapeXml } from '../../src/io/escape.js';
import { renderJunit } from '../../src/report/junit.js';
import { reportOf } from '../helpers/batch.js';
import { brokenDocxFiles, sampleLibrary } from '../helpers/library.js';

/**
 * Parse strictly: any warning or error of the parser fails the test. xmldom
 * lets a bare & and control characters through, so those are checked first.
 */
function parse(xml: string): Document {
  expect(xml.match(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g)).toBeNull();
  expect(xml.match(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu)).toBeNull();
  const problems: string[] = [];
  const record = (level: string) => (msg: string) => problems.push(`${level}: ${msg}`);
  const parser = new DOMParser({ errorHandler: { warning: record('warning'), error: record('error'), fatalError: record('fatal') } });
  const doc = parser.parseFromString(xml, 'text/xml');
  expect(problems).toEqual([]);
  return doc as unknown as Document;
}

const attr = (el: Element, name: string): string => el.getAttribute(name) ?? '';

describe('JUnit XML reporter', () => {
  it('writes one testsuite per file, a failure per error finding and an error per unreadable file', async () => {
    const { report } = await reportOf({ ...sampleLibrary(), ...brokenDocxFiles() });
    const doc = parse(renderJunit(report));
    const root = doc.documentElement;
    expect(root.tagName).toBe('testsuites');
    const suites = Array.from(doc.getElementsByTagName('testsuite'));
    expect(suites.map((s) => attr(s, 'name'))).toEqual(report.documents.map((d) => d.path));
    for (const [i, suite] of suites.entries()) {
      const d = report.documents[i];
      const errorFindings = d.findings.filter((f) => f.severity === 'error');
      expect(Number(attr(suite, 'failures')), d.path).toBe(errorFindings.length);
      expect(suite.getElementsByTagName('failure').length).toBe(errorFindings.length);
      expect(Number(attr(suite, 'errors'))).toBe(d.status === 'unreadable' ? 1 : 0);
      expect(Number(attr(suite, 'tests'))).toBe(suite.getElementsByTagName('testcase').length);
      if (d.status === 'unreadable') expect(attr(suite.getElementsByTagName('error')[0], 'type')).toBe(d.error!.code);
      // Warnings and infos are listed, not failed.
      const others = d.findings.filter((f) => f.severity !== 'error');
      if (others.length > 0) expect(suite.getElementsByTagName('system-out')[0].textContent).toContain(others[0].message);
    }
    expect(Number(attr(root, 'failures'))).toBe(report.summary.errors);
    expect(Number(attr(root, 'errors'))).toBe(report.summary.unreadable);
    const failure = suites.find((s) => attr(s, 'name') === 'new.md')!.getElementsByTagName('failure')[0];
    expect(attr(failure, 'type')).toMatch(/^library\/|^[a-z-]+\//);
    expect(failure.textContent).toContain('建议：');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const report: Report = {
      schemaVersion: '1.2',
      tool: { name: 'hrss-audit', version: '0.1.0' },
      generatedAt: '2026-11-27T08:00:00.000Z',
      asOf: '2026-11-27',
      summary: { documents: 1, unreadable: 0, errors: 1, warnings: 0, infos: 0 },
      documents: [
        {
          path: 'a&b/<x>"\'.md',
          format: 'md',
          sha256: '',
          status: 'ok',
          error: null,
          meta: null,
          stats: null,
          verdict: 'fail',
          findings: [
            {
              ruleId: 'x/y',
              severity: 'error',
              message: '含有 <标签> & “引号” "quote" \u0001控制字符 \ud800孤立代理',
              location: { line: 1, column: 1, endLine: 1, endColumn: 2, page: null, paragraph: 0, article: null, address: '标题' },
              excerpt: ']]> 𠮷',
              basis: null,
              suggestion: null,
              related: [],
            },
          ],
        },
      ],
    };
    const doc = parse(renderJunit(report));
    const suite = doc.getElementsByTagName('testsuite')[0];
    expect(attr(suite, 'name')).toBe('a&b/<x>"\'.md');
    const failure = doc.getElementsByTagName('failure')[0];
    expect(attr(failure, 'message')).toBe('含有 <标签> & “引号” "quote" 控制字符 孤立代理');
    expect(failure.textContent).toContain(']]> 𠮷');
    expect(escapeXml('a\u0000b\u0008c\td')).toBe('abc\td');
  });
});
