/** Pages under docs/ that describe something the code defines: the tables must name all of it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/document/limits.js';
import { DOCUMENT_KINDS } from '../../src/document/profile/kinds.js';
import { PACKAGE_ROOT } from '../../src/package-info.js';

const read = (path: string): string => readFileSync(join(PACKAGE_ROOT, path), 'utf8');

describe('docs/configuration.md limits table', () => {
  it('documents every limit with its default', () => {
    const page = read('docs/configuration.md');
    for (const [key, value] of Object.entries(DEFAULT_LIMITS)) {
      const row = page.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
      expect(row, key).toBeDefined();
      expect(row).toContain(`| ${value}`);
    }
  });
});

describe('docs/profile.md', () => {
  it('names every kind the profile knows and the options that override it', () => {
    const page = read('docs/profile.md');
    for (const kind of DOCUMENT_KINDS) expect(page, kind).toContain(kind);
    for (const option of ['--kind', '--issuer', '--region', '"document"', 'notApplicable', '不适用']) expect(page, option).toContain(option);
  });
});
