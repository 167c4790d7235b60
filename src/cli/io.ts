import { ERROR_CODES, isHrssError } from '../errors.js';
import { printableMessage } from '../io/printable.js';
import { stderrOutput, stdoutOutput, type OutputStream } from '../io/stdio.js';

export interface CliIO {
  cwd: string;
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return { cwd: process.cwd(), stdout: stdoutOutput(), stderr: stderrOutput(), env: process.env };
}

/** Print a tool error in Chinese (with its code and remedy) and return exit code 2; stack only with --debug. */
export function reportToolError(io: CliIO, e: unknown, debug: boolean): number {
  if (isHrssError(e)) {
    const info = ERROR_CODES[e.code];
    // Paths in messages are escaped where they are put in; this catches any control character that slipped through.
    io.stderr.write(`hrss-audit: ${printableMessage(e.message)}\n  [${e.code}] ${info.remedy}\n`);
    if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
    return info.scope === 'file' ? 1 : 2;
  }
  const err = e as Error;
  io.stderr.write(`hrss-audit: 内部错误：${printableMessage(err?.message ?? String(e))}\n  [E_INTERNAL] ${ERROR_CODES.E_INTERNAL.remedy}\n`);
  if (debug && err?.stack) io.stderr.write(`${err.stack}\n`);
  return 2;
}

/** Colour only for terminals, and never when asked not to (NO_COLOR, --no-color). */
export function useColor(stream: { isTTY?: boolean }, flag: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return !!stream.isTTY;
}
