#!/usr/bin/env node
// Starts the command line from its bundle (dist/bundle/, built by `npm run build`).
// CommonJS, like the bundle: an ES-module entry point would have Node.js load its ES-module
// loader (and fs/promises) first, which costs a check several milliseconds.
"use strict";
const path = require("node:path");
const { loadCli } = require("./load-bundle.cjs");
const { outputFor } = require("./output.cjs");

const loaded = loadCli({ debug: process.argv.includes("--debug") });
const { runCli } = loaded.cli;

const stdout = outputFor(1, () => process.stdout);
const stderr = outputFor(2, () => process.stderr);

runCli(process.argv.slice(2), {
  stdout,
  stderr,
  env: process.env,
  get stdoutIsTTY() {
    return !stdout.direct && Boolean(process.stdout.isTTY);
  },
  get stdoutColumns() {
    return !stdout.direct && process.stdout.isTTY ? process.stdout.columns : undefined;
  },
  get stderrColumns() {
    return !stderr.direct && process.stderr.isTTY ? process.stderr.columns : undefined;
  },
  packageRoot: path.join(__dirname, ".."),
  readStdin: async (maxBytes) => {
    const chunks = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) break; // enough to refuse it as too large; an endless input is never read whole
    }
    return Buffer.concat(chunks);
  },
}).then((status) => {
  process.exitCode = status;
  loaded.saveUserCache();
  // Everything is written: leave now, rather than let V8 finish collecting garbage that no one
  // will use (a few to tens of milliseconds after a big plan). Output still queued in a stream
  // is let drain first.
  if (stdout.pending() === 0 && stderr.pending() === 0) process.exit(status);
});
