import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch/posix.js';
import type { DocumentResult } from '../engine/types.js';
import { ERROR_CODES, HrssError } from '../errors.js';
import { SUPPORTED_EXTENSIONS } from '../document/sniff.js';
import { fileIdentity } from '../io/atomic-write.js';
import { printable } from '../io/printable.js';

/**
 * Expand the paths given on the command line into the files to audit.
 *
 * - A path that exists is a path, whatever characters its name holds
 *   (`文件(1)`, `drafts{a,b}`, `规范性文件[2024]`, `star*dir`); only a path
 *   that does not exist is read as a glob.
 * - A file named on the command line is audited whatever its extension (so
 *   the user hears why one is unsupported), and even through a symbolic link:
 *   the user chose it. A special file (FIFO, socket, device) is never opened.
 * - Folders (and the folder a glob starts from) are walked without following
 *   symbolic links. A link whose target lies inside the folder adds nothing
 *   (the target is walked itself, once); a link leading out of the folder is
 *   reported as skipped (E_SYMLINK_OUTSIDE) and never read — like git and
 *   ESLint, a walk stays inside the folder it was given. Loops cannot arise.
 * - Special files in a folder are reported (E_SPECIAL_FILE), never opened; a
 *   subfolder that cannot be listed is reported (E_DIR_READ). Both count as
 *   unreadable files in the exit status: a library is not "clean" while part
 *   of it was not audited.
 * - Hidden entries (dot files and folders), node_modules, .hrss-auditignore
 *   and the config's ignore list are left out of walks.
 */

export interface DiscoverOptions {
  cwd: string;
  /** Extra ignore patterns (gitignore syntax) from the config. */
  ignore?: string[];
  /**
   * Absolute path of the report being written. A report of ours found in a
   * walk (a clean-up list kept inside the library) is left out; any other file
   * the run would audit is refused (E_OUTPUT_IS_INPUT) rather than overwritten.
   */
  output?: string;
}

/** Why an entry found on the way was not audited. */
export type SkipCode = 'E_SYMLINK_OUTSIDE' | 'E_SPECIAL_FILE' | 'E_DIR_READ' | 'E_FILE_READ';

export interface SkippedEntry {
  /** Absolute path (a folder's ends without a separator). */
  path: string;
  /** True for a folder (shown with a trailing slash). */
  folder: boolean;
  code: SkipCode;
  message: string;
}

export interface Discovery {
  /** Absolute paths, sorted, each file once. */
  files: string[];
  /** Entries found but not audited, sorted by path. */
  skipped: SkippedEntry[];
}

const DEFAULT_IGNORES = ['node_modules/', '.git/', '.hrss-audit/', '~$*', '.~lock.*'];
/** The extensions a folder walk or glob picks up (lower case, no dot): those of the one table in sniff.ts. */
export const DISCOVERED_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(SUPPORTED_EXTENSIONS).map((e) => e.slice(1)));

function discovered(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && DISCOVERED_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

const toPosix = sep === '/' ? (p: string): string => p : (p: string): string => p.split(sep).join('/');

function inside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

const SKIP_MESSAGE: Record<Exclude<SkipCode, 'E_FILE_READ'>, { file: string; folder: string }> = {
  E_SYMLINK_OUTSIDE: { file: '符号链接指向审核目录之外，未跟随，也未读取其内容', folder: '指向审核目录之外的文件夹链接，未跟随，其中的文件未审核' },
  E_SPECIAL_FILE: { file: '不是普通文件（命名管道、套接字或设备文件），未打开', folder: '不是普通文件（命名管道、套接字或设备文件），未打开' },
  E_DIR_READ: { file: '文件夹无法读取', folder: '文件夹无法读取' },
};

/** What a walk looks for below its root: all documents, or those a glob matches. */
interface WalkSpec {
  /** Absolute root as given (display paths keep it). */
  root: string;
  /** Its real path: the boundary links must not leave. */
  real: string;
  match?: (rel: string) => boolean;
  /** How many folder levels below the root can hold a match. */
  depth: number;
}

class Discoverer {
  private readonly files = new Map<string, string>(); // real path → path as found
  private readonly skipped = new Map<string, SkippedEntry>();
  private readonly base: string;
  private outputReal: string | undefined;
  /** Where a walk met the file the report is to be written to. */
  outputFound: string | undefined;

  constructor(
    private readonly cwd: string,
    private readonly ignores: (rel: string) => boolean,
    private readonly output: string | undefined,
  ) {
    this.base = cwd.endsWith(sep) ? cwd : cwd + sep;
    if (output) this.outputReal = fileIdentity(output);
  }

  /** Ignore rules apply to paths under the working directory, as .gitignore does. */
  ignored(abs: string, folder: boolean): boolean {
    const rel = toPosix(abs.startsWith(this.base) ? abs.slice(this.base.length) : relative(this.cwd, abs));
    if (rel === '' || rel.startsWith('..')) return false;
    return this.ignores(folder ? `${rel}/` : rel);
  }

  skip(path: string, folder: boolean, code: SkipCode, message?: string): void {
    if (!this.skipped.has(path))
      this.skipped.set(path, { path, folder, code, message: message ?? SKIP_MESSAGE[code as Exclude<SkipCode, 'E_FILE_READ'>][folder ? 'folder' : 'file'] });
  }

  /** A file named on the command line. */
  explicit(abs: string): void {
    const real = realpathSync(abs);
    if (this.outputReal === real) throw outputIsInput(this.output!, abs, this.cwd);
    if (!this.files.has(real)) this.files.set(real, abs);
  }

  walk(spec: WalkSpec): void {
    const stack: Array<{ dir: string; rel: string; level: number }> = [{ dir: spec.root, rel: '', level: 0 }];
    while (stack.length > 0) {
      const { dir, rel, level } = stack.pop()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        this.skip(dir, true, 'E_DIR_READ', `文件夹无法读取（${code ?? (e as Error).message}），其中的文件未审核`);
        continue;
      }
      const dirPrefix = dir.endsWith(sep) ? dir : dir + sep;
      const realPrefix = rel === '' ? (spec.real.endsWith(sep) ? spec.real : spec.real + sep) : `${spec.real}${sep}${rel.split('/').join(sep)}${sep}`;
      for (const entry of entries) {
        const name = entry.name;
        if (name.charCodeAt(0) === 46 /* . */) continue;
        const abs = dirPrefix + name;
        const relChild = rel === '' ? name : `${rel}/${name}`;
        if (entry.isDirectory()) {
          if (level + 1 >= spec.depth || name === 'node_modules' || this.ignored(abs, true)) continue;
          stack.push({ dir: abs, rel: relChild, level: level + 1 });
        } else if (entry.isFile()) {
          if (!discovered(name) || (spec.match && !spec.match(relChild)) || this.ignored(abs, false)) continue;
          this.found(abs, realPrefix + name);
        } else if (entry.isSymbolicLink()) {
          this.link(abs, name, relChild, level, spec);
        } else if (discovered(name) && (!spec.match || spec.match(relChild)) && !this.ignored(abs, false)) {
          this.skip(abs, false, 'E_SPECIAL_FILE');
        }
      }
    }
  }

  private found(abs: string, real: string): void {
    // The report being written, met in a walk: decided once the walk is over (see discoverLibrary).
    if (this.outputReal === real) this.outputFound = abs;
    else if (!this.files.has(real)) this.files.set(real, abs);
  }

  /** A symbolic link met in a walk: never followed. */
  private link(abs: string, name: string, rel: string, level: number, spec: WalkSpec): void {
    let target: string;
    try {
      target = realpathSync(abs);
    } catch (e) {
      // Dangling, a loop of links (ELOOP), or a target we may not see: nothing to audit, but a document the user expects is missing.
      if (discovered(name) && (!spec.match || spec.match(rel)) && !this.ignored(abs, false)) {
        this.skip(abs, false, 'E_FILE_READ', `符号链接的目标不存在或无法解析（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`);
      }
      return;
    }
    // Inside the folder, the target is walked (or ignored) in its own right: following the link would audit it twice.
    if (inside(target, spec.real)) return;
    let folder: boolean;
    try {
      folder = statSync(target).isDirectory();
    } catch {
      folder = false;
    }
    if (folder) {
      if (level + 1 < spec.depth && name !== 'node_modules' && !this.ignored(abs, true)) this.skip(abs, true, 'E_SYMLINK_OUTSIDE');
    } else if (discovered(name) && (!spec.match || spec.match(rel)) && !this.ignored(abs, false)) {
      this.skip(abs, false, 'E_SYMLINK_OUTSIDE');
    }
  }

  result(): Discovery {
    const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    const files = [...this.files.values()].sort(byPath);
    const skipped = [...this.skipped.values()].sort((a, b) => byPath(a.path, b.path));
    return { files, skipped };
  }
}

function outputIsInput(output: string, input: string, cwd: string): HrssError {
  const shown = (p: string): string => printable(relative(cwd, p) || p);
  const same = fileIdentity(output) === fileIdentity(input) && resolve(output) !== resolve(input) ? `（${shown(output)} 就是 ${shown(input)}）` : '';
  return new HrssError('E_OUTPUT_IS_INPUT', `输出文件 ${shown(output)} 是本次要审核的文件${same}，写入报告会覆盖它`);
}

/**
 * Split a glob into the folder it starts from and the pattern below it. The
 * leading segments that exist as folders are taken literally, so a glob
 * under `规范性文件[2024]/` or `文件(1)/` finds its files.
 */
function globRoot(pattern: string, cwd: string): { root: string; rest: string } {
  const segments = pattern.split('/');
  // An absolute glob starts at the file-system root (or the drive's, on Windows).
  const absolute = pattern.startsWith('/') || /^[A-Za-z]:$/.test(segments[0]);
  let root = absolute ? resolve(cwd, `${segments[0]}/`) : cwd;
  let i = absolute ? 1 : 0;
  for (; i < segments.length - 1; i++) {
    const next = resolve(root, segments[i] || '.');
    let isDir = false;
    try {
      isDir = statSync(next).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) break;
    root = next;
  }
  return { root, rest: segments.slice(i).join('/') };
}

function globDepth(rest: string): number {
  if (rest.includes('**') || /\{[^}]*\/[^}]*\}/.test(rest)) return Infinity;
  return rest.split('/').length;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** The ignore rules (defaults, .hrss-auditignore, the config's list) as a matcher of paths relative to the working directory. */
async function ignoreMatcher(options: DiscoverOptions): Promise<(rel: string) => boolean> {
  const { default: ignoreFactory } = await import('ignore');
  const ig = ignoreFactory().add(DEFAULT_IGNORES);
  const ignoreFile = join(options.cwd, '.hrss-auditignore');
  if (existsSync(ignoreFile)) ig.add(readFileSync(ignoreFile, 'utf8'));
  if (options.ignore?.length) ig.add(options.ignore);
  return (rel) => ig.ignores(rel);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export async function discoverLibrary(inputs: string[], options: DiscoverOptions): Promise<Discovery> {
  // The ignore rules only filter what a walk finds: a check of named files never loads them.
  const walks = inputs.some((input) => !isFile(resolve(options.cwd, input)));
  const d = new Discoverer(options.cwd, walks ? await ignoreMatcher(options) : () => false, options.output);

  for (const input of inputs) {
    const abs = resolve(options.cwd, input);
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (st) {
      // A file named explicitly is audited even if an ignore pattern matches (ESLint warns rather than drops; we keep it simple and audit it).
      if (st.isFile()) d.explicit(abs);
      else if (st.isDirectory()) d.walk({ root: abs, real: realpathSync(abs), depth: Infinity });
      else d.skip(abs, false, 'E_SPECIAL_FILE');
      continue;
    }
    if (GLOB_CHARS.test(input)) {
      const { root, rest } = globRoot(toPosix(input), options.cwd);
      if (rest === '') continue;
      const match = picomatch(rest, { dot: false, nocase: true, nonegate: true });
      d.walk({ root, real: realpathSync(root), match, depth: globDepth(rest) });
      continue;
    }
    throw new HrssError('E_FILE_NOT_FOUND', `找不到“${printable(input)}”：文件或目录不存在`);
  }
  if (d.outputFound && options.output) {
    // Our own report from an earlier run (a clean-up list kept in the library) is not a document; anything else must not be overwritten.
    const { looksLikeOwnReport } = await import('../report/own-report.js');
    if (!(await looksLikeOwnReport(d.outputFound))) throw outputIsInput(options.output, d.outputFound, options.cwd);
  }
  return d.result();
}

/** Skipped entries as unreadable results, with paths shown as batch results show theirs (relative to the working directory; folders end with a separator). */
export function skippedResults(skipped: readonly SkippedEntry[], cwd: string): DocumentResult[] {
  const base = cwd.endsWith(sep) ? cwd : cwd + sep;
  return skipped.map((s) => {
    const shown = `${s.path.startsWith(base) ? s.path.slice(base.length) : relative(cwd, s.path) || s.path}${s.folder ? sep : ''}`;
    const dot = s.path.lastIndexOf('.');
    const format = s.folder || dot < 0 ? null : (SUPPORTED_EXTENSIONS[s.path.slice(dot).toLowerCase()] ?? null);
    return {
      path: shown,
      format,
      sha256: '',
      status: 'unreadable',
      error: { code: s.code, message: `${s.message}。${ERROR_CODES[s.code].remedy}` },
      meta: null,
      stats: null,
      verdict: null,
      findings: [],
    };
  });
}
