import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_REGISTRY_PATH, REGISTRY_PATH, loadRegistry, withNationalLaws } from '../../src/corpus/builtin-registry.js';
import { parseNationalLaws } from '../../src/corpus/national-laws.js';
import { COMPILED_NATIONAL_LAWS_PATH, NATIONAL_LAWS_PATH } from '../../src/corpus/national-list.js';
import { parseRegistry } from '../../src/corpus/registry.js';
import { parseTermFile } from '../../src/engine/term-data.js';
import { checkStamp, readHead, stampInHead } from '../../src/io/source-stamp.js';
import { BUILTIN_TERM_DIR, PRECOMPILED_TERM_FILE, builtinTermFiles, type CompiledTermFile } from '../../src/engine/term-lists.js';

/**
 * The build validates the built-in term files and the law registry once and
 * a check only reads the result (no schema at run time). What a check reads
 * must be exactly what validating the YAML gives now, in this run.
 */
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('built-in data validated by the build', () => {
  it('the build stored every term file, for the YAML as it is now', () => {
    expect(existsSync(PRECOMPILED_TERM_FILE), 'npm run build first').toBe(true);
    const stored = JSON.parse(readFileSync(PRECOMPILED_TERM_FILE, 'utf8')) as CompiledTermFile[];
    const names = readdirSync(BUILTIN_TERM_DIR)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort();
    expect(stored.map((f) => f.name).sort()).toEqual(names);
    for (const f of stored) expect(f.sha256, f.name).toBe(sha(readFileSync(join(BUILTIN_TERM_DIR, f.name), 'utf8')));
  });

  it('term files as a check loads them equal the YAML validated with the schema', async () => {
    const loaded = await builtinTermFiles();
    for (const file of loaded) {
      const text = readFileSync(file.path, 'utf8');
      expect(file).toEqual(await parseTermFile(text, file.path, file.display));
    }
    expect(loaded.length).toBeGreaterThanOrEqual(5);
  });

  it('the registry as a check loads it equals the YAML and the national list validated with their schemas', async () => {
    const text = readFileSync(REGISTRY_PATH, 'utf8');
    const national = readFileSync(NATIONAL_LAWS_PATH, 'utf8');
    expect(JSON.parse(readFileSync(COMPILED_REGISTRY_PATH, 'utf8')).sha256, 'npm run build first').toBe(sha(text));
    expect(JSON.parse(readFileSync(COMPILED_NATIONAL_LAWS_PATH, 'utf8')).sha256, 'npm run build first').toBe(sha(national));
    const loaded = await loadRegistry();
    const validated = withNationalLaws(await parseRegistry(text), parseNationalLaws(JSON.parse(national)));
    expect(loaded.records).toEqual(validated.records);
    expect(loaded.entries).toEqual(validated.entries);
    expect(loaded.sources).toEqual(validated.sources);
    expect(loaded.national).toEqual(validated.national);
    expect([...loaded.knownLawKeys].sort()).toEqual([...validated.knownLawKeys].sort());
    // The national list is in: far more records than the curated entries alone.
    expect(loaded.records.length).toBeGreaterThan(validated.entries.length + 1000);
  });

  it('each compiled copy names its source by size and time, so a check trusts it after one stat', () => {
    const stored = JSON.parse(readFileSync(PRECOMPILED_TERM_FILE, 'utf8')) as CompiledTermFile[];
    const copies = [
      { source: REGISTRY_PATH, stamp: stampInHead(readHead(COMPILED_REGISTRY_PATH)) },
      { source: NATIONAL_LAWS_PATH, stamp: stampInHead(readHead(COMPILED_NATIONAL_LAWS_PATH)) },
      ...stored.map((f) => ({ source: join(BUILTIN_TERM_DIR, f.name), stamp: f })),
    ];
    for (const { source, stamp } of copies) {
      expect(stamp?.size, source).toBe(statSync(source).size);
      expect(typeof stamp?.mtimeMs, source).toBe('number');
      expect(checkStamp(source, stamp), source).toEqual({ fresh: true });
    }
  });
});
