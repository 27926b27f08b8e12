#!/usr/bin/env node
// Starts the command line from its bundle (dist/bundle/, built by `npm run build`).
// CommonJS, like the bundle: an ES-module entry point would have Node.js load its ES-module
// loader (and fs/promises) first, which costs a check several milliseconds.
"use strict";
const path = require("node:path");
const { loadCli } = require("./load-bundle.cjs");

const { runCli } = loadCli().cli;

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  packageRoot: path.join(__dirname, ".."),
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  },
}).then((status) => {
  process.exitCode = status;
  // Everything is written: leave now, rather than let V8 finish collecting garbage that no one
  // will use (a few to tens of milliseconds after a big plan). Output still queued on a pipe
  // (asynchronous on some systems) is let drain first.
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(status);
});
