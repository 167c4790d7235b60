/**
 * The one normal form of a package part name (OPC: .docx, and the zip-based
 * formats read like it): slashes, never backslashes; no leading slash; case
 * folded, as part names are case-insensitive. Readers and the annotate
 * writer look parts up through this, so a package one accepts the other
 * accepts too.
 */
export function normalizePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}
