import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { SHARED_DIR } from '../helpers/shared.js';

/**
 * The shipped CLI (one script compiled from a V8 code cache, zod/yaml and
 * pdf.js in scripts of their own, the main thread as a job, PDF pages on
 * page workers) finds exactly what tsc's plain output of the same sources
 * finds, run the plain way (one job, no page workers), on every fixture and
 * evaluation set: bundling, build-time validation of the built-in data and
 * the caches change nothing but the time.
 */
const dir = mkdtempSync(join(tmpdir(), 'hrss-parity-'));
const tscLauncher = join(dir, 'tsc-cli.mjs');
writeFileSync(
  tscLauncher,
  `import { main } from ${JSON.stringify(pathToFileURL(join(ROOT, 'dist/src/cli/main.js')).href)};\nprocess.exitCode = await main(process.argv);\n`,
);

type Cli = 'bundle' | 'tsc';

function runTsc(args: string[], cwd: string, extraEnv: Record<string, string>): Promise<{ code: number; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  delete env.NODE_EXTRA_CA_CERTS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tscLauncher, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
  });
}

/** Runs one CLI and returns its exit code and JSON output without the fields that name the build and the moment. */
async function run(cli: Cli, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; json: Record<string, unknown> }> {
  const out = join(dir, `${cli}-${Math.random().toString(36).slice(2)}.json`);
  const full = [...args, '-o', out];
  const code = cli === 'bundle' ? (await runCli(full, { cwd, env })).code : (await runTsc(full, cwd, env)).code;
  const json = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  delete json.generatedAt;
  delete json.tool;
  return { code, json };
}

interface Report {
  summary: { documents: number; errors: number; warnings: number };
  documents: { path: string; status: string; findings?: unknown[] }[];
}

const FOLDERS = [join(ROOT, 'fixtures'), join(SHARED_DIR, 'eval'), join(SHARED_DIR, 'samples')];
const seenFormats = new Set<string>();

describe('the shipped bundle and the plain tsc output agree', () => {
  it.each(FOLDERS)(
    'check of every document under %s',
    async (folder) => {
      expect(existsSync(folder), `${folder} is missing`).toBe(true);
      const args = ['check', '.', '-f', 'json', '--as-of', '2026-11-27'];
      const [bundle, plain] = await Promise.all([
        run('bundle', [...args, '--jobs', '2'], folder),
        run('tsc', [...args, '--jobs', '1'], folder, { HRSS_PDF_PAGE_WORKERS: '0' }),
      ]);
      const report = bundle.json as unknown as Report;
      // Not two empty reports: documents were read and rules reported on them.
      expect(report.summary.documents).toBeGreaterThan(5);
      expect(report.summary.errors + report.summary.warnings).toBeGreaterThan(0);
      expect(report.documents.some((d) => d.status !== 'unreadable' && (d.findings?.length ?? 0) > 0)).toBe(true);
      for (const d of report.documents) seenFormats.add(extname(d.path).toLowerCase());
      expect(bundle.code).toBe(plain.code);
      expect(bundle.json).toEqual(plain.json);
    },
    900_000,
  );

  it('covered every format the tool reads', () => {
    for (const ext of ['.md', '.txt', '.docx', '.doc', '.wps', '.pdf', '.ofd']) expect(seenFormats, ext).toContain(ext);
  });

  it('large PDF read on a page worker gives the same check report as one thread', async () => {
    const pdf = join(SHARED_DIR, 'samples/pdf/large.pdf');
    const args = ['check', pdf, '-f', 'json', '--as-of', '2026-11-27'];
    const [bundle, plain] = await Promise.all([
      run('bundle', args, ROOT, { HRSS_PDF_PAGE_WORKERS: '1' }),
      run('tsc', args, ROOT, { HRSS_PDF_PAGE_WORKERS: '0' }),
    ]);
    const report = bundle.json as unknown as Report;
    expect(report.documents).toHaveLength(1);
    expect(report.documents[0]!.status).not.toBe('unreadable');
    expect(bundle.code).toBe(plain.code);
    expect(bundle.json).toEqual(plain.json);
  }, 300_000);

  it("inspect shows the same text, tree and pages of the large PDF read on a page worker as tsc's output on one thread", async () => {
    const pdf = join(SHARED_DIR, 'samples/pdf/large.pdf');
    const args = ['inspect', pdf, '-f', 'json', '--as-of', '2026-11-27'];
    const [bundle, plain] = await Promise.all([runCli(args, { env: { HRSS_PDF_PAGE_WORKERS: '1' } }), runTsc(args, ROOT, { HRSS_PDF_PAGE_WORKERS: '0' })]);
    expect(bundle.code, bundle.stderr).toBe(0);
    expect(plain.code).toBe(0);
    const shown = JSON.parse(bundle.stdout) as { format: string; pages: number; paragraphs: number };
    expect(shown.format).toBe('pdf');
    expect(shown.pages).toBe(202);
    expect(shown.paragraphs).toBeGreaterThan(1000);
    expect(shown).toEqual(JSON.parse(plain.stdout));
  }, 300_000);
});
