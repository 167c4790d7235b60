import { describe, expect, it } from 'vitest';
import { unlimitedRetentions } from '../../src/corpus/retention-unlimited.js';

const phrases = (t: string) => unlimitedRetentions(t).map((f) => f.phrase);

describe('personal information kept for ever', () => {
  it('finds it in several wordings, with offsets after astral characters', () => {
    const text = '𠮷样本职工个人层面的原始薪酬数据，由数据管理部门长期保存，不作删除处理。';
    const [f] = unlimitedRetentions(text);
    expect(f).toMatchObject({ phrase: '长期保存', article: 19 });
    expect(text.slice(f.start, f.end)).toBe('长期保存');
    expect(phrases('督导中采集的考生身份信息和考场音视频资料，由省鉴定中心统一归集，永久保存。')).toEqual(['永久保存']);
    expect(phrases('平台采集的求职者个人信息一律不删除，用于就业形势分析。')).toEqual(['一律不删除']);
    expect(phrases('人脸识别认证采集的图像由经办机构无限期留存。')).toEqual(['无限期留存']);
  });

  it('stays silent on archives, records the law keeps, bans on tampering and the law’s exception', () => {
    expect(phrases('对1995年12月31日以前形成的纸质缴费台账，应当按照档案管理规定永久保存。')).toEqual([]);
    expect(phrases('合并前后的个人权益记录和审核材料应当完整保存，不得删除、篡改。')).toEqual([]);
    expect(phrases('任何人不得删除参保人员个人信息的操作日志。')).toEqual([]);
    expect(phrases('考生个人信息的保存期限，除法律、行政法规另有规定外，为处理目的实现后一年，期满删除。')).toEqual([]);
    // Kept for ever, but nothing about a person: a unit's own papers.
    expect(phrases('规范性文件的发文稿纸和公布记录由厅办公室永久保存。')).toEqual([]);
    // Personal information named only after the retention: another clause's subject.
    expect(phrases('评审材料长期保存，涉及个人信息的按规定处理。')).toEqual([]);
  });
});
