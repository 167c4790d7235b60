/**
 * Type-level tests of the rule API, checked by the compiler (npm run
 * typecheck, and test/engine/rule-types.test.ts): every line marked
 * @ts-expect-error must fail to compile, or the check fails.
 */
import { defineRule, RuleTester } from '../../src/rule-kit.js';

export const withMessages = defineRule({
  id: 'office/typed',
  meta: { severity: 'warning', description: '示例', basis: '示例', messages: { found: '发现“{{text}}”。', other: '其他。' } },
  create(context) {
    context.report({ messageId: 'found', data: { text: 'x' } });
    context.report({ messageId: 'other' });
    // @ts-expect-error a misspelt messageId is not one of meta.messages
    context.report({ messageId: 'fonud' });
  },
});

// Options are inferred from the options schema or defaultOptions, and message ids still checked.
export const withOptions = defineRule({
  id: 'office/typed-options',
  meta: { severity: 'info', description: '示例', basis: '示例', defaultOptions: { days: 30 }, messages: { late: '晚了{{days}}日。' } },
  create(context) {
    const days: number = context.options.days;
    // @ts-expect-error options have no such key
    void context.options.weeks;
    context.report({ messageId: 'late', data: { days } });
    // @ts-expect-error a misspelt messageId is not one of meta.messages
    context.report({ messageId: 'lte', data: { days } });
  },
});

// A rule without messages reports plain text.
export const plain = defineRule({
  id: 'office/plain',
  meta: { severity: 'info', description: '示例', basis: '示例' },
  create(context) {
    context.report({ message: '直接写出的信息。' });
  },
});

// RuleTester cases are checked against the rule's message ids too.
export function tests(tester: RuleTester): void {
  void tester.run('office/typed', withMessages, {
    valid: ['# 标题'],
    invalid: [
      { code: '# 标题', errors: [{ address: '标题', messageId: 'found' }] },
      // @ts-expect-error a misspelt messageId in an expected finding
      { code: '# 标题2', errors: [{ address: '标题', messageId: 'fuond' }] },
    ],
  });
}
