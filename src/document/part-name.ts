/**
 * The one normal form of a package part name (OPC: .docx, and the zip-based
 * formats read like it): slashes, never backslashes; no leading slash;
 * percent-escapes decoded (a zip item name is the part name's URI form);
 * Unicode NFC; case folded, as part names are case-insensitive. Readers and
 * the annotate writer look parts up through this, so a package one accepts
 * the other accepts too, and src/document/zip-safety.ts refuses a package in
 * which two entries have the same normal form (one part stored twice).
 */
export function normalizePartName(name: string): string {
  let s = name.replace(/\\/g, '/').replace(/^\/+/, '');
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // A malformed escape is kept as written.
    }
  }
  return s.normalize('NFC').toLowerCase();
}
