#!/usr/bin/env node
// Starts the command line from its bundle (dist/bundle/, built by `npm run build`).
// CommonJS, like the bundle: an ES-module entry point would have Node.js load its ES-module
// loader (and fs/promises) first, which costs a check several milliseconds.
"use strict";
const { fstatSync, statSync, writeSync } = require("node:fs");
const path = require("node:path");
const { loadCli } = require("./load-bundle.cjs");

const { runCli } = loadCli().cli;

/**
 * A writer for a file descriptor that is a regular file or /dev/null, where Node's own stream
 * writes with fs.writeSync too; undefined for a terminal or a pipe (or on Windows).
 */
function plainFileWriter(fd) {
  if (process.platform === "win32") return undefined;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() && !(stat.isCharacterDevice() && stat.rdev === statSync("/dev/null").rdev)) return undefined;
  } catch {
    return undefined;
  }
  return {
    write(data) {
      const bytes = typeof data === "string" ? Buffer.from(data) : data;
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
      return true;
    },
  };
}

// process.stdout and process.stderr are made on first use, each with Node's stream machinery
// (for a pipe, its network code), so only the streams a command writes to are made; output to
// a file or to nowhere is written directly.
const stdoutFile = plainFileWriter(1);
let stdout;
let stderr;

runCli(process.argv.slice(2), {
  stdout: stdoutFile ?? { write: (text) => (stdout ??= process.stdout).write(text) },
  stderr: { write: (text) => (stderr ??= process.stderr).write(text) },
  env: process.env,
  get stdoutIsTTY() {
    return stdoutFile === undefined && Boolean(process.stdout.isTTY);
  },
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
  const drained = (stream) => stream === undefined || stream.writableLength === 0;
  if (drained(stdout) && drained(stderr)) process.exit(status);
});
