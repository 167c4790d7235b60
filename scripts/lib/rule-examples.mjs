// The 错误示例 / 正确示例 of a rule page are fixtures, shown as the tool reads and judges them.
//
// A page names its examples with markers; `npm run docs` fills in what lies between them from
// fixtures/rules/<rule id>/<name>.md — the document, one paragraph per line, and what the rule
// reports on it (address and message), or that it reports nothing — by running the rule on the
// fixture as the fixture runner does. test/rules/rule-examples.test.ts fails when a page differs
// from what this would write (learnt from remark-lint's @example and ESLint's check-rule-examples).
//
//   <!-- example: flagged-six-years -->
//   …generated…
//   <!-- /example -->
//
// Prose around the markers (what an example shows, why a trap is not a fault) stays as written.
//
// A rule across documents (library/*) names a case folder of fixtures/library/<rule id>/ instead: the
// example shows each document of that small library, the review date of its expect.json, and what
// the rule reports on which document, run as test/library/fixtures.test.ts runs it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseExpectations } from '../../fixtures/lib/expectations.mjs';

// A filled block runs to its own closing marker; a new marker (no block yet) is alone, and the filled form may not
// reach past the next example's marker: a bare one placed before a filled example must not take that example in.
const MARKER_RE = /<!-- example: ([a-z0-9-]+) -->\n(?:(?!<!-- example: )[\s\S])*?<!-- \/example -->|<!-- example: ([a-z0-9-]+) -->/g;
const SEVERITY = { error: '错误', warning: '警告', info: '提示' };

/** The example names a page uses, in order, with the section each is in. */
export function pageExamples(page) {
  const out = [];
  for (const m of page.matchAll(MARKER_RE)) {
    const before = page.slice(0, m.index);
    const section = [...before.matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? '';
    out.push({ name: m[1] ?? m[2], section });
  }
  return out;
}

/** The fixture's document as a reader sees its paragraphs: comments dropped, one paragraph per line. */
export function fixtureText(markdown) {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .join(''),
    )
    .filter(Boolean)
    .map((p) => p.replace(/^#+\s+/, ''))
    .join('\n');
}

/** The block between one example's markers. */
export function renderExample(name, text, findings) {
  const fence = text.includes('```') ? '````' : '```';
  const lines = [`<!-- example: ${name} -->`, `${fence}text`, text, fence, ''];
  if (findings.length === 0) lines.push('本规则不报告问题。');
  else {
    lines.push('本规则报告：', '');
    for (const f of findings) lines.push(`- ${f.location.address}（${SEVERITY[f.severity]}）：${f.message}`);
  }
  lines.push('<!-- /example -->');
  return lines.join('\n');
}

/** The block between one library example's markers: every document of the case, then the findings by document. */
function renderLibraryExample(name, asOf, documents, findings) {
  const [y, m, d] = asOf.split('-').map(Number);
  const lines = [`<!-- example: ${name} -->`, `审核基准日 ${y}年${m}月${d}日，文件库中有：`, ''];
  for (const { path, text } of documents) {
    const fence = text.includes('```') ? '````' : '```';
    lines.push(`\`${path}\`：`, '', `${fence}text`, text, fence, '');
  }
  if (findings.length === 0) lines.push('本规则不报告问题。');
  else {
    lines.push('本规则报告：', '');
    for (const f of findings) lines.push(`- \`${f.document}\` ${f.location.address}（${SEVERITY[f.severity]}）：${f.message}`);
  }
  lines.push('<!-- /example -->');
  return lines.join('\n');
}

/**
 * Make a runner of fixtures from the engine's modules (dist/ for the script, the TypeScript sources
 * for the test): the fixture's own rules, options and review date, the rule's findings only.
 * A fixture that declares `<!-- corpus: shared -->` is checked against the shared reference corpus,
 * as the fixture runner does: `sharedCorpus` gives the corpus provider `auditFile` takes (the test
 * passes test/helpers/corpus.ts's, the script scripts/lib/shared-corpus.mjs's). A case folder of a
 * library rule is audited as one library with `auditLibrary`, every rule on, and its findings carry
 * the document they are in (`document`, the path inside the folder).
 */
export function fixtureRunner({ validateConfig, loadAllRules, resolveRules, auditFile, sharedCorpus, auditLibrary, createProgress }) {
  let all;
  return async (ruleId, file) => {
    const config = validateConfig({}, null, process.cwd());
    all ??= await loadAllRules(config);
    if (statSync(file).isDirectory()) {
      if (!auditLibrary) throw new Error(`${file} is a library case, but the runner was given no auditLibrary`);
      const { asOf } = JSON.parse(readFileSync(join(file, 'expect.json'), 'utf8'));
      const sink = { write: () => true };
      const { results } = await auditLibrary({
        cwd: file,
        paths: ['.'],
        config,
        rules: resolveRules(all, config),
        asOf,
        jobs: 1,
        cacheLocation: null,
        corpusPath: null,
        progress: createProgress(sink, true),
        stderr: sink,
      });
      return results.flatMap((d) => d.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ ...f, document: d.path })));
    }
    const spec = parseExpectations(readFileSync(file, 'utf8'));
    const ids = spec.rules ?? [ruleId];
    const settings = Object.fromEntries(
      ids.map((id) => [id, { severity: all.find((r) => r.id === id)?.meta.severity ?? 'error', options: spec.options, explicit: false }]),
    );
    const rules = resolveRules(all, { ...config, rules: settings }, ids);
    if (spec.corpus === 'shared' && !sharedCorpus) throw new Error(`${file} asks for the shared corpus, but the runner was given none`);
    const corpus = spec.corpus === 'shared' ? await sharedCorpus() : undefined;
    const { result } = await auditFile(file, rules, { asOf: spec.asOf ?? '2026-11-27', limits: config.limits, settings: {}, corpus });
    if (result.status !== 'ok') throw new Error(`${file}: ${result.error?.code} ${result.error?.message}`);
    return result.findings.filter((f) => f.ruleId === ruleId);
  };
}

/** The page with every example block written from its fixture. */
export async function renderRulePage(page, ruleId, fixturesDir, run) {
  let out = '';
  let last = 0;
  for (const m of page.matchAll(MARKER_RE)) {
    const name = m[1] ?? m[2];
    const library = join(fixturesDir, 'library', ruleId, name);
    if (isDirectory(library)) {
      const { asOf } = JSON.parse(readFileSync(join(library, 'expect.json'), 'utf8'));
      const documents = readdirSync(library)
        .filter((f) => f !== 'expect.json')
        .sort()
        .map((path) => ({ path, text: fixtureText(readFileSync(join(library, path), 'utf8')) }));
      out += page.slice(last, m.index) + renderLibraryExample(name, asOf, documents, await run(ruleId, library));
      last = m.index + m[0].length;
      continue;
    }
    const file = join(fixturesDir, 'rules', ruleId, `${name}.md`);
    let markdown;
    try {
      markdown = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${ruleId}: the page names example "${name}", but ${file} does not exist`);
    }
    out += page.slice(last, m.index) + renderExample(name, fixtureText(markdown), await run(ruleId, file));
    last = m.index + m[0].length;
  }
  return out + page.slice(last);
}

function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
