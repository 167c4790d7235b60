/**
 * Text fit for an opinion a legal officer signs. Rule data marks what it has
 * not verified (条款序号待核实, 废止日期待核实, [U]); the rule pages and the
 * JSON report keep those remarks, the signed text leaves them out. The
 * 审核依据 list names each instrument once, with the provisions relied on.
 * Codes such as GB/T 9704—2012 and HNPR—2024—11005 are kept on one line.
 */
import { parseChineseNumber } from '../../zh/numerals.js';

const UNVERIFIED_RE = /待核实|未核实|未经核实|\[(?:S\/)?U\]/u;
const PAIRS: Record<string, string> = { '（': '）', '(': ')' };

/**
 * Drop remarks about what is not verified: a bracketed remark made only of
 * them goes; from a remark with several parts (…；条款序号待核实) only those
 * parts go; bare [U] markers go.
 */
export function withoutUnverified(text: string): string {
  if (!UNVERIFIED_RE.test(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const close = PAIRS[text[i]];
    if (close) {
      const end = matching(text, i, text[i], close);
      if (end > i) {
        const inner = text.slice(i + 1, end);
        if (UNVERIFIED_RE.test(inner)) {
          const kept = splitTop(inner).filter((part) => !UNVERIFIED_RE.test(part));
          if (kept.length > 0) out += `${text[i]}${kept.join('；')}${close}`;
          i = end + 1;
          continue;
        }
      }
    }
    out += text[i];
    i++;
  }
  return out.replace(/\s*\[(?:S\/)?U\]/gu, '').replace(/[ \u3000]{2,}/gu, ' ');
}

function matching(text: string, from: number, open: string, close: string): number {
  let depth = 0;
  for (let j = from; j < text.length; j++) {
    if (text[j] === open) depth++;
    else if (text[j] === close && --depth === 0) return j;
  }
  return -1;
}

/** Split at semicolons outside brackets and quotes. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if ('（(《“〔【['.includes(ch)) depth++;
    else if ('）)》”〕】]'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === '；' || ch === ';')) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((p) => p.trim()).filter(Boolean);
}

interface Instrument {
  name: string;
  provisions: string[];
}

// 第十六条第一款第（二）项, 7.3.5.4, joined by 、 和 及 或 至.
const PROVISION =
  '第[零〇一二两三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?(?:第[零〇一二两三四五六七八九十百0-9]+款)?(?:第[（(][零〇一二三四五六七八九十0-9]+[）)]项)?|\\d+(?:\\.\\d+)+';
const PROVISIONS_RE = new RegExp(`^(?:${PROVISION})(?:[、和及或至](?:${PROVISION}))*`, 'u');
const NUMBER_AFTER_TITLE_RE = /^[（(][^（）()]*〔\d{4}〕[^（）()]*号[）)]/u;
const STANDARD_RE = /^GB(?:\/T)?\s*\d+(?:\.\d+)?—\d{4}/u;

/** The instruments a basis names, each with the provisions written after it; commentary and quotations are left out. */
export function instrumentsOf(basis: string): Instrument[] {
  const text = withoutUnverified(basis);
  const out: Instrument[] = [];
  let i = 0;
  while (i < text.length) {
    let name: string | undefined;
    const rest = text.slice(i);
    const standard = STANDARD_RE.exec(rest);
    if (standard) {
      name = standard[0];
      i += name.length;
      // The standard's title follows its number: GB/T 9704—2012《党政机关公文格式》.
      if (text[i] === '《') {
        const end = matching(text, i, '《', '》');
        if (end > i) {
          name += text.slice(i, end + 1);
          i = end + 1;
        }
      }
    } else if (text[i] === '《') {
      const end = matching(text, i, '《', '》');
      if (end < 0) break;
      name = text.slice(i, end + 1);
      i = end + 1;
      const number = NUMBER_AFTER_TITLE_RE.exec(text.slice(i));
      if (number) {
        name += number[0];
        i += number[0].length;
      }
    } else {
      i++;
      continue;
    }
    const provisions = PROVISIONS_RE.exec(text.slice(i));
    const list = provisions ? provisions[0].split(/[、和及或]/u).filter(Boolean) : [];
    if (provisions) i += provisions[0].length;
    out.push({ name, provisions: list });
  }
  return out;
}

function provisionOrder(p: string): number[] {
  const article = /^第([^条]+)条/u.exec(p);
  if (article) {
    const parts = [...p.matchAll(/第[（(]?([零〇一二两三四五六七八九十百千0-9]+)[）)]?[条款项]/gu)].map((m) => parseChineseNumber(m[1]) ?? 0);
    return parts;
  }
  return p.split('.').map(Number);
}

function compareOrder(a: number[], b: number[]): number {
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    const d = (a[k] ?? -1) - (b[k] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The 审核依据 list: each instrument once, in the order first named, with
 * the provisions relied on in their own order (《办法》第六条、第二十条).
 */
export function mergeBases(bases: Iterable<string>): string[] {
  const byName = new Map<string, Set<string>>();
  for (const basis of bases) {
    for (const { name, provisions } of instrumentsOf(basis)) {
      const set = byName.get(name) ?? new Set<string>();
      for (const p of provisions) {
        // 至 writes a range: 第八条至第十一条 stays one entry.
        set.add(p);
      }
      byName.set(name, set);
    }
  }
  return [...byName].map(([name, provisions]) => `${name}${[...provisions].sort((a, b) => compareOrder(provisionOrder(a), provisionOrder(b))).join('、')}`);
}

/**
 * Codes a line must not break inside: a standard number (GB/T 9704—2012),
 * and the HNPR and year of a 统一登记号 (HNPR—2024—11005 may break before
 * its serial: whole, it is wider than a table column).
 */
const UNBREAKABLE_RE = /GB(?:\/T)?[ \u00a0]?\d+(?:\.\d+)?—\d{4}|HNPR(?:—\d{4})?/gu;

/** Text cut into pieces, with the pieces that must stay on one line marked. */
export function unbreakablePieces(text: string): Array<{ text: string; keep: boolean }> {
  const out: Array<{ text: string; keep: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(UNBREAKABLE_RE)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index), keep: false });
    out.push({ text: m[0], keep: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), keep: false });
  return out;
}

/**
 * For formats without a no-wrap style (Word): a no-break space for the space
 * and word joiners around each dash, where line breaking may otherwise
 * break a code (letters and digits already hold together).
 */
export function joined(code: string): string {
  return code.replace(/ /g, '\u00a0').replace(/—/g, '\u2060—\u2060');
}
