// The measured figures each rule's doc page shows: a section generated from
// eval/results.json by `npm run eval`, between two markers, so that a test
// can check that the page says what the last run measured.
export const BEGIN = '<!-- eval:begin（由 npm run eval 生成，请勿手工修改） -->';
export const END = '<!-- eval:end -->';

const pct = (x) => (x === null || x === undefined ? '—' : x.toFixed(2));
/** How a page names a measured set: the own set, a set committed in eval/sets (reviewers-a …), or a shared one by its folder. */
function setName(set) {
  if (set === 'own') return '本项目用例集（eval/cases）';
  const committed = /^reviewers-([a-z])$/.exec(set);
  return committed ? `盲写评测集 ${committed[1].toUpperCase()}（eval/sets）` : set;
}

/** The section for one rule, or null when no measured set covers it. */
export function renderSection(ruleId, results) {
  const rows = [];
  for (const [set, data] of Object.entries(results.sets)) {
    for (const [format, score] of Object.entries(data.formats)) {
      const r = score.perRule[ruleId];
      if (!r) continue;
      rows.push(`| ${setName(set)} | ${format} | ${pct(r.precision)} | ${pct(r.recall)} | ${r.tp} | ${r.fp} | ${r.fn} |`);
    }
  }
  if (rows.length === 0) return null;
  return [
    BEGIN,
    '## 评测结果',
    '',
    `最近一次评测（${results.generatedAt.slice(0, 10)}，审核基准日 ${results.asOf}，用例版本 ${results.casesHash}，规则版本 ${results.ruleVersions[ruleId] ?? '—'}）：在评审人员标注的评测草案上运行命令行工具，按条计分（同一规则、同一条只计一次）。`,
    '',
    '| 评测集 | 格式 | 查准率 | 查全率 | 正确 | 误报 | 漏报 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '查准率 = 正确 ÷（正确 + 误报），查全率 = 正确 ÷（正确 + 漏报）。评测集和计分方法见 `eval/README.md`。',
    END,
  ].join('\n');
}

/** The page with its section replaced (or appended at the end). */
export function withSection(page, section) {
  const start = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  const body = start >= 0 && end > start ? `${page.slice(0, start).trimEnd()}\n` : `${page.trimEnd()}\n`;
  const tail = start >= 0 && end > start ? page.slice(end + END.length).replace(/^\n+/, '') : '';
  return `${body}\n${section}\n${tail ? `\n${tail}` : ''}`;
}
