import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { HrssError, isHrssError } from '../errors.js';
import { fileIdentity, writeFileAtomic } from '../io/atomic-write.js';
import { printable } from '../io/printable.js';
import type { CliIO } from './io.js';
import { applyDocumentOptions, exitCode, resolveAsOf } from './check.js';

export interface AnnotateCliOptions {
  output?: string;
  author?: string;
  initials?: string;
  config?: string;
  corpus?: string;
  asOf?: string;
  rule?: string[];
  password?: string;
  debug?: boolean;
  kind?: string;
  issuer?: string;
  region?: string;
}

export const DEFAULT_COMMENT_AUTHOR = '合法性审核';

const FORMAT_NAMES: Record<string, string> = {
  '.pdf': 'PDF 文件',
  '.md': 'Markdown 文件',
  '.markdown': 'Markdown 文件',
  '.txt': '文本文件',
  '.text': '文本文件',
  '.doc': 'Word 97-2003（.doc）文件',
  '.wps': 'WPS 文件',
  '.ofd': 'OFD 版式文件',
};

/** draft.docx → draft.审核.docx, beside the input. */
export function defaultAnnotatedPath(input: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.审核${ext || '.docx'}`);
}

/** `hrss-audit annotate draft.docx`: the draft's findings as Word comments in a copy. */
export async function runAnnotate(file: string, options: AnnotateCliOptions, io: CliIO): Promise<number> {
  const input = resolve(io.cwd, file);
  const ext = extname(input).toLowerCase();
  if (ext !== '.docx') {
    const what = FORMAT_NAMES[ext] ?? `“${ext || '无扩展名'}”文件`;
    const resave = ext === '.doc' || ext === '.wps' ? '；也可以先用 Word/WPS 另存为 .docx 再加批注' : '';
    throw new HrssError(
      'E_ANNOTATE_FORMAT',
      `${printable(file)} 是${what}，批注只能写入 .docx 文件；要得到审核意见，请运行 hrss-audit check ${printable(file)} --format html -o 审核意见书.html${resave}`,
    );
  }
  const output = resolve(io.cwd, options.output ?? defaultAnnotatedPath(file));
  if (fileIdentity(output) === fileIdentity(input))
    throw new HrssError('E_OUTPUT_IS_INPUT', '输出文件不能与原文件相同：批注写入副本，原文件保持不变（用 -o 指定另一个文件名）');

  const { loadConfig } = await import('../engine/config.js');
  const config = await loadConfig({ cwd: io.cwd, configPath: options.config });
  const asOf = resolveAsOf(options.asOf, config);
  await applyDocumentOptions(config, options);
  const { loadAllRules, resolveRules } = await import('../engine/registry.js');
  const rules = resolveRules(await loadAllRules(config), config, options.rule);
  const { locateCorpus } = await import('../corpus/provider.js');
  const { configReads, guardOutput } = await import('./output-guard.js');
  await guardOutput(output, await configReads(config, io.cwd, [{ path: locateCorpus(options.corpus, config.corpus, io.cwd).path, what: '语料库' }]), io.cwd);

  const { readInputFile, readSource } = await import('../document/load.js');
  const shownIn = printable(file);
  let data: Uint8Array;
  let source: Awaited<ReturnType<typeof readSource>>;
  try {
    data = await readInputFile(input, config.limits);
    source = await readSource(input, data, { limits: config.limits, password: options.password });
  } catch (e) {
    // The reader's messages speak of "the file"; with one file on the command line the user still wants to hear which.
    if (isHrssError(e)) throw new HrssError(e.code, `${shownIn}：${e.message}`, { cause: e });
    throw e;
  }
  if (source.format !== 'docx') {
    const what = source.format === 'doc' ? 'Word 97-2003（.doc）格式' : `${source.format} 格式`;
    throw new HrssError(
      'E_ANNOTATE_FORMAT',
      `${shownIn} 的扩展名是 .docx，内容却是${what}，批注只能写入真正的 .docx 文件；请用 Word/WPS 另存为 .docx 后再加批注`,
    );
  }
  const [{ auditSource }, { sha256Hex }] = await Promise.all([import('../engine/audit.js'), import('../io/sha256.js')]);
  const shown = relative(io.cwd, input) || input;
  const { result, document } = await auditSource(shown, sha256Hex(data), source, rules, {
    asOf,
    limits: config.limits,
    settings: config.settings,
    document: config.document,
  });

  const author = options.author?.trim() || config.report.author?.trim() || DEFAULT_COMMENT_AUTHOR;
  const { annotateDocx, initialsOf } = await import('../annotate/annotate.js');
  // A fixed review date (--as-of or the config) dates the comments; otherwise they carry the time of writing.
  const fixedDate = options.asOf ?? config.asOf;
  const date = fixedDate ? `${asOf}T00:00:00Z` : new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const annotated = annotateDocx(data, document!, result.findings, {
    author,
    initials: options.initials?.trim() || initialsOf(author),
    date,
    maxPartBytes: config.limits.maxEntryBytes,
    maxOutputBytes: config.limits.maxFileBytes,
  });
  try {
    await writeFileAtomic(output, annotated.data);
  } catch (e) {
    if (isHrssError(e)) throw e;
    throw new HrssError('E_OUTPUT_WRITE', `批注文件无法写入 ${printable(output)}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`, {
      cause: e,
    });
  }

  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of result.findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  const shownOut = relative(io.cwd, output) || output;
  const what =
    result.findings.length === 0
      ? '未发现问题，未添加批注'
      : `写入批注 ${result.findings.length} 条（错误 ${counts.errors}，警告 ${counts.warnings}，提示 ${counts.infos}）`;
  io.stderr.write(`已生成 ${printable(shownOut)}：${what}；原文件未改动。\n`);
  return exitCode({ errors: counts.errors, warnings: counts.warnings, unreadable: 0 });
}
