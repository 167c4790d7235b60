import { describe, expect, it } from 'vitest';
import { cleanEntryOf, cleanList } from '../../src/library/clean.js';
import { csvField, CSV_HEADERS, renderCleanCsv, renderCleanJson, renderCleanMarkdown } from '../../src/report/clean.js';
import { reportOf } from '../helpers/batch.js';
import { brokenDocxFiles, SAMPLE_AS_OF, sampleLibrary } from '../helpers/library.js';

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF between records. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      ((row = []), (field = ''), i++);
    } else field += c;
  }
  return rows;
}

describe('clean-up list', async () => {
  const { report } = await reportOf({ ...sampleLibrary(), ...brokenDocxFiles() });
  const list = cleanList(report.documents, SAMPLE_AS_OF, { version: '0.1.0' }, new Date('2026-11-27T08:00:00Z'));

  it('classifies every document, with the findings that decided it first', () => {
    const status = Object.fromEntries(list.documents.map((e) => [e.path, e.label]));
    expect(status).toEqual({
      'broken/empty.docx': '无法读取',
      'broken/plain-text.docx': '无法读取',
      'broken/truncated.docx': '无法读取',
      'dup.md': '拟修改',
      'fine.txt': '继续有效',
      'new.md': '拟废止',
      'old.md': '已失效',
      'repeal/notice.md': '拟修改',
      'repeal/repealed.md': '已失效',
      'soon.md': '即将到期',
    });
    const made = list.documents.find((e) => e.path === 'new.md')!;
    expect(made.reasons[0]).toMatchObject({ ruleId: 'library/cites-inactive', severity: 'error', address: '第一条' });
    expect(made.reasons.map((r) => r.ruleId)).toContain('library/duplicate-number');
    expect(list.documents.find((e) => e.path === 'old.md')).toMatchObject({ validUntil: '2023-06-30', documentNumber: '湘人社规〔2018〕5号' });
    expect(list.summary).toEqual({ valid: 1, revise: 2, repeal: 1, expired: 2, expiring: 1, outside: 0, unreadable: 3 });
  });

  it('lists a mere reference to a repealed document as 拟修改, not 拟废止', () => {
    const made = report.documents.find((d) => d.path === 'new.md')!;
    const withoutBasis = { ...made, findings: made.findings.filter((f) => !(f.ruleId === 'library/cites-inactive' && f.severity === 'error')) };
    expect(cleanEntryOf(withoutBasis).status).toBe('revise');
  });

  it('writes CSV that Excel and WPS open as UTF-8: BOM, CRLF, every field quoted, Chinese headers', () => {
    const csv = renderCleanCsv(list);
    expect(csv.startsWith('\ufeff"序号","文件"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual(CSV_HEADERS);
    expect(rows).toHaveLength(list.documents.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADERS.length);
    const made = rows.find((r) => r[1] === 'new.md')!;
    expect(made[8]).toBe('拟废止');
    expect(made[9].split('\n')[0]).toBe(
      '[错误] 第一条：作为制定依据的《湖南省工伤保险经办管理办法》（湘人社规〔2018〕5号）已于2023年6月30日有效期届满失效，不能再作为依据。（library/cites-inactive）',
    );
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(null)).toBe('""');
  });

  it('writes JSON and Markdown with the same classes', () => {
    const json = JSON.parse(renderCleanJson(list));
    expect(json).toMatchObject({ kind: 'hrss-audit-clean', asOf: SAMPLE_AS_OF, summary: list.summary });
    expect(json.documents).toHaveLength(list.documents.length);
    const md = renderCleanMarkdown(list);
    expect(md).toContain('清理基准日：2026-11-27；共 10 个文件：继续有效 1，拟修改 2，拟废止 1，已失效 2，即将到期 1，无法读取 3。');
    expect(md).toContain('| 6 | new.md | 湖南省工伤保险经办服务规定 | 湘人社规〔2024〕2号 | 2029-02-28 | **拟废止** |');
    expect(md.indexOf('## 已失效（2 件）')).toBeLessThan(md.indexOf('## 拟废止（1 件）'));
  });
});
