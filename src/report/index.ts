import type { Report } from '../engine/types.js';
import type { ReportContext } from './context.js';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'markdown', 'html', 'docx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Formats whose output is binary (never written to a terminal). */
export const BINARY_FORMATS: readonly OutputFormat[] = ['docx'];

/** What reporters may say about a rule (SARIF lists every rule that ran, with its doc page). */
export interface RuleInfo {
  id: string;
  /** Severity in effect for this run. */
  severity: 'error' | 'warning' | 'info';
  description: string;
  basis: string;
  /** Doc page, relative to the package root (or a URL). */
  docs?: string;
}

export interface RenderOptions {
  color: boolean;
  /** The rules that ran, for formats that describe them (sarif). */
  rules?: RuleInfo[];
  /** Rules applied, corpus, reviewer: printed by the review-opinion formats (markdown, html, docx). */
  context?: ReportContext;
}

/** Render a report in the chosen format; reporters are loaded on demand. */
export async function renderReport(format: OutputFormat, report: Report, options: RenderOptions): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).renderJson(report);
    case 'stylish':
      return (await import('./stylish.js')).renderStylish(report, { color: options.color });
    case 'sarif':
      return (await import('./sarif.js')).renderSarif(report, { rules: options.rules ?? [] });
    case 'junit':
      return (await import('./junit.js')).renderJunit(report);
    case 'markdown':
      return (await import('./opinion/markdown.js')).renderOpinionMarkdown(report, options.context);
    case 'html':
      return (await import('./opinion/html.js')).renderOpinionHtml(report, options.context);
    case 'docx':
      return (await import('./opinion/docx.js')).renderOpinionDocx(report, options.context);
  }
}
