import type { DocumentResult, Finding, Report } from '../../src/engine/types.js';
import { buildReport } from '../../src/report/build.js';
import type { ReportContext } from '../../src/report/context.js';

function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'message'>, loc: Partial<Finding['location']>): Finding {
  return {
    severity: 'error',
    excerpt: '',
    basis: null,
    suggestion: null,
    related: [],
    ...partial,
    location: { line: 1, column: 1, endLine: 1, endColumn: 2, page: null, paragraph: 0, article: null, address: '标题', ...loc },
  };
}

/**
 * A draft with findings that exercise every part of an opinion: several
 * articles, a finding about the title, higher provisions quoted in full
 * (one with a line break), and text that must be escaped in every format
 * (a table pipe, HTML, Markdown emphasis, an astral character).
 */
export function richDocument(path = 'drafts/见习办法.docx'): DocumentResult {
  const findings: Finding[] = [
    finding(
      {
        ruleId: 'numbering/document-number',
        severity: 'warning',
        message: '发文字号“湘人社规〔2024〕04号”不规范：发文顺序号不编虚位。',
        excerpt: '湘人社规〔2024〕04号',
        basis: 'GB/T 9704—2012《党政机关公文格式》7.2.5',
        suggestion: '改为“湘人社规〔2024〕4号”。',
      },
      { line: 2, page: 1, address: '发文字号' },
    ),
    finding(
      {
        ruleId: 'authority/penalty',
        severity: 'error',
        message: '规范性文件不得设定行政处罚：第五条规定“处以2000元罚款”。',
        excerpt: '第五条 见习单位未按规定支付见习补贴的，由县级以上人力资源社会保障部门处以2000元罚款。',
        basis: '《中华人民共和国行政处罚法》第十六条；《湖南省规范性文件管理办法》',
        suggestion: '删除罚款规定，改为“依照有关法律、法规的规定处理”。',
        related: [
          { title: '中华人民共和国行政处罚法', article: '第十六条', text: '除法律、法规、规章外，其他规范性文件不得设定行政处罚。' },
          { title: '湖南省规范性文件管理办法', article: '第十条', text: '规范性文件不得设定下列内容：\n（一）行政许可事项；\n（二）行政处罚事项。' },
        ],
      },
      { line: 18, column: 30, page: 2, article: 5, address: '第五条' },
    ),
    finding(
      {
        ruleId: 'content/escape-test',
        severity: 'warning',
        message: '表格字符 a|b 与 <script>alert(1)</script> 以及 *强调* _下划线_ [链接](http://example.com/x) 𠮷 都要原样显示。',
        excerpt: '见习补贴 | 标准 <b>不低于</b> 最低工资的60%',
        basis: '《规范|测试》',
        suggestion: '把“|”改为“、”。',
      },
      { line: 20, page: 2, article: 5, address: '第五条第二款' },
    ),
    finding(
      {
        ruleId: 'validity/too-long',
        severity: 'info',
        message: '暂行文件的有效期不得超过2年，本文件规定为3年。',
        excerpt: '第七条 本办法自2024年6月1日起施行，有效期3年。',
        basis: '《湖南省规范性文件管理办法》',
        suggestion: '将有效期改为不超过2年。',
      },
      { line: 24, page: 3, article: 7, address: '第七条' },
    ),
  ];
  return {
    path,
    format: 'docx',
    sha256: 'a'.repeat(64),
    status: 'ok',
    error: null,
    meta: {
      title: '湖南省人力资源和社会保障厅关于印发《湖南省就业见习管理暂行办法》的通知',
      registrationNumber: 'HNPR—2024—11005',
      documentNumber: '湘人社规〔2024〕04号',
      issuers: ['湖南省人力资源和社会保障厅'],
      signedDate: '2024-05-06',
      effectiveDate: '2024-06-01',
      validity: { years: 3, until: '2027-05-31' },
    },
    stats: { articles: 7, chapters: 3, paragraphs: 24, characters: 422 },
    verdict: 'fail',
    findings,
    notes: [{ code: 'TRACKED_CHANGES', message: '文档含有修订痕迹（插入 1 处、删除 1 处），已按“接受全部修订”后的文本审核。' }],
  };
}

export function cleanDocument(path = 'drafts/合规通知.md'): DocumentResult {
  return {
    path,
    format: 'md',
    sha256: 'b'.repeat(64),
    status: 'ok',
    error: null,
    meta: {
      title: '关于做好2024年就业工作的通知',
      registrationNumber: null,
      documentNumber: null,
      issuers: [],
      signedDate: null,
      effectiveDate: null,
      validity: null,
    },
    stats: { articles: 0, chapters: 0, paragraphs: 5, characters: 100 },
    verdict: 'pass',
    findings: [],
  };
}

export function unreadableDocument(path = 'drafts/扫描件.pdf'): DocumentResult {
  return {
    path,
    format: 'pdf',
    sha256: 'c'.repeat(64),
    status: 'unreadable',
    error: { code: 'E_PDF_NO_TEXT', message: 'PDF 没有文字层（扫描件或纯图片）。请提供可复制文字的 PDF 或原始 .docx 文件。' },
    meta: null,
    stats: null,
    verdict: null,
    findings: [],
  };
}

export const NOW = new Date('2024-05-20T02:00:00Z');

export function singleReport(): Report {
  return buildReport([richDocument()], '2024-05-20', NOW);
}

export function multiReport(): Report {
  return buildReport([richDocument(), cleanDocument(), unreadableDocument()], '2024-05-20', NOW);
}

export const CONTEXT: ReportContext = {
  rules: [
    { id: 'numbering/document-number', description: '发文字号应符合 GB/T 9704 的写法', severity: 'warning', basis: 'GB/T 9704—2012《党政机关公文格式》7.2.5' },
    { id: 'authority/penalty', description: '规范性文件不得设定行政处罚', severity: 'error', basis: '《中华人民共和国行政处罚法》第十六条' },
    { id: 'validity/too-long', description: '有效期不得超过规定年限', severity: 'info', basis: '《湖南省规范性文件管理办法》' },
  ],
  corpus: null,
  author: '张三',
  reviewer: '李四',
  office: '湖南省人力资源和社会保障厅法规处',
};

/** Every text a reader of an opinion must find for a report: messages, addresses, related provisions. */
export function expectedTexts(report: Report): string[] {
  const out: string[] = [];
  for (const d of report.documents) {
    for (const f of d.findings) {
      out.push(f.message, f.location.address);
      if (f.suggestion) out.push(f.suggestion);
      for (const r of f.related) out.push(r.title, ...r.text.split('\n'));
    }
  }
  return out;
}
