import { hostname } from 'node:os';
import { open, readFile, rm } from 'node:fs/promises';
import { HrssError } from '../errors.js';

/**
 * One writer at a time: a lock file beside the corpus, created exclusively.
 * A second importer waits (up to `waitMs`) and then gives a clear busy
 * error; a lock left by a process that no longer runs is taken over.
 */

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export function lockPath(target: string): string {
  return `${target}.lock`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockInfo | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Take the writer lock of a corpus file; resolves to a release function. */
export async function acquireLock(target: string, options: { waitMs: number }): Promise<() => Promise<void>> {
  const path = lockPath(target);
  const me: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      return async () => {
        const current = await readLock(path);
        if (current && current.pid === me.pid && current.startedAt === me.startedAt) await rm(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await readLock(path);
    if (holder && holder.host === me.host && !alive(holder.pid)) {
      // Left behind by a process that crashed or was killed.
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `进程 ${holder.pid}（${holder.host}，始于 ${holder.startedAt}）` : '另一个进程';
      throw new HrssError(
        'E_CORPUS_BUSY',
        `语料库 ${target} 正由${who}写入；等待 ${Math.round(options.waitMs / 1000)} 秒后仍未结束。若确认没有导入在运行，可删除锁文件 ${path}`,
      );
    }
    await sleep(Math.min(200, Math.max(10, deadline - Date.now())));
  }
}
