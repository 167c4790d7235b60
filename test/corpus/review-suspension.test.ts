import { describe, expect, it } from 'vitest';
import { reviewSuspensions } from '../../src/corpus/review-suspension.js';

describe('a decision suspended for every review, or the surcharge kept running through one', () => {
  it('points at the review and the suspension, in UTF-16 offsets after astral characters, and picks the law of the case', () => {
    const text = '𠮷当事人对行政决定不服申请行政复议或者提起行政诉讼的，在复议、诉讼期间行政决定暂停执行。';
    const [s] = reviewSuspensions(text);
    expect(text.slice(s.start, s.end)).toBe(s.phrase);
    expect(s.phrase).toBe('申请行政复议或者提起行政诉讼的，在复议、诉讼期间行政决定暂停执行');
    expect(s).toMatchObject({ title: '中华人民共和国行政复议法', article: 42 });
    expect(reviewSuspensions('用人单位提起行政诉讼的，处理决定暂缓执行。')[0]).toMatchObject({ title: '中华人民共和国行政诉讼法', article: 56 });
    expect(reviewSuspensions('当事人对行政处罚决定申请行政复议的，处罚决定停止执行。')[0]).toMatchObject({ article: 73, clause: 1 });
  });

  it('reads the surcharge kept running', () => {
    const [s] = reviewSuspensions('当事人申请行政复议或者提起行政诉讼的，加处罚款的数额在行政复议或者行政诉讼期间连续计算。');
    expect(s).toMatchObject({ article: 73, clause: 3, phrase: '加处罚款的数额在行政复议或者行政诉讼期间连续计算' });
  });

  it('is silent on the rule, its exceptions, a paused surcharge and a suspension for another cause', () => {
    expect(reviewSuspensions('当事人申请行政复议或者提起行政诉讼的，行政决定不停止执行，但法律另有规定或者依法决定停止执行的除外。')).toEqual([]);
    expect(reviewSuspensions('行政复议期间，被申请人认为需要停止执行的，可以停止执行。')).toEqual([]);
    expect(reviewSuspensions('当事人申请行政复议的，加处罚款的数额在复议期间不予计算。')).toEqual([]);
    expect(reviewSuspensions('当事人履行行政决定确有困难或者暂无履行能力的，中止执行。')).toEqual([]);
    expect(reviewSuspensions('（七）诉讼期间停止行政行为的执行或者驳回停止执行的申请；')).toEqual([]);
  });
});

describe('a civil servant’s review suspending the personnel decision', () => {
  it('reads it where the sentence or the title speaks of civil servants, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷复核、申诉期间，暂停执行降职或者辞退决定。';
    const [f] = reviewSuspensions(text, undefined, '湖南省公务员年度考核办法');
    expect(f).toMatchObject({ title: '中华人民共和国公务员法', article: 96, clause: 2 });
    expect(text.slice(f.start, f.end)).toBe('复核、申诉期间，暂停执行');
  });

  it('is silent on a public institution’s staff, on the law’s own rule and without civil servants', () => {
    expect(reviewSuspensions('复核、申诉期间，暂停执行处分决定。', undefined, '湖南省事业单位工作人员申诉办法')).toEqual([]);
    expect(reviewSuspensions('公务员复核、申诉期间不停止人事处理的执行。')).toEqual([]);
    expect(reviewSuspensions('复核期间，暂停执行该决定。')).toEqual([]);
  });
});
