import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusApi } from '../../src/corpus/api.js';
import { CLAIMS_VERSION } from '../../src/corpus/claims.js';
import { STATEMENTS_VERSION } from '../../src/corpus/law-statements.js';
import { PIPELINE_VERSION } from '../../src/corpus/import.js';
import { SCHEMA_VERSION } from '../../src/corpus/schema.js';
import { CORPUS_DIR, sharedPath } from './shared.js';

/** The shared reference corpus (105 laws + manifest), read in place: never copied into the repo. */
export const SHARED_CORPUS = CORPUS_DIR;

let built: Promise<string> | undefined;

/**
 * A corpus database imported from the shared corpus, built once and reused
 * by every test file (keyed by the manifest and the pipeline versions, so a
 * change to either rebuilds it). Concurrent test workers wait on the import
 * lock instead of building twice.
 */
export function sharedCorpusDb(): Promise<string> {
  built ??= (async () => {
    const manifest = readFileSync(sharedPath('corpus', 'manifest.json'));
    const key = createHash('sha256')
      .update(manifest)
      .update(`${SCHEMA_VERSION}/${PIPELINE_VERSION}/${CLAIMS_VERSION}/${STATEMENTS_VERSION}`)
      .digest('hex')
      .slice(0, 16);
    const target = join(tmpdir(), `hrss-audit-test-corpus-${key}.db`);
    if (!existsSync(target)) {
      const { importCorpus } = await import('../../src/corpus/import.js');
      await importCorpus({ target, inputs: [SHARED_CORPUS], cwd: SHARED_CORPUS, waitMs: 120_000 });
    }
    return target;
  })();
  return built;
}

let opened: Promise<CorpusApi> | undefined;

/** A provider like the one `check` passes to rules, over the shared corpus database. */
export async function sharedCorpusProvider(): Promise<() => Promise<CorpusApi>> {
  const path = await sharedCorpusDb();
  opened ??= import('../../src/corpus/corpus.js').then((m) => m.Corpus.open(path));
  return () => opened!;
}
