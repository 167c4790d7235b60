import { describe, expect, it } from 'vitest';
import { entrustedWork } from '../../src/corpus/entrusted-processing.js';

describe('entrusted work passed on, or data kept after the contract', () => {
  it('reads licensing passed on, consent or not, in UTF-16 offsets after astral characters', () => {
    const text = '𠮷受委托机关确有需要的，经委托机关同意，可以将受委托事项转委托其所属的人力资源服务中心具体办理。';
    const [f] = entrustedWork(text, undefined, '湖南省人力资源社会保障行政许可委托实施办法');
    expect(f).toMatchObject({ title: '中华人民共和国行政许可法', article: 24, clause: 3, phrase: '转委托' });
    expect(text.slice(f.start, f.end)).toBe(f.phrase);
    expect(entrustedWork('受委托的行政机关可以再委托乡镇劳动保障所受理行政许可申请。')).toMatchObject([{ article: 24 }]);
  });

  it('reads personal data passed on with a notice only, and copies kept after the contract', () => {
    const heading = '湖南省人力资源社会保障信息系统外包运维安全管理暂行办法';
    expect(entrustedWork('服务商可以将部分非核心运维工作转包给其他服务单位，但应当在转包后15日内书面告知委托单位。', undefined, heading)).toMatchObject([
      { title: '中华人民共和国个人信息保护法', article: 21, clause: 3 },
    ]);
    expect(entrustedWork('测试环境中的业务数据副本可以由服务商保留至合同终止后六个月。', undefined, heading)).toMatchObject([{ article: 21, clause: 2 }]);
    expect(entrustedWork('服务协议期满后，受托机构可以继续保存参保人员个人信息一年。')).toMatchObject([{ article: 21, clause: 2 }]);
  });

  it('is silent on a ban, a wrong named, the principal’s consent for personal data, and other work', () => {
    const heading = '湖南省人力资源社会保障信息系统外包运维安全管理暂行办法';
    expect(entrustedWork('服务商不得将运维工作转包或者分包给其他单位。', undefined, heading)).toEqual([]);
    expect(entrustedWork('受托人擅自转委托他人处理个人信息的，依法追究责任。')).toEqual([]);
    expect(entrustedWork('经委托单位书面同意，服务商可以将部分运维工作分包给具备资质的单位。', undefined, heading)).toEqual([]);
    expect(entrustedWork('施工单位可以将非主体工程分包给具备资质的单位。', undefined, '湖南省人力资源市场建设项目管理办法')).toEqual([]);
    // A licence the operator holds is no licensing entrusted to it.
    expect(entrustedWork('劳务派遣单位可以委托其他单位代为招聘，也可以另行委托人力资源服务机构。', undefined, '湖南省劳务派遣经营许可管理办法')).toEqual([]);
    expect(entrustedWork('合同终止后，服务商应当将数据全部返还，不得保留任何副本。', undefined, heading)).toEqual([]);
  });
});
