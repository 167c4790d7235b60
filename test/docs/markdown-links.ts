import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from '../../src/package-info.js';

/** The Markdown pages a user reads: the README and every page under docs/, as paths relative to the package root. */
export function documentationPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(PACKAGE_ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
    );
  return ['README.md', ...walk('docs')].map((p) => relative(PACKAGE_ROOT, join(PACKAGE_ROOT, p)).split('\\').join('/'));
}

/** The page without its code blocks: a `#` or `](` there is neither a heading nor a link. */
function withoutCodeBlocks(page: string): string {
  return page.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
}

/** The targets of the page's inline links, as written (not those inside code). */
export function linkTargets(page: string): string[] {
  return [
    ...withoutCodeBlocks(page)
      .replace(/`[^`\n]*`/g, '')
      .matchAll(/\]\(([^)\s]+)\)/g),
  ].map((m) => m[1]);
}

/**
 * The anchors a heading gets where these pages are read (GitHub, VS Code): lower case, punctuation
 * (full-width too) and code marks dropped, spaces to hyphens; a repeated heading gets -1, -2….
 */
export function headingAnchors(page: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of withoutCodeBlocks(page).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}
