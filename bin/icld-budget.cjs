#!/usr/bin/env node
// Starts the command line from its bundle (dist/bundle/, built by `npm run build`).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const { loadCli } = createRequire(import.meta.url)("./load-bundle.cjs");
const { runCli } = loadCli().cli;

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
