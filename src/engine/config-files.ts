import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../document/limits.js';
import type { LoadedConfig } from './config.js';

/**
 * Finding the config file, and the defaults when there is none. Kept apart
 * from the config schema (config.ts): most checks run without a config
 * file, and they must not pay for loading the schema and its validator.
 */

/** File names searched, in order, in each directory from the working directory upward. */
export const CONFIG_FILES = [
  'hrss-audit.config.json',
  'hrss-audit.config.yaml',
  'hrss-audit.config.yml',
  'hrss-audit.config.mjs',
  '.hrss-auditrc',
  '.hrss-auditrc.json',
  '.hrss-auditrc.yaml',
  '.hrss-auditrc.yml',
];

/** Look for a config file from `cwd` upward; the first found wins. */
export function findConfigFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The embedded defaults: what validating an empty config gives (a test holds the two equal). */
export function defaultConfig(baseDir: string): LoadedConfig {
  return {
    path: null,
    baseDir,
    rules: {},
    plugins: [],
    termFiles: [],
    ignore: [],
    corpus: undefined,
    asOf: undefined,
    limits: { ...DEFAULT_LIMITS },
    settings: {},
    jobs: undefined,
    report: {},
  };
}

/** Load the config named on the command line, or the first one found upward from cwd, or the defaults. */
export async function loadConfig(options: { cwd: string; configPath?: string }): Promise<LoadedConfig> {
  const file = options.configPath ? resolve(options.cwd, options.configPath) : findConfigFile(options.cwd);
  if (!file) return defaultConfig(options.cwd);
  const { loadConfigFile } = await import('./config.js');
  return loadConfigFile(file, !!options.configPath);
}
