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
    const probe = spawnSync('unshare', ['-n', process.execPath, '-e', "require('dns').lookup('registry.npmjs.org', (e) => process.exit(e ? 3 : 0))"], {
      encoding: 'utf8',
      env,
    });
    expect(probe.error, 'unshare must be available (root or user namespaces)').toBeUndefined();
    expect(probe.status).toBe(3);
    const r = spawnSync('unshare', ['-n', process.execPath, BIN, 'check', ...files, '--format', 'json', '--as-of', '2024-05-20'], {
      encoding: 'utf8',
      env,
      cwd: ROOT,
    });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.summary.unreadable).toBe(0);
    expect(report.documents.map((d: { format: string }) => d.format)).toEqual(['docx', 'md', 'pdf']);
    const findings = report.documents.map((d: { findings: Array<{ ruleId: string; location: { address: string } }> }) =>
      d.findings.map((f) => `${f.ruleId}@${f.location.address}`).sort(),
    );
    expect(findings[1].length).toBeGreaterThan(0);
    expect(findings[0]).toEqual(findings[1]);
    expect(findings[2]).toEqual(findings[1]);
  });
});

describe('nothing in a document is executed or fetched', () => {
  it('reads a .docx with a remote template, a linked remote image and a macro part, with no network', async () => {
    const { makeDocx, documentXml } = await import('../readers/docx/helpers.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const dir = mkdtempSync(join(tmpdir(), 'hrss-remote-'));
    const body = [
      '<w:p><w:r><w:t>湖南省就业见习管理办法</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>第一条 为规范就业见习，根据《中华人民共和国就业促进法》，制定本办法。</w:t></w:r></w:p>',
      `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip xmlns:r="${R}" r:link="rIdImg"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`,
      '<w:p><w:r><w:t>第二条 本办法自2025年6月1日起施行。</w:t></w:r></w:p>',
    ].join('');
    const file = join(dir, 'remote.docx');
    writeFileSync(
      file,
      makeDocx({
        '[Content_Types].xml':
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
        '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
        'word/document.xml': documentXml(body),
        'word/_rels/document.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg" Type="${R}/image" Target="http://10.255.255.1/logo.png" TargetMode="External"/><Relationship Id="rIdSettings" Type="${R}/settings" Target="settings.xml"/><Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
        'word/settings.xml': `<?xml version="1.0"?><w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${R}"><w:attachedTemplate r:id="rIdTpl"/></w:settings>`,
        'word/_rels/settings.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTpl" Type="${R}/attachedTemplate" Target="http://10.255.255.1/template.dotm" TargetMode="External"/></Relationships>`,
        'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]),
      }),
    );
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    const r = spawnSync('unshare', ['-n', process.execPath, BIN, 'check', file, '-f', 'json', '--timeout', '20000'], { encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.status).toBe('ok');
    expect(doc.stats.articles).toBe(2);
    expect(doc.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('validity/missing');
  });
});
