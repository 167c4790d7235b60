// Builds the project's own evaluation set from the labelled cases: whole
// drafts (article style and notice style) in which every case is one article
// or one outline item, with a manifest in the format of ../shared/eval
// (expected findings, traps, clean drafts), as .md, .docx and .pdf.
//
// Drafts of traps only are the clean drafts. Each draft holds cases of one
// rule; findings of other rules on them count as false alarms unless a case
// lists the rule under `also`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOtherFormats } from './formats.mjs';

const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1..99 in Chinese numerals, as article labels are written. */
export function chineseNumber(n) {
  if (n <= 10) return CHINESE[n];
  if (n < 20) return `十${CHINESE[n - 10]}`;
  const tens = Math.floor(n / 10);
  return `${CHINESE[tens]}十${CHINESE[n % 10]}`;
}

const TOPICS = [
  '就业创业服务',
  '人力资源服务市场',
  '职业技能培训',
  '社会保险经办',
  '工伤保险待遇',
  '劳动人事争议处理',
  '农民工工资支付',
  '就业见习',
  '人力资源服务产业园',
  '职业技能等级认定',
];
const ARTICLES_PER_DRAFT = 10;
const SIGNED = '2025年5月20日';

function articleDraft(n, cases) {
  const topic = TOPICS[n % TOPICS.length];
  const lines = [`HNPR—2025—14${String(n).padStart(3, '0')}`, '湖南省人力资源和社会保障厅文件', `湘人社规〔2025〕${n}号`, `# 湖南省${topic}管理办法`];
  lines.push(`第一条　为规范${topic}工作，根据《中华人民共和国劳动法》《中华人民共和国就业促进法》等法律法规，结合本省实际，制定本办法。`);
  const placed = [];
  cases.forEach((c, i) => {
    const article = i + 2;
    const [first, ...rest] = c.paragraphs;
    lines.push(`第${chineseNumber(article)}条　${first}`, ...rest);
    placed.push({ c, article });
  });
  lines.push(`第${chineseNumber(cases.length + 2)}条　本办法自2025年7月1日起施行，有效期5年。`, '湖南省人力资源和社会保障厅', SIGNED);
  return { title: `湖南省${topic}管理办法`, style: 'articles', markdown: `${lines.join('\n\n')}\n`, placed };
}

function noticeDraft(n, cases) {
  const topic = TOPICS[n % TOPICS.length];
  const title = `湖南省人力资源和社会保障厅关于进一步规范${topic}工作的通知`;
  const lines = [
    `HNPR—2025—14${String(n).padStart(3, '0')}`,
    '湖南省人力资源和社会保障厅文件',
    `湘人社规〔2025〕${n}号`,
    `# ${title}`,
    '各市州人力资源社会保障局：',
  ];
  lines.push(`为进一步规范${topic}工作，根据《中华人民共和国劳动法》《中华人民共和国就业促进法》等法律法规，现就有关事项通知如下：`, '一、明确工作要求');
  cases.forEach((c, i) => lines.push(`（${chineseNumber(i + 1)}）${c.paragraphs[0]}`));
  lines.push('二、抓好组织实施', '各地要结合实际，认真抓好贯彻落实。', '本通知自2025年7月1日起施行，有效期5年。', '湖南省人力资源和社会保障厅', SIGNED);
  return { title, style: 'outline', markdown: `${lines.join('\n\n')}\n`, placed: cases.map((c) => ({ c, article: null })) };
}

function chunks(list, size) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Lay the cases out as drafts: per rule, one notice with one flagged case
 * and a few traps, clean drafts of a third of the traps, and the rest mixed
 * in article-style drafts of up to ten articles.
 */
export function planDrafts(cases) {
  const drafts = [];
  const rules = [...new Set(cases.map((c) => c.rule))];
  for (const rule of rules) {
    // A case whose rule holds for the whole document (a cap said once) would decide the articles beside it: a draft of its own.
    for (const c of cases.filter((x) => x.rule === rule && x.alone)) drafts.push({ rule, kind: 'article', cases: [c] });
    const mine = cases.filter((c) => c.rule === rule && !c.alone);
    const single = (c) => c.paragraphs.length === 1;
    const flagged = mine.filter((c) => c.flag !== false);
    const traps = mine.filter((c) => c.flag === false);
    const noticeFlag = [...flagged].reverse().find(single);
    const noticeTraps = traps.filter(single).slice(-3);
    const rest = traps.filter((c) => !noticeTraps.includes(c));
    const cleanCount = Math.floor(rest.length / 3);
    const clean = rest.slice(0, cleanCount);
    const mixedTraps = rest.slice(cleanCount);
    for (const group of chunks(clean, ARTICLES_PER_DRAFT)) drafts.push({ rule, kind: 'article', cases: group });
    if (noticeFlag) drafts.push({ rule, kind: 'notice', cases: [noticeTraps[0], noticeFlag, ...noticeTraps.slice(1)].filter(Boolean) });
    const remaining = flagged.filter((c) => c !== noticeFlag);
    // Interleave flagged cases and traps so that each draft has both.
    const mixed = [];
    for (let i = 0; i < Math.max(remaining.length, mixedTraps.length); i++) {
      if (remaining[i]) mixed.push(remaining[i]);
      if (mixedTraps[i]) mixed.push(mixedTraps[i]);
    }
    for (const group of chunks(mixed, ARTICLES_PER_DRAFT)) drafts.push({ rule, kind: 'article', cases: group });
  }
  return drafts.map((d, i) => ({
    ...d,
    id: `own${String(i + 1).padStart(2, '0')}`,
    ...(d.kind === 'notice' ? noticeDraft(i + 1, d.cases) : articleDraft(i + 1, d.cases)),
  }));
}

/** The manifest of the set, in the format of ../shared/eval/set-1/manifest.json. */
export function manifestOf(drafts, cases, hash) {
  const ruleIds = [...new Set(cases.map((c) => c.rule))].sort();
  return {
    name: 'hrss-audit own set (built from eval/cases)',
    version: hash,
    ruleIds,
    documents: drafts.map((d) => {
      const expected = d.placed.filter((p) => p.c.flag !== false).map((p) => ({ ruleId: p.c.rule, article: p.article, evidence: p.c.flag, case: p.c.id }));
      const flaggedRules = new Set(expected.map((e) => `${e.ruleId}@${e.article}`));
      return {
        id: d.id,
        title: d.title,
        style: d.style,
        clean: expected.length === 0,
        files: { md: `md/${d.id}.md`, docx: `docx/${d.id}.docx`, pdf: `pdf/${d.id}.pdf` },
        expected,
        acceptable: d.placed.flatMap((p) => p.c.also.map((ruleId) => ({ ruleId, article: p.article, case: p.c.id }))),
        mustNotFlag: d.placed
          .filter((p) => p.c.flag === false)
          .map((p) => ({
            ruleId: p.c.rule,
            article: p.article,
            evidence: p.c.text.slice(0, 40),
            case: p.c.id,
            collidesWithExpected: flaggedRules.has(`${p.c.rule}@${p.article}`),
          })),
      };
    }),
  };
}

/**
 * Write the set under `dir` (md/, docx/, pdf/, manifest.json). PDFs need
 * LibreOffice (soffice); without it the set has no pdf/ folder and the
 * result says so.
 */
export async function writeOwnSet(cases, dir, hash, { pdf = true } = {}) {
  const drafts = planDrafts(cases);
  mkdirSync(join(dir, 'md'), { recursive: true });
  for (const d of drafts) writeFileSync(join(dir, 'md', `${d.id}.md`), d.markdown);
  const pdfs = await writeOtherFormats(dir, { pdf });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifestOf(drafts, cases, hash), null, 1)}\n`);
  return { drafts: drafts.length, pdf: pdfs };
}
