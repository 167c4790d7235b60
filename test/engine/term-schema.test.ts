import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { termFileSchema } from '../../src/engine/term-data.js';

/**
 * schema/term-file.schema.json is the JSON Schema of term files, generated
 * from the zod schema the loader validates with, so editors (VS Code with the
 * YAML extension) can check a legal office's file as it is typed. This test
 * keeps the shipped file in step: run with HRSS_UPDATE_SCHEMA=1 to rewrite it.
 */
const FILE = new URL('../../schema/term-file.schema.json', import.meta.url);

function generated(): string {
  const schema = z.toJSONSchema(termFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'https://hrss-audit.local/schema/term-file.schema.json', title: 'hrss-audit 词表文件' }, null, 2)}\n`;
}

describe('term file JSON Schema', () => {
  it('is shipped and matches the zod schema', () => {
    if (process.env.HRSS_UPDATE_SCHEMA) writeFileSync(FILE, generated());
    expect(existsSync(FILE), 'run HRSS_UPDATE_SCHEMA=1 npx vitest run test/engine/term-schema.test.ts').toBe(true);
    expect(readFileSync(FILE, 'utf8')).toBe(generated());
  });

  it('accepts every built-in term file', () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(generated()));
    const dir = new URL('../../rules/data/', import.meta.url);
    const files = readdirSync(dir).filter((n) => n.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const name of files) {
      const ok = validate(parse(readFileSync(new URL(name, dir), 'utf8')));
      expect(ok, `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('describes the kinds and the named exceptions', () => {
    const text = generated();
    for (const word of ['existence', 'substitution', 'certainFrom', 'historicalYear', 'documentNumber']) expect(text).toContain(word);
  });
});
