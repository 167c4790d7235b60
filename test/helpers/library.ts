import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

/** A normative document as the tests need it: header fields, a basis sentence, articles and the effective/validity clause. */
export interface DocSpec {
  number?: string;
  registration?: string;
  title: string;
  /** 第一条 (the basis sentence). */
  basis?: string;
  /** Further articles (without the 第X条 label). */
  articles?: string[];
  /** The last article: 本办法自…起施行，有效期… */
  closing?: string;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** Markdown source of a document built from a spec. */
export function docSource(spec: DocSpec): string {
  const lines: string[] = [];
  if (spec.number) lines.push(spec.number, '');
  if (spec.registration) lines.push(spec.registration, '');
  lines.push(`# ${spec.title}`, '');
  const articles = [
    spec.basis ?? `为规范有关工作，根据《中华人民共和国劳动法》，制定本办法。`,
    ...(spec.articles ?? []),
    spec.closing ?? '本办法自2024年3月1日起施行，有效期5年。',
  ];
  articles.forEach((text, i) => lines.push(`第${NUMERALS[i]}条 ${text}`, ''));
  return lines.join('\n');
}

export function tempDir(prefix = 'hrss-lib-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write files (path → content) under a directory, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** Files every reader rejects by sniffing or unzipping, whatever reader is built: empty, text named .docx, a truncated zip. */
export function brokenDocxFiles(): Record<string, Uint8Array | string> {
  const zip = zipSync({ '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'), 'word/document.xml': strToU8('<w:document/>'.repeat(200)) });
  return {
    'broken/empty.docx': new Uint8Array(0),
    'broken/plain-text.docx': '这是一段纯文本，只是扩展名写成了 .docx。\n',
    'broken/truncated.docx': zip.subarray(0, Math.floor(zip.length / 2)),
  };
}

/**
 * A small library whose documents exercise every library rule (as of 2026-11-27):
 * an expired measure, a document made on it, a repeal notice and what it
 * repeals, two documents sharing a 发文字号, one expiring within 6 months and
 * one in force with nothing to report.
 */
export function sampleLibrary(): Record<string, string> {
  return {
    'old.md': docSource({
      number: '湘人社规〔2018〕5号',
      registration: 'HNPR—2018—11005',
      title: '湖南省工伤保险经办管理办法',
      basis: '为规范工伤保险经办工作，根据《中华人民共和国社会保险法》《工伤保险条例》，制定本办法。',
      closing: '本办法自2018年7月1日起施行，有效期5年。',
    }),
    'new.md': docSource({
      number: '湘人社规〔2024〕2号',
      registration: 'HNPR—2024—11002',
      title: '湖南省工伤保险经办服务规定',
      basis: '为提升工伤保险经办服务水平，根据《湖南省工伤保险经办管理办法》（湘人社规〔2018〕5号），结合本省实际，制定本规定。',
      articles: ['经办机构应当参照《湖南省失业保险经办办法》办理有关业务。'],
      closing: '本规定自2024年3月1日起施行，有效期5年。',
    }),
    'repeal/notice.md': [
      '湘人社规〔2025〕1号',
      '',
      'HNPR—2025—11001',
      '',
      '# 湖南省人力资源和社会保障厅关于废止《湖南省失业保险经办办法》的通知',
      '',
      '各市州人力资源和社会保障局：',
      '',
      '经研究，决定废止《湖南省失业保险经办办法》（湘人社规〔2020〕3号）。',
      '',
      '本通知自2025年1月1日起施行。',
      '',
    ].join('\n'),
    'repeal/repealed.md': docSource({
      number: '湘人社规〔2020〕3号',
      registration: 'HNPR—2020—11003',
      title: '湖南省失业保险经办办法',
      basis: '为规范失业保险经办，根据《失业保险条例》，制定本办法。',
      closing: '本办法自2020年5月1日起施行，有效期10年。',
    }),
    'dup.md': docSource({
      number: '湘人社规〔2024〕02号',
      registration: 'HNPR—2024—11009',
      title: '湖南省技工院校管理办法',
      basis: '为规范技工院校管理，根据《中华人民共和国职业教育法》，制定本办法。',
      closing: '本办法自2024年5月1日起施行，有效期5年。',
    }),
    'soon.md': docSource({
      number: '湘人社规〔2022〕7号',
      registration: 'HNPR—2022—11007',
      title: '湖南省职业技能等级认定办法',
      closing: '本办法自2022年3月1日起施行，有效期5年。',
    }),
    'fine.txt': docSource({
      number: '湘人社规〔2025〕6号',
      registration: 'HNPR—2025—11006',
      title: '湖南省就业见习补贴办法',
      closing: '本办法自2025年6月1日起施行，有效期5年。',
    }).replace(/^# /m, ''),
  };
}

export const SAMPLE_AS_OF = '2026-11-27';
