import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/rules.js';

/**
 * A notice's effectiveness clause is read like an article's: its reason must
 * be in its own sentence, or in the sentence before it when that one speaks
 * of the timing. The other sentences of a notice's closing paragraph (各地要
 * 加强组织领导，确保平稳有序) give no reason for taking effect at once.
 */
const notice = (closing: string): string => `# 湖南省人力资源和社会保障厅关于做好技工院校招生工作的通知

湘人社规〔2025〕9号

各市州人力资源和社会保障局：

根据《中华人民共和国职业教育法》，现就有关事项通知如下：

一、招生对象

（一）初中毕业生。

二、工作要求

${closing}

湖南省人力资源和社会保障厅

2025年5月6日
`;

describe('validity/effective-soon on notice-style documents', () => {
  it('reports 自印发之日起施行 at the end of a closing paragraph whose other sentences give no reason', async () => {
    const findings = await runRule('validity/effective-soon', notice('各地要加强组织领导，确保招生工作平稳有序开展。本通知自印发之日起施行，有效期5年。'));
    expect(findings.map((f) => [f.ruleId, f.location.address])).toEqual([['validity/effective-soon', '第二部分']]);
  });

  it('reports a date 14 days after the 成文日期 in the last outline item', async () => {
    const findings = await runRule('validity/effective-soon', notice('三、本通知自2025年5月20日起执行，有效期至2030年5月19日。'));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('仅14日');
  });

  it('accepts a reason in the sentence before the clause when that sentence speaks of the timing', async () => {
    expect(await runRule('validity/effective-soon', notice('招生工作即将开始，不立即施行将影响今年招生计划的落实。本通知自印发之日起施行，有效期5年。'))).toEqual([]);
  });

  it('accepts a reason in the clause sentence itself', async () => {
    expect(await runRule('validity/effective-soon', notice('为做好与秋季招生的衔接，本通知自印发之日起施行，有效期5年。'))).toEqual([]);
  });
});
