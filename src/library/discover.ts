import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { HrssError } from '../errors.js';
import { SUPPORTED_EXTENSIONS } from '../document/sniff.js';

export interface DiscoverOptions {
  cwd: string;
  /** Extra ignore patterns (gitignore syntax) from the config. */
  ignore?: string[];
}

const DEFAULT_IGNORES = ['node_modules/', '.git/', '.hrss-audit/', '~$*', '.~lock.*'];
/**
 * Legacy Word/WPS files are picked up too, so that a folder of old .doc files
 * is reported (E_DOC_LEGACY, with how to convert them) rather than silently skipped.
 */
const LEGACY_EXTENSIONS = ['doc', 'wps'];
const EXTENSIONS = [...Object.keys(SUPPORTED_EXTENSIONS).map((e) => e.slice(1)), ...LEGACY_EXTENSIONS];

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/**
 * Expand the paths given on the command line into files: files as given
 * (whatever their extension, so the user hears why one is unsupported),
 * folders recursively for supported extensions, globs as globs. Honours
 * .hrss-auditignore in the working directory and the config's ignore list.
 * Returns absolute paths, sorted, without duplicates.
 */
export async function discoverFiles(inputs: string[], options: DiscoverOptions): Promise<string[]> {
  const found = new Set<string>();
  const globs: string[] = [];
  for (const input of inputs) {
    const abs = resolve(options.cwd, input);
    if (existsSync(abs)) {
      const st = statSync(abs);
      if (st.isFile()) {
        // A file named explicitly is audited even if an ignore pattern matches, as ESLint warns rather than drops; we keep it simple and audit it.
        found.add(abs);
        continue;
      }
      if (st.isDirectory()) {
        globs.push(`${toPosix(relative(options.cwd, abs)) || '.'}/**/*.{${EXTENSIONS.join(',')}}`);
        continue;
      }
    }
    if (/[*?[\]{}]/.test(input)) {
      globs.push(toPosix(input));
      continue;
    }
    throw new HrssError('E_FILE_NOT_FOUND', `找不到“${input}”：文件或目录不存在`);
  }
  if (globs.length > 0) {
    // The ignore rules only filter what a folder or glob finds: a check of named files never loads them.
    const { default: ignoreFactory } = await import('ignore');
    const ig = ignoreFactory().add(DEFAULT_IGNORES);
    const ignoreFile = join(options.cwd, '.hrss-auditignore');
    if (existsSync(ignoreFile)) ig.add(readFileSync(ignoreFile, 'utf8'));
    if (options.ignore?.length) ig.add(options.ignore);
    const base = options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep;
    const isIgnored = (abs: string): boolean => {
      // Most matches lie under the working directory: slicing is much cheaper than path.relative on thousands of files.
      const rel = toPosix(abs.startsWith(base) ? abs.slice(base.length) : relative(options.cwd, abs));
      return rel !== '' && !rel.startsWith('..') && ig.ignores(rel);
    };
    const { glob } = await import('tinyglobby');
    const matches = await glob(globs, { cwd: options.cwd, absolute: true, dot: false, caseSensitiveMatch: false, ignore: ['**/node_modules/**', '**/.git/**'] });
    for (const m of matches) {
      const abs = sep === '/' ? m : resolve(m);
      if (!isIgnored(abs) && EXTENSIONS.includes(abs.split('.').pop()!.toLowerCase())) found.add(abs);
    }
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
