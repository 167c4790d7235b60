import { validateConfig } from '../../src/engine/config.js';
import { loadAllRules, resolveRules } from '../../src/engine/registry.js';
import { runRules } from '../../src/engine/run.js';
import type { RuleDefinition } from '../../src/engine/rule.js';
import type { Finding } from '../../src/engine/types.js';
import { mdDoc } from './docs.js';

let all: Promise<RuleDefinition<any>[]> | undefined;

/**
 * Run one rule (built-in, term or given) over a Markdown source and return its findings.
 * Older tests only (content rules, term rules): new rule tests use RuleTester (test/helpers/rule-tester.ts);
 * the remaining callers move to it in phase B of issue 13.
 */
export async function findingsOf(
  source: string,
  rule: string | RuleDefinition<any>,
  options: { asOf?: string; options?: Record<string, unknown> } = {},
): Promise<Finding[]> {
  const config = validateConfig({}, null, process.cwd());
  const definition = typeof rule === 'string' ? (await (all ??= loadAllRules(config))).find((r) => r.id === rule) : rule;
  if (!definition) throw new Error(`no rule ${String(rule)}`);
  const active = resolveRules([definition], { ...config, rules: options.options ? { [definition.id]: { severity: definition.meta.severity, options: options.options, explicit: false } } : {} });
  return runRules(await mdDoc(source), active, { asOf: options.asOf ?? '2026-11-27', settings: {} });
}
