/**
 * Text the tool prints that it did not write itself — file names above all,
 * but also text taken from a document — may hold control characters. Sent
 * raw to a terminal, ESC and OSC sequences can clear the screen, retitle the
 * window or print a fake "✔ 未发现问题"; CR and LF can overwrite or invent
 * lines; bidi controls reorder what is shown (U+202E before “xcod.exe” shows it as “exe.docx”).
 * Every such string goes through `printable` before it reaches stdout,
 * stderr, Markdown, CSV or XML; JSON and SARIF URIs keep exact paths (their
 * own escaping is already safe).
 *
 * Escapes are visible and unambiguous enough to find the file again:
 * C0, DEL and C1 controls as \xHH, line separators and bidi controls as
 * \u{XXXX}. Backslashes are left alone: they are path separators on Windows.
 */

// C0 (incl. TAB, LF, CR, ESC), DEL, C1 (incl. 8-bit CSI/OSC), ALM, LRM/RLM, LS/PS, LRE…RLO, LRI…PDI.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_KEEPING_NEWLINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
}

/** The string with every control and bidi character shown as an escape; unchanged (same string) when it has none. */
export function printable(s: string): string {
  // The common case (no control character) costs one regex test and no allocation.
  return HAS_UNSAFE.test(s) ? s.replace(UNSAFE, escapeOne) : s;
}

/**
 * For messages the tool composed over several lines: line feeds stay, every
 * other control is escaped. Paths inside such messages must already have
 * gone through `printable` (which escapes their line feeds too).
 */
export function printableMessage(s: string): string {
  return HAS_UNSAFE.test(s) ? s.replace(UNSAFE_KEEPING_NEWLINES, escapeOne) : s;
}
