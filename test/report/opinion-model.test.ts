import { describe, expect, it } from 'vitest';
import { buildOpinion, NO_CORPUS, quoteTitle, REVIEW_FRAMEWORK, signatureLines, splitBasis } from '../../src/report/opinion/model.js';
import { withoutUnverified } from '../../src/report/opinion/signed-text.js';
import { CONTEXT, multiReport, singleReport } from '../helpers/report.js';

describe('review opinion model', () => {
  it('numbers the problems, places them by legal address and page, and keeps the verdict', () => {
    const o = buildOpinion(singleReport(), CONTEXT);
    expect(o.multiple).toBe(false);
    const d = o.documents[0];
    expect(d.verdictLabel).toBe('不合法');
    expect(d.problems.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(d.problems.map((p) => p.position)).toEqual(['发文字号（第1页）', '第五条（第2页）', '第五条第二款（第2页）', '第七条（第3页）']);
    expect(d.conclusion).toMatch(/审核结论：不合法。$/);
    expect(d.facts).toContainEqual({ label: '发文字号', value: '湘人社规〔2024〕04号' });
    expect(d.facts).toContainEqual({ label: '统一登记号', value: 'HNPR—2024—11005' });
  });

  it('groups the problems by article: 第五条 and 第五条第二款 are one group', () => {
    const d = buildOpinion(singleReport(), CONTEXT).documents[0];
    expect(d.groups.map((g) => [g.heading, g.problems.map((p) => p.number)])).toEqual([
      ['发文字号', [1]],
      ['第五条', [2, 3]],
      ['第七条', [4]],
    ]);
    const ids = [d.id, ...d.groups.map((g) => g.id), ...d.problems.map((p) => p.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the review framework, then the instruments the findings rest on, each once with the provisions relied on', () => {
    const d = buildOpinion(singleReport(), CONTEXT).documents[0];
    expect(d.bases).toEqual([
      '《湖南省行政程序规定》',
      // The framework's 管理办法 and the provision a finding quotes from it are one entry.
      '《湖南省规范性文件管理办法》第十条',
      '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）',
      'GB/T 9704—2012《党政机关公文格式》7.2.5',
      '《中华人民共和国行政处罚法》第十六条',
      '《规范|测试》',
    ]);
    expect(REVIEW_FRAMEWORK.every((f) => d.bases.some((b) => b.startsWith(f)))).toBe(true);
    // A rule that found nothing adds nothing to the bases.
    const findingBases = new Set(singleReport().documents[0].findings.flatMap((f) => (f.basis ? splitBasis(f.basis) : [])));
    for (const r of CONTEXT.rules ?? []) {
      for (const b of r.basis ? splitBasis(r.basis) : []) if (!findingBases.has(b) && !REVIEW_FRAMEWORK.includes(b)) expect(d.bases).not.toContain(b);
    }
  });

  it('names each source once however the findings write it, and leaves out what the data has not verified', () => {
    const report = singleReport();
    const [first, second] = report.documents[0].findings;
    first.basis = '《湖南省规范性文件管理办法》第二十条（2018年修改）：规范性文件应当于统一公布之日起30日以后施行';
    second.basis =
      '《湖南省规范性文件管理办法》（有效期一般为5年，标注“暂行”“试行”的不超过2年；条款序号待核实）；《湖南省规范性文件管理办法》第六条；GB/T 9704—2012《党政机关公文格式》7.3.5.4；GB/T 9704—2012《党政机关公文格式》7.2.5';
    second.message = '引用的《中华人民共和国企业劳动争议处理条例》已废止，由《中华人民共和国劳动争议调解仲裁法》代替（废止日期待核实），不能再作为依据。';
    const d = buildOpinion(report, CONTEXT).documents[0];
    expect(d.bases.filter((b) => b.startsWith('《湖南省规范性文件管理办法》'))).toEqual(['《湖南省规范性文件管理办法》第六条、第十条、第二十条']);
    expect(d.bases.filter((b) => b.startsWith('GB/T'))).toEqual(['GB/T 9704—2012《党政机关公文格式》7.2.5、7.3.5.4']);
    const shown = d.problems[1];
    expect(shown.basis).toBe(
      '《湖南省规范性文件管理办法》（有效期一般为5年，标注“暂行”“试行”的不超过2年）；《湖南省规范性文件管理办法》第六条；GB/T 9704—2012《党政机关公文格式》7.3.5.4；GB/T 9704—2012《党政机关公文格式》7.2.5',
    );
    expect(shown.message).toBe('引用的《中华人民共和国企业劳动争议处理条例》已废止，由《中华人民共和国劳动争议调解仲裁法》代替，不能再作为依据。');
    for (const text of [...d.bases, ...d.problems.flatMap((p) => [p.message, p.basis, p.suggestion])]) expect(text ?? '').not.toMatch(/核实|\[U\]/);
    // The report itself keeps them.
    expect(report.documents[0].findings[1].basis).toContain('条款序号待核实');
  });

  it('places a problem by page, or by paragraph where the format has no pages — never by a line of extracted text', () => {
    const report = singleReport();
    for (const f of report.documents[0].findings) f.location = { ...f.location, page: null, paragraph: f.location.line - 1 };
    report.documents[0].findings[0].location.paragraph = null;
    expect(buildOpinion(report, CONTEXT).documents[0].problems.map((p) => p.position)).toEqual([
      '发文字号',
      '第五条（第18段）',
      '第五条第二款（第20段）',
      '第七条（第24段）',
    ]);
  });

  it('summarises several documents, listing unreadable ones with their error', () => {
    const o = buildOpinion(multiReport(), CONTEXT);
    expect(o.multiple).toBe(true);
    expect(o.summary.map((s) => s.result)).toEqual(['合法', '无法读取', '不合法']);
    const unreadable = o.summary.find((s) => s.result === '无法读取')!;
    expect(unreadable.error).toContain('E_PDF_NO_TEXT');
    expect(unreadable.error).toContain('PDF 没有文字层');
    expect(o.documents.find((d) => d.status === 'unreadable')!.conclusion).toContain('无法读取');
  });

  it('says so when no corpus was used, and prints its version when one was', () => {
    expect(buildOpinion(singleReport(), CONTEXT).appendix.corpus).toBe(NO_CORPUS);
    const withCorpus = buildOpinion(singleReport(), { ...CONTEXT, corpus: { version: '2025-04-19', laws: 42, path: '.hrss-audit/corpus.db' } });
    expect(withCorpus.appendix.corpus).toBe('语料库：版本 2025-04-19，收录法律法规 42 件，文件 .hrss-audit/corpus.db');
  });

  it('lists the rules applied with their severity; null when the caller gave none', () => {
    expect(buildOpinion(singleReport(), CONTEXT).appendix.rules).toEqual([
      { id: 'numbering/document-number', description: '发文字号应符合 GB/T 9704 的写法', severityLabel: '警告' },
      { id: 'authority/penalty', description: '规范性文件不得设定行政处罚', severityLabel: '错误' },
      { id: 'validity/too-long', description: '有效期不得超过规定年限', severityLabel: '提示' },
    ]);
    expect(buildOpinion(singleReport()).appendix.rules).toBeNull();
  });

  it('signs with the office, the people named in the config and the review date', () => {
    expect(signatureLines(buildOpinion(singleReport(), CONTEXT))).toEqual([
      '湖南省人力资源和社会保障厅法规处',
      '承办人：张三',
      '审核人：李四',
      '2024年5月20日',
    ]);
    expect(signatureLines(buildOpinion(singleReport(), { author: '王五' }))).toEqual(['审核人：王五', '2024年5月20日']);
  });

  it('quotes a title with inner book-title marks turned into single ones', () => {
    expect(quoteTitle('关于印发《湖南省就业见习管理暂行办法》的通知')).toBe('《关于印发〈湖南省就业见习管理暂行办法〉的通知》');
    expect(quoteTitle('《中华人民共和国劳动法》')).toBe('《中华人民共和国劳动法》');
  });
});

describe('splitBasis', () => {
  it('splits at semicolons between instruments, not inside brackets', () => {
    expect(splitBasis('《A》；《B》（国办发〔2018〕37号）')).toEqual(['《A》', '《B》（国办发〔2018〕37号）']);
    expect(splitBasis('《湖南省规范性文件管理办法》（有效期一般为5年，不超过2年；条款序号待核实）')).toEqual([
      '《湖南省规范性文件管理办法》（有效期一般为5年，不超过2年；条款序号待核实）',
    ]);
  });
});

describe('withoutUnverified', () => {
  it('drops remarks about unverified facts and keeps the rest of a bracketed note', () => {
    expect(withoutUnverified('《办法》（有效期一般为5年；条款序号待核实）')).toBe('《办法》（有效期一般为5年）');
    expect(withoutUnverified('已废止（废止日期待核实），不能再作为依据。')).toBe('已废止，不能再作为依据。');
    expect(withoutUnverified('应称“人力资源和社会保障厅”。（该项的起算日期未经核实，请人工确认）')).toBe('应称“人力资源和社会保障厅”。');
    expect(withoutUnverified('地方机构改革 [U]（2009年）')).toBe('地方机构改革（2009年）');
    expect(withoutUnverified('《A》（国办发〔2018〕37号）')).toBe('《A》（国办发〔2018〕37号）');
  });
});
