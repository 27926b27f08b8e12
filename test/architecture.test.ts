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

  /** The modules of ours a file imports, as folder/file paths under src/, with whether only types are imported. */
  const importsOf = (path: string) =>
    [...readFileSync(path, "utf8").matchAll(/^import (type )?[^;]*? from "(\.[^"]+)";/gm)].map((match) => ({
      typeOnly: match[1] !== undefined,
      target: join(path, "..", match[2]!).slice(SRC.length).replace(/\.js$/, ".ts"),
    }));

  it("keeps the model free of the rest: it imports nothing of ours outside model/", () => {
    const offences = files(join(SRC, "model")).flatMap((path) =>
      importsOf(path)
        .filter((i) => !i.target.startsWith("model/"))
        .map((i) => `${path.slice(SRC.length)} → ${i.target}`),
    );
    expect(offences).toEqual([]);
  });

  it("has calc, check and render import no command line, and render only the types of calc", () => {
    const offences: string[] = [];
    for (const folder of ["calc", "check", "render"]) {
      for (const path of files(join(SRC, folder))) {
        for (const { target, typeOnly } of importsOf(path)) {
          if (target.startsWith("cli/")) offences.push(`${path.slice(SRC.length)} → ${target}`);
          if (folder === "render" && target.startsWith("calc/") && !typeOnly) offences.push(`${path.slice(SRC.length)} → ${target} (not types only)`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it("words every finding in one place, for every code the code raises", () => {
    const messages = readFileSync(join(SRC, "check/messages.ts"), "utf8");
    const raised = new Set<string>();
    for (const path of files(SRC)) {
      for (const match of readFileSync(path, "utf8").matchAll(
        /\bcode: "([A-Z][A-Z_]+)"|problem\("([A-Z][A-Z_]+)"|add\("([A-Z][A-Z_]+)"|message: "([A-Z][A-Z_]+)"/g,
      )) {
        raised.add(match[1] ?? match[2] ?? match[3] ?? match[4]!);
      }
    }
    // The outcomes of writing a file are worded where they are written (cli/write-file.ts), not findings.
    const internal = new Set(["EXISTS", "IS_INPUT", "WRITE_FAILED"]);
    const unworded = [...raised].filter((code) => !internal.has(code) && !new RegExp(`^ +${code}: `, "m").test(messages));
    expect(raised.size).toBeGreaterThan(60);
    expect(unworded).toEqual([]);
  });
});
