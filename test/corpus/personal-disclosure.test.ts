import { describe, expect, it } from 'vitest';
import { marketHandovers, publishedIdentifiers } from '../../src/corpus/personal-disclosure.js';

describe('identifiers posted with a list', () => {
  it('points at the identifier, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷获奖名单在门户网站公示，公示内容包括获奖选手姓名、身份证号码和工作单位。';
    const [d] = publishedIdentifiers(text);
    expect(d).toMatchObject({ article: 25, title: '中华人民共和国个人信息保护法' });
    expect(text.slice(d.start, d.end)).toBe('身份证号码');
    expect(d.phrase).toBe('公示内容包括获奖选手姓名、身份证号码');
  });

  it('reads it in several wordings', () => {
    expect(publishedIdentifiers('考点应当张贴考生名单，列明考生姓名、居民身份证号码和考场号。')).toHaveLength(1);
    expect(publishedIdentifiers('名单应当在公告栏公示，并载明人员姓名、家庭住址和补贴金额。')).toHaveLength(1);
    // The list named before the verb, and data opened to the public.
    const listed = '评价机构应当将认定合格人员的姓名、公民身份号码和家庭住址在本机构门户网站公开。';
    const [d] = publishedIdentifiers(listed);
    expect(listed.slice(d.start, d.end)).toBe('公民身份号码');
    expect(publishedIdentifiers('对依法公布的失信名单，可以一并开放所涉企业全部职工的姓名、公民身份号码和参保缴费明细。')).toHaveLength(1);
    expect(publishedIdentifiers('将认定合格人员的姓名、证书编号在门户网站公示，公民身份号码隐去中间八位。')).toEqual([]);
    // The social security number is the identity number.
    expect(publishedIdentifiers('难以逐一通知的，可以在门户网站公布受影响人员的姓名和社会保障号码。')).toHaveLength(1);
    expect(publishedIdentifiers('公示内容包括参保人员姓名、社会保障卡号和待遇金额。')).toHaveLength(1);
  });

  it('is silent on masked identifiers, a ban, a collection, a form and an office’s telephone', () => {
    expect(publishedIdentifiers('公示内容包括获奖选手姓名、身份证号码后四位和工作单位。')).toEqual([]);
    expect(publishedIdentifiers('依法需要公示享受人员名单的，应当对居民身份证号码进行去标识化处理。')).toEqual([]);
    expect(publishedIdentifiers('公示名单不得列明身份证号码。')).toEqual([]);
    expect(publishedIdentifiers('公布受影响人员的姓名时，社会保障号码只显示后四位。')).toEqual([]);
    expect(publishedIdentifiers('用工实名登记应当采集农民工姓名、居民身份证号码和联系方式。')).toEqual([]);
    expect(publishedIdentifiers('申请表应当载明申请人姓名、身份证号码和联系方式。')).toEqual([]);
    expect(publishedIdentifiers('各部门应当在门户网站公开受理机构、通讯地址和联系电话。')).toEqual([]);
  });
});

describe('social insurance records handed to a market party', () => {
  it('points at the handover and answers 社会保险法 第八十一条', () => {
    const text = '𠮷参保人员的缴费和待遇信息，社会保险经办机构可以根据商业银行、保险机构等合作单位的申请向其提供。';
    const [d] = marketHandovers(text);
    expect(d).toMatchObject({ article: 81, title: '中华人民共和国社会保险法' });
    expect(text.slice(d.start, d.end)).toBe(d.phrase);
    expect(d.phrase).toBe('根据商业银行、保险机构等合作单位的申请向其提供');
  });

  it('answers 个人信息保护法 第二十三条 where the person’s consent is waived', () => {
    const [d] = marketHandovers('银行核实借款人参保缴费情况的，社会保险经办机构可以根据银行的书面申请直接提供，无需另行征得参保人员同意。');
    expect(d).toMatchObject({ article: 23, title: '中华人民共和国个人信息保护法' });
  });

  it('is silent on a ban, a consent, a commission, a court, another department and a body that is no social insurance body', () => {
    expect(marketHandovers('社会保险经办机构不得向商业保险机构提供参保人员的缴费信息。')).toEqual([]);
    expect(marketHandovers('经参保人员本人书面授权，社会保险经办机构可以向商业银行提供其缴费记录。')).toEqual([]);
    expect(marketHandovers('经办机构应当向受托代发养老金的商业银行提供领取人员的账户信息。')).toEqual([]);
    expect(marketHandovers('社会保险经办机构应当依法向人民法院提供被执行人的参保缴费信息。')).toEqual([]);
    expect(marketHandovers('社会保险经办机构应当向税务部门提供参保单位的登记和缴费信息。')).toEqual([]);
    expect(marketHandovers('受委托的合作机构违规向他人提供权益记录的，解除合作协议。')).toEqual([]);
  });
});
