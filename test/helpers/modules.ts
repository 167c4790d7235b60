import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runCli, type CliResult } from './cli.js';

/**
 * Which modules a CLI run loads: a resolve hook (registered with
 * NODE_OPTIONS=--import) records every module URL. Start-up cost is mostly
 * module loading, so tests use this to keep heavy parts lazy.
 */
function loggingHook(): { importFlag: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-hook-'));
  const log = join(dir, 'modules.log');
  writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}
`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  writeFileSync(log, '');
  return { importFlag: join(dir, 'register.mjs'), log };
}

/** URLs of the modules loaded, and the concatenated source of the project's own bundle chunks among them. */
export async function loadedModules(args: string[], cwd: string = ROOT): Promise<{ urls: string; code: string; result: CliResult }> {
  const { importFlag, log } = loggingHook();
  const result = await runCli(args, { cwd, env: { NODE_OPTIONS: `--import ${pathToFileURL(importFlag).href}` } });
  const urls = readFileSync(log, 'utf8');
  const code = [...new Set(urls.split('\n').filter((u) => u.startsWith('file:') && u.includes('/dist/bundle/')))]
    .map((u) => readFileSync(new URL(u), 'utf8'))
    .join('\n');
  return { urls, code, result };
}
