import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/errors.js';
import { BUILTIN_RULES } from '../src/engine/builtin-rules.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const CI = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every error code with its meaning and remedy', () => {
    for (const [code, info] of Object.entries(ERROR_CODES)) {
      const row = README.split('\n').find((l) => l.startsWith(`| \`${code}\` |`));
      expect(row, code).toBeDefined();
      expect(row).toContain(info.meaning);
      expect(row).toContain(info.remedy);
      expect(row).toContain(`| ${info.scope === 'file' ? '1' : info.scope === 'tool' ? '2' : '—'} |`);
    }
  });

  it('names the two set-up commands, and CI runs the test command', () => {
    expect(README).toContain('npm ci && npx hrss-audit check fixtures/drafts/sample-draft.docx');
    expect(README).toMatch(/```sh\nnpm test\n```/);
    expect(CI).toContain('npm ci');
    expect(CI).toContain('npm test');
  });

  it('lists every built-in rule', () => {
    for (const id of Object.keys(BUILTIN_RULES)) expect(README, id).toContain(`\`${id}\``);
  });
});

describe('README limits table', () => {
  it('documents every limit with its default', async () => {
    const { DEFAULT_LIMITS } = await import('../src/document/limits.js');
    for (const [key, value] of Object.entries(DEFAULT_LIMITS)) {
      const row = README.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
      expect(row, key).toBeDefined();
      expect(row).toContain(`| ${value}`);
    }
  });
});

describe('README document profile', () => {
  it('names every kind the profile knows and the options that override it', async () => {
    const { DOCUMENT_KINDS } = await import('../src/document/profile/kinds.js');
    const section = README.slice(README.indexOf('## 文件画像'), README.indexOf('## 语料库'));
    for (const kind of DOCUMENT_KINDS) expect(section, kind).toContain(kind);
    for (const option of ['--kind', '--issuer', '--region', '"document"', 'notApplicable', '不适用']) expect(section, option).toContain(option);
  });
});
