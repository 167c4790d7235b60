import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOfd } from '../../../src/document/readers/ofd/index.js';
import { DEFAULT_LIMITS } from '../../../src/document/limits.js';
import { isHrssError } from '../../../src/errors.js';
import { SAMPLES_DIR } from '../../helpers/shared.js';

/**
 * The real OFD files in ../shared/samples/ofd (test resources of the ofdrw
 * project, made by several producers): read, or refused with the code that
 * says why, never an exception.
 */
const DIR = path.join(SAMPLES_DIR, 'ofd');
const read = (name: string) => readOfd(new Uint8Array(fs.readFileSync(path.join(DIR, name))), { limits: DEFAULT_LIMITS, path: name });

describe('OFD samples from other producers', () => {
  it('helloworld.ofd: one line of mixed Chinese and Latin text placed by DeltaX, on page 1', async () => {
    const doc = await read('helloworld.ofd');
    expect(doc.format).toBe('ofd');
    expect(doc.pages).toBe(1);
    expect(doc.blocks.map((b) => [b.text, b.source.page, b.source.line])).toEqual([['你好呀，OFD Reader&Writer！', 1, 1]]);
  });

  it('拿来主义_page6.ofd: prose over two pages, lines joined into paragraphs by their positions', async () => {
    const doc = await read('拿来主义_page6.ofd');
    expect(doc.pages).toBe(2);
    expect(doc.blocks[0]).toMatchObject({ text: '拿来主义', style: { alignment: 'center' } });
    expect(doc.blocks[1].text).toBe('鲁迅');
    // The first paragraph runs over several lines, indented two characters; it is one block.
    expect(doc.blocks[2].text.startsWith('中国一向是所谓“闭关主义”，自己不去，别人也不许来。自从给枪炮打破了大门之后')).toBe(true);
    expect(doc.blocks[2].style.indent).toBe(2);
    expect(doc.blocks[2].source.segments!.length).toBeGreaterThan(3);
    expect(doc.blocks.some((b) => b.text === '所以我们要运用脑髓，放出眼光，自己来拿！')).toBe(true);
    expect(new Set(doc.blocks.map((b) => b.source.page))).toEqual(new Set([1, 2]));
  });

  it('chineseDir.ofd: a package with a Chinese folder name reads', async () => {
    const doc = await read('chineseDir.ofd');
    expect(doc.blocks.map((b) => b.text)).toEqual(['你好呀，OFD Reader&Writer！']);
  });

  it('DigitalSign.ofd: the signed document is read; the signature is noted, not opened', async () => {
    const doc = await read('DigitalSign.ofd');
    expect(doc.blocks.map((b) => b.text)).toEqual(['你好呀，OFD Reader&Writer！']);
    expect(doc.notes.map((n) => n.code)).toContain('OFD_SIGNED');
  });

  it('keyword.ofd: a form on a template page, with a vertical column of glyphs left out and noted', async () => {
    const doc = await read('keyword.ofd');
    const text = doc.blocks.map((b) => b.text);
    expect(text[0]).toBe('鲁（2020）泰安市不动产证明第0014777号');
    expect(text).toContain('中国建设银行股份有限公司泰安分行');
    // DeltaX steps back and DeltaY moves down: one TextCode wraps onto a second line, read as one address.
    expect(text).toContain('岱岳区青春创业开发区鑫源小区25号楼1单元601室');
    expect(text.join('')).not.toContain('1.2.156');
    expect(doc.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['OFD_ROTATED_TEXT_SKIPPED', 'OFD_SIGNED']));
  });

  it('文字横向-数科.ofd (rotated text from a commercial producer): read in the quarter turn most glyphs use, the rest noted', async () => {
    const doc = await read('文字横向-数科.ofd');
    expect(doc.blocks.map((b) => b.text).join('|')).toContain('一二三四');
    expect(doc.notes.find((n) => n.code === 'OFD_ROTATED_TEXT_SKIPPED')?.message).toContain('8 处');
  });

  it('Page5.ofd: five pages listed out of zip order, drawn with paths only → E_OFD_NO_TEXT counting all five pages', async () => {
    const e = await read('Page5.ofd').then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(isHrssError(e)).toBe(true);
    expect((e as { code: string }).code).toBe('E_OFD_NO_TEXT');
    expect((e as Error).message).toContain('共 5 页');
  });
});
