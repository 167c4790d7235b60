import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { describeScope } from '../engine/applicability.js';
import { HrssError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-info.js';
import { SEVERITY_LABEL } from '../report/labels.js';
import { displayWidth } from '../report/stylish.js';
import type { CliIO } from './io.js';

/** `hrss-audit rules [id]`: the rule list, or one rule's page (named apart from engine/run.ts's runRules, which runs rules over a document). */
export async function runRulesCommand(id: string | undefined, opts: { config?: string; json?: boolean }, io: CliIO): Promise<number> {
  const { loadConfig } = await import('../engine/config.js');
  const config = await loadConfig({ cwd: io.cwd, configPath: opts.config });
  const { loadAllRules } = await import('../engine/registry.js');
  const { closest } = await import('../zh/edit-distance.js');
  const all = await loadAllRules(config);
  if (id) {
    const rule = all.find((r) => r.id === id);
    if (!rule) {
      const hint = closest(
        id,
        all.map((r) => r.id),
      );
      throw new HrssError('E_UNKNOWN_RULE', `规则“${id}”不存在${hint ? `，您是否指“${hint}”？` : ''}`);
    }
    // Term rules from an office's own files name their page relative to that file (resolved to an absolute path on load).
    const docPath =
      rule.meta.docs && !/^https?:/.test(rule.meta.docs) ? (isAbsolute(rule.meta.docs) ? rule.meta.docs : join(PACKAGE_ROOT, rule.meta.docs)) : undefined;
    if (docPath && existsSync(docPath)) io.stdout.write(readFileSync(docPath, 'utf8'));
    else {
      const source = rule.meta.source ? `\n来源：${rule.meta.source}\n` : '';
      const url = rule.meta.docs && /^https?:/.test(rule.meta.docs) ? `\n说明：${rule.meta.docs}\n` : '';
      io.stdout.write(`# ${rule.id}\n\n${rule.meta.description}\n\n依据：${rule.meta.basis}\n\n适用范围：${describeScope(rule.meta.applies)}\n${source}${url}`);
    }
    return 0;
  }
  const rows = [...all]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => {
      const setting = config.rules[r.id]?.severity;
      return {
        id: r.id,
        severity: setting ?? r.meta.severity,
        default: r.meta.severity,
        description: r.meta.description,
        basis: r.meta.basis,
        appliesTo: describeScope(r.meta.applies),
        version: r.meta.version ?? 1,
        ...(r.meta.docs ? { docs: r.meta.docs } : {}),
        ...(r.meta.source ? { source: r.meta.source } : {}),
      };
    });
  if (opts.json) {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => displayWidth(r.id)));
  for (const r of rows) {
    const sev = r.severity === 'off' ? '关闭' : SEVERITY_LABEL[r.severity];
    io.stdout.write(`${r.id}${' '.repeat(width - displayWidth(r.id))}  ${sev}  ${r.description}\n`);
  }
  io.stdout.write(`\n共 ${rows.length} 条规则。用 hrss-audit rules <规则编号> 查看说明。\n`);
  return 0;
}
