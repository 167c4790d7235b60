import type { Block, DocumentHeader, TextField } from '../model.js';
import { matchOutline, matchUnit } from './markers.js';

/** 发文字号: 机关代字 + 〔年份〕 + 序号 + 号, tolerant of wrong brackets, 第 and leading zeros (rules judge those). */
export const DOCUMENT_NUMBER = /([\u4e00-\u9fff]{1,14}?)[ \u3000]*([〔\[【（(［〈〖｛{])[ \u3000]*([0-9０-９]{2,4})[ \u3000]*([〕\]】）)］〉〗｝}])[ \u3000]*(第?)[ \u3000]*([0-9０-９]+)[ \u3000]*号/u;

/**
 * 统一登记号 such as HNPR—2024—11005, tolerant of other dashes and spaces, and
 * of a draft's placeholder (HNPR—YYYY—xxxxx, HNPR—2025—×××××).
 */
export const REGISTRATION_NUMBER = /([A-Z]{2,6})[ \u3000]*([—–\-－‒―─一]{1,2})[ \u3000]*([0-9０-９]{4}|[YＹyxX×＊*]{4}|20[xX×＊*]{2})[ \u3000]*([—–\-－‒―─一]{1,2})[ \u3000]*([0-9０-９xX×＊*]{3,6})/u;

const DOC_TYPES = '通知|意见|决定|办法|规定|细则|实施细则|规则|方案|实施方案|规划|公告|通告|批复|函|纪要|标准|指引|指南|要点|制度|条例|措施|意见书|报告|请示';
export const TITLE_RE = new RegExp(`(关于.{2,}的(${DOC_TYPES})|(${DOC_TYPES})(（[^）]*）)?)$`, 'u');
const ISSUER_SUFFIX = /(人民政府|办公厅|办公室|厅|局|委员会|委|部|院|署|中心|总工会|联合会|政府|银行|分行|支行|管理局)$/u;

function field(text: string, start: number, end: number): TextField {
  return { text: text.slice(start, end), span: { start, end } };
}

export interface HeaderResult {
  header: DocumentHeader;
  /** Index of the first block after the header. */
  bodyStart: number;
}

function isStructural(block: Block): boolean {
  const s = block.label ?? block.text;
  return !!matchUnit(s) || !!matchOutline(s) || (!!block.label && !!matchUnit(block.label));
}

/**
 * Find the header fields in the first blocks: 发文机关标志, 发文字号, 统一登记号,
 * title, 主送机关. Stops at the first structural block or after the
 * recipients line.
 */
export function findHeader(blocks: Block[], starts: number[], fullText: string): HeaderResult {
  const header: DocumentHeader = { issuers: [] };
  const scanLimit = Math.min(blocks.length, 14);
  let last = -1;
  for (let i = 0; i < scanLimit; i++) {
    const b = blocks[i];
    const t = b.text;
    const start = starts[i];
    if (isStructural(b)) break;
    if (b.container !== 'body') continue;
    const reg = REGISTRATION_NUMBER.exec(t);
    if (!header.registrationNumber && reg && t.length <= 40) {
      header.registrationNumber = field(fullText, start + reg.index, start + reg.index + reg[0].length);
      last = i;
      continue;
    }
    if (!header.registrationNumber && /登记号/.test(t) && t.length <= 40) {
      // A placeholder ("统一登记号：待定") is still the registration line.
      const colon = t.search(/[：:]/);
      const from = colon >= 0 ? colon + 1 : t.indexOf('登记号') + 3;
      header.registrationNumber = field(fullText, start + from, start + t.length);
      last = i;
      continue;
    }
    const num = DOCUMENT_NUMBER.exec(t);
    if (!header.documentNumber && num && t.length <= 40 && !header.title) {
      header.documentNumber = field(fullText, start + num.index, start + num.index + num[0].length);
      last = i;
      continue;
    }
    if (!header.title && /文件$/.test(t) && t.length <= 40) {
      // 发文机关标志: "湖南省人力资源和社会保障厅文件" or a joint "… … 文件".
      for (const name of t.replace(/文件$/, '').split(/[ \u3000]+/).filter(Boolean)) {
        const at = t.indexOf(name);
        header.issuers.push(field(fullText, start + at, start + at + name.length));
      }
      last = i;
      continue;
    }
    if (!header.title) {
      const end = titleEnd(blocks, i, scanLimit);
      if (end >= 0) {
        header.title = field(fullText, start, starts[end] + blocks[end].text.length);
        if (end > i) header.title.text = blocks.slice(i, end + 1).map((x) => x.text).join('');
        i = end;
        last = i;
        if (header.issuers.length === 0) header.issuers.push(...issuersFromTitle(header.title));
        continue;
      }
    }
    if (header.title && /[：:]$/.test(t) && t.length <= 120 && !isStructural(b)) {
      header.recipients = field(fullText, start, start + t.length - 1);
      last = i;
      break;
    }
    if (header.title) break;
  }
  return { header, bodyStart: last + 1 };
}

/**
 * Index of the last block of a title starting at i, or -1. Titles are often
 * broken over two or three centred lines.
 */
function titleEnd(blocks: Block[], i: number, limit: number): number {
  if (looksLikeTitle(blocks[i])) return i;
  // Without layout (txt, md) an issuer line followed by a "关于…" line is still one title.
  const pieces = blocks[i].text.split(/[ \u3000、]+/).filter(Boolean);
  if (i + 1 < limit && pieces.length > 0 && pieces.every((p) => ISSUER_SUFFIX.test(p)) && /^关于/.test(blocks[i + 1].text)) {
    if (looksLikeTitle({ ...blocks[i + 1], text: blocks[i].text + blocks[i + 1].text })) return i + 1;
  }
  if (blocks[i].style.alignment !== 'center') return -1;
  let joined = blocks[i].text;
  for (let j = i + 1; j < Math.min(limit, i + 3); j++) {
    if (blocks[j].style.alignment !== 'center') return -1;
    joined += blocks[j].text;
    if (looksLikeTitle({ ...blocks[j], text: joined })) return j;
  }
  return -1;
}

export function looksLikeTitle(b: Block): boolean {
  const t = b.text;
  if (t.length < 4 || t.length > 120) return false;
  if (/[。；：:，,]$/.test(t)) return false;
  if (DOCUMENT_NUMBER.test(t) && t.length <= 40) return false;
  if (matchUnit(b.label ?? t) || matchOutline(b.label ?? t)) return false;
  if (b.style.headingLevel === 1 || /title|标题/i.test(b.style.name ?? '')) return true;
  return TITLE_RE.test(t);
}

/** "湖南省人力资源和社会保障厅 湖南省财政厅关于…的通知" → the two issuers. */
export function issuersFromTitle(title: TextField): TextField[] {
  const i = title.text.indexOf('关于');
  if (i <= 0) return [];
  const head = title.text.slice(0, i);
  const out: TextField[] = [];
  let offset = 0;
  for (const piece of head.split(/([ \u3000、]+)/)) {
    if (piece.trim() && !/^[ \u3000、]+$/.test(piece) && ISSUER_SUFFIX.test(piece)) {
      out.push({ text: piece, span: { start: title.span.start + offset, end: title.span.start + offset + piece.length } });
    }
    offset += piece.length;
  }
  return out;
}

export { ISSUER_SUFFIX };
