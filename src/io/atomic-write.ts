import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/**
 * Write a file atomically: write a temporary file beside the target, then
 * rename over it. A crash leaves either the old file or the new one, never a
 * half-written report, cache or config.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: { mkdir?: boolean } = {}): Promise<void> {
  const dir = dirname(path);
  if (options.mkdir) await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flush: true });
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
