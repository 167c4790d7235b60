import { describe, expect, it } from 'vitest';
import { servicesForConsent } from '../../src/corpus/service-for-consent.js';

describe('a service refused to a user who will not consent to the handling of their information', () => {
  it('points at the refusal and the service denied, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷应用应当申请位置信息、通讯录等系统权限；用户拒绝授权的，不得使用移动应用办理人社业务。';
    const [f] = servicesForConsent(text);
    expect(f).toMatchObject({ phrase: '拒绝授权的，不得使用移动应用办理人社业务', article: 16 });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(servicesForConsent('申请人不同意采集人脸信息的，经办机构不予办理资格认证。')).toHaveLength(1);
  });

  it('is silent on another way kept open, the law’s exception, and refusals that are not about information', () => {
    expect(servicesForConsent('用户拒绝授权位置信息的，可以通过线下窗口办理。')).toEqual([]);
    expect(servicesForConsent('用户拒绝授权的，不能使用该功能，但处理个人信息属于提供该服务所必需的除外。')).toEqual([]);
    expect(servicesForConsent('当事人不同意调解的，仲裁委员会不再调解。')).toEqual([]);
  });
});
