/**
 * Resource limits for reading untrusted files. Each one maps to an error
 * code; defaults are generous for real official documents and stop hostile
 * ones early. Configurable under "limits" in the config file.
 */
export interface Limits {
  /** Largest input file in bytes. */
  maxFileBytes: number;
  /** Most entries a .docx or .ofd zip may list. */
  maxZipEntries: number;
  /** Largest uncompressed size of one zip entry that is read. */
  maxEntryBytes: number;
  /** Largest total uncompressed size of the entries read. */
  maxUncompressedBytes: number;
  /** Highest uncompressed/compressed ratio of an entry (zip bombs reach thousands). */
  maxCompressionRatio: number;
  /** Deepest XML element nesting. */
  maxXmlDepth: number;
  /** Most PDF or OFD pages read. */
  maxPdfPages: number;
  /** Longest line of a text file, in characters. */
  maxLineLength: number;
  /** Most text a reader may produce (block text and automatic labels, UTF-16 code units): numbering labels multiply. */
  maxTextChars: number;
  /** Time allowed for one file (read + audit), in milliseconds. */
  fileTimeoutMs: number;
  /** Heap of each worker thread of a batch, in MB; a file that needs more is reported E_OUT_OF_MEMORY. */
  workerHeapMb: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxZipEntries: 5000,
  maxEntryBytes: 200 * 1024 * 1024,
  maxUncompressedBytes: 300 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxXmlDepth: 256,
  maxPdfPages: 2000,
  maxLineLength: 1_000_000,
  maxTextChars: 20_000_000,
  fileTimeoutMs: 60_000,
  workerHeapMb: 2048,
};

/**
 * Human-readable names of the limits, for messages (Chinese).
 * @public (the range checks of issue 10 use it)
 */
export const LIMIT_LABELS: Record<keyof Limits, string> = {
  maxFileBytes: '文件大小上限',
  maxZipEntries: '压缩包文件数上限',
  maxEntryBytes: '单个压缩项解压后大小上限',
  maxUncompressedBytes: '解压后总大小上限',
  maxCompressionRatio: '压缩比上限',
  maxXmlDepth: 'XML 嵌套层级上限',
  maxPdfPages: 'PDF/OFD 页数上限',
  maxLineLength: '单行长度上限',
  maxTextChars: '提取文字总量上限（字符）',
  fileTimeoutMs: '单个文件处理时限',
  workerHeapMb: '工作线程内存上限（MB）',
};

export interface LimitRange {
  min: number;
  max: number;
  /** Whether only whole numbers make sense. */
  integer: boolean;
}

const GIB2 = 2 ** 31 - 1;

/**
 * The values each limit may take. Outside them a limit stops meaning what it
 * says: Node cannot read a file over 2 GiB at once, setTimeout turns a delay
 * above 2^31−1 ms into 1 ms (every file would time out, with an English
 * warning), a worker under 64 MB of heap dies while loading the tool, and V8
 * strings end at about 5×10^8 characters.
 */
export const LIMIT_RANGES: Record<keyof Limits, LimitRange> = {
  maxFileBytes: { min: 1, max: GIB2, integer: true },
  maxZipEntries: { min: 1, max: 1_000_000, integer: true },
  maxEntryBytes: { min: 1, max: GIB2, integer: true },
  maxUncompressedBytes: { min: 1, max: GIB2, integer: true },
  maxCompressionRatio: { min: 1, max: 1_000_000, integer: false },
  maxXmlDepth: { min: 1, max: 100_000, integer: true },
  maxPdfPages: { min: 1, max: 1_000_000, integer: true },
  maxLineLength: { min: 1, max: 500_000_000, integer: true },
  maxTextChars: { min: 1, max: 500_000_000, integer: true },
  fileTimeoutMs: { min: 1, max: GIB2, integer: true },
  workerHeapMb: { min: 64, max: 65_536, integer: true },
};

/** The Chinese sentence for a value outside its range, or undefined when it is inside. */
export function limitProblem(key: keyof Limits, value: number): string | undefined {
  const r = LIMIT_RANGES[key];
  if (Number.isFinite(value) && value >= r.min && value <= r.max && (!r.integer || Number.isInteger(value))) return undefined;
  return `${LIMIT_LABELS[key]}应为 ${r.min} 到 ${r.max} 之间的${r.integer ? '整数' : '数'}，实际为 ${value}`;
}
