import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root, found by walking up from this module: the same code runs
 * compiled (dist/src/…) and from source in tests (src/…).
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if (JSON.parse(readFileSync(candidate, 'utf8')).name === 'hrss-audit') return dir;
      } catch {
        // keep walking
      }
    }
    dir = dirname(dir);
  }
  throw new Error('hrss-audit package root not found');
}

export const PACKAGE_ROOT = findRoot();
export const TOOL_VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
