#!/usr/bin/env node
// Launcher only: everything lives in the compiled CLI. CommonJS (bin/package.json): see scripts/bundle.mjs.
'use strict';
const { launchCli } = require('../dist/bundle/main.cjs');

launchCli(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`hrss-audit: 内部错误：${error && error.message ? error.message : String(error)}\n`);
    if (process.argv.includes('--debug') && error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 2;
  },
);
