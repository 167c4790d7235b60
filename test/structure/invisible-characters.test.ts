import { describe, expect, it } from 'vitest';
import type { Block, SourceDocument } from '../../src/document/model.js';
import { buildLegalDocument } from '../../src/document/structure/build.js';
import { excerptOf, locate } from '../../src/document/structure/locate.js';
import { hideFormatCharacters, sourceColumn, visibleColumn } from '../../src/document/visible-text.js';
import bidiControl from '../../rules/format/bidi-control.js';
import documentNumber from '../../rules/numbering/document-number.js';
import articleSequence from '../../rules/structure/article-sequence.js';
import ultraVires from '../../rules/content/ultra-vires.js';
import validityMissing from '../../rules/validity/missing.js';
import tooLong from '../../rules/validity/too-long.js';
import { ruleTester } from '../helpers/rule-tester.js';

/**
 * Invisible format characters (issue 10, item 4): the structure pass and the
 * rules see the text as displayed, the locations point into the text as read.
 * Each attack of the issue is reproduced on a document that is otherwise a
 * plain fixture of the rule it attacks.
 */

const SHY = '\u00ad';
const ZWSP = '\u200b';
const ZWJ = '\u200d';
const WJ = '\u2060';

const FINE = `# 湖南省就业见习管理办法

第一条 为规范就业见习工作，根据《中华人民共和国就业促进法》等法律法规，结合本省实际，制定本办法。

第二条 见习单位未按规定支付见习补贴的，由县级以上人力资源社会保障部门责令改正，并处以2000元以上1万元以下罚${SHY}款。

第三条 本办法自2025年3月1日起施行，有效期5年。
`;

const NUMBER = `湘人社规〔2024〕0${ZWJ}4号

# 湖南省人力资源和社会保障厅关于做好技能人才评价工作的通知

各市州人力资源和社会保障局：

一、规范评价

各地要规范开展技能人才评价。

本通知自2024年6月1日起施行，有效期5年。

湖南省人力资源和社会保障厅

2024年5月6日
`;

const PROVISIONAL = `# 湖南省就业见习管理暂行办法

第一条 为了规范就业见习工作，根据《中华人民共和国就业促进法》，制定本办法。

第二条 本办法适用于本省行政区域内的就业见习活动。

第三条 本办法自2025年7月1日起施行，有${WJ}效期3年。
`;

const ARTICLES = `# 湖南省失业保险技能提升补贴办法

第一条 为了提升参保职工职业技能，根据《失业保险条例》，制定本办法。

第二条 符合条件的参保职工，可以申领技能提升补贴。

第${ZWSP}三条 补贴标准按照证书等级确定。

第四条 本办法自2025年6月1日起施行，有效期5年。
`;

/** 1-based column range of `part` in the paragraph on `line` (1-based, blank lines not counted) of `text`, as RuleTester expects it. */
function span(text: string, line: number, part: string): { line: number; column: number; endLine: number; endColumn: number } {
  const paragraph = text.split('\n').filter((l) => l.trim() !== '')[line - 1];
  const at = paragraph.indexOf(part);
  if (at < 0) throw new Error(`${part} is not on line ${line}`);
  return { line, column: at + 1, endLine: line, endColumn: at + 1 + part.length };
}

const REVERSED_CLAUSE = '款罚下以元万1上以元0002处并（号1）';
const REVERSED = FINE.replace(`并处以2000元以上1万元以下罚${SHY}款`, `\u202e${REVERSED_CLAUSE}\u202c`);

describe('rules see through invisible characters', () => {
  // The finding covers the fine up to 款, soft hyphen included: columns count in the text as read.
  ruleTester.run('content/ultra-vires', ultraVires, {
    valid: [],
    invalid: [
      {
        name: 'a soft hyphen inside 罚款 does not hide the fine',
        code: FINE,
        errors: [{ address: '第二条', severity: 'error', message: /罚款/, ...span(FINE, 3, `并处以2000元以上1万元以下罚${SHY}款`) }],
      },
    ],
  });
  ruleTester.run('numbering/document-number', documentNumber, {
    valid: [],
    invalid: [
      {
        name: 'a zero-width joiner inside the 发文字号 does not hide its warning',
        code: NUMBER,
        errors: [{ address: '发文字号', message: /湘人社规〔2024〕04号/ }],
      },
    ],
  });
  ruleTester.run('validity/too-long', tooLong, {
    valid: [],
    invalid: [{ name: 'a word joiner inside 有效期 still gives too-long', code: PROVISIONAL, errors: [{ address: '第三条', message: /暂行.*有效期/ }] }],
  });
  ruleTester.run('validity/missing', validityMissing, {
    valid: [{ name: 'a word joiner inside 有效期 does not make it missing', code: PROVISIONAL }],
    invalid: [],
  });
  ruleTester.run('structure/article-sequence', articleSequence, {
    valid: [{ name: 'a zero-width space inside 第三条 does not invent a gap', code: ARTICLES }],
    // The same document with the article really missing is still caught.
    invalid: [
      {
        name: 'the article really missing',
        code: ARTICLES.replace(`第${ZWSP}三条`, '第五条'),
        errors: [
          { address: '第五条', messageId: 'gap' },
          { address: '第四条', messageId: 'backwards' },
        ],
      },
    ],
  });
});

describe('bidirectional controls are reported', () => {
  ruleTester.run('format/bidi-control', bidiControl, {
    valid: [
      { name: 'other invisible characters only', code: FINE },
      { name: 'no format character at all', code: FINE.replace(SHY, '') },
    ],
    invalid: [
      {
        // The finding starts at the first reversed character as stored (after the RLO) and ends at the PDF.
        name: 'an RLO-reversed clause shows what the reader sees and what the file holds',
        code: REVERSED,
        errors: [
          {
            address: '第二条',
            severity: 'error',
            message: /阅读时显示为“（1号）并处2000元以上1万元以下罚款”.*实际文字却是“款罚下以元万1上以元0002处并（号1）”/,
            ...span(REVERSED, 3, REVERSED_CLAUSE),
          },
        ],
      },
    ],
  });
});

describe('the report says the text held invisible characters', () => {
  it('adds a note naming them', async () => {
    const { auditSource } = await import('../../src/engine/audit.js');
    const source = sourceOf(['第一条 总则。', `第二条 罚${SHY}款${SHY}。${ZWSP}`]);
    const { result } = await auditSource('x.txt', '', source, [], {
      asOf: '2026-11-27',
      limits: (await import('../../src/document/limits.js')).DEFAULT_LIMITS,
      settings: {},
    });
    expect(result.notes).toContainEqual({
      code: 'FORMAT_CHARACTERS',
      message: '文中有 3 个不可见字符（软连字符 U+00AD、零宽空格 U+200B），审核时按不存在处理，报告中的行、列仍按原文计算。',
    });
    const clean = await auditSource('y.txt', '', sourceOf(['第一条 总则。']), [], {
      asOf: '2026-11-27',
      limits: (await import('../../src/document/limits.js')).DEFAULT_LIMITS,
      settings: {},
    });
    expect(clean.result.notes).toEqual([]);
  });
});

function sourceOf(texts: string[], labels: Array<string | undefined> = []): SourceDocument {
  const blocks: Block[] = texts.map((text, index) => ({ index, text, label: labels[index], container: 'body', style: {}, source: { paragraph: index } }));
  return { format: 'txt', blocks, streams: [], notes: [] };
}

describe('the visible text and its map back', () => {
  it('leaves a document without format characters untouched (same object, no record)', () => {
    const source = sourceOf(['第一条 总则。', '𠮷１２']);
    expect(hideFormatCharacters(source).visible).toBe(source);
    expect(buildLegalDocument(source).formatCharacters).toBeUndefined();
  });

  it('takes out every kind of format character, astral ones too, and keeps CJK, astral and fullwidth text', () => {
    const hidden = [
      '\u00ad',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202e',
      '\u202c',
      '\u2060',
      '\u2066',
      '\u2069',
      '\ufeff',
      '\u061c',
      '\ufe0f',
      '\u{e0041}',
      '\u034f',
    ];
    const text = `𠮷${hidden.join('')}罚款１２${hidden.join('')}`;
    const doc = buildLegalDocument(sourceOf([text]));
    expect(doc.text).toBe('𠮷罚款１２');
    expect(doc.formatCharacters?.runs.map((r) => [r.at, r.sourceOffset, r.text])).toEqual([
      [2, 2, hidden.join('')],
      [6, 2 + hidden.join('').length + 4, hidden.join('')],
    ]);
    expect(doc.formatCharacters?.source.blocks[0].text).toBe(text);
  });

  it('maps columns both ways: starts skip the run before, ends stop before the run after', () => {
    // Source: 处 以 SHY SHY 罚 ZWSP 款 ZWJ 。  → visible: 处以罚款。
    const doc = buildLegalDocument(sourceOf(['x', `处以${SHY}${SHY}罚${ZWSP}款${ZWJ}。`]));
    const hidden = doc.formatCharacters;
    expect(doc.source.blocks[1].text).toBe('处以罚款。');
    expect([0, 1, 2, 3, 4, 5].map((c) => sourceColumn(hidden, 1, c, 'start'))).toEqual([0, 1, 4, 6, 8, 9]);
    expect([0, 1, 2, 3, 4, 5].map((c) => sourceColumn(hidden, 1, c, 'end'))).toEqual([0, 1, 2, 5, 7, 9]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => visibleColumn(hidden, 1, c))).toEqual([0, 1, 2, 2, 2, 3, 3, 4, 4, 5]);
    // Block 0 has no run: identity.
    expect(sourceColumn(hidden, 0, 1, 'start')).toBe(1);
    const at = doc.text.indexOf('罚款');
    const loc = locate(doc, { start: at, end: at + 2 });
    expect([loc.line, loc.column, loc.endLine, loc.endColumn]).toEqual([2, 5, 2, 8]);
    expect(doc.formatCharacters!.source.blocks[1].text.slice(loc.column - 1, loc.endColumn - 1)).toBe(`罚${ZWSP}款`);
    // A zero-length span never ends before it starts.
    const empty = locate(doc, { start: at, end: at });
    expect(empty.endColumn).toBeGreaterThanOrEqual(empty.column);
    expect(excerptOf(doc, { start: at, end: at + 2 })).toBe('处以罚款。');
  });

  it('strips automatic labels and moves revision, anchor and page offsets into the visible text', () => {
    const source = sourceOf([`第${ZWSP}一条内容${SHY}修订后`], [`第${ZWSP}二条`]);
    source.blocks[0].revisions = [{ type: 'insert', start: 7, end: 10, text: '修订后' }];
    source.blocks[0].anchors = [{ kind: 'comment', id: '1', start: 0, end: 4 }];
    source.blocks[0].source.segments = [
      { offset: 0, page: 1 },
      { offset: 8, page: 2 },
    ];
    const doc = buildLegalDocument(source);
    const b = doc.source.blocks[0];
    expect(b.label).toBe('第二条');
    expect(b.text.slice(b.revisions![0].start, b.revisions![0].end)).toBe('修订后');
    expect(b.text.slice(b.anchors![0].start, b.anchors![0].end)).toBe('第一条');
    expect(b.source.segments![1].offset).toBe(6);
    expect(locate(doc, { start: 7, end: 8 }).page).toBe(2);
    expect(doc.articles.map((a) => a.number)).toEqual([2]);
  });
});
