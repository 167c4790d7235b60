import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/rules.js';

const notice = (body: string): string => `# 湖南省人力资源和社会保障厅关于做好就业工作的通知

各市州人力资源和社会保障局：

${body}

湖南省人力资源和社会保障厅

2025年5月6日
`;

const findings = async (body: string) => (await runRule('structure/heading-hierarchy', notice(body))).map((f) => `${f.severity} ${f.message}`);

describe('structure/heading-hierarchy on the numbering real notices use', () => {
  it('accepts （一）…（五） numbered on across the parts of a notice', async () => {
    expect(await findings('一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n二、重点任务\n\n（三）稳定就业。\n\n（四）促进创业。\n\n三、保障措施\n\n（五）加强领导。')).toEqual([]);
  });

  it('accepts numbering that restarts under each part', async () => {
    expect(await findings('一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n二、重点任务\n\n（一）稳定就业。\n\n（二）促进创业。')).toEqual([]);
  });

  it('still reports a real jump and a repeat in numbering that runs on', async () => {
    expect(await findings('一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n二、重点任务\n\n（三）稳定就业。\n\n（五）促进创业。\n\n（五）扶持创业。')).toEqual([
      'warning 标题序号不连续：“（三）”之后是“（五）”，缺少“（四）”。',
      'warning 标题序号“（五）”重复。',
    ]);
  });

  it('reports a part that neither restarts nor runs on', async () => {
    expect(await findings('一、总体要求\n\n（一）指导思想。\n\n（二）基本原则。\n\n二、重点任务\n\n（四）稳定就业。')).toEqual(['warning 同一层级的序号应从“（一）”开始，此处为“（四）”。']);
  });

  it('reports half-width brackets once per document, with the count', async () => {
    expect(await findings('一、总体要求\n\n(一)指导思想。\n\n(二)基本原则。\n\n二、重点任务\n\n(三)稳定就业。')).toEqual(['info 第二层标题序号“(一)”不规范，应为“（一）”（同样写法共3处）。']);
  });
});
