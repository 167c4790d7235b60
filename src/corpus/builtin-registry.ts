import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStamp, readHead, stampInHead, stampOf } from '../io/source-stamp.js';
import { PACKAGE_ROOT } from '../package-info.js';
import { nationalLawsLoader, NATIONAL_SOURCE_TAG, type NationalLaws } from './national-list.js';
import type { Registry, RegistryEntry } from './registry.js';
import { titleKey } from './titles.js';
import type { LawRecord } from './types.js';

/**
 * Loading the shipped law registry without its schema. The build validates
 * data/law-registry.yaml (scripts/bundle.mjs, with validateRegistry) and
 * stores the result; a check then only reads it. The YAML's stamp (its
 * size and time, else its hash: source-stamp.ts) decides whether the stored
 * result still describes the YAML: when it does not (edited without a
 * rebuild, or no build), the YAML is parsed and validated here as before.
 */

export const REGISTRY_PATH = join(PACKAGE_ROOT, 'data', 'law-registry.yaml');

/** Where the build writes the validated registry (YAML parsing and validation are the costly part of loading it). */
export const COMPILED_REGISTRY_PATH = join(PACKAGE_ROOT, 'dist', 'data', 'law-registry.json');

/** The validated registry as the build stores it (a Set does not survive JSON). */
export interface CompiledRegistry {
  source: string;
  /** SHA-256 of the YAML text it was built from, and the file's size and time then (source-stamp.ts). */
  sha256: string;
  size?: number;
  mtimeMs?: number;
  records: LawRecord[];
  knownLawKeys: string[];
  sources: Record<string, string>;
  entries: RegistryEntry[];
}

/** @public The build (scripts/bundle.mjs) stores this from tsc's output. */
export function compileRegistry(registry: Registry, yamlText: string, yamlPath: string = REGISTRY_PATH): CompiledRegistry {
  return {
    source: 'data/law-registry.yaml',
    ...stampOf(yamlPath, yamlText),
    records: registry.records,
    knownLawKeys: [...registry.knownLawKeys],
    sources: registry.sources,
    entries: registry.entries,
  };
}

/**
 * The curated registry extended with the national list: every title the
 * curated entries (and their aliases) do not name comes from the national
 * list, so a citation of any national law, regulation or interpretation can
 * be checked. National 法律 titles join the known law names.
 */
export function withNationalLaws(registry: Registry, national: NationalLaws): Registry {
  const curated = new Set<string>();
  for (const r of registry.records) {
    curated.add(titleKey(r.title));
    for (const a of r.aliases) curated.add(titleKey(a));
  }
  const added = national.records.filter((r) => !curated.has(titleKey(r.title)));
  const knownLawKeys = new Set(registry.knownLawKeys);
  for (const r of added) if (r.level === '法律') knownLawKeys.add(titleKey(r.title));
  return {
    ...registry,
    records: [...registry.records, ...added],
    knownLawKeys,
    sources: { ...registry.sources, [NATIONAL_SOURCE_TAG]: `${national.source}：全国法律、行政法规、司法解释及部分部门规章的名称、版本日期和时效` },
    national: { source: national.source, date: national.date, records: national.records.length },
  };
}

let curatedLoader: Promise<() => Registry> | undefined;

/**
 * The curated registry (data/law-registry.yaml) alone, as a function that
 * returns it: the build's validated copy when it matches the YAML (parsed
 * on the first call, so a check that only asks whether a stored corpus
 * exists does not parse it), else the YAML, parsed and validated now. Once
 * per process.
 */
function curatedRegistryLoader(): Promise<() => Registry> {
  curatedLoader ??= (async () => {
    // The build writes the stamp first: it is read without the rest, which is read when a check first needs it.
    const yaml = checkStamp(REGISTRY_PATH, stampInHead(readHead(COMPILED_REGISTRY_PATH)));
    if (yaml.fresh) {
      let registry: Registry | undefined;
      return () => {
        if (!registry) {
          const data = JSON.parse(readFileSync(COMPILED_REGISTRY_PATH, 'utf8')) as CompiledRegistry;
          registry = { records: data.records, knownLawKeys: new Set(data.knownLawKeys), sources: data.sources, entries: data.entries };
        }
        return registry;
      };
    }
    // Not built, or built from another YAML: parse and validate the YAML.
    const { parseRegistry } = await import('./registry.js');
    const registry = await parseRegistry(yaml.bytes.toString('utf8'), REGISTRY_PATH);
    return () => registry;
  })();
  // A failed load must not be cached: the next call reports the error again.
  curatedLoader.catch(() => {
    curatedLoader = undefined;
  });
  return curatedLoader;
}

let loader: Promise<() => Registry> | undefined;

/** The shipped registry with the national list (withNationalLaws), as a function that returns it, built on its first call. Once per process. */
export function registryLoader(): Promise<() => Registry> {
  loader ??= (async () => {
    const [curated, national] = await Promise.all([curatedRegistryLoader(), nationalLawsLoader()]);
    let registry: Registry | undefined;
    return () => (registry ??= withNationalLaws(curated(), national()));
  })();
  loader.catch(() => {
    loader = undefined;
  });
  return loader;
}

/** The shipped registry, loaded once per process (see registryLoader). */
export async function loadRegistry(): Promise<Registry> {
  return (await registryLoader())();
}
