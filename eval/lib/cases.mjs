// The project's own labelled cases (eval/cases/*.yaml): one provision each,
// with the finding a review must make or the silence it must keep. Read by
// the tests (test/eval/cases.test.ts) and by `npm run eval`, which builds
// whole drafts from them (eval/lib/own-set.mjs).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const CASES_DIR = fileURLToPath(new URL('../cases/', import.meta.url));

const KEYS = new Set(['id', 'text', 'flag', 'severity', 'law', 'note', 'also', 'alone']);

/** Every case of every file, validated; throws naming the file and case on a mistake. */
export function loadCases(dir = CASES_DIR) {
  const out = [];
  const ids = new Set();
  for (const name of caseFiles(dir)) {
    const data = parse(readFileSync(join(dir, name), 'utf8'), { uniqueKeys: true });
    const where = (c) => `${name}${c?.id ? ` ${c.id}` : ''}`;
    if (typeof data?.rule !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(data.rule)) throw new Error(`${name}: rule 应为规则编号`);
    if (!Array.isArray(data.cases) || data.cases.length === 0) throw new Error(`${name}: cases 为空`);
    for (const c of data.cases) {
      for (const k of Object.keys(c ?? {})) if (!KEYS.has(k)) throw new Error(`${where(c)}: 未知的键 ${k}`);
      if (typeof c.id !== 'string' || !/^[a-z0-9-]+$/.test(c.id)) throw new Error(`${where(c)}: id 只用小写字母、数字和连字符`);
      const key = `${data.rule}#${c.id}`;
      if (ids.has(key)) throw new Error(`${where(c)}: id 重复`);
      ids.add(key);
      if (typeof c.text !== 'string' || c.text.trim() === '') throw new Error(`${where(c)}: 缺 text`);
      if (c.flag !== false && typeof c.flag !== 'string') throw new Error(`${where(c)}: flag 应为原文片段或 false`);
      const text = c.text.trim();
      if (typeof c.flag === 'string' && !text.includes(c.flag)) throw new Error(`${where(c)}: flag“${c.flag}”不在 text 中`);
      if (c.severity !== undefined && !['error', 'warning', 'info'].includes(c.severity)) throw new Error(`${where(c)}: severity 无效`);
      if (c.also !== undefined && (!Array.isArray(c.also) || c.also.some((r) => typeof r !== 'string'))) throw new Error(`${where(c)}: also 应为规则编号列表`);
      if (c.alone !== undefined && typeof c.alone !== 'boolean') throw new Error(`${where(c)}: alone 应为 true 或 false`);
      out.push({
        rule: data.rule,
        id: c.id,
        text,
        paragraphs: text
          .split(/\n+/)
          .map((p) => p.trim())
          .filter(Boolean),
        flag: c.flag,
        severity: c.severity ?? null,
        law: c.law ?? null,
        note: c.note ?? null,
        also: c.also ?? [],
        alone: c.alone ?? false,
        file: name,
      });
    }
  }
  return out;
}

function caseFiles(dir) {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort();
}

/** A hash of the case files: results of an evaluation are current only for the cases they were measured on. */
export function casesHash(dir = CASES_DIR) {
  const h = createHash('sha256');
  for (const name of caseFiles(dir))
    h.update(name)
      .update('\0')
      .update(readFileSync(join(dir, name)));
  return h.digest('hex').slice(0, 16);
}
