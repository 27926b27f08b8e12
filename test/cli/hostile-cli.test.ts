/**
 * Hostile input through the real binary: endless files and standard input, absurd nesting,
 * floods of problems and of findings. Each ends in a clear result or error (never exit 3),
 * within vitest's time-out.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILES } from "../../src/cli/check-command.js";
import { MAX_PLAN_BYTES } from "../../src/input/parse-plan.js";
import { planText } from "../helpers.js";

const ROOT = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");
const BIN = join(ROOT, "bin/icld-budget.cjs");
const dir = mkdtempSync(join(tmpdir(), "icld-hostile-"));

function run(args: string[], stdin: "ignore" | number = "ignore") {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    stdio: [stdin, "pipe", "pipe"],
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("hostile input, end to end", () => {
  it("never sends a plan's control characters to the terminal: excerpts and quoted values show them (␛), in every format", () => {
    // Raw bytes in the file, not YAML escapes: ESC ] 0 ; … BEL would set the terminal's title.
    const file = join(dir, "escapes.yaml");
    writeFileSync(
      file,
      planText('costs:\n  - {item: "Revision", category: audit, amount: "1\u001b[31m"}').replace("title: Test plan", 'title: "\u001b]0;pwned\u0007 Test plan"'),
    );
    for (const format of ["table", "github", "junit"]) {
      const { status, stdout, stderr } = run(["check", "--format", format, file]);
      expect(status).toBe(2);
      expect(stdout + stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(stdout + stderr).toContain("1␛[31m");
    }
    const { stderr } = run(["check", file]);
    // The excerpt keeps its columns: ␛ is one character, so the caret stands under the value.
    const lines = stderr.split("\n");
    const excerpt = lines.findIndex((line) => line.includes('{item: "Revision"'));
    expect(lines[excerpt + 1]!.indexOf("^")).toBe(lines[excerpt]!.indexOf('"1␛'));
    expect(stderr).toContain("error[CONTROL_CHARACTER]: this text holds the control character U+001B");
    expect(stderr).toContain("␛]0;pwned␇");
  });

  it("refuses an endless file as too large after reading just past the limit", () => {
    const { status, stderr } = run(["check", "/dev/zero"]);
    expect(status).toBe(2);
    expect(stderr).toContain(`error[FILE_TOO_LARGE]: the file is too large (more than the ${MAX_PLAN_BYTES} bytes a file may have)`);
  });

  it("refuses endless standard input the same way", () => {
    const zero = openSync("/dev/zero", "r");
    try {
      const { status, stderr } = run(["check", "-", "--lang", "sv"], zero);
      expect(status).toBe(2);
      // In Swedish to the letter: the size is unknown, and no English word says so.
      expect(stderr).toContain(`<stdin>: fel[FILE_TOO_LARGE]: filen är för stor (mer än de ${MAX_PLAN_BYTES} byte en fil får ha)`);
    } finally {
      closeSync(zero);
    }
  });

  it("refuses 10 MB of unclosed brackets as too deep, at the bracket past the limit", () => {
    const path = join(dir, "brackets.yaml");
    writeFileSync(path, "[".repeat(10_000_000));
    const { status, stderr } = run(["check", path]);
    expect(status).toBe(2);
    expect(stderr).toContain(`${path}:1:65: error[TOO_DEEP]`);
  });

  it("refuses brackets hidden behind quoted closers too (the lexer tells them apart)", () => {
    const path = join(dir, "quoted-closers.yaml");
    writeFileSync(path, `a: ${'["]", '.repeat(6000)}`);
    const { status, stderr } = run(["check", path]);
    expect(status).toBe(2);
    expect(stderr).toContain("error[TOO_DEEP]");
  });

  it("refuses a line nested a million levels by block indicators", () => {
    const path = join(dir, "dashes.yaml");
    writeFileSync(path, `${"- ".repeat(1_000_000)}x\n`);
    const { status, stderr } = run(["check", path]);
    expect(status).toBe(2);
    expect(stderr).toContain(`${path}:1:1: error[TOO_DEEP]`);
  });

  it("reports the first 100 of 130 000 invalid list items, then counts the rest", () => {
    const path = join(dir, "years.yaml");
    writeFileSync(path, `version: 1\ntitle: x\nphase: preparation\nregion: europe\nyears: [${Array(130_000).fill("x").join(", ")}]\n`);
    const { status, stderr } = run(["check", path]);
    expect(status).toBe(2);
    // Of the 100 problems kept, the terminal shows the first 10 of the code and counts the other 90.
    expect(stderr.match(/error\[INVALID_YEAR\]/g)).toHaveLength(10);
    expect(stderr).toContain("… and 90 more INVALID_YEAR (same cause");
    // The list is checked to its first 10 000 elements: 9 900 more are counted, and there may be more.
    expect(stderr).toContain("error[TOO_MANY_PROBLEMS]: and at least 9900 more problems (9900 INVALID_YEAR) after the first 100");
  });

  it("shows the first 10 findings of a code in the terminal and counts the rest; JSON keeps all", () => {
    const path = join(dir, "many-warnings.yaml");
    const body = Array.from({ length: 2500 }, (_, i) => `  - {item: Interpreter ${i}, category: interpretation, amount: 1}`).join("\n");
    writeFileSync(path, planText(`costs:\n${body}`));
    const table = run(["check", path]);
    expect(table.status).toBe(0);
    expect(table.stdout.match(/warning\[ELIGIBILITY_UNCONFIRMED\]/g)).toHaveLength(10);
    expect(table.stdout).toContain("… and 2 490 more ELIGIBILITY_UNCONFIRMED (same cause");
    const json = JSON.parse(run(["check", "--format", "json", path]).stdout);
    expect(json.plans[0].findings.filter((f: { code: string }) => f.code === "ELIGIBILITY_UNCONFIRMED")).toHaveLength(2500);
    const github = run(["check", "--format", "github", path]).stdout;
    expect(github.match(/^::warning .*title=ELIGIBILITY_UNCONFIRMED/gm)).toHaveLength(2500);
  });

  it("reports 20 000 problems as the first 100, with excerpts, and a count of the rest", () => {
    const path = join(dir, "many-errors.yaml");
    const body = Array.from({ length: 20_000 }, (_, i) => `  - {item: Cost ${i}, category: audit, amount: 1, year: 2030}`).join("\n");
    writeFileSync(path, planText(`costs:\n${body}`));
    const { status, stderr } = run(["check", path]);
    expect(status).toBe(2);
    expect(stderr.match(/error\[YEAR_OUTSIDE_PLAN\]/g)).toHaveLength(10);
    expect(stderr).toContain("… and 90 more YEAR_OUTSIDE_PLAN (same cause");
    expect(stderr).toContain("and 19900 more problems (19900 YEAR_OUTSIDE_PLAN)");
    // planText puts the body on line 9: cost i is on line 10 + i; the 10th shown is cost 9.
    expect(stderr).toContain("19 |   - {item: Cost 9, category: audit");
  });

  it("refuses a folder of more files than one call checks, and files holding more in all than one file may, before reading any", () => {
    // `check /tmp` on the project's machine read 13 000 YAML files for five minutes and ran out of memory.
    const many = mkdtempSync(join(tmpdir(), "icld-many-"));
    for (let i = 0; i <= MAX_FILES; i++) writeFileSync(join(many, `p${i}.yaml`), "version: 1\n");
    const tooMany = run(["check", many, "--lang", "sv"]);
    expect([tooMany.status, tooMany.stderr]).toEqual([
      2,
      expect.stringContaining(`${many}: fel[TOO_MANY_FILES]: ${MAX_FILES + 1} filer att kontrollera, och ett anrop kontrollerar högst ${MAX_FILES}`),
    ]);
    // Two files of 9 MiB: each within the limit of one file, together over it. Neither is a plan:
    // a call that read them would report BINARY_FILE.
    const big = mkdtempSync(join(tmpdir(), "icld-big-"));
    for (const name of ["a.yaml", "b.yaml"]) writeFileSync(join(big, name), Buffer.alloc(9 * 1024 * 1024));
    const tooMuch = run(["check", join(big, "a.yaml"), join(big, "b.yaml")]);
    expect(tooMuch.status).toBe(2);
    expect(tooMuch.stderr).toContain(
      `error[TOO_MUCH_INPUT]: the files to read hold ${18 * 1024 * 1024} bytes in all, and one call reads at most ${MAX_PLAN_BYTES}`,
    );
    expect(tooMuch.stderr).not.toContain("BINARY_FILE");
    // One of them alone is checked (and refused for what it is).
    expect(run(["check", join(big, "a.yaml")]).stderr).toContain("error[BINARY_FILE]");
  });

  it("says so when a command that reads one plan is given a folder or a glob of several, or of none (it exited 2 in silence)", () => {
    const budgets = join(ROOT, "budgets");
    const outcomes = [
      run(["report", budgets]),
      run(["explain", join(budgets, "*.yaml"), "--lang", "sv"]),
      run(["diff", join(budgets, "preparation.yaml"), join(dir, "none-*.yaml")]),
      run(["follow-up", budgets, join(budgets, "follow-up/2024.actuals.yaml")]),
    ];
    expect(outcomes.map((o) => [o.status, o.stdout, o.stderr])).toEqual([
      [2, "", `icld-budget: ${budgets} holds 4 plans; this command reads one plan for each name: give a plan file.\n`],
      [2, "", `icld-budget: ${join(budgets, "*.yaml")} innehåller 4 planer; kommandot läser en plan för varje namn: ange en planfil.\n`],
      [2, "", `icld-budget: ${join(dir, "none-*.yaml")} holds 0 plans; this command reads one plan for each name: give a plan file.\n`],
      [2, "", `icld-budget: ${budgets} holds 4 plans; this command reads one plan for each name: give a plan file.\n`],
    ]);
  });
});
