/**
 * Layout hygiene the code review asked for (issue 13): an exported function's
 * name says what it does across the whole code base, so no two modules export
 * functions of the same name, and the small text helpers exist once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/package-info.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = ['src', 'rules'].flatMap((d) => sourceFiles(join(PACKAGE_ROOT, d)));

/** name → files exporting a function of that name. */
function exportedFunctions(): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^export (?:async )?function\*? ?([A-Za-z_$][\w$]*)/gm)) {
      byName.set(m[1], [...(byName.get(m[1]) ?? []), relative(PACKAGE_ROOT, file)]);
    }
  }
  return byName;
}

describe('exported functions', () => {
  it('are found (the scan is not vacuous)', () => {
    const names = exportedFunctions();
    expect(names.size).toBeGreaterThan(200);
    expect(names.get('runRules')).toEqual(['src/engine/run.ts']);
  });

  it('have names no other module exports', () => {
    const shared = [...exportedFunctions()].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('include one escapeXml and one escapeRegExp, and no module defines its own', () => {
    for (const name of ['escapeXml', 'escapeRegExp']) {
      const defining = files.filter((f) => new RegExp(`(?:function|const|let)\\s+${name}\\b`).test(readFileSync(f, 'utf8')));
      expect(
        defining.map((f) => relative(PACKAGE_ROOT, f)),
        name,
      ).toEqual(['src/io/escape.ts']);
    }
  });
});

describe('rules', () => {
  it('leave the sum of a paragraph start and an offset to src/rule-support/span.ts', () => {
    const ruleFiles = sourceFiles(join(PACKAGE_ROOT, 'rules'));
    expect(ruleFiles.length).toBeGreaterThan(20);
    const byHand = ruleFiles.filter((f) => /blockStarts\s*\[/.test(readFileSync(f, 'utf8'))).map((f) => relative(PACKAGE_ROOT, f));
    expect(byHand).toEqual([]);
  });
});
