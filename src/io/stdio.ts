import { fstatSync, statSync, writeSync } from 'node:fs';

/**
 * Standard output and error without Node's streams where they are not
 * needed. The first use of process.stdout or process.stderr builds a stream
 * for it (for a pipe, a net.Socket), and that loads Node's stream and net
 * modules (tty for a terminal): about 7 ms and 190 fresh memory pages at every start on the
 * 2-core VM (bench/README.md), for a report that is written once.
 *
 * A regular file, pipe or socket is written directly with writeSync, as
 * Node's own stream writes them on POSIX (synchronously, in order), and so
 * is the null device (`> /dev/null` in a CI job, stdio 'ignore' of a parent
 * process), which is no terminal. Streams remain for what they handle
 * better: terminals and other character devices (their isTTY and columns),
 * Windows (console code pages, overlapped pipe handles), and a pipe that
 * whoever opened it left non-blocking (EAGAIN: the rest goes through the
 * stream, which waits for the reader).
 *
 * A reader that has gone (EPIPE: `hrss-audit check . | head`) ends the
 * output quietly, as in other command-line tools; the exit code stays the
 * audit's. (Node's stream would throw an unhandled 'error' event.)
 */
export interface OutputStream {
  write(chunk: string | Uint8Array): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

type Mode = 'unknown' | 'direct' | 'stream' | 'closed';

class StdioOutput implements OutputStream {
  private mode: Mode = 'unknown';

  constructor(
    private readonly fd: number,
    private readonly stream: () => OutputStream,
    private readonly writeBytes: typeof writeSync,
  ) {}

  private resolveMode(): Mode {
    if (this.mode === 'unknown') this.mode = process.platform !== 'win32' && writtenDirectly(this.fd) ? 'direct' : 'stream';
    return this.mode;
  }

  /** Only a character device can be a terminal: for anything else the answer needs no stream. */
  get isTTY(): boolean {
    return this.resolveMode() === 'stream' ? !!this.stream().isTTY : false;
  }

  get columns(): number | undefined {
    return this.resolveMode() === 'stream' ? this.stream().columns : undefined;
  }

  write(chunk: string | Uint8Array): boolean {
    const mode = this.resolveMode();
    if (mode === 'closed') return false;
    if (mode === 'stream') return this.stream().write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let done = 0;
    try {
      while (done < bytes.length) done += this.writeBytes(this.fd, bytes, done, bytes.length - done);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        this.mode = 'closed';
        return false;
      }
      if (code !== 'EAGAIN') throw e;
      this.mode = 'stream';
      return this.stream().write(bytes.subarray(done));
    }
  }
}

/** Anything but a character device, and the null device, which is one: the same device as /dev/null. */
function writtenDirectly(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return true;
    const nul = statSync('/dev/null');
    return nul.isCharacterDevice() && st.rdev === nul.rdev;
  } catch {
    // Closed or unusual descriptor (or no /dev/null): let Node's stream decide what it is.
    return false;
  }
}

/** This process's standard output. */
export function stdoutOutput(): OutputStream {
  return fdOutput(1, () => process.stdout);
}

/** This process's standard error. */
export function stderrOutput(): OutputStream {
  return fdOutput(2, () => process.stderr);
}

/** An output on any descriptor, with the stream it falls back to and (for tests) the write it uses. */
export function fdOutput(fd: number, stream: () => OutputStream, write: typeof writeSync = writeSync): OutputStream {
  return new StdioOutput(fd, stream, write);
}
