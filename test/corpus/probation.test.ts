import { describe, expect, it } from 'vitest';
import { institutionProbationExcesses, probationExcesses } from '../../src/corpus/probation.js';

describe('probation longer than the contract term allows', () => {
  it('points at the probation in UTF-16 offsets, after astral characters too', () => {
    const text = '𠮷某公益性岗位的劳动合同期限一般为一年，试用期为三个月。';
    const [e] = probationExcesses(text);
    expect(e).toMatchObject({ phrase: '试用期为三个月', term: '一年', limitMonths: 2, article: 19, clause: 1 });
    expect(text.slice(e.start, e.end)).toBe('试用期为三个月');
  });

  it('reads the term in several wordings and applies the row of the law for it', () => {
    const limits = (t: string) => probationExcesses(t).map((e) => [e.term, e.limitMonths]);
    expect(limits('订立3年期劳动合同的，试用期为12个月。')).toEqual([['3年', 6]]);
    expect(limits('签订八个月的劳动合同，试用期可以约定为2个月。')).toEqual([['八个月', 1]]);
    expect(limits('双方约定4个月的试用期，劳动合同期限为两年。')).toEqual([['两年', 2]]);
    expect(limits('订立无固定期限劳动合同的，试用期最长为八个月。')).toEqual([['无固定期限', 6]]);
  });

  it('allows no probation for a task, a contract under three months or part-time work', () => {
    expect(probationExcesses('以完成一定工作任务为期限的劳动合同，试用期为十日。').map((e) => [e.article, e.clause])).toEqual([[19, 3]]);
    expect(probationExcesses('劳动合同期限为两个月的，试用期为7日。').map((e) => [e.article, e.clause])).toEqual([[19, 3]]);
    expect(probationExcesses('实行非全日制用工的，劳动合同约定的试用期为15日。').map((e) => [e.article, e.clause])).toEqual([[70, 1]]);
    // As a PDF's text layer gives it, with a space between the figure and its unit.
    expect(probationExcesses('实行非全日制用工的，劳动合同中试用期为 15 日。').map((e) => e.phrase)).toEqual(['试用期为 15 日']);
  });

  it('pairs each probation with the term stated before it in the same sentence, and only there', () => {
    expect(probationExcesses('劳动合同期限为一年的，试用期为一个月；期限为三年的，试用期为六个月。')).toEqual([]);
    expect(probationExcesses('劳动合同期限为一年的，试用期为一个月；期限为三年的，试用期为八个月。').map((e) => e.phrase)).toEqual(['试用期为八个月']);
    // The term of another sentence does not govern this one.
    expect(probationExcesses('劳动合同期限一般为一年。试用期为三个月。')).toEqual([]);
  });

  it('is silent on ranges, public institutions’ appointment contracts, bans and other periods', () => {
    expect(probationExcesses('劳动合同期限一年以上不满三年的，试用期不得超过三个月。')).toEqual([]);
    expect(probationExcesses('劳动合同期限为三年以上的，试用期为六个月。')).toEqual([]);
    expect(probationExcesses('初次就业的工作人员与事业单位订立的聘用合同期限3年以上的，试用期为12个月。')).toEqual([]);
    expect(probationExcesses('事业单位与工作人员订立期限为三年的劳动合同，试用期为12个月。')).toEqual([]);
    expect(probationExcesses('非全日制用工双方当事人不得约定试用期，劳动合同期限为一年。')).toEqual([]);
    expect(probationExcesses('劳动合同约定的服务期限为一年，试用期期限为3个月。')).toEqual([]);
    // Staff outside the establishment sign labour contracts even in a public institution.
    expect(probationExcesses('事业单位与编外聘用人员订立期限为一年的劳动合同的，试用期为六个月。').map((e) => e.limitMonths)).toEqual([2]);
  });
});

describe('probation of a public institution longer than twelve months', () => {
  const phrases = (t: string, title?: string) => institutionProbationExcesses(t, undefined, title).map((e) => e.phrase);

  it('finds it in several wordings, with offsets after astral characters', () => {
    const text = '𠮷受聘人员首次与事业单位订立聘用合同的，试用期为18个月。';
    const [e] = institutionProbationExcesses(text);
    expect(e).toMatchObject({ phrase: '试用期为18个月', article: 13 });
    expect(text.slice(e.start, e.end)).toBe('试用期为18个月');
    expect(phrases('事业单位新聘用工作人员的试用期一般不超过二十四个月。')).toEqual(['试用期一般不超过二十四个月']);
    expect(phrases('聘用合同期限5年的，试用期延长至15个月。')).toEqual(['试用期延长至15个月']);
    expect(phrases('新聘用人员试用期为2年。', '湖南省事业单位公开招聘人员办法')).toEqual(['试用期为2年']);
  });

  it('stays silent at or under twelve months, and on other persons on probation', () => {
    expect(phrases('初次就业的工作人员与事业单位订立的聘用合同期限3年以上的，试用期为12个月。')).toEqual([]);
    expect(phrases('事业单位新聘用人员试用期为六个月。')).toEqual([]);
    // Civil servants: their own law; labour contracts: the labour contract law's table.
    expect(phrases('参照公务员法管理的事业单位新录用人员试用期为18个月。')).toEqual([]);
    expect(phrases('事业单位编外人员订立劳动合同的，试用期为18个月。')).toEqual([]);
    expect(phrases('聘用合同不得约定试用期以外的期限。事业单位工作人员见习期为18个月。')).toEqual([]);
    // Without a public institution in the sentence or the document's title.
    expect(phrases('新聘用人员试用期为2年。', '湖南省企业职工招用办法')).toEqual([]);
  });
});
