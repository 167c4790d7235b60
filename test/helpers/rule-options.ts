import { expect, it } from 'vitest';
import { validateConfig } from '../../src/engine/config.js';
import { resolveRules } from '../../src/engine/registry.js';
import type { RuleDefinition } from '../../src/engine/rule.js';

/** A test that the rule's options schema refuses these options, as a config file giving them would be refused. */
export function expectOptionsRejected(rule: RuleDefinition<any, any>, options: Record<string, unknown>, message: string): void {
  it(`refuses options ${JSON.stringify(options)}`, () => {
    const config = validateConfig({}, null, process.cwd());
    expect(() => resolveRules([rule], { ...config, rules: { [rule.id]: { severity: rule.meta.severity, options, explicit: false } } })).toThrow(message);
  });
}
