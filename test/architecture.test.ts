/**
 * The core never prints, exits or reads files: only src/cli/ (and the one plan reader,
 * src/input/load-plan.ts) may touch the file system, the process, the console or commander.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../src/", import.meta.url).pathname;
const CORE = ["model", "input", "rates", "calc", "check", "render"];
const ALLOWED = new Set(["input/load-plan.ts"]);
const FORBIDDEN: [RegExp, string][] = [
  [/from "node:fs|from "fs"|from "node:fs\/promises"/, "the file system"],
  [/from "commander"/, "commander"],
  [/\bprocess\./, "process"],
  [/\bconsole\./, "console"],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("architecture", () => {
  it("keeps the core free of I/O", () => {
    const offences: string[] = [];
    for (const folder of CORE) {
      for (const path of files(join(SRC, folder))) {
        const relative = path.slice(SRC.length);
        if (ALLOWED.has(relative)) continue;
        const text = readFileSync(path, "utf8");
        for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) offences.push(`${relative} uses ${what}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it("keeps the core from importing the command line", () => {
    const offences = CORE.flatMap((folder) => files(join(SRC, folder)).filter((path) => /from "\.\.\/(\.\.\/)?cli\//.test(readFileSync(path, "utf8"))));
    expect(offences).toEqual([]);
  });
});
