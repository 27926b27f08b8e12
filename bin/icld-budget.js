#!/usr/bin/env node
// Starts the command line from its bundle (dist/bundle/, built by `npm run build`).
import { fileURLToPath } from "node:url";
import { runCli } from "../dist/bundle/cli.js";

const status = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  packageRoot: fileURLToPath(new URL("..", import.meta.url)),
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks);
  },
});
process.exitCode = status;
