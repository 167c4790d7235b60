/**
 * RuleTester: a rule's tests as data, after ESLint's
 * (lib/rule-tester/rule-tester.js). `valid` cases must produce no finding;
 * `invalid` cases list every finding they expect, in document order, each
 * with its legal address (第四条第二款, 标题, 文末…) and its messageId or
 * message. The tester is strict: it fails on an invalid case that reports
 * nothing, on a missing or an extra finding, on a finding at another
 * address, on a messageId the rule does not declare or data that does not
 * give the reported message, on duplicate cases, on unknown case keys, and
 * on a rule that throws or changes the document.
 *
 * Cases are Markdown text read by the same reader and structure pass as a
 * checked file; `formats: ['docx', 'pdf']` also runs a case through those
 * readers, given converters from Markdown (see `convert`).
 *
 * With a test framework (vitest, node:test, mocha, jest) each case is one
 * test: the tester uses `describe`/`it` set on RuleTester, else global ones.
 * Without one, `await tester.run(...)` runs the cases and rejects with every
 * failure.
 *
 * Heavy modules (readers, structure, config) load on the first case, so a
 * rule module that imports the kit costs nothing when the CLI loads it.
 */
import type { CorpusApi } from '../corpus/api.js';
import type { LegalDocument } from '../document/model.js';
import { formatMessage, type ReportDescriptor, type RuleDefinition } from './rule.js';
import type { Finding, Severity } from './types.js';

/** Formats a case can be read as. md: the case text itself; docx/pdf: made from it by `convert`. */
export type CaseFormat = 'md' | 'txt' | 'docx' | 'pdf';

export interface ValidCase {
  /** Test name; defaults to the case's first line. */
  name?: string;
  /** The document, as Markdown: `# 标题`, one paragraph per line group, blank lines between paragraphs. */
  code: string;
  /** Rule options, validated against the rule's schema as a config would be. */
  options?: Record<string, unknown>;
  /** Shared settings (config "settings"). */
  settings?: Record<string, unknown>;
  /** Review date YYYY-MM-DD (default: the tester's, 2026-11-27 unless configured). */
  asOf?: string;
  /** Formats to read the case as (default ['md']). */
  formats?: CaseFormat[];
  /** Run only this case (as `it.only`), while working on it. */
  only?: boolean;
}

export interface ExpectedFinding<MessageIds extends string = string> {
  /** The legal address the finding must be at: 第四条第二款, 第（三）项, 标题, 发文字号, 文末, 附件第三条… */
  address: string;
  /** One of the rule's meta.messages keys. Give this or `message`. */
  messageId?: MessageIds;
  /** With messageId: the message must equal the template filled with this data. */
  data?: Record<string, string | number>;
  /** The reported message, exactly or as a pattern. */
  message?: string | RegExp;
  severity?: Severity;
  suggestion?: string | null;
  /** The legal basis the finding cites (a term entry or a report may give its own, else the rule's meta.basis). */
  basis?: string | null;
  /** 1-based line and column in the extracted text (one paragraph per line). */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Page, for formats with pages. */
  page?: number | null;
}

export interface InvalidCase<MessageIds extends string = string> extends ValidCase {
  /** Every finding the case must produce, in document order. */
  errors: Array<ExpectedFinding<MessageIds>>;
}

export interface RuleTests<MessageIds extends string = string> {
  valid: Array<ValidCase | string>;
  invalid: Array<InvalidCase<MessageIds>>;
}

export interface RuleTesterConfig {
  /** Review date for every case that sets none. Fixed, so results do not change with the day the tests run. */
  asOf?: string;
  settings?: Record<string, unknown>;
  /** The law corpus for rules that ask for one (default: the built-in registry). */
  corpus?: () => Promise<CorpusApi>;
  /** Makes a .docx or .pdf from a case's Markdown, for cases with those formats. */
  convert?: Partial<Record<'docx' | 'pdf', (markdown: string) => Promise<Uint8Array> | Uint8Array>>;
}

type Describe = (name: string, fn: () => void) => unknown;
type It = (name: string, fn: () => Promise<void>) => unknown;

const VALID_KEYS = new Set(['name', 'code', 'options', 'settings', 'asOf', 'formats', 'only']);
const INVALID_KEYS = new Set([...VALID_KEYS, 'errors']);
const ERROR_KEYS = new Set(['address', 'messageId', 'data', 'message', 'severity', 'suggestion', 'basis', 'line', 'column', 'endLine', 'endColumn', 'page']);
const FORMATS = new Set<CaseFormat>(['md', 'txt', 'docx', 'pdf']);
export const DEFAULT_TEST_AS_OF = '2026-11-27';

/** A failed case: the message says what differed, in the words of the case. */
export class RuleTesterError extends Error {
  override name = 'RuleTesterError';
  constructor(message: string) {
    super(message);
    // Where in the tester it failed says nothing to the rule's author; the message says what differed.
    this.stack = `${this.name}: ${message}`;
  }
}

function fail(message: string): never {
  throw new RuleTesterError(message);
}

function globalFn<T>(name: string): T | undefined {
  const f = (globalThis as Record<string, unknown>)[name];
  return typeof f === 'function' ? (f as T) : undefined;
}

function show(f: Finding, d?: ReportDescriptor): string {
  return `  ${f.location.address}（第${f.location.line}行第${f.location.column}列）${d?.messageId ? ` [${d.messageId}]` : ''} ${f.message}`;
}

interface Observed {
  finding: Finding;
  descriptor: ReportDescriptor;
}

export class RuleTester {
  /** Set to the test framework's describe/it when they are not globals (vitest without globals, node:test). */
  static describe: Describe | undefined;
  static it: It | undefined;
  static itOnly: It | undefined;

  readonly #config: RuleTesterConfig;

  constructor(config: RuleTesterConfig = {}) {
    this.#config = config;
  }

  /**
   * Declare the tests of one rule. With a test framework the cases become
   * tests (the returned promise resolves at once); without one they run now
   * and the promise rejects with every failure.
   */
  run<MessageIds extends string>(name: string, rule: RuleDefinition<any, MessageIds>, tests: RuleTests<NoInfer<MessageIds>>): Promise<void> {
    const cases = this.#prepare(rule, tests);
    const describe = RuleTester.describe ?? globalFn<Describe>('describe');
    const it = RuleTester.it ?? globalFn<It>('it');
    if (describe && it) {
      const only = RuleTester.itOnly ?? (it as It & { only?: It }).only;
      describe(name, () => {
        for (const group of ['valid', 'invalid'] as const) {
          const ofGroup = cases.filter((x) => x.group === group);
          // An empty group is allowed (a test of one side only); frameworks fail an empty suite.
          if (ofGroup.length === 0) continue;
          describe(group, () => {
            for (const c of ofGroup) {
              const register = c.only ? (only ?? fail('用例设了 only，但测试框架没有 it.only（请设置 RuleTester.itOnly）')) : it;
              register(c.title, () => this.#check(rule, c));
            }
          });
        }
      });
      return Promise.resolve();
    }
    return (async () => {
      const failures: Error[] = [];
      for (const c of cases) {
        try {
          await this.#check(rule, c);
        } catch (e) {
          failures.push(new RuleTesterError(`${name} ${c.group} ${c.title}: ${(e as Error).message}`));
        }
      }
      if (failures.length > 0) throw new AggregateError(failures, `${name}: ${failures.length} 个用例未通过\n${failures.map((f) => f.message).join('\n\n')}`);
    })();
  }

  /** Validate the cases up front: a malformed or duplicate case is a mistake in the test, reported before anything runs. */
  #prepare(rule: RuleDefinition<any, any>, tests: RuleTests): PreparedCase[] {
    if (!rule || typeof rule.create !== 'function' || typeof rule.meta !== 'object') fail('第二个参数应为 defineRule() 定义的规则');
    if (!tests || !Array.isArray(tests.valid) || !Array.isArray(tests.invalid)) fail('测试应写作 { valid: [...], invalid: [...] }');
    const seen = new Map<string, string>();
    const out: PreparedCase[] = [];
    const add = (group: 'valid' | 'invalid', raw: ValidCase | InvalidCase, index: number): void => {
      const where = `${group}[${index}]`;
      const keys = group === 'valid' ? VALID_KEYS : INVALID_KEYS;
      for (const k of Object.keys(raw)) {
        if (k === 'errors' && group === 'valid') fail(`${where}：valid 用例不能有 errors（预期有问题的用例写在 invalid 中）`);
        if (!keys.has(k)) fail(`${where}：未知的键“${k}”（可用：${[...keys].join('、')}）`);
      }
      if (typeof raw.code !== 'string' || raw.code.trim() === '') fail(`${where}：code 应为非空的文件文本`);
      const formats = raw.formats ?? ['md'];
      if (formats.length === 0) fail(`${where}：formats 不能为空`);
      for (const f of formats) {
        if (!FORMATS.has(f)) fail(`${where}：未知的格式“${f}”（可用：md、txt、docx、pdf）`);
        if ((f === 'docx' || f === 'pdf') && !this.#config.convert?.[f])
          fail(`${where}：要按 ${f} 运行，RuleTester 需要 convert.${f}（由 Markdown 生成 ${f} 的函数）`);
      }
      if (group === 'invalid') {
        const errors = (raw as InvalidCase).errors;
        if (!Array.isArray(errors) || errors.length === 0) fail(`${where}：invalid 用例应在 errors 中列出至少一个预期的问题`);
        errors.forEach((e, i) => {
          const at = `${where}.errors[${i}]`;
          if (typeof e !== 'object' || e === null) fail(`${at}：应为对象 { address, messageId | message }`);
          for (const k of Object.keys(e)) if (!ERROR_KEYS.has(k)) fail(`${at}：未知的键“${k}”（可用：${[...ERROR_KEYS].join('、')}）`);
          if (typeof e.address !== 'string' || e.address === '') fail(`${at}：缺少 address（问题所在的位置，如“第四条第二款”“标题”“文末”）`);
          if (e.messageId === undefined && e.message === undefined) fail(`${at}：应写明 messageId 或 message`);
          if (e.messageId !== undefined) {
            const messages = rule.meta.messages as Record<string, string> | undefined;
            if (!messages) fail(`${at}：规则没有 meta.messages，不能用 messageId，请用 message`);
            if (!Object.hasOwn(messages, e.messageId))
              fail(`${at}：messageId“${e.messageId}”不在规则的 meta.messages 中（有：${Object.keys(messages).join('、')}）`);
          }
          if (e.data !== undefined && e.messageId === undefined) fail(`${at}：data 须与 messageId 一起使用`);
        });
      }
      const key = JSON.stringify({
        code: raw.code,
        options: raw.options ?? null,
        settings: raw.settings ?? null,
        asOf: raw.asOf ?? null,
        formats: [...formats].sort(),
      });
      const first = seen.get(key);
      if (first) fail(`${where} 与 ${first} 重复（文本、选项、设置、基准日和格式都相同）`);
      seen.set(key, where);
      const title =
        raw.name ??
        raw.code
          .trim()
          .split('\n')[0]
          .replace(/^#+\s*/, '')
          .slice(0, 60);
      for (const format of formats) {
        out.push({
          group,
          title: formats.length > 1 || format !== 'md' ? `${title} [${format}]` : title,
          case: raw,
          format,
          errors: group === 'invalid' ? (raw as InvalidCase).errors : [],
          only: !!raw.only,
        });
      }
    };
    tests.valid.forEach((c, i) => add('valid', typeof c === 'string' ? { code: c } : c, i));
    tests.invalid.forEach((c, i) => add('invalid', c, i));
    return out;
  }

  async #read(c: PreparedCase): Promise<LegalDocument> {
    const [{ readSource }, { buildLegalDocument }] = await Promise.all([import('../document/load.js'), import('../document/structure/build.js')]);
    const code = c.case.code;
    const data = c.format === 'md' || c.format === 'txt' ? new TextEncoder().encode(code) : await this.#config.convert![c.format]!(code);
    return buildLegalDocument(await readSource(`case.${c.format}`, data));
  }

  async #check(rule: RuleDefinition<any, any>, c: PreparedCase): Promise<void> {
    const [{ validateConfig }, { resolveRules }, { runApplicableRules }] = await Promise.all([
      import('./config.js'),
      import('./registry.js'),
      import('./run.js'),
    ]);
    const doc = await this.#read(c);
    const config = validateConfig({}, null, process.cwd());
    let active;
    try {
      active = resolveRules([rule], {
        ...config,
        rules: c.case.options ? { [rule.id]: { severity: rule.meta.severity, options: c.case.options, explicit: false } } : {},
      });
    } catch (e) {
      fail(`选项不合法：${(e as Error).message}`);
    }
    const observed: Observed[] = [];
    const errors: Array<{ error: unknown }> = [];
    const { findings, notApplicable } = await runApplicableRules(doc, active, {
      asOf: c.case.asOf ?? this.#config.asOf ?? DEFAULT_TEST_AS_OF,
      settings: { ...this.#config.settings, ...c.case.settings },
      corpus: this.#config.corpus,
      onReport: (finding, descriptor) => observed.push({ finding, descriptor }),
      onRuleError: (_, error) => errors.push({ error }),
    });
    if (errors.length > 0) {
      const e = errors[0].error as Error;
      // The runner freezes the document: a rule that assigns to it, pushes into it or deletes from it throws a TypeError.
      if (e instanceof TypeError && /read[- ]only|not extensible|Cannot (assign|add|delete|define)|frozen/i.test(e.message)) {
        fail(`规则修改了文件结构（规则只能读取 context.document）：${e.message}`);
      }
      fail(`规则运行出错：${e?.stack ?? String(e)}`);
    }
    // Findings in the order reporters show them (the runner sorts them), each with what the rule reported.
    const byFinding = new Map(observed.map((o) => [o.finding, o.descriptor]));
    const actual = findings.map((finding) => ({ finding, descriptor: byFinding.get(finding)! }));
    const listing = (): string => (actual.length === 0 ? '  （无）' : actual.map((a) => show(a.finding, a.descriptor)).join('\n'));
    if (c.group === 'valid') {
      if (actual.length > 0) fail(`valid 用例应没有问题，实际报告了 ${actual.length} 个：\n${listing()}`);
      return;
    }
    if (actual.length === 0) {
      // The profile stage decided the rule does not apply to this document (meta.applies), as `check` would.
      const skipped = notApplicable.find((n) => n.ruleId === rule.id);
      if (skipped) fail(`invalid 用例应报告 ${c.errors.length} 个问题，但规则不适用于该用例的文件（${skipped.reason}），没有运行`);
      fail(`invalid 用例应报告 ${c.errors.length} 个问题，规则什么也没有报告`);
    }
    if (actual.length !== c.errors.length) fail(`应报告 ${c.errors.length} 个问题，实际 ${actual.length} 个：\n${listing()}`);
    c.errors.forEach((expected, i) => {
      const { finding, descriptor } = actual[i];
      const at = `第 ${i + 1} 个问题`;
      const loc = finding.location;
      if (loc.address !== expected.address) fail(`${at}应在“${expected.address}”，实际在“${loc.address}”：\n${listing()}`);
      if (expected.messageId !== undefined) {
        if (descriptor.messageId !== expected.messageId)
          fail(
            `${at}（${loc.address}）的 messageId 应为“${expected.messageId}”，实际为${descriptor.messageId ? `“${descriptor.messageId}”` : '无（规则直接给了 message）'}：${finding.message}`,
          );
        if (expected.data !== undefined) {
          const template = (rule.meta.messages as Record<string, string>)[expected.messageId];
          const wanted = formatMessage(template, expected.data);
          if (finding.message !== wanted)
            fail(
              `${at}（${loc.address}）的 data 不符：按预期 data 应为“${wanted}”，实际为“${finding.message}”（实际 data：${JSON.stringify(descriptor.data ?? {})}）`,
            );
        }
      }
      if (expected.message !== undefined) {
        const ok = typeof expected.message === 'string' ? finding.message === expected.message : expected.message.test(finding.message);
        if (!ok)
          fail(
            `${at}（${loc.address}）的信息应为${typeof expected.message === 'string' ? `“${expected.message}”` : ` ${expected.message}`}，实际为“${finding.message}”`,
          );
      }
      if (expected.severity !== undefined && finding.severity !== expected.severity)
        fail(`${at}（${loc.address}）的级别应为 ${expected.severity}，实际为 ${finding.severity}`);
      if (expected.suggestion !== undefined && finding.suggestion !== expected.suggestion)
        fail(`${at}（${loc.address}）的修改建议应为 ${JSON.stringify(expected.suggestion)}，实际为 ${JSON.stringify(finding.suggestion)}`);
      if (expected.basis !== undefined && finding.basis !== expected.basis)
        fail(`${at}（${loc.address}）的依据应为 ${JSON.stringify(expected.basis)}，实际为 ${JSON.stringify(finding.basis)}`);
      for (const k of ['line', 'column', 'endLine', 'endColumn', 'page'] as const) {
        if (expected[k] !== undefined && loc[k] !== expected[k]) fail(`${at}（${loc.address}）的 ${k} 应为 ${expected[k]}，实际为 ${loc[k]}`);
      }
    });
  }
}

interface PreparedCase {
  group: 'valid' | 'invalid';
  title: string;
  case: ValidCase;
  format: CaseFormat;
  errors: ExpectedFinding[];
  only: boolean;
}
