/**
 * Drafts built as .docx for the writer tests, with what makes anchoring
 * comments hard: text split over differently formatted runs, a hyperlink,
 * a tracked insertion, a manual line break, a table, an existing reviewer
 * comment, and Word's automatic article numbering.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { DEFAULT_LIMITS } from '../../src/document/limits.js';
import type { LegalDocument } from '../../src/document/model.js';
import { readDocx } from '../../src/document/readers/docx/index.js';
import { buildLegalDocument } from '../../src/document/structure/build.js';
import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { runRules } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/types.js';

const FONT = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
const run = (text: string, extra: Record<string, unknown> = {}): TextRun => new TextRun({ text, size: 32, font: FONT, ...extra });
const para = (children: ParagraphChild[], extra: Partial<IParagraphOptions> = {}): Paragraph =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 640 }, children, ...extra });

/** A draft with a reviewer's comment already in it (on 第二条). */
export async function trickyDraft(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'hrss-audit tests',
    comments: {
      children: [
        {
          id: 0,
          author: '法规处',
          initials: '法规',
          date: new Date('2024-05-10T08:00:00Z'),
          children: [new Paragraph({ children: [new TextRun('原有批注：请核实适用范围。')] })],
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'articles',
          levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING_THOUSAND, text: '第%1条', alignment: AlignmentType.LEFT, suffix: 'space' }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run('湘人社规〔2024〕04号')] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: '湖南省就业见习管理暂行办法', size: 44 })] }),
          para([run('为规范就业见习工作，'), run('帮助高校毕业生', { bold: true }), run('提升就业能力，制定本办法。')], {
            numbering: { reference: 'articles', level: 0 },
          }),
          para(
            [
              new CommentRangeStart(0),
              run('本办法适用于本省行政区域内的就业见习活动。'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
            { numbering: { reference: 'articles', level: 0 } },
          ),
          para([run('见习单位应当在'), new ExternalHyperlink({ link: 'https://example.com/', children: [run('省就业网')] }), run('公布见习岗位。')], {
            numbering: { reference: 'articles', level: 0 },
          }),
          para(
            [
              run('见习期限一般为3至12个月，'),
              new InsertedTextRun({ text: '最长不超过12个月，', id: 7, author: '起草处', date: '2024-05-01T09:00:00Z', size: 32 }),
              run('期满考核合格的发给证书。'),
            ],
            { numbering: { reference: 'articles', level: 0 } },
          ),
          para([run('见习补贴按月发放。'), run('补贴标准另行制定。', { break: 1 })], { numbering: { reference: 'articles', level: 0 } }),
          new Table({
            width: { size: 9000, type: WidthType.DXA },
            rows: [
              new TableRow({
                children: [new TableCell({ children: [new Paragraph({ children: [run('附表：见习单位名单由县级人力资源社会保障部门审核。')] })] })],
              }),
            ],
          }),
          para([run('第七条 本办法自2024年6月1日起施行，有效期3年。')]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export interface AuditedDocx {
  doc: LegalDocument;
  findings: Finding[];
}

/** Read a .docx and run the built-in rules on it, as `check` does. */
export async function auditDocx(data: Uint8Array, asOf = '2024-05-20'): Promise<AuditedDocx> {
  const source = await readDocx(data, { limits: DEFAULT_LIMITS, path: 'draft.docx' });
  const doc = buildLegalDocument(source);
  const config = validateConfig({}, null, process.cwd());
  const rules = resolveRules(await loadAllRules(config), config);
  return { doc, findings: await runRules(doc, rules, { asOf, settings: {} }) };
}

export async function readBack(data: Uint8Array): Promise<LegalDocument> {
  return buildLegalDocument(await readDocx(data, { limits: DEFAULT_LIMITS, path: 'annotated.docx' }));
}

/** A finding at a block-text range (line = block index + 1), for placing comments exactly. */
export function findingAt(template: Finding, block: number, start: number, endBlock: number, end: number, message: string): Finding {
  return {
    ...template,
    ruleId: 'test/span',
    message,
    related: [],
    location: { ...template.location, line: block + 1, column: start + 1, endLine: endBlock + 1, endColumn: end + 1 },
  };
}
