import { pathToFileURL } from 'node:url';
import { HrssError } from '../errors.js';
import { importModule } from '../io/import-module.js';
import { closest } from '../zh/edit-distance.js';
import { loadBuiltinRules } from './builtin-rules.js';
import type { LoadedConfig } from './config.js';
import { isRuleDefinition, type RuleDefinition } from './rule.js';
import type { Severity } from './types.js';
import { loadedZod } from './zod-runtime.js';
import type { ZodType } from 'zod';

export interface ActiveRule {
  rule: RuleDefinition<any>;
  severity: Severity;
  /** Whether the config set the severity (then per-finding severities are overridden). */
  explicit: boolean;
  options: unknown;
}

/** Load custom rule modules named in config.plugins: files or npm packages exporting one rule or an array. */
export async function loadPluginRules(config: LoadedConfig): Promise<RuleDefinition<any>[]> {
  const out: RuleDefinition<any>[] = [];
  for (const spec of config.plugins) {
    let mod: Record<string, unknown>;
    try {
      mod = await importModule<Record<string, unknown>>(spec.startsWith('/') || /^[A-Za-z]:[\\/]/.test(spec) ? pathToFileURL(spec).href : spec);
    } catch (e) {
      throw new HrssError('E_RULE_LOAD', `自定义规则“${spec}”无法加载：${(e as Error).message}`, { cause: e });
    }
    const exported = mod.default ?? mod.rules ?? mod;
    const list = Array.isArray(exported) ? exported : isRuleDefinition(exported) ? [exported] : Object.values(exported as object).filter(isRuleDefinition);
    if (list.length === 0 || !list.every(isRuleDefinition)) {
      throw new HrssError('E_RULE_LOAD', `自定义规则“${spec}”没有导出用 defineRule() 定义的规则`);
    }
    out.push(...(list as RuleDefinition<any>[]));
  }
  return out;
}

/** All rules known to this run: built-ins, term-list rules and plugins. Later ones may not reuse an id. */
export async function loadAllRules(config: LoadedConfig): Promise<RuleDefinition<any>[]> {
  const builtins = await loadBuiltinRules();
  const { loadTermRules } = await import('./term-rules.js');
  const terms = await loadTermRules(config);
  const plugins = await loadPluginRules(config);
  const seen = new Map<string, RuleDefinition<any>>();
  for (const rule of [...builtins, ...terms, ...plugins]) {
    const first = seen.get(rule.id);
    if (first) {
      const where = [first, rule].map((r) => r.meta.source ?? '内置规则').join('、');
      throw new HrssError('E_RULE_LOAD', `规则编号“${rule.id}”重复定义（${where}；自定义规则不能与内置规则同名）`);
    }
    seen.set(rule.id, rule);
  }
  return [...seen.values()];
}

/**
 * The schema a rule's options are validated with here, if any: a zod schema
 * always; a schema factory (built-in rules) only when the config sets
 * options, which a config file validated with zod did (defaults alone are
 * checked by the rules' tests).
 */
function optionsSchema(rule: RuleDefinition<any>, given: Record<string, unknown> | undefined): ZodType | undefined {
  const declared = rule.meta.options;
  if (!declared) return undefined;
  if (typeof declared !== 'function') return declared;
  if (!given || Object.keys(given).length === 0) return undefined;
  const z = loadedZod();
  if (!z) throw new Error(`options for rule ${rule.id} given without a validated config (zod not loaded)`);
  return declared(z);
}

/** Resolve which rules run, with what severity and options; validates rule ids and options. */
export function resolveRules(all: RuleDefinition<any>[], config: LoadedConfig, only?: string[]): ActiveRule[] {
  const byId = new Map(all.map((r) => [r.id, r]));
  const ids = [...byId.keys()];
  const named = [
    ...Object.keys(config.rules).map((id) => ({ id, where: '配置文件中的规则' })),
    ...(only ?? []).map((id) => ({ id, where: '命令行 --rule 指定的规则' })),
  ];
  for (const { id, where } of named) {
    if (!byId.has(id)) {
      const hint = closest(id, ids);
      throw new HrssError('E_UNKNOWN_RULE', `${where}“${id}”不存在${hint ? `，您是否指“${hint}”？` : ''}（用 hrss-audit rules 查看全部规则）`);
    }
  }
  const active: ActiveRule[] = [];
  for (const rule of all) {
    if (only && !only.includes(rule.id)) continue;
    const setting = config.rules[rule.id];
    const severity = setting?.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    let options: unknown = { ...(rule.meta.defaultOptions as object | undefined), ...(setting?.options ?? {}) };
    const schema = optionsSchema(rule, setting?.options);
    if (schema) {
      const parsed = schema.safeParse(options);
      if (!parsed.success) {
        const detail = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '（选项）'}：${i.message}`).join('；');
        throw new HrssError('E_CONFIG_INVALID', `规则“${rule.id}”的选项不合法：${detail}`);
      }
      options = parsed.data;
    }
    active.push({ rule, severity, explicit: !!setting?.explicit, options });
  }
  return active;
}
