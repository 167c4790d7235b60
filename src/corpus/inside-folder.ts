import { isAbsolute, posix, relative, sep, win32 } from 'node:path';

/**
 * Containment of paths an import reads: a manifest may only name files in
 * its own folder, and a walked folder's links may only lead within it.
 */

/** Whether `path` is `folder` or lies below it (both absolute; resolve links first with realpath). */
export function insideFolder(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Why a path written in a manifest cannot be used, or undefined when it is
 * a relative path that stays in the manifest's folder. Absolute paths are
 * refused in either convention (`/etc/passwd`, `C:\…`, `C:…`, `\\server\share`),
 * whatever system reads the manifest, so a manifest means the same on every
 * machine.
 */
export function manifestPathProblem(path: string): string | undefined {
  if (posix.isAbsolute(path) || win32.isAbsolute(path) || /^[a-z]:/i.test(path)) return '是绝对路径，应为相对于清单所在目录的路径';
  const parts = path.split(/[\\/]+/);
  let depth = 0;
  for (const part of parts) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return '用“..”指向清单所在目录之外';
  }
  if (depth === 0) return '没有指向清单所在目录中的文件';
  return undefined;
}
