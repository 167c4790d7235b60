// Scores a JSON report (hrss-audit check … -f json) against an evaluation
// manifest, with the conventions of ../shared/eval/set-1/README.md: a finding
// is normalised to (document, rule, article) and deduplicated; it matches an
// expected item of the same rule and article (both null counts as equal);
// each item and finding is matched at most once; only the rules of the
// manifest's vocabulary are scored. Strict scoring: `altArticles` ignored.
import { basename, extname } from 'node:path';

const ratio = (a, b) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);

function counts() {
  return { tp: 0, fp: 0, fn: 0 };
}

function finish(c) {
  return { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
}

/** The manifest id of a reported document: its file name without extension. */
function documentIdOf(path, ids) {
  const stem = basename(String(path), extname(String(path)));
  if (ids.has(stem)) return stem;
  for (const id of ids) if (stem.includes(id)) return id;
  return null;
}

export function scoreReport(manifest, report) {
  const vocab = new Set(manifest.ruleIds.map((r) => (typeof r === 'string' ? r : r.id)));
  const docs = new Map(manifest.documents.map((d) => [d.id, d]));
  const perRule = Object.fromEntries([...vocab].map((r) => [r, counts()]));
  const total = counts();
  let cleanFp = 0;
  let trapHits = 0;
  let unreadable = 0;
  const misses = [];
  const falseAlarms = [];
  const seen = new Set();
  for (const doc of report.documents ?? []) {
    const id = documentIdOf(doc.path, new Set(docs.keys()));
    if (!id) continue;
    const truth = docs.get(id);
    seen.add(id);
    if (doc.status !== 'ok') unreadable++;
    const finds = [];
    const keys = new Set();
    for (const f of doc.findings ?? []) {
      if (!vocab.has(f.ruleId)) continue;
      const article = f.location?.article ?? null;
      const key = `${f.ruleId}@${article}`;
      if (keys.has(key)) continue;
      keys.add(key);
      finds.push({ ruleId: f.ruleId, article, used: false, message: f.message });
    }
    for (const item of truth.expected.filter((i) => vocab.has(i.ruleId))) {
      const hit = finds.find((f) => !f.used && f.ruleId === item.ruleId && f.article === item.article);
      if (hit) {
        hit.used = true;
        total.tp++;
        perRule[item.ruleId].tp++;
      } else {
        total.fn++;
        perRule[item.ruleId].fn++;
        misses.push(`${id} ${item.ruleId} art.${item.article}: ${item.evidence ?? ''}`);
      }
    }
    const acceptable = new Set((truth.acceptable ?? []).map((a) => `${a.ruleId}@${a.article}`));
    for (const f of finds) if (!f.used && acceptable.has(`${f.ruleId}@${f.article}`)) f.used = true;
    const traps = new Set((truth.mustNotFlag ?? []).filter((t) => !t.collidesWithExpected).map((t) => `${t.ruleId}@${t.article}`));
    for (const f of finds.filter((x) => !x.used)) {
      total.fp++;
      perRule[f.ruleId].fp++;
      if (truth.clean) cleanFp++;
      if (traps.has(`${f.ruleId}@${f.article}`)) trapHits++;
      falseAlarms.push(`${id} ${f.ruleId} art.${f.article}: ${f.message ?? ''}`.slice(0, 200));
    }
  }
  for (const [id, truth] of docs) {
    if (seen.has(id)) continue;
    for (const item of truth.expected.filter((i) => vocab.has(i.ruleId))) {
      total.fn++;
      perRule[item.ruleId].fn++;
      misses.push(`${id}: not in the report (${item.ruleId} art.${item.article})`);
    }
  }
  return {
    ...finish(total),
    cleanFp,
    trapHits,
    unreadable,
    documents: seen.size,
    perRule: Object.fromEntries(Object.entries(perRule).map(([r, c]) => [r, finish(c)])),
    misses,
    falseAlarms,
  };
}
