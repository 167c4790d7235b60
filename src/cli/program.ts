import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { TOOL_VERSION } from '../package-info.js';
import { OUTPUT_FORMATS } from '../report/index.js';
import { registerCorpusCommand } from './corpus-command.js';
import { processIO, reportToolError, type CliIO } from './io.js';
import { printableMessage } from '../io/printable.js';

function integer(name: string) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError(`${name} 应为整数`);
    return Number(value);
  };
}

/** commander writes English; translate the messages a user can trigger. */
function translateCommanderError(message: string): string {
  return message
    .replace(/^error: unknown option '(.+)'(?:\n\(Did you mean (.+)\?\))?/, (_, o, s) => `未知选项 ${o}${s ? `（您是否指 ${s}？）` : ''}`)
    .replace(/^error: unknown command '(.+)'/, '未知命令 $1')
    .replace(/^error: missing required argument '(.+)'/, '缺少参数 <$1>')
    .replace(/^error: option '(.+)' argument missing/, '选项 $1 缺少取值')
    .replace(/^error: option '(.+)' argument '(.+)' is invalid\. (.*)/, '选项 $1 的取值“$2”无效：$3')
    .replace(/^error: too many arguments.*/, '参数过多')
    .replace(/Allowed choices are (.+)\./, '可选值：$1。');
}

export function buildProgram(io: CliIO = processIO()): { run(argv: string[]): Promise<number> } {
  let exitCode = 0;
  const debug = process.argv.includes('--debug');
  const program = new Command('hrss-audit')
    .description('行政规范性文件合法性审核工具：检查制定依据、三统一编号、有效期、越权设定、与上位法冲突等问题')
    .version(TOOL_VERSION, '-v, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`hrss-audit: ${printableMessage(translateCommanderError(s.trim()))}\n  [E_USAGE] 用 hrss-audit --help 查看用法。\n`),
    });

  program
    .command('check', { isDefault: true })
    .description('审核一个或多个文件（.docx .pdf .md .txt），也可以是目录或通配符')
    .argument('<路径...>', '文件、目录或通配符')
    .addOption(
      new Option('-f, --format <格式>', '输出格式：stylish 终端阅读，json 机器读取；markdown、html、docx 为合法性审核意见书')
        .choices([...OUTPUT_FORMATS])
        .default('stylish'),
    )
    .option('-o, --output <文件>', '把报告写入文件（原子写入），而不是标准输出')
    .option('-c, --config <文件>', '配置文件路径（默认从当前目录向上查找）')
    .option('--corpus <文件>', '语料库文件（默认 .hrss-audit/corpus.db）')
    .option('--as-of <日期>', '审核基准日 YYYY-MM-DD（默认今天）')
    .option('--max-warnings <数量>', '警告超过该数量时以退出码 1 结束', integer('--max-warnings'))
    .option('--rule <id...>', '只运行指定的规则（可写多个规则编号）')
    .option('--password <密码>', 'PDF 打开密码')
    .option('--kind <类型>', '指定文件类型（不按识别结果），如 行政规范性文件、行政法规、批复；可选值见 docs/profile.md“文件画像”')
    .option('--issuer <机关>', '指定制定机关全称，如 湖南省人力资源和社会保障厅')
    .option('--region <地区>', '指定文件所属地区（省级行政区名称，或“全国”）')
    .option('-j, --jobs <数量>', '并行审核的线程数（默认为 CPU 核数；1 表示在主进程中逐个审核）', integer('--jobs'))
    .option('--timeout <毫秒>', '单个文件的处理时限（默认 60000，即 limits.fileTimeoutMs）', integer('--timeout'))
    .option('--cache', '跳过未改动的文件（结果缓存在 .hrss-audit/cache）')
    .option('--cache-location <路径>', '缓存文件或目录（与 --cache 一起使用）')
    .option('--shard <i/n>', '只审核第 i 份（共 n 份，按路径稳定划分），用于 CI 矩阵并行；再用 merge-reports 合并')
    .option('--quiet', '只报告错误，不显示进度')
    .option('--no-color', '不使用颜色')
    .option('--debug', '出错时显示技术细节（堆栈）')
    .action(async (paths: string[], opts) => {
      const { runCheck } = await import('./check.js');
      exitCode = await runCheck(paths, opts, io);
    });

  program
    .command('clean')
    .description('文件库清理：把每个文件归入 继续有效 / 拟修改 / 拟废止 / 已失效 / 即将到期，并列出理由')
    .argument('<路径...>', '文件库目录、文件或通配符')
    .addOption(new Option('-f, --format <格式>', '输出格式').choices(['markdown', 'csv', 'json']).default('markdown'))
    .option('-o, --output <文件>', '把清理表写入文件（原子写入），而不是标准输出')
    .option('-c, --config <文件>', '配置文件路径（默认从当前目录向上查找）')
    .option('--corpus <文件>', '语料库文件（默认 .hrss-audit/corpus.db）')
    .option('--as-of <日期>', '清理基准日 YYYY-MM-DD（默认今天）')
    .option('--kind <类型>', '指定文件类型（不按识别结果），如 行政规范性文件、行政法规、批复；可选值见 docs/profile.md“文件画像”')
    .option('--issuer <机关>', '指定制定机关全称，如 湖南省人力资源和社会保障厅')
    .option('--region <地区>', '指定文件所属地区（省级行政区名称，或“全国”）')
    .option('-j, --jobs <数量>', '并行审核的线程数（默认为 CPU 核数）', integer('--jobs'))
    .option('--timeout <毫秒>', '单个文件的处理时限', integer('--timeout'))
    .option('--cache', '跳过未改动的文件')
    .option('--cache-location <路径>', '缓存文件或目录（与 --cache 一起使用）')
    .option('--quiet', '不显示进度')
    .option('--debug', '出错时显示技术细节（堆栈）')
    .action(async (paths: string[], opts) => {
      const { runClean } = await import('./clean.js');
      exitCode = await runClean(paths, opts, io);
    });

  program
    .command('merge-reports')
    .description('合并各分片（--shard）的 JSON 报告为一份报告，并对合并后的全部文件重新运行跨文件规则（library/*）')
    .argument('<报告...>', 'check --format json 输出的报告文件')
    .addOption(new Option('-f, --format <格式>', '输出格式').choices([...OUTPUT_FORMATS]).default('stylish'))
    .option('-o, --output <文件>', '把报告写入文件（原子写入），而不是标准输出')
    .option('-c, --config <文件>', '配置文件路径（跨文件规则的级别和选项；默认从当前目录向上查找）')
    .option('--max-warnings <数量>', '警告超过该数量时以退出码 1 结束', integer('--max-warnings'))
    .option('--no-color', '不使用颜色')
    .option('--debug', '出错时显示技术细节（堆栈）')
    .action(async (files: string[], opts) => {
      const { runMergeReports } = await import('./merge-reports.js');
      exitCode = await runMergeReports(files, opts, io);
    });

  program
    .command('annotate')
    .description('把审核发现的问题作为 Word 批注写入 .docx 的副本（默认保存为“原文件名.审核.docx”，原文件不变）')
    .argument('<文件>', '送审的 .docx 草案')
    .option('-o, --output <文件>', '批注后的文件（默认在原文件旁，名为 原文件名.审核.docx；原子写入）')
    .option('--author <姓名>', '批注作者（默认取配置 report.author，否则为“合法性审核”）')
    .option('--initials <缩写>', '批注作者缩写（默认取作者名的前两个字）')
    .option('-c, --config <文件>', '配置文件路径（默认从当前目录向上查找）')
    .option('--corpus <文件>', '语料库文件（默认 .hrss-audit/corpus.db）')
    .option('--as-of <日期>', '审核基准日 YYYY-MM-DD（默认今天）；给出时批注日期也用这一天')
    .option('--kind <类型>', '指定文件类型（不按识别结果），如 行政规范性文件、行政法规、批复；可选值见 docs/profile.md“文件画像”')
    .option('--issuer <机关>', '指定制定机关全称，如 湖南省人力资源和社会保障厅')
    .option('--region <地区>', '指定文件所属地区（省级行政区名称，或“全国”）')
    .option('--rule <id...>', '只运行指定的规则（可写多个规则编号）')
    .option('--debug', '出错时显示技术细节（堆栈）')
    .action(async (file: string, opts) => {
      const { runAnnotate } = await import('./annotate.js');
      exitCode = await runAnnotate(file, opts, io);
    });

  program
    .command('inspect')
    .description('显示工具从文件中读出的内容：文头、章节条款（或一、（一）层次）及其位置、施行日期和有效期、引用的法律文件、读取说明；不运行规则')
    .argument('<文件>', '要查看的文件（.docx .doc .wps .pdf .ofd .md .txt）')
    .addOption(new Option('-f, --format <格式>', '输出格式：text 终端阅读，json 机器读取').choices(['text', 'json']).default('text'))
    .option('-c, --config <文件>', '配置文件路径（读取上限 limits；默认从当前目录向上查找）')
    .option('--password <密码>', 'PDF 打开密码')
    .option('--as-of <日期>', '审核基准日 YYYY-MM-DD（默认今天；没有日期的文件按此日判断）')
    .option('--kind <类型>', '指定文件类型（不按识别结果），如 行政规范性文件、行政法规、批复')
    .option('--issuer <机关>', '指定制定机关全称，如 湖南省人力资源和社会保障厅')
    .option('--region <地区>', '指定文件所属地区（省级行政区名称，或“全国”）')
    .option('--debug', '出错时显示技术细节（堆栈）')
    .action(async (file: string, opts) => {
      const { runInspect } = await import('./inspect.js');
      exitCode = await runInspect(file, opts, io);
    });

  program
    .command('rules')
    .description('列出全部规则；指定规则编号时显示该规则的说明文档')
    .argument('[规则编号]')
    .option('-c, --config <文件>', '配置文件路径')
    .option('--json', '以 JSON 输出规则清单')
    .action(async (id: string | undefined, opts) => {
      const { runRulesCommand } = await import('./rules.js');
      exitCode = await runRulesCommand(id, opts, io);
    });

  program
    .command('init')
    .description('在当前目录生成带注释的配置文件 hrss-audit.config.json')
    .option('--force', '覆盖已有的配置文件')
    .action(async (opts) => {
      const { runInit } = await import('./init.js');
      exitCode = await runInit(opts, io);
    });

  registerCorpusCommand(program, io, (code) => (exitCode = code));

  return {
    async run(argv: string[]): Promise<number> {
      try {
        await program.parseAsync(argv);
        return exitCode;
      } catch (e) {
        if (e instanceof CommanderError) {
          if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
          return 2;
        }
        return reportToolError(io, e, debug);
      }
    },
  };
}
