/**
 * External programs some tests drive: LibreOffice (does a .docx open and
 * convert?), pdftotext (what text did it lay out?) and headless Chromium
 * (does the HTML render, offline?). .ci/run installs them; a missing tool
 * fails the test with a message saying what to install, never skips it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        reject(
          new Error(
            missing
              ? `${cmd} is not installed (run .ci/run as root, or apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk chromium)`
              : `${cmd} ${args.join(' ')} failed: ${error.message}\n${stderr}`,
          ),
        );
      } else resolve({ stdout, stderr });
    });
  });
}

/**
 * Convert a file with LibreOffice (headless) and return the output path.
 * Each call uses its own profile so parallel runs do not fight over one.
 */
export async function sofficeConvert(input: string, to: 'pdf' | 'docx' = 'pdf'): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'hrss-soffice-'));
  const profile = pathToFileURL(join(outDir, 'profile')).href;
  const { stdout, stderr } = await run(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, input],
    180_000,
  );
  const expected = join(outDir, basename(input).replace(/\.[^.]+$/, `.${to}`));
  if (!existsSync(expected)) {
    throw new Error(`LibreOffice did not convert ${input}: ${stdout}${stderr}; files: ${readdirSync(outDir).join(', ')}`);
  }
  return expected;
}

/** Text of a PDF in content order (pdftotext -raw), page numbers of the "— 1 —" footer removed. */
export async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], 60_000);
  return stdout;
}

/** For comparing laid-out text with the source: no whitespace, no page footers. */
export function squash(s: string): string {
  return s.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, '');
}

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium with a new, empty profile. */
export async function launchChromium(): Promise<import('playwright-core').BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is not installed (run .ci/run as root, or apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'hrss-chromium-'));
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, offline: false });
}

/** Number of pages of a PDF (pdfinfo). */
export async function pdfPages(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf], 60_000);
  const m = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(m[1]);
}
