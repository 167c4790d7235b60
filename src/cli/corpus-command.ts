import { InvalidArgumentError, type Command } from 'commander';
import type { CliIO } from './io.js';

function positiveInteger(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} 应为非负整数`);
    return Number(value);
  };
}

/**
 * Registers `hrss-audit corpus …`. Only commander wiring lives here; the work
 * (and SQLite) is in ./corpus.js, imported when a subcommand runs.
 */
export function registerCorpusCommand(program: Command, io: CliIO, setExitCode: (code: number) => void): void {
  const corpus = program
    .command('corpus')
    .description('管理法规语料库（SQLite）：导入、列出、查看、检索、删除、统计')
    .helpCommand('help [命令]', '显示某个子命令的帮助');
  const common = (cmd: Command): Command =>
    cmd.option('--corpus <文件>', '语料库文件（默认 .hrss-audit/corpus.db，或配置中的 corpus）').option('-c, --config <文件>', '配置文件路径');
  const run = (name: string, fn: (m: typeof import('./corpus.js')) => Promise<number>) => async () => {
    void name;
    setExitCode(await fn(await import('./corpus.js')));
  };

  common(
    corpus
      .command('import')
      .description('导入法规文本（.md .docx .pdf .txt 或目录），目录中的 manifest.json 自动使用；重复导入只更新变化的部分')
      .argument('<路径...>', '文件、目录，或清单 .json')
      .option('--manifest <文件>', '清单文件（格式同共享语料库的 manifest.json）')
      .option('--wait <秒>', '另一个导入正在进行时最多等待的秒数（默认 10）', positiveInteger('--wait')),
  ).action((paths: string[], opts) => run('import', (m) => m.runCorpusImport(paths, opts, io))());

  common(
    corpus.command('list').description('列出语料库中的法规文件').option('--json', '以 JSON 输出').option('--registry', '列出内置法规名录（不需要语料库）'),
  ).action((opts) => run('list', (m) => m.runCorpusList(opts, io))());

  common(
    corpus
      .command('show')
      .description('显示一部法规的信息和条文')
      .argument('<标题或编号>', '全称、简称或编号（corpus list 中的“编号”）')
      .option('--article <条>', '只显示第几条（阿拉伯数字）', positiveInteger('--article'))
      .option('--json', '以 JSON 输出'),
  ).action((query: string, opts) => run('show', (m) => m.runCorpusShow(query, opts, io))());

  common(
    corpus
      .command('search')
      .description('全文检索条文（按相关度排序，命中处标出）；空格分隔的多个词须同时出现')
      .argument('<文本...>', '检索词')
      .option('--limit <数量>', '最多显示多少条（默认 20）', positiveInteger('--limit'))
      .option('--json', '以 JSON 输出')
      .option('--no-color', '不使用颜色'),
  ).action((words: string[], opts) => run('search', (m) => m.runCorpusSearch(words, opts, io))());

  common(
    corpus
      .command('remove')
      .description('从语料库删除法规（按编号，或按标题删除其全部版本）')
      .argument('<标题或编号...>')
      .option('--wait <秒>', '另一个导入正在进行时最多等待的秒数（默认 10）', positiveInteger('--wait')),
  ).action((queries: string[], opts) => run('remove', (m) => m.runCorpusRemove(queries, opts, io))());

  common(corpus.command('stats').description('显示语料库统计信息').option('--json', '以 JSON 输出')).action((opts) =>
    run('stats', (m) => m.runCorpusStats(opts, io))(),
  );

  common(corpus.command('upgrade').description('把旧版本创建的语料库升级到当前格式（保留内容）')).action((opts) =>
    run('upgrade', (m) => m.runCorpusUpgrade(opts, io))(),
  );
}
