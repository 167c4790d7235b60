#!/usr/bin/env node
// Writes the 错误示例 / 正确示例 of every rule page from the fixtures the page names
// (scripts/lib/rule-examples.mjs), and the rule table of docs/rules.md and the error-code table of
// docs/error-codes.md from the rule registry and ERROR_CODES (scripts/lib/doc-tables.mjs). Run
// through `npm run docs`, which builds first: the rules run from dist/.
// test/rules/rule-examples.test.ts and test/docs/generated-tables.test.ts fail while a page is stale.
//
//   npm run docs              every rule page and both tables
//   npm run docs -- <rule id> that rule's page, and both tables
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fillGenerated, GENERATED_PAGES } from './lib/doc-tables.mjs';
import { fixtureRunner, renderRulePage } from './lib/rule-examples.mjs';
import { sharedCorpusFromDist } from './lib/shared-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = (p) => import(pathToFileURL(join(root, 'dist/src', p)).href);
const [{ validateConfig }, { loadAllRules, resolveRules }, { auditFile }, { ERROR_CODES }] = await Promise.all([
  dist('engine/config.js'),
  dist('engine/registry.js'),
  dist('engine/audit.js'),
  dist('errors.js'),
]);
const [{ auditLibrary }, { createProgress }] = await Promise.all([dist('library/batch.js'), dist('library/progress.js')]);
const run = fixtureRunner({ validateConfig, loadAllRules, resolveRules, auditFile, sharedCorpus: sharedCorpusFromDist(root), auditLibrary, createProgress });
const only = process.argv.slice(2);
const rules = await loadAllRules(validateConfig({}, null, root));
let changed = 0;
for (const rule of rules) {
  if (only.length > 0 && !only.includes(rule.id)) continue;
  if (!rule.meta.docs) continue;
  const path = join(root, rule.meta.docs);
  const page = readFileSync(path, 'utf8');
  const next = await renderRulePage(page, rule.id, join(root, 'fixtures'), run);
  if (next !== page) {
    writeFileSync(path, next);
    changed++;
    console.log(`wrote ${rule.meta.docs}`);
  }
}
for (const { path, name, render } of GENERATED_PAGES) {
  const file = join(root, path);
  const page = readFileSync(file, 'utf8');
  const next = fillGenerated(page, name, render({ rules, codes: ERROR_CODES }));
  if (next !== page) {
    writeFileSync(file, next);
    changed++;
    console.log(`wrote ${path}`);
  }
}
console.log(changed === 0 ? 'rule pages and tables are up to date' : `${changed} page(s) written`);
