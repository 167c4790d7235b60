import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateCorpus } from '../../src/corpus/provider.js';
import { corpusVersion, lazyCorpus, registerCorpusVersionReader } from '../../src/library/corpus-link.js';
import { tempDir } from '../helpers/library.js';

describe('corpus link of batch runs', () => {
  it('opens the corpus once per worker, on the first rule that asks', async () => {
    let opened = 0;
    const corpus = lazyCorpus(async () => ({ n: ++opened }));
    expect(opened).toBe(0);
    const [a, b] = await Promise.all([corpus(), corpus()]);
    expect(await corpus()).toBe(a);
    expect(b).toBe(a);
    expect(opened).toBe(1);
  });

  it('uses --corpus, else the config, else .hrss-audit/corpus.db', () => {
    expect(locateCorpus('x.db', '/cfg/c.db', '/work')).toEqual({ path: join('/work', 'x.db'), explicit: true });
    expect(locateCorpus(undefined, '/cfg/c.db', '/work')).toEqual({ path: '/cfg/c.db', explicit: true });
    expect(locateCorpus(undefined, undefined, '/work')).toEqual({ path: join('/work', '.hrss-audit', 'corpus.db'), explicit: false });
  });

  it('prefers a version the corpus stores about itself', () => {
    const db = join(tempDir(), 'corpus.db');
    writeFileSync(db, 'x');
    expect(corpusVersion(db)).toMatch(/^file:1:\d+:-$/);
    registerCorpusVersionReader(() => 'import-42');
    try {
      expect(corpusVersion(db)).toBe('stored:import-42');
    } finally {
      registerCorpusVersionReader(undefined);
    }
    expect(corpusVersion(join(tempDir(), 'none.db'))).toBeNull();
  });
});
