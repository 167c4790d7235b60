/**
 * The second script of the bundle (dist/bundle/hrss-audit-libs.cjs): the
 * libraries only a user's config or term file needs, loaded on first use
 * (see src/launcher/bundle-loader.ts). The tool's own modules import them as
 * usual; the build points those imports here.
 */
import * as yaml from 'yaml';
import * as zod from 'zod';
import zodZhCN from 'zod/v4/locales/zh-CN.js';

export const modules: Record<string, unknown> = {
  zod,
  'zod/v4/locales/zh-CN.js': { default: zodZhCN },
  yaml,
};
