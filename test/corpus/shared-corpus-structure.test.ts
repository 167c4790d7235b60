import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/document/load.js';
import { buildLegalDocument } from '../../src/document/structure/build.js';
import { SHARED_CORPUS } from '../helpers/corpus.js';

interface ManifestDoc {
  id: string;
  title: string;
  path: string;
  article_count: number;
}

/**
 * The structure pass that `check` uses is also the one that imports laws:
 * every text of the shared corpus must come out with the article count the
 * manifest recorded (checked there to run 1..N without gaps) and its title.
 */
describe('structure pass over the 105 texts of the shared corpus', async () => {
  const manifest = JSON.parse(readFileSync(join(SHARED_CORPUS, 'manifest.json'), 'utf8')) as { documents: ManifestDoc[] };

  it.each(manifest.documents.map((d) => [d.id, d] as const))('%s', async (_id, d) => {
    const path = join(SHARED_CORPUS, d.path);
    const doc = buildLegalDocument(await readSource(path, new Uint8Array(readFileSync(path))));
    expect(doc.header.title?.text).toBe(d.title);
    expect(doc.articles.map((a) => a.number)).toEqual(Array.from({ length: d.article_count }, (_, i) => i + 1));
    // No heading text ends up inside an article.
    for (const a of doc.articles) for (const b of a.blocks) expect(doc.source.blocks[b].style.headingLevel === undefined || a.blocks[0] === b).toBe(true);
  });
});
