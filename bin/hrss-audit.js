#!/usr/bin/env node
// Launcher only: everything lives in the compiled CLI.
import { launchCli } from '../dist/bundle/main.mjs';

launchCli(process.argv).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`hrss-audit: 内部错误：${error && error.message ? error.message : String(error)}\n`);
    if (process.argv.includes('--debug') && error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  },
);
