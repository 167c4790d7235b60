import type { Block, DocumentHeader, TextField } from '../model.js';
import { parseDate } from '../../zh/dates.js';
import { CHINESE_NUMERAL } from '../../zh/numerals.js';
import { matchOutline, matchUnit } from './markers.js';
import { REGISTRATION_DASH, REGISTRATION_YEAR } from './registration-number.js';

/** 发文字号: 机关代字 + 〔年份〕 + 序号 + 号, tolerant of wrong brackets, 第, leading zeros and a serial in Chinese numerals (rules judge those). */
export const DOCUMENT_NUMBER = new RegExp(
  `([\\u4e00-\\u9fff]{1,14}?)[ \\u3000]*([〔\\[【（(［〈〖｛{﹝〘])[ \\u3000]*([0-9０-９]{2,4})[ \\u3000]*([〕\\]】）)］〉〗｝}﹞〙])[ \\u3000]*(第?)[ \\u3000]*([0-9０-９]+|${CHINESE_NUMERAL})[ \\u3000]*号`,
  'u',
);

/**
 * 统一登记号 such as HNPR—2024—11005, tolerant of other dashes and spaces, and
 * of a draft's placeholder (HNPR—YYYY—xxxxx, HNPR—2025—×××××).
 */
export const REGISTRATION_NUMBER = new RegExp(
  `([A-Z]{2,6})[ \u3000]*(${REGISTRATION_DASH})[ \u3000]*(${REGISTRATION_YEAR})[ \u3000]*(${REGISTRATION_DASH})[ \u3000]*([0-9０-９xX×＊*]{3,6})`,
  'u',
);

const DOC_TYPES =
  '通知|意见|决定|办法|规定|细则|实施细则|规则|规程|章程|守则|导则|规范|方案|实施方案|规划|计划|公告|通告|批复|函|纪要|标准|基准|指引|指南|要点|制度|条例|措施|意见书|报告|请示|答复|通报|法|解释|预案|命令|决议';
export const TITLE_RE = new RegExp(`(关于.{2,}的(${DOC_TYPES})|(${DOC_TYPES})(（[^）]*）)?)$`, 'u');
const ISSUER_SUFFIX = /(人民政府|办公厅|办公室|厅|局|委员会|委|部|院|署|中心|总工会|联合会|政府|银行|分行|支行|管理局|中央军委|军委)$/u;

/** A 令 heading: 中华人民共和国国务院令, 湖南省人民政府令, 人力资源和社会保障部令, 主席令, with or without its 第N号. */
const DECREE_LINE =
  /^[ \u3000]*((?:[\u4e00-\u9fff、]{1,30}?)(?:国务院|人民政府|部|委员会|局|署|行|主席)(?:[ \u3000]*)令)[ \u3000]*(第[ \u3000]*[0-9０-９〇零一二三四五六七八九十百千]+[ \u3000]*号)?[ \u3000]*$/u;
const DECREE_NUMBER_LINE = /^[ \u3000]*(?:[（(][ \u3000]*)?第[ \u3000]*[0-9０-９〇零一二三四五六七八九十百千]+[ \u3000]*号(?:[ \u3000]*[）)])?[ \u3000]*$/u;
/** Lines of the 版头 that are neither field nor title: 签发人, 份号, 密级, 紧急程度. */
const HEADER_MARK = /^[ \u3000]*(?:签发人[：:].{0,30}|[0-9０-９]{6}|(?:特急|加急|平急|特提|急件|绝密|机密|秘密)(?:[ \u3000]*★.{0,8})?|★.{0,8})[ \u3000]*$/u;
/** A dated line under a law's title: 2011年6月30日 第十一届全国人民代表大会常务委员会第二十一次会议通过. */
const HISTORY_LINE =
  /^[ \u3000]*(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日.{0,300}(?:通过|公布|发布|颁布|修正|修订|修改|施行|执行|批准|下发|印发)[）)]?[ \u3000]*$/u;
const EFFECT_LINE = /^[ \u3000]*(?:自)?(?:发布|公布|印发)之日(?:起)?(?:施行|执行)[ \u3000]*$/u;
/** Draft markers printed beside the title: （征求意见稿）, 送审稿. */
const DRAFT_MARK = /^[ \u3000]*[（(]?[ \u3000]*(?:征求意见稿|送审稿|草案|讨论稿|修订稿|代拟稿|草稿|审议稿)[ \u3000]*[）)]?[ \u3000]*$/u;

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

/** Body prose: a sentence (ends with 。；！ or runs long), not a header line. */
function isProse(t: string): boolean {
  return /[。；！？]$/.test(t.trim()) || t.length > 60;
}

/**
 * Find the header fields in the first blocks: 发文机关标志, 发文字号, 统一登记号,
 * title (over several lines when the layout breaks it), 题注 and the dated
 * lines of a law under its title, 主送机关, and the 令 heading of a
 * regulation published by decree. Offices lay these out in different
 * orders (the title above or below the 发文字号, the 统一登记号 above or below
 * it), so every field is looked for until the body starts: the recipients
 * line, the first numbered provision, or the first sentence of prose after
 * the title.
 */
export function findHeader(blocks: Block[], starts: number[], fullText: string): HeaderResult {
  const header: DocumentHeader = { issuers: [] };
  const scanLimit = Math.min(blocks.length, 24);
  let last = -1;
  const notes: TextField[] = [];
  const blockField = (i: number, j = i): TextField => field(fullText, starts[i], starts[j] + blocks[j].text.length);
  for (let i = 0; i < scanLimit; i++) {
    const b = blocks[i];
    const t = b.text;
    const start = starts[i];
    if (b.container !== 'body') continue;
    if (t.trim() === '') continue;
    if (isStructural(b)) break;
    if (HEADER_MARK.test(t)) {
      last = i;
      continue;
    }
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
    if (num && t.length <= 40 && !isProse(t)) {
      if (!header.documentNumber) header.documentNumber = field(fullText, start + num.index, start + num.index + num[0].length);
      last = i;
      continue;
    }
    const decree = header.title ? null : DECREE_LINE.exec(t);
    if (decree && !header.decree) {
      // "中华人民共和国国务院令" with "第707号" on its own line below.
      const next = i + 1 < blocks.length && !decree[2] && DECREE_NUMBER_LINE.test(blocks[i + 1].text) ? i + 1 : i;
      header.decree = blockField(i, next);
      last = next;
      i = next;
      // The decree's own text (现公布…, the signer, the date) stands between it and the regulation's title.
      const titleAt = titleAfterDecree(blocks, i + 1, scanLimit);
      if (titleAt >= 0) {
        header.title = blockField(titleAt);
        last = titleAt;
        i = titleAt;
      }
      continue;
    }
    if (!header.title && isIssuerMark(t)) {
      // 发文机关标志: "湖南省人力资源和社会保障厅文件" or a joint "… … 文件".
      for (const name of t
        .replace(/文件$/, '')
        .split(/[ \u3000]+/)
        .filter(Boolean)) {
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
        if (end > i)
          header.title.text = blocks
            .slice(i, end + 1)
            .map((x) => x.text)
            .join('');
        i = end;
        last = i;
        if (header.issuers.length === 0) header.issuers.push(...issuersFromTitle(header.title));
        continue;
      }
      if (isProse(t)) break;
      // An unrecognised short line before the title (a bare issuer name in a layout we cannot see): keep looking.
      if (i - last > 2) break;
      continue;
    }
    // Under the title: 题注 in brackets (possibly over several lines), the dated lines of a law, a draft mark.
    if (/^[ \u3000]*[（(]/.test(t)) {
      let end = i;
      while (end < Math.min(blocks.length, i + 4) && !/[）)][ \u3000]*$/.test(blocks[end].text)) end++;
      if (end < blocks.length && /[）)][ \u3000]*$/.test(blocks[end].text)) {
        notes.push(blockField(i, end));
        i = end;
        last = i;
        continue;
      }
    }
    if (HISTORY_LINE.test(t) || EFFECT_LINE.test(t) || DRAFT_MARK.test(t) || (i === last + 1 && parseDate(t) !== undefined)) {
      notes.push(blockField(i));
      last = i;
      continue;
    }
    // A title repeated on the lines under it (a law's name broken over two lines), or the notice that issued it.
    const bare = t.replace(/[ \u3000]/g, '');
    if (bare.length >= 4 && header.title.text.replace(/[ \u3000]/g, '').includes(bare)) {
      last = i;
      continue;
    }
    if (/^关于(印发|发布|颁布|转发)/.test(bare) && looksLikeTitle(b)) {
      notes.push(blockField(i));
      last = i;
      continue;
    }
    if (t.length <= 160 && (/[：:][ \u3000]*$/.test(t) || isRecipients(t)) && !PREAMBLE_START.test(t) && !/[《。；]/.test(t)) {
      header.recipients = field(fullText, start, start + t.replace(/[：:][ \u3000]*$/, '').length);
      last = i;
      break;
    }
    break;
  }
  if (notes.length > 0) header.titleNotes = notes;
  return { header, bodyStart: last + 1 };
}

/** 发文机关标志: one or more issuer names and 文件 ("湖南省人力资源和社会保障厅文件"). */
function isIssuerMark(t: string): boolean {
  if (!/文件[ \u3000]*$/.test(t) || t.length > 60 || /关于/.test(t)) return false;
  const names = t
    .replace(/文件[ \u3000]*$/, '')
    .split(/[ \u3000、]+/)
    .filter(Boolean);
  return names.length > 0 && names.every((n) => ISSUER_SUFFIX.test(n));
}

/** The opening words of a preamble ("为正确适用……，现就……解释如下："), which also ends with a colon. */
const PREAMBLE_START = /^[ \u3000]*(为了?|根据|依据|按照|依照|现|经|对|关于|鉴于|近年来|目前|当前|我国|本)/u;

/** 主送机关 without its colon (some copies drop it): a list of bodies addressed, no verb. */
function isRecipients(t: string): boolean {
  return /^各/.test(t) && !/[。；！？]/.test(t) && /(人民政府|厅|局|委|部|机构|单位|部门|办公室)[（）()\u4e00-\u9fff]{0,12}$/.test(t);
}

/** Index of the regulation's title after the text of the decree that publishes it, or -1. */
function titleAfterDecree(blocks: Block[], from: number, limit: number): number {
  for (let k = from; k < Math.min(limit, from + 8); k++) {
    const b = blocks[k];
    if (isStructural(b)) return -1;
    if (!looksLikeTitle(b) || isProse(b.text)) continue;
    const next = blocks[k + 1];
    if (!next || isStructural(next) || /^[ \u3000]*[（(]/.test(next.text) || HISTORY_LINE.test(next.text) || next.style.headingLevel !== undefined) return k;
  }
  return -1;
}

/** A line that can be a piece of a title broken over several lines: short, no sentence punctuation, not a field. */
function titleFragment(b: Block): boolean {
  const t = b.text.trim();
  if (t.length === 0 || t.length > 40) return false;
  if (/[。；：:，,！？]$/.test(t) || /^[（(]/.test(t)) return false;
  if (DOCUMENT_NUMBER.test(t) || REGISTRATION_NUMBER.test(t) || HISTORY_LINE.test(t) || isIssuerMark(t)) return false;
  return !matchUnit(b.label ?? t) && !matchOutline(b.label ?? t);
}

/** What may follow a title: a header field, 题注, recipients, the first provision, or nothing. */
function endsTitle(b: Block | undefined): boolean {
  if (!b) return true;
  const t = b.text.trim();
  return (
    (DOCUMENT_NUMBER.test(t) && t.length <= 40) ||
    REGISTRATION_NUMBER.test(t) ||
    /^[（(]/.test(t) ||
    /[：:]$/.test(t) ||
    isRecipients(t) ||
    HISTORY_LINE.test(t) ||
    DRAFT_MARK.test(t) ||
    isStructural(b) ||
    isProse(t) ||
    b.style.headingLevel !== undefined
  );
}

/**
 * Index of the last block of a title starting at i, or -1. Titles are often
 * broken over two or three lines: centred lines in Word, plain lines in a
 * text copied from a web page (the 发文字号 or the recipients follow).
 */
function titleEnd(blocks: Block[], i: number, limit: number): number {
  // Without layout (txt, md) an issuer line followed by a "关于…" line is still one title.
  const pieces = blocks[i].text.split(/[ \u3000、]+/).filter(Boolean);
  if (i + 1 < limit && pieces.length > 0 && pieces.every((p) => ISSUER_SUFFIX.test(p)) && /^关于/.test(blocks[i + 1].text)) {
    for (let j = i + 1; j < Math.min(limit, i + 4); j++) {
      if (j > i + 1 && !titleFragment(blocks[j])) break;
      const joined = blocks
        .slice(i, j + 1)
        .map((x) => x.text)
        .join('');
      if (looksLikeTitle({ ...blocks[j], text: joined }) && endsTitle(blocks[j + 1])) return j;
    }
  }
  if (blocks[i].style.alignment === 'center') {
    let joined = blocks[i].text;
    if (looksLikeTitle(blocks[i]) && !(blocks[i + 1]?.style.alignment === 'center' && titleFragment(blocks[i + 1]) && !endsTitle(blocks[i + 1]))) return i;
    for (let j = i + 1; j < Math.min(limit, i + 4); j++) {
      if (blocks[j].style.alignment !== 'center') break;
      joined += blocks[j].text;
      if (looksLikeTitle({ ...blocks[j], text: joined })) return j;
    }
    return looksLikeTitle(blocks[i]) ? i : -1;
  }
  if (blocks[i].style.headingLevel === 1 || /title|标题/i.test(blocks[i].style.name ?? '')) return looksLikeTitle(blocks[i]) ? i : -1;
  // Plain lines: the longest run of short fragments that reads as a title and is followed by what follows titles.
  if (!titleFragment(blocks[i]) && !looksLikeTitle(blocks[i])) return -1;
  let best = looksLikeTitle(blocks[i]) && endsTitle(blocks[i + 1]) ? i : -1;
  let joined = blocks[i].text;
  for (let j = i + 1; j < Math.min(limit, i + 4); j++) {
    if (!titleFragment(blocks[j])) break;
    joined += blocks[j].text;
    if (looksLikeTitle({ ...blocks[j], text: joined }) && endsTitle(blocks[j + 1])) best = j;
  }
  if (best >= 0) return best;
  return looksLikeTitle(blocks[i]) ? i : -1;
}

export function looksLikeTitle(b: Block): boolean {
  const t = b.text;
  if (t.length < 4 || t.length > 120) return false;
  if (/[。；：:，,]$/.test(t)) return false;
  if (DOCUMENT_NUMBER.test(t) && t.length <= 40) return false;
  if (matchUnit(b.label ?? t) || matchOutline(b.label ?? t)) return false;
  if (b.style.headingLevel === 1 || /title|标题/i.test(b.style.name ?? '')) return true;
  // Letter-spaced titles (国 家 粮 食 应 急 预 案) end in their kind once the spaces go.
  return TITLE_RE.test(t) || TITLE_RE.test(t.replace(/[ \u3000]/g, ''));
}

/** "湖南省人力资源和社会保障厅 湖南省财政厅关于…" → the two issuers. */
export function issuersFromTitle(title: TextField): TextField[] {
  // The 关于 that opens the subject, not one inside a quoted title (贯彻《国务院关于…的规定》).
  const quoted = title.text.indexOf('《');
  const i = title.text.indexOf('关于');
  if (quoted >= 0 && quoted < i) return [];
  if (i <= 0) return [];
  // 国务院办公厅转发国家地震局关于…: the issuer is the one that forwards.
  const head = title.text.slice(0, i).replace(/(转发|批转|印发|发布)[\s\S]*$/u, '');
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
