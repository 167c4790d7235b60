import type { Report } from '../engine/types.js';

export const OUTPUT_FORMATS = ['stylish', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface RenderOptions {
  color: boolean;
}

/** Render a report in the chosen format; reporters are loaded on demand. */
export async function renderReport(format: OutputFormat, report: Report, options: RenderOptions): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return (await import('./json.js')).renderJson(report);
    case 'stylish':
      return (await import('./stylish.js')).renderStylish(report, { color: options.color });
  }
}
