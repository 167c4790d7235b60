import { open } from 'node:fs/promises';

/**
 * Whether a file is a report hrss-audit wrote. A report kept inside the
 * library it describes (`clean lib -o lib/清理表.md`) is found by the next
 * run's folder walk; it may be replaced, while any other file there is a
 * document and must never be overwritten. Each format is recognised by text
 * only our renderers write.
 */

/** Larger files are not reports of ours worth the read; they are treated as documents. */
const MAX_BYTES = 64 * 1024 * 1024;

const TEXT_SIGNATURES: ReadonlyArray<(text: string) => boolean> = [
  (t) => t.startsWith('# 规范性文件清理表\n'), // clean --format markdown
  (t) => t.includes('本意见书由 hrss-audit '), // opinion: markdown, html
  (t) => t.startsWith('"序号","文件","标题","发文字号","统一登记号"'), // clean --format csv
  (t) => t.startsWith('{') && /"tool": \{\s*"name": "hrss-audit"|"driver": \{\s*"name": "hrss-audit"/.test(t.slice(0, 4096)), // json, clean json, sarif
  (t) => t.startsWith('<?xml') && t.slice(0, 512).includes('<testsuites name="hrss-audit"'), // junit
  (t) => /(?:^|\n)(?:✔ 未发现问题（共审核 \d+ 个文件|✖ 发现 \d+ 个问题（错误 \d+，警告 \d+，提示 \d+）；共审核 \d+ 个文件)[^\n]*\n?$/.test(t.slice(-512)), // stylish
];

async function readHead(file: string): Promise<Uint8Array | undefined> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_BYTES) return undefined;
    const data = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(data, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return data.subarray(0, read);
  } finally {
    await handle.close();
  }
}

export async function looksLikeOwnReport(file: string): Promise<boolean> {
  let data: Uint8Array | undefined;
  try {
    data = await readHead(file);
  } catch {
    return false;
  }
  if (!data || data.length === 0) return false;
  if (data[0] === 0x50 && data[1] === 0x4b) {
    // The review opinion as .docx: its core properties carry the disclaimer as description.
    try {
      const [{ ZipArchive }, { DEFAULT_LIMITS }] = await Promise.all([import('../document/readers/docx/zip.js'), import('../document/limits.js')]);
      const core = new ZipArchive(data, DEFAULT_LIMITS).read('docProps/core.xml');
      return core !== undefined && new TextDecoder().decode(core).includes('本意见书由 hrss-audit ');
    } catch {
      return false;
    }
  }
  const text = new TextDecoder().decode(data).replace(/^\ufeff/, '');
  return TEXT_SIGNATURES.some((signed) => signed(text));
}
