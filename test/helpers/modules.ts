import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runCli, type CliResult } from './cli.js';

/**
 * Which modules a CLI run loads. Start-up cost is mostly module loading, so
 * tests use this to keep heavy parts lazy.
 *
 * The tool's own modules live in one script (dist/bundle/hrss-audit.cjs),
 * where each module runs its body on first import inside a function named
 * after its path (esbuild's lazy module wrappers). V8's precise coverage
 * (NODE_V8_COVERAGE) says which functions ran: a module was loaded when its
 * wrapper ran. Modules outside the bundle (pdf.js, SQLite) go through Node's
 * loaders, where a resolve hook (import) and a resolve wrapper (require)
 * record their URLs.
 */
function loggingHook(): { importFlag: string; requireFlag: string; log: string; builtinLog: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hrss-hook-'));
  const log = join(dir, 'modules.log');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}
`,
  );
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
  );
  // The launcher and the CLI's scripts are CommonJS (require() is not seen by the import hooks): log those as URLs too.
  writeFileSync(
    join(dir, 'require.cjs'),
    `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const file = resolve.apply(this, args);
  appendFileSync(${JSON.stringify(log)}, (file.startsWith('/') || /^[A-Za-z]:/.test(file) ? pathToFileURL(file).href : file) + '\\n');
  return file;
};
// Built-in modules required as node:… skip the resolving above: the main thread's list of what it loaded says.
process.on('exit', () => {
  const names = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  appendFileSync(${JSON.stringify(join(dir, 'builtins.log'))}, names.join('\\n') + '\\n');
});
`,
  );
  writeFileSync(log, '');
  return { importFlag: join(dir, 'register.mjs'), requireFlag: join(dir, 'require.cjs'), log, builtinLog: join(dir, 'builtins.log') };
}

interface Coverage {
  result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }>;
}

/**
 * Paths (as in the bundle: src/…, rules/…, node_modules/…) of the bundled
 * modules whose bodies ran, in any thread. The tool's script and the
 * reader's wrap each module; the scripts of zod and yaml and of pdf.js run
 * all their modules when they load, so any of their code running means all
 * of them (dist/bundle/scripts.json lists them).
 */
function initialisedModules(coverageDir: string): string[] {
  const scripts = JSON.parse(readFileSync(join(ROOT, 'dist/bundle/scripts.json'), 'utf8')) as Record<string, string[]>;
  const out = new Set<string>();
  for (const name of readdirSync(coverageDir)) {
    const coverage = JSON.parse(readFileSync(join(coverageDir, name), 'utf8')) as Coverage;
    for (const script of coverage.result) {
      const file = /\/dist\/bundle\/([^/]+\.cjs)$/.exec(script.url)?.[1];
      if (!file) continue;
      const ran = script.functions.filter((f) => f.ranges[0].count > 0);
      if (file === 'hrss-audit.cjs' || file === 'hrss-audit-reader.cjs') {
        for (const f of ran) if (/^(src|rules|node_modules)\/.+\.[cm]?[jt]s$/.test(f.functionName)) out.add(f.functionName);
      } else if (ran.length > 0) {
        for (const m of scripts[file] ?? []) out.add(m);
      }
    }
  }
  return [...out].sort();
}

/**
 * URLs of the modules Node loaded, the bundled modules initialised (one
 * path per line) and the built-in modules the main thread loaded (node:fs/promises as fs/promises), for a CLI
 * run in `cwd`.
 */
export async function loadedModules(args: string[], cwd: string = ROOT): Promise<{ urls: string; modules: string; builtins: string[]; result: CliResult }> {
  const { importFlag, requireFlag, log, builtinLog } = loggingHook();
  const coverage = mkdtempSync(join(tmpdir(), 'hrss-coverage-'));
  const result = await runCli(args, {
    cwd,
    env: { NODE_OPTIONS: `--import ${pathToFileURL(importFlag).href} --require ${JSON.stringify(requireFlag)}`, NODE_V8_COVERAGE: coverage },
  });
  const urls = readFileSync(log, 'utf8');
  const builtins = readFileSync(builtinLog, 'utf8').split('\n').filter(Boolean);
  return { urls, modules: initialisedModules(coverage).join('\n'), builtins, result };
}
