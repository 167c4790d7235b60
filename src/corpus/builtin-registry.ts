import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-info.js';
import type { Registry, RegistryEntry } from './registry.js';
import type { LawRecord } from './types.js';

/**
 * Loading the shipped law registry without its schema. The build validates
 * data/law-registry.yaml (scripts/bundle.mjs, with validateRegistry) and
 * stores the result; a check then only reads it. The YAML's hash decides
 * whether the stored result still describes the YAML: when it does not
 * (edited without a rebuild, or no build), the YAML is parsed and validated
 * here as before.
 */

export const REGISTRY_PATH = join(PACKAGE_ROOT, 'data', 'law-registry.yaml');

/** Where the build writes the validated registry (YAML parsing and validation are the costly part of loading it). */
export const COMPILED_REGISTRY_PATH = join(PACKAGE_ROOT, 'dist', 'data', 'law-registry.json');

/** The validated registry as the build stores it (a Set does not survive JSON). */
export interface CompiledRegistry {
  source: string;
  /** SHA-256 of the YAML text it was built from. */
  sha256: string;
  records: LawRecord[];
  knownLawKeys: string[];
  sources: Record<string, string>;
  entries: RegistryEntry[];
}

export function compileRegistry(registry: Registry, yamlText: string): CompiledRegistry {
  return {
    source: 'data/law-registry.yaml',
    sha256: createHash('sha256').update(yamlText).digest('hex'),
    records: registry.records,
    knownLawKeys: [...registry.knownLawKeys],
    sources: registry.sources,
    entries: registry.entries,
  };
}

let cached: Promise<Registry> | undefined;

/** The shipped registry, loaded once per process: the build's validated copy when it matches the YAML, else the YAML. */
export function loadRegistry(): Promise<Registry> {
  cached ??= (async () => {
    const text = await readFile(REGISTRY_PATH, 'utf8');
    try {
      const compiled = JSON.parse(await readFile(COMPILED_REGISTRY_PATH, 'utf8')) as CompiledRegistry;
      if (compiled.sha256 === createHash('sha256').update(text).digest('hex')) {
        return { records: compiled.records, knownLawKeys: new Set(compiled.knownLawKeys), sources: compiled.sources, entries: compiled.entries };
      }
    } catch {
      // not built: parse the YAML
    }
    const { parseRegistry } = await import('./registry.js');
    return parseRegistry(text, REGISTRY_PATH);
  })();
  // A failed load must not be cached: the next call reports the error again.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
