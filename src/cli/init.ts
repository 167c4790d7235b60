import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HrssError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { CliIO } from './io.js';

/** The starter config: JSON with comments, which the loader accepts. */
export async function starterConfig(): Promise<string> {
  const { loadBuiltinRules } = await import('../engine/builtin-rules.js');
  const { loadTermRules } = await import('../engine/term-rules.js');
  const { validateConfig } = await import('../engine/config.js');
  // Built-in code rules and the term rules shipped in rules/data/ (a fresh config has no termFiles of its own).
  const rules = [...(await loadBuiltinRules()), ...(await loadTermRules(validateConfig({}, null, process.cwd())))].sort((a, b) => a.id.localeCompare(b.id));
  const ruleLines = rules.map((r, i) => `    // ${r.meta.description}\n    "${r.id}": "${r.meta.severity}"${i < rules.length - 1 ? ',' : ''}`).join('\n');
  return `// hrss-audit 配置文件（JSON，可以写注释）。放在项目或文件库的根目录，命令会从当前目录向上查找。
{
  // 规则级别："off"（关闭）、"info"（提示）、"warning"（警告）、"error"（错误）。
  // 带选项的写法：["warning", { "选项名": 值 }]，选项见 hrss-audit rules <规则编号>。
  "rules": {
${ruleLines}
  },

  // 审核时忽略的文件（gitignore 写法），也可以写在 .hrss-auditignore 中。
  "ignore": ["草稿箱/", "*.bak.docx"],

  // 自定义规则模块（用 defineRule() 编写）与词表文件（YAML，写法见 README“词表文件”一节），路径相对于本文件；
  // termFiles 可以写文件，也可以写目录（读取其中全部 .yaml/.yml 文件）。
  "plugins": [],
  "termFiles": [],

  // 语料库位置（hrss-audit corpus import 生成），默认 .hrss-audit/corpus.db。
  // "corpus": ".hrss-audit/corpus.db",

  // 读取文件的上限，防止损坏或恶意文件拖垮批量审核。
  // fileTimeoutMs：单个文件的处理时限；workerHeapMb：批量审核时每个工作线程的内存上限（MB）。
  "limits": {
    "maxFileBytes": 104857600,
    "fileTimeoutMs": 60000,
    "workerHeapMb": 2048
  },

  // 批量审核的线程数，默认为 CPU 核数（命令行 --jobs 优先）。
  // "jobs": 2,

  // 文件画像识别有误时，指定文件类型、制定机关、地区（命令行 --kind/--issuer/--region 优先，见 README“文件画像”）。
  // "document": { "kind": "行政规范性文件", "issuer": "湖南省人力资源和社会保障厅", "region": "湖南省" },

  // 规则共用的设置，例如统一登记号中本单位的机关代码（未核实，默认不检查）；
  // region：本地区（省级行政区名称，默认湖南省），识别不出制定机关时按此地区，清理表也据此判断是否本地区文件。
  "settings": {
    // "registrationAgencyCodes": ["11"],
    // "region": "湖南省"
  }
}
`;
}

export async function runInit(opts: { force?: boolean }, io: CliIO): Promise<number> {
  const path = join(io.cwd, 'hrss-audit.config.json');
  if (existsSync(path) && !opts.force) throw new HrssError('E_USAGE', `${path} 已存在；如需覆盖请加 --force`);
  await writeFileAtomic(path, await starterConfig());
  io.stdout.write(`已生成配置文件 ${path}\n`);
  return 0;
}
