import { describe, expect, it } from 'vitest';
import { consentWaivers } from '../../src/corpus/consent.js';

describe('consent to processing personal information waived', () => {
  it('points at the waiving words in UTF-16 offsets, after astral characters too', () => {
    const text = '𠮷某平台可以采集学员的人脸信息用于考勤，无需另行取得学员同意。';
    const [w] = consentWaivers(text);
    expect(w).toMatchObject({ phrase: '无需另行取得学员同意', article: 29 });
    expect(text.slice(w.start, w.end)).toBe('无需另行取得学员同意');
  });

  it('tells a handover to a commercial party (第二十三条) from sensitive data (第二十九条)', () => {
    expect(consentWaivers('机构向合作银行推送学员信息，用于贷款营销，不必征得学员同意。').map((w) => w.article)).toEqual([23]);
    expect(consentWaivers('服务公司可以留存劳动者的指纹信息，可以不经本人同意。').map((w) => w.article)).toEqual([29]);
  });

  it('reads an app’s operator as a commercial recipient, and product recommendation as trade', () => {
    expect(
      consentWaivers('持卡人签发电子社会保障卡的，即视为同意将其姓名、手机号码等信息提供给接入应用的运营单位，用于会员服务和产品推荐。').map((w) => w.article),
    ).toEqual([23]);
    // A state body's own app, for its own service, may rest on its duty: no recipient outside it, no trade.
    expect(consentWaivers('持卡人签发电子社会保障卡的，视为同意经办机构调取其社会保障卡状态信息，用于待遇资格认证。')).toEqual([]);
  });

  it('is silent where an exception of 第十三条 is named, a state body acts, or nothing personal is handled', () => {
    expect(consentWaivers('经办机构为履行法定职责共享参保信息，无需取得本人同意。')).toEqual([]);
    expect(consentWaivers('人力资源社会保障部门可以采集领取人人脸信息开展资格认证，无需另行取得本人同意。')).toEqual([]);
    expect(consentWaivers('调整岗位无需取得劳动者同意的，按照本办法执行。')).toEqual([]);
    // One sentence's exception does not cover the next.
    expect(consentWaivers('经办机构依法履行职责。平台可以将学员信息提供给第三方公司，无需取得学员同意。').map((w) => w.article)).toEqual([23]);
  });
});

describe('names made public with the consent waived or deemed (第二十五条)', () => {
  it('reads a deemed consent and a waiver, whoever publishes', () => {
    expect(consentWaivers('求职者进入直播间投递简历的，视为同意服务机构在直播画面中展示其姓名、联系电话。').map((w) => w.article)).toEqual([25]);
    expect(consentWaivers('申诉处理决定在门户网站全文公开，公开内容包括申诉人姓名、工作单位和处理结论，无需征得申诉人同意。').map((w) => w.article)).toEqual([
      25,
    ]);
  });

  it('is silent where the publication rests on a duty, and leaves posted identity numbers to their own model', () => {
    expect(consentWaivers('依照法律、行政法规规定公示的，公示内容包括姓名，无需取得本人同意。')).toEqual([]);
    expect(consentWaivers('认定结果公示，公示内容包括姓名、公民身份号码，公示无需征得本人同意。')).toEqual([]);
  });
});
