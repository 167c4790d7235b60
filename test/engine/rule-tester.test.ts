/**
 * RuleTester is strict: every way a rule's tests can be wrong or a rule can
 * misbehave fails, with a message naming the case. Here it runs without a
 * test framework (the cases run at once and the promise rejects), so each
 * failure can be asserted.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { defineRule, findInBlock, RuleTester, type RuleDefinition } from '../../src/rule-kit.js';
import { markdownToDocx } from '../../fixtures/lib/md-to-docx.mjs';

/** Reports every 认真贯彻执行 (a boilerplate phrase), with its position in the paragraph. */
const boilerplate = defineRule({
  id: 'office/boilerplate',
  meta: {
    severity: 'warning',
    description: '套话',
    basis: '本厅公文写作规范',
    messages: { found: '“{{text}}”为套话，建议删去。', long: '套话“{{text}}”出现{{count}}次。' },
  },
  create(context) {
    const doc = context.document;
    for (const block of doc.source.blocks) {
      const span = findInBlock(doc, block.index, '认真贯彻执行');
      if (span) context.report({ messageId: 'found', data: { text: '认真贯彻执行' }, span, suggestion: '删去。' });
    }
  },
});

const measures = (third: string): string => `# 湖南省就业见习管理办法

第一条 为了规范就业见习工作，根据《中华人民共和国就业促进法》，制定本办法。

第二条 本办法适用于本省行政区域内的就业见习活动。

第三条 ${third}

第四条 本办法自2025年7月1日起施行，有效期5年。
`;

const flagged = measures('各地要认真贯彻执行本办法。\n\n各级人力资源社会保障部门应当加强指导。');
const clean = measures('各地要按照本办法做好见习工作。');

let tester: RuleTester;
beforeEach(() => {
  RuleTester.describe = undefined;
  RuleTester.it = undefined;
  RuleTester.itOnly = undefined;
  tester = new RuleTester();
});

describe('RuleTester without a test framework', () => {
  it('passes when every case behaves as written', async () => {
    await expect(
      tester.run('office/boilerplate', boilerplate, {
        valid: [clean, { name: 'with a date', code: clean, asOf: '2025-01-01' }],
        invalid: [
          {
            code: flagged,
            errors: [
              { address: '第三条第一款', messageId: 'found', data: { text: '认真贯彻执行' }, severity: 'warning', suggestion: '删去。', line: 4, column: 8 },
            ],
          },
        ],
      }),
    ).resolves.toBeUndefined();
  });

  it('fails an invalid case that reports nothing', async () => {
    await expect(
      tester.run('office/boilerplate', boilerplate, { valid: [], invalid: [{ code: clean, errors: [{ address: '第三条', messageId: 'found' }] }] }),
    ).rejects.toThrow('规则什么也没有报告');
  });

  it('fails a valid case that reports something, listing what was found', async () => {
    await expect(tester.run('office/boilerplate', boilerplate, { valid: [flagged], invalid: [] })).rejects.toThrow(
      /valid 用例应没有问题，实际报告了 1 个：\n {2}第三条第一款（第4行第8列） \[found\] “认真贯彻执行”为套话/,
    );
  });

  it('fails a finding at an address the case did not expect', async () => {
    await expect(
      tester.run('office/boilerplate', boilerplate, { valid: [], invalid: [{ code: flagged, errors: [{ address: '第三条', messageId: 'found' }] }] }),
    ).rejects.toThrow('第 1 个问题应在“第三条”，实际在“第三条第一款”');
  });

  it('fails extra and missing findings', async () => {
    const twice = measures('各地要认真贯彻执行本办法。\n\n各部门要认真贯彻执行。');
    await expect(
      tester.run('office/boilerplate', boilerplate, { valid: [], invalid: [{ code: twice, errors: [{ address: '第三条第一款', messageId: 'found' }] }] }),
    ).rejects.toThrow(/应报告 1 个问题，实际 2 个：\n.*第三条第一款.*\n.*第三条第二款/);
    await expect(
      tester.run('office/boilerplate', boilerplate, {
        valid: [],
        invalid: [
          {
            code: flagged,
            errors: [
              { address: '第三条第一款', messageId: 'found' },
              { address: '第三条第二款', messageId: 'found' },
            ],
          },
        ],
      }),
    ).rejects.toThrow('应报告 2 个问题，实际 1 个');
  });

  it('fails a messageId, data, message, severity, position, suggestion or basis that differ', async () => {
    const run = (error: Record<string, unknown>) =>
      tester.run('office/boilerplate', boilerplate, { valid: [], invalid: [{ code: flagged, errors: [{ address: '第三条第一款', ...error }] }] });
    await expect(run({ messageId: 'long' })).rejects.toThrow('messageId 应为“long”，实际为“found”');
    await expect(run({ messageId: 'found', data: { text: '高度重视' } })).rejects.toThrow('data 不符：按预期 data 应为““高度重视”为套话，建议删去。”');
    await expect(run({ message: '别的话' })).rejects.toThrow('信息应为“别的话”');
    await expect(run({ message: /套话/, severity: 'error' })).rejects.toThrow('级别应为 error，实际为 warning');
    await expect(run({ message: /套话/, column: 3 })).rejects.toThrow('column 应为 3，实际为 8');
    await expect(run({ message: /套话/, suggestion: '改写。' })).rejects.toThrow('修改建议应为 "改写。"，实际为 "删去。"');
    await expect(run({ message: /套话/, basis: '《党政机关公文处理工作条例》' })).rejects.toThrow(
      '依据应为 "《党政机关公文处理工作条例》"，实际为 "本厅公文写作规范"',
    );
    await expect(run({ message: /套话/, basis: '本厅公文写作规范', suggestion: '删去。' })).resolves.toBeUndefined();
  });

  it('refuses a messageId the rule does not declare, and malformed cases, before running anything', () => {
    expect(() =>
      tester.run('x', boilerplate, { valid: [], invalid: [{ code: flagged, errors: [{ address: '第三条', messageId: 'fonud' as 'found' }] }] }),
    ).toThrow('messageId“fonud”不在规则的 meta.messages 中（有：found、long）');
    expect(() => tester.run('x', boilerplate, { valid: [], invalid: [{ code: flagged, errors: [] }] })).toThrow('至少一个预期的问题');
    expect(() => tester.run('x', boilerplate, { valid: [], invalid: [{ code: flagged, errors: [{ messageId: 'found' } as never] }] })).toThrow('缺少 address');
    expect(() => tester.run('x', boilerplate, { valid: [], invalid: [{ code: flagged, errors: [{ address: '第三条' }] }] })).toThrow(
      '应写明 messageId 或 message',
    );
    expect(() => tester.run('x', boilerplate, { valid: [{ code: clean, errors: [] } as never], invalid: [] })).toThrow('valid 用例不能有 errors');
    expect(() => tester.run('x', boilerplate, { valid: [{ code: clean, option: {} } as never], invalid: [] })).toThrow('未知的键“option”');
    expect(() => tester.run('x', boilerplate, { valid: [{ code: clean, formats: ['docx'] }], invalid: [] })).toThrow('需要 convert.docx');
  });

  it('refuses duplicate cases', () => {
    expect(() => tester.run('x', boilerplate, { valid: [clean, { code: clean }], invalid: [] })).toThrow('valid[1] 与 valid[0] 重复');
    expect(() =>
      tester.run('x', boilerplate, {
        valid: [],
        invalid: [
          { code: flagged, errors: [{ address: '第三条第一款', messageId: 'found' }] },
          { code: flagged, errors: [{ address: '第三条第一款', message: /套话/ }] },
        ],
      }),
    ).toThrow('invalid[1] 与 invalid[0] 重复');
    // The same text with other options is another case.
    expect(() => tester.run('x', boilerplate, { valid: [clean, { code: clean, asOf: '2024-01-01' }], invalid: [] })).not.toThrow();
  });

  it('fails a rule that changes the document', async () => {
    const mutating = defineRule({
      id: 'office/mutating',
      meta: { severity: 'info', description: 'x', basis: 'x' },
      create(context) {
        (context.document.header as { issuers: unknown[] }).issuers.push({ text: '某厅', span: { start: 0, end: 1 } });
      },
    });
    await expect(tester.run('office/mutating', mutating, { valid: [clean], invalid: [] })).rejects.toThrow('规则修改了文件结构');
    const deleting = defineRule({
      id: 'office/deleting',
      meta: { severity: 'info', description: 'x', basis: 'x' },
      create(context) {
        delete (context.document as { preamble?: unknown }).preamble;
        (context.document.articles as unknown[]).length = 0;
      },
    });
    await expect(tester.run('office/deleting', deleting, { valid: [clean], invalid: [] })).rejects.toThrow('规则修改了文件结构');
  });

  it('fails a rule that throws, and invalid options', async () => {
    const throwing = defineRule({
      id: 'office/throwing',
      meta: { severity: 'info', description: 'x', basis: 'x' },
      create() {
        throw new Error('boom');
      },
    });
    await expect(tester.run('office/throwing', throwing, { valid: [clean], invalid: [] })).rejects.toThrow('规则运行出错：Error: boom');
    const { z } = await import('zod');
    const withOptions = defineRule({
      id: 'office/options',
      meta: { severity: 'info', description: 'x', basis: 'x', options: z.object({ n: z.number() }).strict(), defaultOptions: { n: 1 } },
      create() {},
    });
    await expect(tester.run('office/options', withOptions, { valid: [{ code: clean, options: { n: 'x' } }], invalid: [] })).rejects.toThrow('选项不合法');
  });

  it('reads a case as .docx with the converter it is given', async () => {
    const withDocx = new RuleTester({ convert: { docx: async (md) => new Uint8Array(await markdownToDocx(md)) } });
    await expect(
      withDocx.run('office/boilerplate', boilerplate, {
        valid: [{ code: clean, formats: ['md', 'docx'] }],
        invalid: [{ code: flagged, formats: ['md', 'docx'], errors: [{ address: '第三条第一款', messageId: 'found', line: 4 }] }],
      }),
    ).resolves.toBeUndefined();
  });
});

describe('RuleTester and where a rule applies', () => {
  /** The boilerplate rule, declared for laws only: a Hunan 办法 is not one. */
  const forLaws = defineRule({
    ...boilerplate,
    id: 'office/boilerplate-in-laws',
    meta: { ...boilerplate.meta, applies: { kinds: ['法律'], basis: '仅审核法律' } },
  });

  it('says an invalid case failed because the rule does not apply to its document, with the reason', async () => {
    await expect(
      tester.run('office/boilerplate-in-laws', forLaws, { valid: [], invalid: [{ code: flagged, errors: [{ address: '第三条第一款', messageId: 'found' }] }] }),
    ).rejects.toThrow(/规则不适用于该用例的文件（.*法律.*），没有运行/);
  });

  it('keeps the plain message for a rule that applies and reports nothing', async () => {
    await expect(
      tester.run('office/boilerplate', boilerplate, { valid: [], invalid: [{ code: clean, errors: [{ address: '第三条', messageId: 'found' }] }] }),
    ).rejects.toThrow('规则什么也没有报告');
  });
});

describe('RuleTester with a test framework', () => {
  it('declares one test per case and format under describe(rule) › valid/invalid', async () => {
    const names: string[] = [];
    const tests: Array<() => Promise<void>> = [];
    const stack: string[] = [];
    const groups: string[] = [];
    RuleTester.describe = (name, fn) => {
      groups.push([...stack, name].join(' › '));
      stack.push(name);
      fn();
      stack.pop();
    };
    RuleTester.it = (name, fn) => {
      names.push([...stack, name].join(' › '));
      tests.push(fn);
    };
    const rule: RuleDefinition<unknown, 'found' | 'long'> = boilerplate;
    await tester.run('office/boilerplate', rule, {
      valid: [{ name: '没有套话', code: clean }],
      invalid: [{ code: flagged, errors: [{ address: '第三条', messageId: 'found' }] }],
    });
    expect(names).toEqual(['office/boilerplate › valid › 没有套话', 'office/boilerplate › invalid › 湖南省就业见习管理办法']);
    await expect(tests[0]()).resolves.toBeUndefined();
    await expect(tests[1]()).rejects.toThrow('应在“第三条”，实际在“第三条第一款”');
    // A one-sided run declares no empty group (vitest and jest fail a describe without tests).
    names.length = 0;
    groups.length = 0;
    await tester.run('office/boilerplate', rule, { valid: [{ name: '只有正确用例', code: clean }], invalid: [] });
    expect(names).toEqual(['office/boilerplate › valid › 只有正确用例']);
    expect(groups).toEqual(['office/boilerplate', 'office/boilerplate › valid']);
  });

  it('uses global describe/it when none are set (mocha, jest, vitest with globals)', async () => {
    const g = globalThis as Record<string, unknown>;
    const seen: string[] = [];
    g.describe = (_: string, fn: () => void) => fn();
    g.it = (name: string) => seen.push(name);
    try {
      await tester.run('office/boilerplate', boilerplate, { valid: [clean], invalid: [] });
    } finally {
      delete g.describe;
      delete g.it;
    }
    expect(seen).toEqual(['湖南省就业见习管理办法']);
  });
});
