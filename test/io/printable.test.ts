import { describe, expect, it } from 'vitest';
import { printable, printableMessage } from '../../src/io/printable.js';

describe('printable', () => {
  it('shows terminal controls as escapes: ESC/CSI, OSC with BEL, CR, LF, TAB, DEL and the 8-bit C1 forms', () => {
    expect(printable('a\u001b[2J\u001b[Hb.md')).toBe('a\\x1b[2J\\x1b[Hb.md');
    expect(printable('\u001b]0;pwned\u0007x')).toBe('\\x1b]0;pwned\\x07x');
    expect(printable('x\r✔ 未发现问题\ny\tz\u007f')).toBe('x\\x0d✔ 未发现问题\\x0ay\\x09z\\x7f');
    expect(printable('\u009b2J\u009d0;t\u009c')).toBe('\\x9b2J\\x9d0;t\\x9c');
  });

  it('shows bidi controls and line separators, which reorder or break what a terminal or viewer shows', () => {
    expect(printable('\u202excod.exe')).toBe('\\u{202E}xcod.exe');
    for (const c of ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029']) {
      expect(printable(`a${c}b`), c.codePointAt(0)!.toString(16)).toBe(`a\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}b`);
    }
  });

  it('leaves ordinary names alone: CJK, astral characters, fullwidth forms, spaces and Windows backslashes', () => {
    for (const s of ['规范性文件[2024]/𠮷 通知（试行）.docx', 'C:\\公文\\草案.docx', '文件(1)/drafts{a,b}/star*dir', 'ＡＢＣ１２３']) {
      expect(printable(s)).toBe(s);
    }
  });

  it('keeps the line feeds of a message the tool composed, and escapes every other control in it', () => {
    expect(printableMessage('清单不合法：\n  - 第1项\u001b[2J\r')).toBe('清单不合法：\n  - 第1项\\x1b[2J\\x0d');
  });
});
