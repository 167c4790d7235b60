import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { CorpusStats, SearchHit, StoredLaw, StoredProvision } from '../corpus/store.js';
import type { LawRecord } from '../corpus/types.js';
import { HrssError } from '../errors.js';
import { displayWidth } from '../report/stylish.js';
import type { CliIO } from './io.js';
import { useColor } from './io.js';
import { printable, printableMessage } from '../io/printable.js';

/**
 * `hrss-audit corpus import|list|show|search|remove|stats|upgrade`. Everything
 * here loads SQLite on demand; `hrss-audit --help` never reaches this file.
 */

export interface CorpusCommandOptions {
  corpus?: string;
  config?: string;
  json?: boolean;
  manifest?: string;
  wait?: number;
  limit?: number;
  article?: number;
  registry?: boolean;
  color?: boolean;
}

async function corpusPath(options: CorpusCommandOptions, io: CliIO): Promise<{ path: string; explicit: boolean; shown: string }> {
  const { loadConfig } = await import('../engine/config.js');
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  const { locateCorpus } = await import('../corpus/provider.js');
  const location = locateCorpus(options.corpus, config.corpus, io.cwd);
  return { ...location, shown: relative(io.cwd, location.path) || location.path };
}

async function openStore(options: CorpusCommandOptions, io: CliIO) {
  const where = await corpusPath(options, io);
  if (!existsSync(where.path)) throw new HrssError('E_CORPUS_MISSING', `找不到语料库文件 ${where.shown}`);
  const [{ CorpusStore }, { tidyLeftovers }] = await Promise.all([import('../corpus/store.js'), import('../corpus/leftovers.js')]);
  await tidyLeftovers(where.path);
  return { store: CorpusStore.openReadOnly(where.path), where };
}

const waitMs = (options: CorpusCommandOptions): number => Math.max(0, (options.wait ?? 10) * 1000);

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function table(io: CliIO, rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
  for (const r of rows) io.stdout.write(`${r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]))).join('  ')}\n`);
}

export async function runCorpusImport(inputs: string[], options: CorpusCommandOptions, io: CliIO): Promise<number> {
  const where = await corpusPath(options, io);
  const { importCorpus } = await import('../corpus/import.js');
  const tty = !!io.stderr.isTTY;
  let lastLine = '';
  const progress = (line: string): void => {
    if (!tty) return;
    const shown = printable(line);
    const text = shown.length > 60 ? `${shown.slice(0, 59)}…` : shown;
    io.stderr.write(`\r${pad(text, displayWidth(lastLine))}`);
    lastLine = text;
  };
  const result = await importCorpus({
    target: where.path,
    inputs,
    cwd: io.cwd,
    manifest: options.manifest,
    waitMs: waitMs(options),
    onProgress: (p) => progress(`${p.phase === 'read' ? '读取' : '写入'} ${p.done}/${p.total}${p.file ? ` ${p.file}` : ''}`),
  });
  if (tty && lastLine) io.stderr.write(`\r${' '.repeat(displayWidth(lastLine))}\r`);
  for (const p of result.problems) io.stderr.write(`  ✖ ${printable(p.file)}：${printableMessage(p.message)} [${p.code}]\n`);
  io.stdout.write(
    `导入完成（${(result.ms / 1000).toFixed(1)} 秒）：新增 ${result.added} 部，更新 ${result.updated} 部，未变 ${result.unchanged} 部${result.problems.length ? `，${result.problems.length} 个文件未能导入` : ''}。\n` +
      `语料库 ${where.shown} 现有 ${result.laws} 部法规文件、${result.provisions} 条条款。\n`,
  );
  return result.problems.length > 0 ? 1 : 0;
}

function levelStatus(l: Pick<LawRecord, 'level' | 'status'>): string {
  return `${l.level ?? '级别不详'}·${l.status}`;
}

export async function runCorpusList(options: CorpusCommandOptions, io: CliIO): Promise<number> {
  if (options.registry) {
    const { loadRegistry } = await import('../corpus/registry.js');
    const registry = await loadRegistry();
    if (options.json) {
      io.stdout.write(`${JSON.stringify(registry.entries, null, 2)}\n`);
      return 0;
    }
    const rows = [
      ['标题', '级别·时效', '来源'],
      ...registry.entries.map((e) => [e.title, levelStatus({ level: e.level ?? null, status: e.status }), e.source]),
    ];
    table(io, rows);
    const national = registry.national
      ? `另附全国法律法规名录 ${registry.national.records} 个版本（${registry.national.source}${registry.national.date ? `，截至 ${registry.national.date}` : ''}），`
      : '';
    io.stdout.write(`\n内置名录共 ${registry.entries.length} 条；${national}共 ${registry.knownLawKeys.size} 个法律名称用于核对引用。\n`);
    return 0;
  }
  const { store } = await openStore(options, io);
  try {
    const laws = store.laws();
    if (options.json) {
      io.stdout.write(`${JSON.stringify(laws.map(lawJson), null, 2)}\n`);
      return 0;
    }
    const rows = [
      ['标题', '级别·时效', '版本', '条数', '编号'],
      ...laws.map((l) => [l.title, levelStatus(l), l.versionDate ?? '—', l.hasText ? String(l.articles ?? '—') : '无正文', l.key]),
    ];
    table(io, rows);
    io.stdout.write(`\n共 ${laws.length} 部（有正文 ${laws.filter((l) => l.hasText).length} 部）。用 hrss-audit corpus show <标题或编号> 查看条文。\n`);
    return 0;
  } finally {
    store.close();
  }
}

function lawJson(l: StoredLaw): Omit<StoredLaw, 'fingerprint'> {
  const { fingerprint: _, ...rest } = l;
  return rest;
}

function formatProvision(p: StoredProvision): string {
  const indent = p.item !== null ? '    ' : p.clause !== null && p.clause > 1 ? '  ' : '';
  const head = p.article !== null && p.clause === 1 && p.item === null ? `${p.address} ` : '';
  return `${indent}${head}${p.text}`;
}

export async function runCorpusShow(query: string, options: CorpusCommandOptions, io: CliIO): Promise<number> {
  const { store, where } = await openStore(options, io);
  try {
    const versions = store.findLaws(query);
    if (versions.length === 0) {
      const { loadRegistry } = await import('../corpus/registry.js');
      const { LawCatalog } = await import('../corpus/catalog.js');
      const registry = await loadRegistry();
      const catalog = new LawCatalog(registry.records, [], registry.knownLawKeys);
      const known = catalog.versions(query).at(-1);
      if (known) {
        io.stdout.write(
          `《${known.title}》不在语料库 ${where.shown} 中；内置名录记载：${levelStatus(known)}${known.repealDate ? `，${known.repealDate} 起失效` : ''}${known.replacedBy ? `，由《${known.replacedBy}》代替` : ''}（来源：${registry.sources[known.source.split(' ')[0]] ?? known.source}）。\n`,
        );
        return 1;
      }
      const suggestion = catalog.suggest(query);
      throw new HrssError('E_USAGE', `语料库中没有“${query}”${suggestion ? `，您是否指《${suggestion.title}》？` : ''}（用 hrss-audit corpus list 查看全部）`);
    }
    const law = versions.at(-1)!;
    const provisions = store.provisions(law.id, options.article);
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ law: lawJson(law), versions: versions.map((v) => v.key), provisions }, null, 2)}\n`);
      return 0;
    }
    const facts = [
      levelStatus(law),
      law.issuer,
      law.documentNumbers.length ? law.documentNumbers.join('、') : null,
      law.promulgationDate ? `公布 ${law.promulgationDate}` : null,
      law.revisionDate ? `修改 ${law.revisionDate}` : null,
      law.effectiveDate ? `施行 ${law.effectiveDate}` : null,
      law.repealDate ? `失效 ${law.repealDate}` : null,
      law.replacedBy ? `由《${law.replacedBy}》代替` : null,
    ].filter(Boolean);
    io.stdout.write(
      `《${law.title}》\n${facts.join('；')}\n编号：${law.key}${
        versions.length > 1
          ? `（另有版本：${versions
              .slice(0, -1)
              .map((v) => v.key)
              .join('、')}）`
          : ''
      }\n\n`,
    );
    let heading: string | null = null;
    for (const p of provisions) {
      if (p.heading && p.heading !== heading) io.stdout.write(`\n${p.heading}\n`);
      heading = p.heading;
      io.stdout.write(`${formatProvision(p)}\n`);
    }
    if (provisions.length === 0) io.stdout.write(law.hasText ? `（没有第${options.article ?? ''}条）\n` : '（语料库只记载了该文件的时效信息，没有正文）\n');
    return 0;
  } finally {
    store.close();
  }
}

function highlighted(hit: SearchHit, color: boolean): string {
  const t = hit.provision.text;
  let out = '';
  let at = 0;
  for (const h of hit.highlights) {
    out += t.slice(at, h.start) + (color ? `\u001b[1;33m${t.slice(h.start, h.end)}\u001b[0m` : `【${t.slice(h.start, h.end)}】`);
    at = h.end;
  }
  return out + t.slice(at);
}

export async function runCorpusSearch(words: string[], options: CorpusCommandOptions, io: CliIO): Promise<number> {
  const query = words.join(' ');
  const { store } = await openStore(options, io);
  try {
    const { hits, total } = store.search(query, { limit: options.limit ?? 20 });
    if (options.json) {
      io.stdout.write(
        `${JSON.stringify({ query, total, hits: hits.map((h) => ({ title: h.law.title, key: h.law.key, address: h.provision.address, text: h.provision.text, score: h.score, highlights: h.highlights })) }, null, 2)}\n`,
      );
      return 0;
    }
    const color = useColor(io.stdout, options.color, io.env);
    for (const h of hits) io.stdout.write(`《${h.law.title}》${h.provision.address}\n  ${highlighted(h, color)}\n`);
    io.stdout.write(`${hits.length === 0 ? '没有找到' : `共 ${total} 条，显示前 ${hits.length} 条（按相关度排序）`}。\n`);
    return 0;
  } finally {
    store.close();
  }
}

export async function runCorpusRemove(queries: string[], options: CorpusCommandOptions, io: CliIO): Promise<number> {
  const where = await corpusPath(options, io);
  const { removeFromCorpus } = await import('../corpus/import.js');
  const { removed, notFound } = await removeFromCorpus(where.path, queries, { waitMs: waitMs(options) });
  for (const r of removed) io.stdout.write(`已删除《${r.title}》（${r.key}）\n`);
  for (const q of notFound) io.stderr.write(`  ✖ 语料库中没有“${q}”\n`);
  io.stdout.write(`共删除 ${removed.length} 部。\n`);
  return notFound.length > 0 ? 1 : 0;
}

export async function runCorpusStats(options: CorpusCommandOptions, io: CliIO): Promise<number> {
  const { store, where } = await openStore(options, io);
  let stats: CorpusStats;
  try {
    stats = store.stats();
  } finally {
    store.close();
  }
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ ...stats, path: where.shown }, null, 2)}\n`);
    return 0;
  }
  const mb = (stats.bytes / 1024 / 1024).toFixed(1);
  const dict = (r: Record<string, number>): string =>
    Object.entries(r)
      .map(([k, v]) => `${k} ${v}`)
      .join('，');
  io.stdout.write(
    [
      `语料库：${where.shown}（${mb} MB，格式版本 ${stats.schemaVersion}，由 hrss-audit ${stats.toolVersion ?? '?'} 写入）`,
      `创建：${stats.createdAt ?? '—'}；更新：${stats.updatedAt ?? '—'}`,
      `法规文件：${stats.laws} 部（有正文 ${stats.withText} 部）；条款：${stats.provisions} 条`,
      `按级别：${dict(stats.byLevel)}`,
      `按时效：${dict(stats.byStatus)}`,
    ].join('\n') + '\n',
  );
  return 0;
}

export async function runCorpusUpgrade(options: CorpusCommandOptions, io: CliIO): Promise<number> {
  const where = await corpusPath(options, io);
  const { upgradeCorpus } = await import('../corpus/import.js');
  const { from, to } = await upgradeCorpus(where.path, { waitMs: waitMs(options) });
  io.stdout.write(from === to ? `语料库 ${where.shown} 已是最新格式（版本 ${to}）。\n` : `语料库 ${where.shown} 已从格式版本 ${from} 升级到 ${to}。\n`);
  return 0;
}
