import { describe, expect, it } from 'vitest';
import { draftGrounds, judgeGround, type LawGround } from '../../src/corpus/closed-grounds.js';

/** 劳动合同法 第三十九条 and 第四十条 as the corpus stores them: each item with its lead-in. */
const MISCONDUCT = '劳动者有下列情形之一的，用人单位可以解除劳动合同:';
const NOTICE = '有下列情形之一的，用人单位提前三十日以书面形式通知劳动者本人或者额外支付劳动者一个月工资后，可以解除劳动合同:';
const DISMISSAL: LawGround[] = [
  { text: '（一）在试用期间被证明不符合录用条件的；', leadIn: MISCONDUCT },
  { text: '（二）严重违反用人单位的规章制度的；', leadIn: MISCONDUCT },
  { text: '（三）严重失职，营私舞弊，给用人单位造成重大损害的；', leadIn: MISCONDUCT },
  {
    text: '（四）劳动者同时与其他用人单位建立劳动关系，对完成本单位的工作任务造成严重影响，或者经用人单位提出，拒不改正的；',
    leadIn: MISCONDUCT,
  },
  { text: '（六）被依法追究刑事责任的。', leadIn: MISCONDUCT },
  { text: '（一）劳动者患病或者非因工负伤，在规定的医疗期满后不能从事原工作，也不能从事由用人单位另行安排的工作的；', leadIn: NOTICE },
  { text: '（二）劳动者不能胜任工作，经过培训或者调整工作岗位，仍不能胜任工作的；', leadIn: NOTICE },
];
const LEAVE_LEAD = '职工有下列情形之一的，不享受当年的年休假：';
const LEAVE: LawGround[] = [
  { text: '(二)职工请事假累计20天以上且单位按照规定不扣工资的；', leadIn: LEAVE_LEAD },
  { text: '(三)累计工作满1年不满10年的职工，请病假累计2个月以上的；', leadIn: LEAVE_LEAD },
  { text: '(四)累计工作满10年不满20年的职工，请病假累计3个月以上的；', leadIn: LEAVE_LEAD },
];
const APPOINTMENT: LawGround[] = [
  { text: '事业单位工作人员连续旷工超过15个工作日，或者1年内累计旷工超过30个工作日', leadIn: '' },
  { text: '事业单位工作人员受到开除处分', leadIn: '事业单位工作人员受到开除处分的，解除聘用合同。' },
];

describe('cases a draft gives for a consequence the law lists grounds for', () => {
  it('reads each case before the consequence, in UTF-16 offsets after astral characters', () => {
    const text = '第九条　𠮷累计工作满1年不满10年的工作人员请病假累计1个月以上的，累计工作满10年不满20年的工作人员请病假累计3个月以上的，不享受当年的年休假。';
    const found = draftGrounds(text);
    expect(found.map((f) => f.text)).toEqual(['𠮷累计工作满1年不满10年的工作人员请病假累计1个月以上', '累计工作满10年不满20年的工作人员请病假累计3个月以上']);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(found[0].family.id).toBe('annual-leave');
  });

  it('reads an item under a lead-in that names the consequence, and a part after a semicolon', () => {
    const [item] = draftGrounds('（二）当月迟到早退累计五次以上的；', '员工有下列情形之一的，公司可以单方解除劳动合同：');
    expect(item.text).toBe('当月迟到早退累计五次以上');
    expect(item.family.id).toBe('labour-contract');
    const parts = draftGrounds('工作人员受到记过处分的，事业单位可以与其解除聘用合同；受到开除处分的，解除聘用合同。');
    expect(parts.map((p) => p.text)).toEqual(['工作人员受到记过处分', '受到开除处分']);
  });

  it('reads a protection as its own consequence, and no case where the consequence is the worker’s, is a suspension or is pointed to', () => {
    expect(draftGrounds('劳动者在孕期、产期、哺乳期的，用人单位不得解除劳动合同。').map((g) => g.family.id)).toEqual(['protected-employment']);
    expect(draftGrounds('劳动者提前三十日以书面形式通知用人单位的，可以解除劳动合同。')).toEqual([]);
    expect(draftGrounds('未按时签到的，经办机构暂停发放失业保险金。')).toEqual([]);
    expect(draftGrounds('劳动者有本法第三十九条规定情形之一的，用人单位可以解除劳动合同。')).toEqual([]);
    expect(draftGrounds('年度内又出现上述情形的，不享受下一年度的年休假。')).toEqual([]);
  });
});

describe('a case held against the law’s grounds', () => {
  it('is silent on a restatement, in other words or with more detail, and on one alternative of a ground', () => {
    expect(judgeGround('劳动者在试用期内被证明不符合录用条件', DISMISSAL)).toBeNull();
    expect(judgeGround('劳动者严重违反用人单位依法制定并公示的规章制度', DISMISSAL)).toBeNull();
    expect(judgeGround('劳动者同时与其他用人单位建立劳动关系，经用人单位提出后拒不改正', DISMISSAL)).toBeNull();
    expect(judgeGround('累计工作满10年不满20年的职工请病假累计3个月以上', LEAVE)).toBeNull();
    expect(judgeGround('事业单位工作人员连续旷工超过15个工作日', APPOINTMENT, false)).toBeNull();
  });

  it('reports a ground without its bar, with another figure or with a lighter sanction', () => {
    expect(judgeGround('违反用人单位规章制度，经书面警告后仍不改正', DISMISSAL)).toMatchObject({ kind: 'changed', why: expect.stringContaining('严重') });
    expect(judgeGround('劳动者不能胜任工作，经用人单位书面告知考核结果后，在改进期内仍未达到岗位要求', DISMISSAL)).toMatchObject({
      kind: 'changed',
      ground: DISMISSAL[6],
    });
    expect(judgeGround('劳动者患病医疗期满后不能从事原工作', DISMISSAL)).toMatchObject({ kind: 'changed', why: expect.stringContaining('另行安排') });
    expect(judgeGround('累计工作满1年不满10年的工作人员请病假累计1个月以上', LEAVE)).toMatchObject({ kind: 'changed', ground: LEAVE[1] });
    expect(judgeGround('工作人员受到记过、降低岗位等级或者撤职处分', APPOINTMENT, false)).toMatchObject({ kind: 'changed', ground: APPOINTMENT[1] });
  });

  it('reports an added ground only where the list is closed', () => {
    expect(judgeGround('当月迟到早退累计五次以上', DISMISSAL)).toMatchObject({ kind: 'added' });
    expect(judgeGround('离岗创业期满既不返岗又不办理手续', APPOINTMENT, false)).toBeNull();
  });

  it('reads an employer named by what it is (托育机构) ending the contract, not a body of the administration', () => {
    const [found] = draftGrounds('女职工在孕期不能胜任婴幼儿照护岗位的，托育机构可以与其解除劳动合同。');
    expect(found).toMatchObject({ text: '女职工在孕期不能胜任婴幼儿照护岗位' });
    expect(draftGrounds('职工有下列情形之一的，经办机构可以解除劳动合同：')).toEqual([]);
  });
});

describe('work-injury benefits stopped (社会保险法 第四十三条)', () => {
  const STOP_LEAD = '工伤职工有下列情形之一的，停止享受工伤保险待遇：';
  const STOP: LawGround[] = [
    { text: '（一）丧失享受待遇条件的；', leadIn: STOP_LEAD },
    { text: '（二）拒不接受劳动能力鉴定的；', leadIn: STOP_LEAD },
    { text: '（三）拒绝治疗的。', leadIn: STOP_LEAD },
  ];

  it('reads the case of a stop, in UTF-16 offsets after astral characters, and reports a case the law does not list', () => {
    const text = '𠮷工伤职工无正当理由拒绝接受辅助器具使用情况评估的，停止享受全部工伤保险待遇。';
    const [found] = draftGrounds(text);
    expect(found.family.id).toBe('work-injury-benefit');
    expect(text.slice(found.start, found.end)).toContain('拒绝接受辅助器具使用情况评估');
    expect(judgeGround(found.text, STOP)).not.toBeNull();
  });

  it('is silent on the law’s own cases and on a suspension', () => {
    expect(judgeGround('工伤职工拒不接受劳动能力鉴定', STOP)).toBeNull();
    expect(draftGrounds('工伤职工未按规定提交材料的，暂停支付工伤保险待遇，待材料补齐后恢复。')).toEqual([]);
  });
});
