#!/usr/bin/env node
// Writes the 错误示例 / 正确示例 of every rule page from the fixtures the page names
// (scripts/lib/rule-examples.mjs). Run through `npm run docs`, which builds first: the rules run
// from dist/. test/rules/rule-examples.test.ts fails while a page is stale.
//
//   npm run docs              every page
//   npm run docs -- <rule id> one page
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fixtureRunner, renderRulePage } from './lib/rule-examples.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => import(pathToFileURL(join(root, 'dist/src', p)).href);
const [{ validateConfig }, { loadAllRules, resolveRules }, { auditFile }] = await Promise.all([dist('engine/config.js'), dist('engine/registry.js'), dist('engine/audit.js')]);
const run = fixtureRunner({ validateConfig, loadAllRules, resolveRules, auditFile });
const only = process.argv.slice(2);
let changed = 0;
for (const rule of await loadAllRules(validateConfig({}, null, root))) {
  if (only.length > 0 && !only.includes(rule.id)) continue;
  if (!rule.meta.docs || rule.meta.source) continue;
  const path = join(root, rule.meta.docs);
  const page = readFileSync(path, 'utf8');
  const next = await renderRulePage(page, rule.id, join(root, 'fixtures'), run);
  if (next !== page) {
    writeFileSync(path, next);
    changed++;
    console.log(`wrote ${rule.meta.docs}`);
  }
}
console.log(changed === 0 ? 'rule pages are up to date' : `${changed} page(s) written`);
