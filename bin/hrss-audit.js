#!/usr/bin/env node
// Launcher only: everything lives in the compiled CLI. CommonJS (bin/package.json): see scripts/bundle.mjs.
'use strict';
const { launchCli } = require('../dist/bundle/main.cjs');

launchCli(process.argv).then(
  (code) => {
    process.exitCode = code;
    // Nothing left to wait for (no open handle, no pending request or write): end now. Left to end by itself, Node first
    // waits for V8's background garbage collection, which a short check started in its last milliseconds (20–60 ms of a
    // 250 ms check on the 2-core VM, bench/README.md). Anything still pending (a write to a slow pipe, a file operation)
    // keeps the ordinary ending.
    if (process.getActiveResourcesInfo().length === 0) process.exit(code);
  },
  (error) => {
    process.stderr.write(`hrss-audit: 内部错误：${error && error.message ? error.message : String(error)}\n`);
    if (process.argv.includes('--debug') && error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  },
);
