import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCorpus } from '../../src/corpus/import.js';
import { CorpusStore } from '../../src/corpus/store.js';
import { SHARED_CORPUS } from '../helpers/corpus.js';
import { copyOfSharedCorpus } from '../helpers/corpus-damage.js';

/**
 * Imports are idempotent by content, not only by manifest id: the same
 * texts imported again without their manifest entries (or first without,
 * then with) are the same laws. (Attack: the shared corpus, 139 laws, then
 * its texts/ folder without the manifest: 244 laws, every text twice.)
 */

const LAW = (title: string, date: string, body: string): string => `# ${title}\n\n${date} 某某会议通过\n\n${body}\n`;
const A = LAW('甲条例', '2019年3月2日', '第一条 为了规范甲事项，制定本条例。\n\n第二条 甲事项由县级以上人民政府负责。');
const B = LAW('乙办法', '2020年5月6日', '第一条 乙事项的申请期限为三十日。');

/** A corpus folder as the shared one is laid out: manifest.json + texts/, with one instrument known only as repealed. */
function corpusFolder(): { root: string; texts: string; target: string } {
  const base = mkdtempSync(join(tmpdir(), 'hrss-identity-'));
  const root = join(base, 'corpus');
  const texts = join(root, 'texts');
  mkdirSync(texts, { recursive: true });
  writeFileSync(join(texts, 'a.md'), A);
  writeFileSync(join(texts, 'b.md'), B);
  writeFileSync(
    join(root, 'manifest.json'),
    JSON.stringify({
      documents: [
        // Dates deliberately unlike those the texts give: identity is the text, not the manifest's wording of it.
        { id: 'jia-2019', title: '甲条例', path: 'texts/a.md', level: '地方性法规', status: '现行有效', version_date: '2019-03-20' },
        { id: 'yi-2020', title: '乙办法', path: 'texts/b.md', level: '部门规章', status: '现行有效' },
      ],
      repealed_without_text: [{ title: '丙规定', status: '已废止' }],
    }),
  );
  return { root, texts, target: join(base, 'c.db') };
}

function snapshot(target: string) {
  const store = CorpusStore.openReadOnly(target);
  try {
    const stats = store.stats();
    return {
      laws: stats.laws,
      provisions: stats.provisions,
      keys: store
        .laws()
        .map((l) => l.key)
        .sort(),
    };
  } finally {
    store.close();
  }
}

describe('import is idempotent by content', () => {
  it('with the manifest, then the same texts without it: nothing is added', async () => {
    const f = corpusFolder();
    const first = await importCorpus({ target: f.target, inputs: [f.root], cwd: f.root });
    expect(first).toMatchObject({ added: 3, problems: [] });
    const before = snapshot(f.target);
    expect(before.keys).toEqual(['jia-2019', 'repealed:丙规定', 'yi-2020']);

    const again = await importCorpus({ target: f.target, inputs: [f.texts], cwd: f.root });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(snapshot(f.target)).toEqual(before);
    // The same files named one by one, and the folder with its manifest once more.
    await expect(importCorpus({ target: f.target, inputs: [join(f.texts, 'a.md'), join(f.texts, 'b.md')], cwd: f.root })).resolves.toMatchObject({
      added: 0,
      unchanged: 2,
    });
    await expect(importCorpus({ target: f.target, inputs: [f.root], cwd: f.root })).resolves.toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(snapshot(f.target)).toEqual(before);
  });

  it('without the manifest first, then with it: the laws take the manifest ids and records, none is added', async () => {
    const f = corpusFolder();
    await expect(importCorpus({ target: f.target, inputs: [f.texts], cwd: f.root })).resolves.toMatchObject({ added: 2 });
    const textOnly = snapshot(f.target);
    expect(textOnly.keys).toEqual(['乙办法@2020-05-06', '甲条例@2019-03-02']);
    const withManifest = await importCorpus({ target: f.target, inputs: [f.root], cwd: f.root });
    expect(withManifest).toMatchObject({ added: 1, updated: 2 });
    expect(snapshot(f.target)).toEqual({ laws: 3, provisions: textOnly.provisions, keys: ['jia-2019', 'repealed:丙规定', 'yi-2020'] });
    const store = CorpusStore.openReadOnly(f.target);
    expect(store.findLaws('甲条例')).toMatchObject([{ key: 'jia-2019', level: '地方性法规', versionDate: '2019-03-20' }]);
    store.close();
    await expect(importCorpus({ target: f.target, inputs: [f.texts], cwd: f.root })).resolves.toMatchObject({ added: 0, updated: 0, unchanged: 2 });
  });

  it('a changed file updates its law (keeping the manifest record), it does not add one', async () => {
    const f = corpusFolder();
    await importCorpus({ target: f.target, inputs: [f.root], cwd: f.root });
    writeFileSync(join(f.texts, 'a.md'), A.replace('负责。', '负责。\n\n第三条 本条例自公布之日起施行。'));
    const changed = await importCorpus({ target: f.target, inputs: [f.texts], cwd: f.root });
    expect(changed).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    const store = CorpusStore.openReadOnly(f.target);
    try {
      expect(store.stats().laws).toBe(3);
      const [law] = store.findLaws('甲条例');
      expect(law).toMatchObject({ key: 'jia-2019', level: '地方性法规', articles: 3 });
      expect(store.provisions(law.id).map((p) => p.address)).toEqual(['第一条', '第二条', '第三条']);
    } finally {
      store.close();
    }
    await expect(importCorpus({ target: f.target, inputs: [f.root], cwd: f.root })).resolves.toMatchObject({ added: 0 });
    expect(snapshot(f.target).laws).toBe(3);
  });

  it('the same text in another file (other line endings, another folder) is the same law', async () => {
    const f = corpusFolder();
    await importCorpus({ target: f.target, inputs: [f.root], cwd: f.root });
    const copy = join(f.root, '..', 'copy');
    mkdirSync(copy);
    writeFileSync(join(copy, 'a-windows.md'), A.replace(/\n/g, '\r\n'));
    await expect(importCorpus({ target: f.target, inputs: [copy], cwd: f.root })).resolves.toMatchObject({ added: 0, unchanged: 1 });
    expect(snapshot(f.target).laws).toBe(3);
  });

  it('an id renamed in the manifest moves the law to the new id; two ids of one import stay two laws', async () => {
    const f = corpusFolder();
    await importCorpus({ target: f.target, inputs: [f.root], cwd: f.root });
    const manifest = JSON.parse(readFileSync(join(f.root, 'manifest.json'), 'utf8'));
    manifest.documents[0].id = 'jia';
    writeFileSync(join(f.root, 'manifest.json'), JSON.stringify(manifest));
    await expect(importCorpus({ target: f.target, inputs: [f.root], cwd: f.root })).resolves.toMatchObject({ added: 0, updated: 1 });
    expect(snapshot(f.target).keys).toEqual(['jia', 'repealed:丙规定', 'yi-2020']);

    // The manifest lists one text twice, under two ids: it says they are two laws.
    copyFileSync(join(f.texts, 'a.md'), join(f.texts, 'a-again.md'));
    manifest.documents.push({ ...manifest.documents[0], id: 'jia-again', path: 'texts/a-again.md' });
    writeFileSync(join(f.root, 'manifest.json'), JSON.stringify(manifest));
    await expect(importCorpus({ target: f.target, inputs: [f.root], cwd: f.root })).resolves.toMatchObject({ added: 1, updated: 0 });
    await expect(importCorpus({ target: f.target, inputs: [f.root], cwd: f.root })).resolves.toMatchObject({ added: 0, updated: 0, unchanged: 4 });
    expect(snapshot(f.target).keys).toEqual(['jia', 'jia-again', 'repealed:丙规定', 'yi-2020']);
  });

  it('the shared corpus, then its texts/ without the manifest: still 139 laws', async () => {
    const target = await copyOfSharedCorpus();
    const before = snapshot(target);
    expect(before.laws).toBe(139);
    const r = await importCorpus({ target, inputs: [join(SHARED_CORPUS, 'texts')], cwd: SHARED_CORPUS });
    expect(r).toMatchObject({ added: 0, updated: 0, unchanged: 105, problems: [] });
    expect(snapshot(target)).toEqual(before);
  }, 180_000);
});
