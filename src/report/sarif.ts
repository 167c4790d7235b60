import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentResult, Finding, Report, Severity } from '../engine/types.js';
import { PACKAGE_ROOT } from '../package-info.js';
import { printable } from '../io/printable.js';
import type { RuleInfo } from './index.js';
import { sha256Hex } from '../io/sha256.js';

/**
 * SARIF 2.1.0 (OASIS) for code-scanning dashboards (GitHub, GitLab, Azure
 * DevOps). One run; every rule that ran is described with its doc page as
 * help; each finding is a result located by a relative artifact URI and a
 * region (1-based lines and UTF-16 columns, end column exclusive — the
 * same convention as our JSON). The legal address and page go in the
 * location's properties. Unreadable files are tool execution notifications.
 * Paths stay exact in artifact URIs (percent-encoded, so control characters
 * are safe); message text, which viewers print, shows them through printable.
 */

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';

/** A report path as an artifact location: a relative URI against %SRCROOT%, or a file: URI for an absolute path. */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function docPage(docs: string | undefined): string | undefined {
  if (!docs || /^https?:/.test(docs)) return undefined;
  const file = join(PACKAGE_ROOT, docs);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function ruleDescriptor(id: string, info: RuleInfo | undefined): Record<string, unknown> {
  if (!info) return { id, shortDescription: { text: id } };
  const page = docPage(info.docs);
  const text = `${info.description}\n依据：${info.basis}`;
  return {
    id,
    name: id,
    shortDescription: { text: info.description },
    fullDescription: { text },
    help: page ? { text, markdown: page } : { text },
    ...(info.docs && /^https?:/.test(info.docs) ? { helpUri: info.docs } : {}),
    defaultConfiguration: { level: LEVEL[info.severity] },
    properties: { basis: info.basis, tags: [id.split('/')[0]] },
  };
}

function fingerprint(doc: DocumentResult, f: Finding): string {
  return sha256Hex(`${doc.path}\u0000${f.ruleId}\u0000${f.message}\u0000${f.excerpt}`);
}

export function renderSarif(report: Report, options: { rules: RuleInfo[] }): string {
  const known = new Map(options.rules.map((r) => [r.id, r]));
  const ids = [...new Set([...options.rules.map((r) => r.id), ...report.documents.flatMap((d) => d.findings.map((f) => f.ruleId))])].sort();
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const artifacts = report.documents.map((d) => ({
    location: artifactLocation(d.path),
    ...(d.sha256 ? { hashes: { 'sha-256': d.sha256 } } : {}),
    properties: { format: d.format, status: d.status, verdict: d.verdict, title: d.meta?.title ?? null },
  }));
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  const seen = new Set<string>();
  report.documents.forEach((doc, index) => {
    const artifact = { ...artifactLocation(doc.path), index };
    if (doc.status === 'unreadable') {
      notifications.push({
        level: 'error',
        message: { text: `${printable(doc.path)}：${doc.error?.message ?? '无法读取'}` },
        descriptor: { id: doc.error?.code ?? 'E_INTERNAL' },
        locations: [{ physicalLocation: { artifactLocation: artifact } }],
      });
      return;
    }
    for (const f of doc.findings) {
      const l = f.location;
      const key = `${index}\u0000${f.ruleId}\u0000${l.line}:${l.column}-${l.endLine}:${l.endColumn}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const region: Record<string, unknown> = { startLine: l.line, startColumn: l.column, endLine: Math.max(l.endLine, l.line), endColumn: l.endColumn };
      if (f.excerpt) region.snippet = { text: f.excerpt };
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.suggestion ? `${f.message}\n建议：${f.suggestion}` : f.message },
        locations: [
          {
            physicalLocation: { artifactLocation: artifact, region },
            logicalLocations: [{ name: l.address, kind: 'section' }],
            properties: { address: l.address, article: l.article, page: l.page, paragraph: l.paragraph },
          },
        ],
        partialFingerprints: { 'hrssAudit/v1': fingerprint(doc, f) },
        properties: { basis: f.basis, suggestion: f.suggestion, related: f.related },
      });
    }
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            language: 'zh-CN',
            rules: ids.map((id) => ruleDescriptor(id, known.get(id))),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        artifacts,
        results,
        columnKind: 'utf16CodeUnits',
        properties: { asOf: report.asOf, generatedAt: report.generatedAt, summary: report.summary },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
