// The two reference tables of docs/: the rules (docs/rules.md) from the rule registry, and the error
// codes (docs/error-codes.md) from ERROR_CODES. `npm run docs` writes each between its markers;
// test/docs/generated-tables.test.ts fails while a page differs from what this would write.
//
//   <!-- generated: rules -->
//   …generated…
//   <!-- /generated -->
//
// Prose around the markers (what the table means, notes on single rows) stays as written.

const SEVERITY = { error: '错误', warning: '警告', info: '提示' };
const EXIT_CODE = { file: '1', tool: '2', notice: '—' };

/** A table cell: a `|` would end the cell, a line break the row. */
const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

/**
 * One row per rule: its id linked to its doc page, its default severity and what it checks. Rules
 * on one document come first, by id; rules across documents (meta.scope 'library') after them, by id,
 * marked 跨文件. `pageDir` is where the table's page lies, relative to the package root.
 */
export function renderRuleTable(rules, pageDir = 'docs') {
  const up = pageDir
    .split('/')
    .filter(Boolean)
    .map(() => '..')
    .join('/');
  const library = (r) => r.meta.scope === 'library';
  const sorted = [...rules].sort((a, b) => Number(library(a)) - Number(library(b)) || a.id.localeCompare(b.id));
  const rows = sorted.map((r) => {
    const id = r.meta.docs ? `[\`${r.id}\`](${up ? `${up}/` : ''}${r.meta.docs})` : `\`${r.id}\``;
    return `| ${id} | ${SEVERITY[r.meta.severity]} | ${cell(r.meta.description)}${library(r) ? '（跨文件）' : ''} |`;
  });
  return ['| 规则 | 默认级别 | 检查内容 |', '| --- | --- | --- |', ...rows].join('\n');
}

/** One row per error code, in the order of ERROR_CODES: code, exit code, meaning, remedy. */
export function renderErrorTable(codes) {
  const rows = Object.entries(codes).map(([code, info]) => `| \`${code}\` | ${EXIT_CODE[info.scope]} | ${cell(info.meaning)} | ${cell(info.remedy)} |`);
  return ['| 代码 | 退出码 | 含义 | 处理办法 |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The page with the block between `<!-- generated: name -->` and `<!-- /generated -->` replaced by `content`. */
export function fillGenerated(page, name, content) {
  const marker = new RegExp(`<!-- generated: ${name} -->\\n[\\s\\S]*?<!-- /generated -->`, 'g');
  const found = page.match(marker) ?? [];
  if (found.length !== 1) throw new Error(`expected one <!-- generated: ${name} --> … <!-- /generated --> block, found ${found.length}`);
  return page.replace(marker, () => `<!-- generated: ${name} -->\n${content}\n<!-- /generated -->`);
}

/** The generated pages: where each lies and how its table is made from the rules and the error codes. */
export const GENERATED_PAGES = [
  { path: 'docs/rules.md', name: 'rules', render: ({ rules }) => renderRuleTable(rules, 'docs') },
  { path: 'docs/error-codes.md', name: 'error-codes', render: ({ codes }) => renderErrorTable(codes) },
];
