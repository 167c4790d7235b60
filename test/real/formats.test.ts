import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../../src/engine/types.js';
import { runCli } from '../helpers/cli.js';
import { SHARED_DIR } from '../helpers/shared.js';

/**
 * The profile and what the rules find do not depend on the format: real
 * texts of several kinds (a regulation published by decree, a 批复, a 印发
 * notice with the plan it issues, an 意见) are converted by LibreOffice to
 * .docx and from there to .pdf, and audited in all three formats.
 */
const FILES = ['gov03', 'gov33', 'gov35', 'gov53'];

describe('real texts read the same in .txt, .docx and .pdf', () => {
  const byFormat = new Map<string, Map<string, DocumentResult>>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hrss-real-formats-'));
    for (const f of FILES) copyFileSync(join(SHARED_DIR, 'real', 'gov', `${f}.txt`), join(dir, `${f}.txt`));
    const profile = pathToFileURL(join(dir, 'lo-profile')).href;
    const soffice = (to: string, inputs: string[]): void => {
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', dir, ...inputs], {
        stdio: 'ignore',
        timeout: 300_000,
      });
    };
    soffice(
      'docx',
      FILES.map((f) => join(dir, `${f}.txt`)),
    );
    soffice(
      'pdf',
      FILES.map((f) => join(dir, `${f}.docx`)),
    );
    for (const f of FILES) for (const ext of ['docx', 'pdf']) expect(existsSync(join(dir, `${f}.${ext}`)), `${f}.${ext}`).toBe(true);
    const run = await runCli(['check', dir, '--as-of', '2026-11-27', '-f', 'json', '--jobs', '1']);
    for (const d of JSON.parse(run.stdout).documents as DocumentResult[]) {
      const [, name, ext] = /([^\\/]+)\.(txt|docx|pdf)$/.exec(d.path)!;
      if (!byFormat.has(ext)) byFormat.set(ext, new Map());
      byFormat.get(ext)!.set(name, d);
    }
  }, 600_000);

  it.each(FILES)('%s: the same kind, issuers, date and findings in every format', (name) => {
    const txt = byFormat.get('txt')!.get(name)!;
    const summary = (d: DocumentResult) => ({
      status: d.status,
      kind: d.profile?.kind.value,
      issuers: d.profile?.issuers.map((i) => i.name),
      region: d.profile?.region.value,
      date: d.profile?.dates.reference.value,
      findings: d.findings.map((f) => `${f.ruleId}@${f.location.address}`).sort(),
      notApplicable: (d.notApplicable ?? []).map((n) => n.ruleId).sort(),
    });
    expect(txt.profile?.kind.value).toBeTruthy();
    for (const ext of ['docx', 'pdf']) expect(summary(byFormat.get(ext)!.get(name)!), `${name}.${ext}`).toEqual(summary(txt));
  });
});
