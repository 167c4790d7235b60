/**
 * The README keeps what a new user needs and points to the rest; the pages
 * under docs/ hold everything else, and the links between them hold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/package-info.js';
import { documentationPages, headingAnchors, linkTargets } from './docs/markdown-links.js';

const read = (path: string): string => readFileSync(join(PACKAGE_ROOT, path), 'utf8');
const README = read('README.md');
const CI = read('.ci/run');

describe('README', () => {
  it('names the two set-up commands, and CI runs the test command', () => {
    expect(README).toContain('npm ci && npx hrss-audit check fixtures/drafts/sample-draft.docx');
    expect(README).toMatch(/```sh\nnpm test\n```/);
    expect(CI).toContain('npm ci');
    expect(CI).toContain('npm test');
  });

  it('stays short: at most 12 KB, the rest lives under docs/', () => {
    expect(Buffer.byteLength(README, 'utf8')).toBeLessThanOrEqual(12 * 1024);
  });

  it('tells the exit codes and the main options of check', () => {
    const exits = README.slice(README.indexOf('### 退出码'), README.indexOf('### 终端报告'));
    for (const code of ['0', '1', '2']) expect(exits).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
    for (const option of ['--format', '--output', '--config', '--as-of', '--rule', '--max-warnings']) expect(README, option).toContain(option);
  });
});

describe('the pages under docs/', () => {
  const pages = documentationPages();
  // Pages a user is sent to from the README; docs/design/ is for developers and is reached from docs/.
  const userPages = pages.filter((p) => /^docs\/[^/]+\.md$/.test(p));

  it('are each linked from the README, and link back to it', () => {
    expect(userPages.length).toBeGreaterThanOrEqual(12);
    const fromReadme = new Set(linkTargets(README).map((t) => t.split('#')[0]));
    for (const page of userPages) {
      expect(fromReadme, `README links to ${page}`).toContain(page);
      expect(
        linkTargets(read(page)).map((t) => t.split('#')[0]),
        `${page} links back to the README`,
      ).toContain('../README.md');
    }
  });

  it('link only to files and headings that exist', () => {
    let checked = 0;
    for (const page of pages) {
      for (const target of linkTargets(read(page))) {
        if (/^[a-z]+:/i.test(target)) continue;
        const [file, anchor] = target.split('#');
        const path = file === '' ? page : posix.normalize(posix.join(dirname(page), file));
        expect(existsSync(join(PACKAGE_ROOT, path)), `${page} → ${target}`).toBe(true);
        if (anchor !== undefined && path.endsWith('.md')) expect(headingAnchors(read(path)), `${page} → ${target}`).toContain(decodeURIComponent(anchor));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });
});
