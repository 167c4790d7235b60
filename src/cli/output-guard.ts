import { join, relative, resolve } from 'node:path';
import type { LoadedConfig } from '../engine/config.js';
import { HrssError } from '../errors.js';
import { fileIdentity, resolveWriteTarget } from '../io/atomic-write.js';
import { printable } from '../io/printable.js';

/**
 * `-o` must never replace a file the run reads: the documents audited (see
 * discoverLibrary, which knows them), the config, the cache, the corpus,
 * term files, plugins, the ignore file, the reports merged. Checked before
 * any work, so a long batch does not end in a refusal, and by identity
 * (real paths), so a symbolic link to the input is caught too.
 */

export interface ReadFile {
  path: string | null | undefined;
  /** What it is, in Chinese: 配置文件, 语料库… */
  what: string;
}

export async function guardOutput(output: string, reads: readonly ReadFile[], cwd: string): Promise<void> {
  // A folder, block device or dangling link is refused now rather than after the audit.
  const shown = printable(relative(cwd, output) || output);
  await resolveWriteTarget(output, shown);
  const target = fileIdentity(output);
  for (const { path, what } of reads) {
    if (!path || fileIdentity(path) !== target) continue;
    throw new HrssError(
      'E_OUTPUT_IS_INPUT',
      `输出文件 ${shown} 是本次运行要读取的${what}${resolve(path) !== resolve(output) ? `（${printable(relative(cwd, path) || path)}）` : ''}，写入报告会覆盖它`,
    );
  }
}

/** The files rule loading reads: term files (a folder's YAML files) and plugin files. */
export async function ruleSourceFiles(config: Pick<LoadedConfig, 'termFiles' | 'plugins'>): Promise<ReadFile[]> {
  const out: ReadFile[] = [];
  if (config.termFiles.length > 0) {
    const { expandTermPaths } = await import('../engine/term-data.js');
    for (const p of expandTermPaths(config.termFiles)) out.push({ path: p, what: '词表文件' });
  }
  for (const p of config.plugins) if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) out.push({ path: p, what: '自定义规则文件' });
  return out;
}

/** Everything a check/clean/annotate/merge run reads besides its inputs. */
export async function configReads(config: Pick<LoadedConfig, 'path' | 'termFiles' | 'plugins'>, cwd: string, extra: ReadFile[] = []): Promise<ReadFile[]> {
  return [
    { path: config.path, what: '配置文件' },
    { path: join(cwd, '.hrss-auditignore'), what: '忽略列表（.hrss-auditignore）' },
    ...(await ruleSourceFiles(config)),
    ...extra,
  ];
}
