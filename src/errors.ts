/**
 * Errors are values with codes. Every code that can reach a user is listed in
 * ERROR_CODES with its Chinese meaning and remedy (the table in docs/error-codes.md is
 * generated from the same list and a test keeps them in step).
 */

export interface ErrorInfo {
  /** What it means, in Chinese. */
  meaning: string;
  /** What the user can do, in Chinese. */
  remedy: string;
  /** Whether it concerns one input file (exit 1), the tool run (exit 2), or is a notice on stderr that changes no exit code. */
  scope: 'file' | 'tool' | 'notice';
}

export const ERROR_CODES = {
  E_FILE_NOT_FOUND: { meaning: '文件或目录不存在', remedy: '检查路径拼写，或在正确的目录下运行。', scope: 'tool' },
  E_FILE_READ: { meaning: '文件无法读取（权限或磁盘错误）', remedy: '检查文件权限，或将文件复制到本地后重试。', scope: 'file' },
  E_EMPTY_FILE: { meaning: '文件为空（0 字节）', remedy: '重新导出或重新获取该文件。', scope: 'file' },
  E_UNSUPPORTED_FORMAT: { meaning: '不支持的文件格式', remedy: '请提供 .docx、.doc、.wps、.pdf、.ofd、.md 或 .txt 文件。', scope: 'file' },
  E_DOC_LEGACY: {
    meaning: '这是本工具无法读取的早期 Word 格式（Word 6.0/95 及更早版本）',
    remedy: '用 Word、WPS 或 LibreOffice 另存为 .docx 后再审核（例如 soffice --headless --convert-to docx 文件名.doc）。',
    scope: 'file',
  },
  E_DOC_ENCRYPTED: {
    meaning: 'Word 文档（.doc/.docx/.wps）设置了打开密码，无法读取内容',
    remedy: '请提供未加密的文件：在 Word/WPS 中取消打开密码后另存为 .docx。',
    scope: 'file',
  },
  E_DOC_CORRUPT: { meaning: 'Word 97-2003（.doc/.wps）文件已损坏或结构无效', remedy: '重新获取原文件，或用 Word/WPS 打开后另存为 .docx。', scope: 'file' },
  E_WPS_UNSUPPORTED: {
    meaning: '这是 WPS 文字自有格式的 .wps 文件（不是与 Word 97-2003 兼容的格式），本工具无法读取',
    remedy: '用 WPS 打开后另存为 .docx（或“Word 97-2003 文档 .doc”）后再审核。',
    scope: 'file',
  },
  E_RTF_UNSUPPORTED: {
    meaning: '这是 RTF 文件（扩展名可能是 .doc、.docx 或 .wps），本工具不读取 RTF',
    remedy: '用 Word/WPS 打开后另存为 .docx。',
    scope: 'file',
  },
  E_WORD_XML: {
    meaning: '这是 Word 2003 XML 或单文件 XML 格式（扩展名可能是 .doc、.docx），不是 Word 文档文件',
    remedy: '用 Word/WPS 打开后另存为 .docx。',
    scope: 'file',
  },
  E_WEB_PAGE: {
    meaning: '这是网页文件（HTML 或 .mht 单文件网页，常见于“另存为网页”或业务系统导出的“Word”文件）',
    remedy: '用 Word/WPS 打开后另存为 .docx。',
    scope: 'file',
  },
  E_NOT_DOCX: {
    meaning: '扩展名是 .docx、.doc 或 .wps，但内容不是 Word 文档',
    remedy: '确认文件来源，重新导出为 .docx；若是纯文本、PDF 或 OFD，请改用相应的扩展名（.txt、.pdf、.ofd）。',
    scope: 'file',
  },
  E_ZIP_CORRUPT: {
    meaning: '.docx 或 .ofd 压缩包已损坏或不完整（可能下载或复制时被截断）',
    remedy: '重新获取原文件，或用 Word/WPS（.ofd 用 OFD 阅读器）打开后重新保存。',
    scope: 'file',
  },
  E_ZIP_AMBIGUOUS: {
    meaning: '压缩包中同一部件有多份（名称相同或只差大小写），或文件名前后记录不一致：不同软件会读到不同的内容（疑似被篡改）',
    remedy: '向起草单位索取原文件；或用 Word/WPS（.ofd 用 OFD 阅读器）打开，核对显示的内容后重新保存再审核。',
    scope: 'file',
  },
  E_DOCX_NO_BODY: { meaning: '.docx 中缺少正文部件（word/document.xml）', remedy: '用 Word/WPS 打开后另存为 .docx。', scope: 'file' },
  E_XML_MALFORMED: {
    meaning: '.docx 或 .ofd 内部的 XML 结构损坏',
    remedy: '.docx 用 Word/WPS 打开后另存为 .docx；.ofd 重新获取原文件或用 OFD 阅读器重新导出。',
    scope: 'file',
  },
  E_OFD_CORRUPT: {
    meaning: 'OFD 文件已损坏或不是有效的 OFD（GB/T 33190）文件',
    remedy: '重新获取原文件，或用 OFD 阅读器（如数科、福昕、WPS）打开后重新导出。',
    scope: 'file',
  },
  E_OFD_NO_TEXT: {
    meaning: 'OFD 没有文字层（扫描件或纯图片），本工具不做文字识别（OCR）',
    remedy: '请提供含文字的 OFD、可复制文字的 PDF 或原始 .docx 文件。',
    scope: 'file',
  },
  E_OFD_GARBLED: { meaning: 'OFD 的文字无法正确解码（提取出的是乱码）', remedy: '请提供原始 .docx，或用原软件重新导出 OFD。', scope: 'file' },
  E_PDF_ENCRYPTED: { meaning: 'PDF 设置了打开密码，无法读取内容', remedy: '用 --password <密码> 提供打开密码，或提供未加密的 PDF。', scope: 'file' },
  E_PDF_NO_TEXT: {
    meaning: 'PDF 没有文字层（扫描件或纯图片），本工具不做文字识别（OCR）',
    remedy: '请提供可复制文字的 PDF 或原始 .docx 文件。',
    scope: 'file',
  },
  E_PDF_GARBLED: {
    meaning: 'PDF 的文字层无法正确解码（字体缺少 ToUnicode 映射，提取出的是乱码）',
    remedy: '请提供原始 .docx，或用原软件重新导出 PDF（嵌入字体并保留文字编码）。',
    scope: 'file',
  },
  E_PDF_CORRUPT: { meaning: 'PDF 文件已损坏或不是有效的 PDF', remedy: '重新获取原文件或重新导出 PDF。', scope: 'file' },
  E_TEXT_DECODE: { meaning: '文本文件的编码无法识别', remedy: '请另存为 UTF-8 编码的 .txt 文件。', scope: 'file' },
  E_NO_TEXT: { meaning: '文件中没有可审核的文字', remedy: '确认文件内容是否完整。', scope: 'file' },
  E_LIMIT_FILE_SIZE: { meaning: '文件超过允许的大小上限', remedy: '在配置文件 limits.maxFileBytes 中调高上限后重试。', scope: 'file' },
  E_LIMIT_ZIP_ENTRIES: {
    meaning: '.docx 或 .ofd 压缩包内文件数超过上限（疑似恶意压缩包）',
    remedy: '确认文件来源；确属正常文件时在 limits.maxZipEntries 中调高上限。',
    scope: 'file',
  },
  E_LIMIT_UNCOMPRESSED: {
    meaning: '.docx 或 .ofd 解压后体积超过上限（疑似“压缩炸弹”）',
    remedy: '确认文件来源；确属正常文件时在 limits.maxUncompressedBytes / limits.maxEntryBytes 中调高上限。',
    scope: 'file',
  },
  E_LIMIT_COMPRESSION_RATIO: {
    meaning: '.docx 或 .ofd 压缩比异常（疑似“压缩炸弹”）',
    remedy: '确认文件来源；确属正常文件时在 limits.maxCompressionRatio 中调高上限。',
    scope: 'file',
  },
  E_LIMIT_XML_DEPTH: {
    meaning: '.docx 或 .ofd 内部 XML 嵌套层级过深',
    remedy: '确认文件来源；确属正常文件时在 limits.maxXmlDepth 中调高上限。',
    scope: 'file',
  },
  E_LIMIT_PAGES: { meaning: 'PDF 或 OFD 页数超过上限', remedy: '在配置文件 limits.maxPdfPages 中调高上限，或拆分文件。', scope: 'file' },
  E_LIMIT_LINE_LENGTH: {
    meaning: '文本文件中有超长的行（疑似二进制或非文本文件）',
    remedy: '确认文件是文本文件；确属正常时在 limits.maxLineLength 中调高上限。',
    scope: 'file',
  },
  E_LIMIT_TEXT: {
    meaning: '从文件中提取出的文字超过上限（疑似恶意文件，例如自动编号被设成极长的文字）',
    remedy: '确认文件来源；确属正常文件时在 limits.maxTextChars 中调高上限，或拆分文件。',
    scope: 'file',
  },
  E_SYMLINK_OUTSIDE: {
    meaning: '符号链接指向审核目录之外，未跟随，也未读取其内容',
    remedy: '要审核链接指向的文件，请在命令行直接写出该路径；不需要审核时把链接写入 .hrss-auditignore。',
    scope: 'file',
  },
  E_SPECIAL_FILE: {
    meaning: '不是普通文件（命名管道、套接字或设备文件），未打开',
    remedy: '只审核普通文件；不需要审核时把它写入 .hrss-auditignore。',
    scope: 'file',
  },
  E_DIR_READ: {
    meaning: '文件夹无法读取（权限不足或磁盘错误），其中的文件未审核',
    remedy: '检查该文件夹的权限后重试；不需要审核时把它写入 .hrss-auditignore。',
    scope: 'file',
  },
  E_TIMEOUT: { meaning: '读取或审核该文件超时', remedy: '在配置文件 limits.fileTimeoutMs 或命令行 --timeout 中调高时限。', scope: 'file' },
  E_OUT_OF_MEMORY: { meaning: '处理该文件时内存不足', remedy: '确认文件是否异常；可拆分文件或调高 limits 中的上限。', scope: 'file' },
  E_WORKER_CRASH: { meaning: '处理该文件的工作线程意外退出', remedy: '请用 --jobs 1 --debug 重试，并将文件与输出反馈给维护人员。', scope: 'file' },
  E_INTERNAL: { meaning: '处理该文件时发生内部错误', remedy: '请用 --debug 重试，并将文件与输出反馈给维护人员。', scope: 'file' },
  E_CONFIG_INVALID: { meaning: '配置文件内容不合法', remedy: '按提示修改配置文件中的对应项（可用 hrss-audit init 生成带注释的示例）。', scope: 'tool' },
  E_CONFIG_PARSE: { meaning: '配置文件无法解析（JSON/YAML 语法错误）', remedy: '按提示修正配置文件语法。', scope: 'tool' },
  E_RULE_LOAD: { meaning: '自定义规则或词表无法加载', remedy: '检查配置中 plugins / termFiles 所列路径及其内容。', scope: 'tool' },
  E_UNKNOWN_RULE: { meaning: '配置或命令中引用了不存在的规则', remedy: '用 hrss-audit rules 查看可用规则编号。', scope: 'tool' },
  E_USAGE: { meaning: '命令行参数有误', remedy: '用 hrss-audit --help 查看用法。', scope: 'tool' },
  E_NO_INPUT: { meaning: '没有找到要审核的文件', remedy: '确认路径，或检查 .hrss-auditignore 与配置中的 ignore 是否排除了全部文件。', scope: 'tool' },
  E_OUTPUT_WRITE: { meaning: '报告无法写入', remedy: '检查 --output 路径所在目录是否存在、是否有写权限。', scope: 'tool' },
  E_OUTPUT_IS_INPUT: {
    meaning: '输出文件是本次运行要读取的文件（送审文件、配置、缓存、语料库、词表或自定义规则），写入会覆盖它',
    remedy: '用 -o 指定另一个文件名。',
    scope: 'tool',
  },
  E_OUTPUT_TARGET: {
    meaning: '输出位置不能写入报告（目录、块设备、套接字，或指向不存在位置的符号链接）',
    remedy: '用 -o 指定普通文件的路径（/dev/null、/dev/stdout 和命名管道可以直接写入）。',
    scope: 'tool',
  },
  E_CORPUS_MISSING: { meaning: '找不到语料库文件', remedy: '先运行 hrss-audit corpus import <目录> 建库，或用 --corpus 指定路径。', scope: 'tool' },
  E_CORPUS_CORRUPT: { meaning: '语料库文件已损坏或不是 hrss-audit 语料库', remedy: '删除或改名该文件后重新运行 hrss-audit corpus import。', scope: 'tool' },
  E_CORPUS_VERSION: {
    meaning: '语料库由更新版本的 hrss-audit 创建，当前版本无法读取',
    remedy: '升级 hrss-audit，或用当前版本重新导入语料库到新文件。',
    scope: 'tool',
  },
  E_CORPUS_OUTDATED: {
    meaning: '语料库由旧版本的 hrss-audit 创建，需要先升级格式',
    remedy: '运行 hrss-audit corpus upgrade（保留已导入的内容），或重新运行 hrss-audit corpus import。',
    scope: 'tool',
  },
  E_CORPUS_BUSY: { meaning: '另一个进程正在写入语料库', remedy: '等待另一个导入任务结束后重试。', scope: 'tool' },
  E_CORPUS_NOT_FILE: {
    meaning: '语料库路径不是文件（是目录、管道或设备）',
    remedy: '用 --corpus 或配置项 corpus 指定语料库文件本身，例如 .hrss-audit/corpus.db。',
    scope: 'tool',
  },
  E_CORPUS_ACCESS: {
    meaning: '没有权限读取或写入语料库（文件只读、目录不可写、权限不足或磁盘读写出错）',
    remedy: '检查语料库文件及其所在目录的权限（Windows 上检查“只读”属性）与磁盘空间，或用 --corpus 指定有权限的位置。',
    scope: 'tool',
  },
  E_MANIFEST_INVALID: { meaning: '语料库清单（manifest.json）不合法', remedy: '按提示修正清单文件（JSON 语法或缺少的字段）。', scope: 'tool' },
  E_CACHE_CORRUPT: { meaning: '缓存文件已损坏，已丢弃并重新审核', remedy: '无需处理；如反复出现，请删除缓存文件。', scope: 'notice' },
  E_CACHE_UNTRUSTED: {
    meaning: '缓存中的结果无法验证（由另一台机器或另一个缓存密钥写入，或被改动过），已丢弃并重新审核',
    remedy: '无需处理；在 CI 中跨机器共享缓存时，在各机器上设置相同的环境变量 HRSS_AUDIT_CACHE_KEY（作为 CI 机密保存）。',
    scope: 'notice',
  },
  E_CACHE_WRITE: {
    meaning: '缓存文件或缓存密钥无法写入，本次结果未缓存（审核结果不受影响）',
    remedy: '检查缓存位置（--cache-location）和用户配置目录所在磁盘是否已满、是否有写权限。',
    scope: 'notice',
  },
  E_CACHE_LOCATION: {
    meaning: '--cache-location 指向的已有文件不是 hrss-audit 的缓存，为免覆盖它，没有审核',
    remedy: '用 --cache-location 指定另一个文件或目录；确认该文件无用后才可删除它。',
    scope: 'tool',
  },
  E_DISK_FULL: { meaning: '磁盘空间已满，文件无法写入', remedy: '清理磁盘空间，或用 -o 把报告写到空间充足的磁盘后重试。', scope: 'tool' },
  E_REPORT_INVALID: {
    meaning: '要合并的报告不是 hrss-audit 的 JSON 报告，或各报告的审核基准日、同一文件的内容不一致',
    remedy: '合并由 check --format json 生成的分片报告，各分片使用相同的 --as-of 和同一版本的文件。',
    scope: 'tool',
  },
  E_ANNOTATE_FORMAT: {
    meaning: '批注只能写入 .docx 文件',
    remedy: '对 .doc、.wps、.pdf、.ofd、.md、.txt 文件请使用 --format html 生成审核意见书（或先另存为 .docx 再加批注）。',
    scope: 'tool',
  },
} as const satisfies Record<string, ErrorInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An expected failure with a code and a Chinese message; never shown with a stack trace unless --debug. */
export class HrssError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  constructor(code: ErrorCode, message: string, options?: { hint?: string; cause?: unknown }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'HrssError';
    this.code = code;
    this.hint = options?.hint;
  }
}

export function isHrssError(e: unknown): e is HrssError {
  return (
    e instanceof HrssError ||
    (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'HrssError' && typeof (e as { code?: unknown }).code === 'string')
  );
}
