import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

/**
 * No network at run time: the CLI runs inside an empty network namespace
 * (unshare -n: only a loopback that is down) and still audits every format.
 * Needs root or user namespaces, as on the CI machine.
 */
describe('offline', () => {
  it('audits .md, .docx and .pdf with no network at all', () => {
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    const files = ['fixtures/drafts/sample-draft.md', 'fixtures/drafts/sample-draft.docx', 'fixtures/drafts/sample-draft.pdf'].map((f) => join(ROOT, f));
    // Prove the namespace really has no network first.
    const probe = spawnSync('unshare', ['-n', process.execPath, '-e', "require('dns').lookup('registry.npmjs.org', (e) => process.exit(e ? 3 : 0))"], { encoding: 'utf8', env });
    expect(probe.error, 'unshare must be available (root or user namespaces)').toBeUndefined();
    expect(probe.status).toBe(3);
    const r = spawnSync('unshare', ['-n', process.execPath, BIN, 'check', ...files, '--format', 'json', '--as-of', '2024-05-20'], { encoding: 'utf8', env, cwd: ROOT });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.summary.unreadable).toBe(0);
    expect(report.documents.map((d: { format: string }) => d.format)).toEqual(['docx', 'md', 'pdf']);
    const findings = report.documents.map((d: { findings: Array<{ ruleId: string; location: { address: string } }> }) => d.findings.map((f) => `${f.ruleId}@${f.location.address}`).sort());
    expect(findings[1].length).toBeGreaterThan(0);
    expect(findings[0]).toEqual(findings[1]);
    expect(findings[2]).toEqual(findings[1]);
  });
});
