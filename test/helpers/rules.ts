import { validateConfig } from '../../src/engine/config.js';
import { loadBuiltinRules } from '../../src/engine/builtin-rules.js';
import { resolveRules } from '../../src/engine/registry.js';
import { runRules } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/types.js';
import { mdDoc } from './docs.js';

/** Run one built-in rule over a Markdown document, with options and shared settings as a config would give them. */
export async function runRule(
  id: string,
  markdown: string,
  { options, settings = {}, asOf = '2026-11-27' }: { options?: Record<string, unknown>; settings?: Record<string, unknown>; asOf?: string } = {},
): Promise<Finding[]> {
  const all = await loadBuiltinRules();
  const config = validateConfig({}, null, process.cwd());
  const rule = all.find((r) => r.id === id);
  if (!rule) throw new Error(`no built-in rule ${id}`);
  const active = resolveRules(all, { ...config, rules: { [id]: { severity: rule.meta.severity, options, explicit: false } } }, [id]);
  return runRules(await mdDoc(markdown), active, { asOf, settings });
}
