#!/usr/bin/env node
// Starts the command line. Everything else lives in src/ (built to dist/).
import { runCli } from "../dist/cli/main.js";

const status = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  },
});
process.exitCode = status;
