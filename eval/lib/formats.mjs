// The .docx and .pdf of an evaluation set whose drafts are written as
// Markdown (the own set, and the sets in eval/sets/): .docx by
// fixtures/lib/md-to-docx.mjs, .pdf from that .docx by LibreOffice, as the
// shared sets were made.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { markdownToDocx } from '../../fixtures/lib/md-to-docx.mjs';

/**
 * Write docx/ and pdf/ beside `dir`/md/. PDFs need LibreOffice (soffice);
 * without it there is no pdf/ folder. Returns whether the PDFs were written.
 */
export async function writeOtherFormats(dir, { pdf = true } = {}) {
  const ids = readdirSync(join(dir, 'md'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => basename(n, '.md'))
    .sort();
  for (const sub of ['docx', 'pdf']) mkdirSync(join(dir, sub), { recursive: true });
  for (const id of ids) writeFileSync(join(dir, 'docx', `${id}.docx`), await markdownToDocx(readFileSync(join(dir, 'md', `${id}.md`), 'utf8')));
  let pdfs = false;
  if (pdf && hasSoffice()) {
    const work = mkdtempSync(join(tmpdir(), 'hrss-eval-pdf-'));
    try {
      const files = ids.map((id) => {
        const copy = join(work, `${id}.docx`);
        copyFileSync(join(dir, 'docx', `${id}.docx`), copy);
        return copy;
      });
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, ...files], { stdio: 'ignore' });
      for (const id of ids) renameSync(join(work, `${id}.pdf`), join(dir, 'pdf', `${id}.pdf`));
      pdfs = true;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  if (!pdfs) rmSync(join(dir, 'pdf'), { recursive: true, force: true });
  return pdfs;
}

function hasSoffice() {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether a built set is complete: its manifest, its drafts, and PDFs when they are wanted and LibreOffice can make them. */
export function setReady(dir, { pdf = true } = {}) {
  if (!existsSync(join(dir, 'manifest.json')) || !existsSync(join(dir, 'md')) || readdirSync(join(dir, 'md')).length === 0) return false;
  return !pdf || existsSync(join(dir, 'pdf')) || !hasSoffice();
}

/** A set committed as Markdown (eval/sets/NAME: md/ and manifest.json), with its .docx and .pdf, in `dir`. */
export async function writeCommittedSet(source, dir, { pdf = true } = {}) {
  mkdirSync(join(dir, 'md'), { recursive: true });
  for (const n of readdirSync(join(source, 'md'))) copyFileSync(join(source, 'md', n), join(dir, 'md', n));
  await writeOtherFormats(dir, { pdf });
  copyFileSync(join(source, 'manifest.json'), join(dir, 'manifest.json'));
}

/** The sets committed in eval/sets/ (each a folder with md/ and manifest.json), by name. */
export function committedSets(setsDir) {
  if (!existsSync(setsDir)) return [];
  return readdirSync(setsDir)
    .filter((n) => existsSync(join(setsDir, n, 'manifest.json')) && existsSync(join(setsDir, n, 'md')))
    .sort()
    .map((name) => ({ name, source: join(setsDir, name) }));
}

/** A hash of every committed set's drafts and manifest: results.json records it, and a test checks it is current. */
export function committedSetsHash(setsDir) {
  const h = createHash('sha256');
  for (const { name, source } of committedSets(setsDir)) hashSet(h, name, source);
  return h.digest('hex').slice(0, 16);
}

/** A hash of one committed set's drafts and manifest: its built formats are cached under it, so a new set builds only itself. */
export function committedSetHash(name, source) {
  return hashSet(createHash('sha256'), name, source).digest('hex').slice(0, 16);
}

function hashSet(h, name, source) {
  h.update(name)
    .update('\0')
    .update(readFileSync(join(source, 'manifest.json')));
  for (const n of readdirSync(join(source, 'md')).sort())
    h.update(n)
      .update('\0')
      .update(readFileSync(join(source, 'md', n)));
  return h;
}
