import { describe, expect, it } from 'vitest';
import { preconditionedRights } from '../../src/corpus/preconditioned-rights.js';

describe('a right the law gives directly, made to wait for another step', () => {
  it('points at the step and the right, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷劳动者认为工资低于最低工资标准的，应当先向本单位工会反映；经调解仍未解决的，方可向人力资源社会保障部门投诉。';
    const [f] = preconditionedRights(text);
    expect(f).toMatchObject({ title: '劳动保障监察条例', article: 9, clause: 2, phrase: '经调解仍未解决的，方可向人力资源社会保障部门投诉' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
  });

  it('answers the law that gives the right: arbitration, a suit after a refused application, a suit for discrimination', () => {
    expect(preconditionedRights('对申诉处理决定不服的，方可向劳动人事争议仲裁委员会申请仲裁。')[0]).toMatchObject({ article: 5 });
    expect(preconditionedRights('对不予受理决定不服的，应当申请复查；复查维持原决定的，申请人方可向人民法院提起诉讼。')[0]).toMatchObject({ article: 29 });
    expect(preconditionedRights('认为用人单位歧视残疾人的，应当先投诉；经处理仍有异议的，方可依法向人民法院提起诉讼。')[0]).toMatchObject({ article: 64 });
    expect(preconditionedRights('求职者认为招聘中存在就业歧视的，不得直接向人民法院提起诉讼。')[0]).toMatchObject({
      article: 62,
      phrase: '不得直接向人民法院提起诉讼',
    });
  });

  it('is silent on the law’s own order, on a sentence that keeps the right, and on a step of the administration', () => {
    expect(preconditionedRights('劳动者对仲裁裁决不服的，方可向人民法院提起诉讼。')).toEqual([]);
    expect(preconditionedRights('劳动争议未经仲裁的，不得直接向人民法院提起诉讼。')).toEqual([]);
    expect(preconditionedRights('劳动者可以直接向人力资源社会保障行政部门投诉，无需先经工会调解。')).toEqual([]);
    expect(preconditionedRights('经办机构审核通过后，方可发放补贴。')).toEqual([]);
    // A suit without a case the law gives it in (不予受理, 歧视) is not compared.
    expect(preconditionedRights('经行政复议后，方可向人民法院提起诉讼。')).toEqual([]);
  });

  it('reads the step put as a refusal, by who refuses: 未经调解的，仲裁委员会不予受理', () => {
    const text = '𠮷当事人应当先申请调解；未经调解的，劳动人事争议仲裁委员会不予受理。';
    const [f] = preconditionedRights(text);
    expect(f).toMatchObject({ article: 5, phrase: '未经调解的，劳动人事争议仲裁委员会不予受理' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(preconditionedRights('未经本单位调解委员会调解的，劳动保障监察机构对其投诉不予受理。')[0]).toMatchObject({ article: 9, clause: 2 });
    // The law's order (arbitration before a suit), and a form of the application itself, are no step of another procedure.
    expect(preconditionedRights('劳动争议案件未经劳动争议仲裁的，人民法院不予受理。')).toEqual([]);
    expect(preconditionedRights('未经申请人签字确认的，仲裁委员会不予受理其仲裁申请。')).toEqual([]);
  });

  it('reads a 公务员’s appeal made to wait for a review, in either form', () => {
    const text = '𠮷公务员对处分不服的，应当先申请复核；未经复核直接提出申诉的，受理机关不予受理。';
    const [f] = preconditionedRights(text);
    expect(f).toMatchObject({ title: '中华人民共和国公务员法', article: 95, phrase: '未经复核直接提出申诉的，受理机关不予受理' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(preconditionedRights('公务员对复核决定不服的，方可提出申诉。')[0]).toMatchObject({ article: 95 });
    // Only where the document is about 公务员, and not where it keeps the direct appeal.
    expect(preconditionedRights('职工对复核决定不服的，方可提出申诉。')).toEqual([]);
    expect(preconditionedRights('公务员可以申请复核，也可以不经复核直接提出申诉，无需先经复核。')).toEqual([]);
  });

  it('reads the injured worker barred from applying for an assessment directly, but not a step before applying', () => {
    const text = '由用人单位向设区的市级劳动能力鉴定委员会提出生活自理障碍等级鉴定申请，工伤职工本人及其近亲属不得直接提出申请。';
    const [f] = preconditionedRights(text);
    expect(f).toMatchObject({ title: '工伤保险条例', article: 23, phrase: '工伤职工本人及其近亲属不得直接提出申请' });
    expect(preconditionedRights('工伤职工经治疗伤情相对稳定后，方可提出劳动能力鉴定申请。')).toEqual([]);
    expect(preconditionedRights('申请人不得直接提出申请，应当通过网上平台提交。')).toEqual([]);
  });

  it('reads a work-injury decision taken to court only after administrative review, not the choice the law gives', () => {
    const text = '对工伤认定结论不服的，当事人应当先依法申请行政复议；对行政复议决定仍不服的，方可向人民法院提起行政诉讼。';
    const [f] = preconditionedRights(text);
    expect(f).toMatchObject({ title: '工伤保险条例', article: 55 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(preconditionedRights('对工伤认定决定不服的，可以依法申请行政复议，也可以依法向人民法院提起行政诉讼。')).toEqual([]);
    // The case named by the document's title, not by the paragraph; without it, the rule for every administrative case.
    const bare = '对前条所列决定不服的，当事人应当先依法申请行政复议；对行政复议决定仍不服的，方可向人民法院提起行政诉讼。';
    expect(preconditionedRights(bare)).toMatchObject([{ title: '中华人民共和国行政诉讼法', article: 44, clause: 1 }]);
    expect(preconditionedRights(bare, '湖南省工伤认定行政复议和行政诉讼衔接工作暂行办法')[0]).toMatchObject({ article: 55 });
    // The case the sentence names comes before the title's: a disclosure decision in a document on work-injury benefits.
    const disclosure = '申请人对不予公开政府信息的答复不服的，应当先申请复核；对复核决定不服的，方可依法向人民法院提起行政诉讼。';
    expect(preconditionedRights(disclosure, '湖南省工伤保险待遇管理办法')).toMatchObject([{ title: '中华人民共和国政府信息公开条例', article: 51 }]);
  });

  it('reads any administrative case taken to court only after review (行政诉讼法第四十四条), not where the law puts review first', () => {
    const text = '未经行政复议的，应试人员不得直接向人民法院提起行政诉讼。';
    const [f] = preconditionedRights(text);
    expect(f).toMatchObject({ title: '中华人民共和国行政诉讼法', article: 44, phrase: '应试人员不得直接向人民法院提起行政诉讼' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(preconditionedRights('对行政复议决定不服的，可以依法向人民法院提起行政诉讼。')).toEqual([]);
    expect(preconditionedRights('对当场作出的行政处罚决定不服的，应当先申请行政复议；对复议决定不服的，方可提起行政诉讼。')).toEqual([]);
    expect(preconditionedRights('经调解不成的，方可向人民法院提起诉讼。')).toEqual([]);
  });
});
