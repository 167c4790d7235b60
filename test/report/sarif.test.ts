import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ruleInfo } from '../../src/cli/check.js';
import { artifactLocation, renderSarif } from '../../src/report/sarif.js';
import { reportOf } from '../helpers/batch.js';
import { brokenDocxFiles, sampleLibrary } from '../helpers/library.js';

// The official OASIS schema (see test/schemas/README.md); draft-07, validated with formats.
const schema = JSON.parse(readFileSync(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const errors = (x: unknown): string[] => (validate(x) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('SARIF 2.1.0 reporter', () => {
  it('writes a log that validates against the official schema, with rules, help, locations and legal addresses', async () => {
    const { report, rules } = await reportOf({ ...sampleLibrary(), '中文 目录/草案.md': sampleLibrary()['new.md'], ...brokenDocxFiles() });
    const sarif = JSON.parse(renderSarif(report, { rules: ruleInfo(rules) }));
    expect(errors(sarif)).toEqual([]);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('hrss-audit');
    expect(run.columnKind).toBe('utf16CodeUnits');
    const ruleIds = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toContain('library/cites-inactive');
    const cites = run.tool.driver.rules.find((r: { id: string }) => r.id === 'library/cites-inactive');
    expect(cites.help.markdown).toContain('# library/cites-inactive');
    expect(cites.defaultConfiguration.level).toBe('error');
    // Every result points at its rule, its file (relative, percent-encoded) and a region.
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(run.artifacts[loc.artifactLocation.index].location.uri).toBe(loc.artifactLocation.uri);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
    }
    const basis = run.results.find(
      (r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        r.ruleId === 'library/cites-inactive' && r.locations[0].physicalLocation.artifactLocation.uri === 'new.md',
    );
    expect(basis.level).toBe('error');
    expect(basis.locations[0].properties).toMatchObject({ address: '第一条', article: 1 });
    expect(basis.locations[0].physicalLocation.region).toMatchObject({ startLine: 4, endLine: 4 });
    expect(basis.message.text).toContain('建议：');
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toContain('%E4%B8%AD%E6%96%87%20%E7%9B%AE%E5%BD%95/%E8%8D%89%E6%A1%88.md');
    // Unreadable files are tool notifications with their error code.
    const notes = run.invocations[0].toolExecutionNotifications;
    const codes = notes.map((n: { descriptor: { id: string } }) => n.descriptor.id);
    expect(codes).toHaveLength(3);
    expect(codes).toEqual(expect.arrayContaining(['E_EMPTY_FILE', 'E_NOT_DOCX']));
    // The truncated zip: E_ZIP_CORRUPT once the .docx reader is in the build, E_UNSUPPORTED_FORMAT before.
    expect(codes.filter((c: string) => c !== 'E_EMPTY_FILE' && c !== 'E_NOT_DOCX')[0]).toMatch(/^E_(ZIP_CORRUPT|UNSUPPORTED_FORMAT)$/);
  });

  it('reports a finding once even when the report holds it twice', async () => {
    const { report, rules } = await reportOf({ 'a.md': sampleLibrary()['new.md'] });
    const doc = report.documents[0];
    const twice = { ...report, documents: [{ ...doc, findings: [...doc.findings, ...doc.findings] }] };
    const sarif = JSON.parse(renderSarif(twice, { rules: ruleInfo(rules) }));
    expect(sarif.runs[0].results).toHaveLength(doc.findings.length);
    expect(errors(sarif)).toEqual([]);
  });

  it('is checked by a validator that does reject a broken log', () => {
    expect(
      errors({
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'x' } },
            results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' }, region: { startLine: 0 } } }] }],
          },
        ],
      }),
    ).not.toEqual([]);
  });

  it('maps paths to artifact locations', () => {
    expect(artifactLocation('dir/文件 1.md')).toEqual({ uri: 'dir/%E6%96%87%E4%BB%B6%201.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/abs/x.md')).toEqual({ uri: 'file:///abs/x.md' });
  });
});
