import { chmod, link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { nodeCrypto } from '../io/node-crypto.js';

/**
 * The secret that authenticates cache entries. The cache file itself can be
 * written by anyone who can write the folder it lives in — in CI it is
 * restored from shared storage — so a checksum inside it proves nothing:
 * each entry carries an HMAC made with a key kept outside the cache. An
 * entry whose HMAC does not verify is ignored and its file audited again;
 * so a cache written elsewhere is never trusted, only recomputed.
 *
 * The key is, in order:
 * - the environment variable HRSS_AUDIT_CACHE_KEY (for CI runners that
 *   share a cache: the same secret on each, kept as a CI secret);
 * - else a random key in the user's configuration folder, created on first
 *   use, readable by the user only: %LOCALAPPDATA%\hrss-audit\cache.key on
 *   Windows, $XDG_CONFIG_HOME/hrss-audit/cache.key or
 *   ~/.config/hrss-audit/cache.key elsewhere.
 */

export const CACHE_KEY_ENV = 'HRSS_AUDIT_CACHE_KEY';

export interface CacheSecret {
  /** Where the key came from, for messages. */
  source: string;
  /** Short public identifier of the key (an HMAC of a fixed text): tells "another key" from "tampered". */
  id: string;
  /** HMAC-SHA256 of a text, hex. */
  mac(text: string): string;
}

export function secretFrom(key: Uint8Array, source: string): CacheSecret {
  const mac = (text: string): string => nodeCrypto().createHmac('sha256', key).update(text).digest('hex');
  return { source, id: mac('hrss-audit cache key id').slice(0, 16), mac };
}

/** Where the per-user key file lives. */
export function cacheKeyFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: () => string = homedir): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home(), 'AppData', 'Local'), 'hrss-audit', 'cache.key');
  return join(env.XDG_CONFIG_HOME || join(home(), '.config'), 'hrss-audit', 'cache.key');
}

const KEY_RE = /^[0-9a-f]{64}$/;

/**
 * The secret for this run: from HRSS_AUDIT_CACHE_KEY, else the key file
 * (created when missing). Throws the file system error when the key can
 * neither be read nor created; the caller then runs without a cache.
 */
export async function loadCacheSecret(env: NodeJS.ProcessEnv = process.env): Promise<CacheSecret> {
  const shared = env[CACHE_KEY_ENV];
  if (shared) return secretFrom(Buffer.from(`hrss-audit-cache:${shared}`, 'utf8'), `环境变量 ${CACHE_KEY_ENV}`);
  const file = cacheKeyFile(env);
  let hex = await readKey(file);
  if (hex === undefined) hex = await createKey(file);
  return secretFrom(Buffer.from(hex, 'hex'), file);
}

async function readKey(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  if (!KEY_RE.test(text)) return undefined;
  if (process.platform !== 'win32') {
    // Readable by others, a key lets them forge entries: take the permissions back (our own file).
    const mode = (await stat(file)).mode;
    if (mode & 0o077) await chmod(file, 0o600);
  }
  return text;
}

/**
 * Write a new key without ever replacing one another process has just
 * written: the key goes to a temporary file, which is then linked to the
 * final name (link fails if the name exists). Whoever loses the race reads
 * the winner's key. A damaged key file (not 64 hex digits) is replaced.
 */
async function createKey(file: string): Promise<string> {
  const dir = join(file, '..');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const hex = nodeCrypto().randomBytes(32).toString('hex');
  const temp = `${file}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, `${hex}\n`, { mode: 0o600, flush: true });
  try {
    try {
      await link(temp, file);
      return hex;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        const theirs = await readKey(file);
        if (theirs !== undefined) return theirs;
        // A damaged key file: ours to replace.
        await rm(file, { force: true });
        await link(temp, file);
        return hex;
      }
      // File systems without hard links (FAT, some network shares): plain write, new file only.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
        await writeFile(file, `${hex}\n`, { mode: 0o600, flag: 'wx' });
        return hex;
      }
      throw e;
    }
  } finally {
    await rm(temp, { force: true });
  }
}
