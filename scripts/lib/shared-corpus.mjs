// The shared reference corpus (../shared/corpus, or $HRSS_SHARED_DIR/corpus) for the fixtures that
// declare `<!-- corpus: shared -->`, when `npm run docs` shows them on a rule page. Imported once with
// dist's importCorpus into the temporary database test/helpers/corpus.ts builds (same key: the
// manifest and the schema, pipeline and claims versions), so the script and the tests share one
// import and a change to either rebuilds it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A function giving the corpus provider auditFile takes, building the database on first use. */
export function sharedCorpusFromDist(root) {
  const dist = (p) => import(pathToFileURL(join(root, 'dist/src', p)).href);
  let provider;
  return () =>
    (provider ??= (async () => {
      const corpusDir = join(resolve(process.env.HRSS_SHARED_DIR ?? join(root, '../shared')), 'corpus');
      const manifest = join(corpusDir, 'manifest.json');
      if (!existsSync(manifest)) throw new Error(`shared corpus missing: ${manifest} — set HRSS_SHARED_DIR to the folder that holds corpus/`);
      const [{ SCHEMA_VERSION }, { PIPELINE_VERSION, importCorpus }, { CLAIMS_VERSION }, { STATEMENTS_VERSION }, { Corpus }] = await Promise.all([
        dist('corpus/schema.js'),
        dist('corpus/import.js'),
        dist('corpus/claims.js'),
        dist('corpus/law-statements.js'),
        dist('corpus/corpus.js'),
      ]);
      const key = createHash('sha256')
        .update(readFileSync(manifest))
        .update(`${SCHEMA_VERSION}/${PIPELINE_VERSION}/${CLAIMS_VERSION}/${STATEMENTS_VERSION}`)
        .digest('hex')
        .slice(0, 16);
      const target = join(tmpdir(), `hrss-audit-test-corpus-${key}.db`);
      if (!existsSync(target)) await importCorpus({ target, inputs: [corpusDir], cwd: corpusDir, waitMs: 120_000 });
      const opened = Corpus.open(target);
      return () => opened;
    })());
}
