/**
 * The real binary, run the way a user runs it: output and exit status together.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { planText, positionOf } from "../helpers.js";

const BIN = new URL("../../bin/icld-budget.cjs", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "icld-cli-"));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const over = write("over.yaml", planText("costs:\n  - {item: Audit, category: audit, amount: 240000.01}"));
const warned = write("warned.yaml", planText("costs:\n  - {item: Interpreter, category: interpretation, amount: 1000}"));
const invalidText = planText("costs:\n  - {item: Audit, category: audit, amount: 100, colour: red}");
const invalid = write("invalid.yaml", invalidText);
const colourAt = positionOf(invalidText, "colour");

describe("icld-budget check", () => {
  it("reports an example plan that fits, with exit 0", () => {
    const { status, stdout, stderr } = run(["check", "budgets/preparation.yaml"]);
    expect(status).toBe(0);
    expect(stdout).toContain("236 090,60 kr");
    expect(stdout).toContain("✔ fits");
    expect(stdout).toMatch(/Remaining: 3 909,40 kr buys about 8 hours/); // 3 909.40 ÷ 453.76 = 8.6
    expect(stderr).toBe("");
  });

  it("exits 1 when a plan breaks a max, and names the excess", () => {
    const { status, stdout } = run(["check", over]);
    expect(status).toBe(1);
    expect(stdout).toContain("error[ENVELOPE_EXCEEDED]");
    expect(stdout).toContain("SEK 0.01 over");
    // The preparation envelope is the whole phase's: there are no years to spread costs over.
    expect(stdout).toContain("= help: cut costs or move some to co-financing (paid_by: municipality)\n");
    // A project's envelope is a year's: another year may take some.
    const project = write(
      "over-project.yaml",
      planText("costs:\n  - {item: Audit, category: audit, amount: 450001, year: 2024}", { phase: "project", years: "[2024, 2025]" }),
    );
    const projectOver = run(["check", project, "--lang", "sv"]);
    expect(projectOver.status).toBe(1);
    expect(projectOver.stdout).toContain(
      "= hjälp: minska kostnaderna, för över en del till medfinansiering (paid_by: municipality), eller fördela dem över åren\n",
    );
  });

  it("exits 0 with warnings, and 1 with --strict", () => {
    expect(run(["check", warned]).status).toBe(0);
    expect(run(["check", "--strict", warned]).status).toBe(1);
  });

  it("reports an invalid plan on stderr as file:line:col with an excerpt, and still checks the others", () => {
    const { status, stdout, stderr } = run(["check", invalid, "budgets/project.yaml", join(dir, "missing.yaml")]);
    expect(status).toBe(2);
    expect(stdout).toContain("Västerås–Shatsk, project year 1");
    expect(stderr).toContain(`${invalid}:${colourAt}: error[UNKNOWN_KEY]: unknown key "colour"`);
    expect(stderr).toContain("^^^^^^");
    expect(stderr).toContain(`${join(dir, "missing.yaml")}: error[FILE_NOT_FOUND]`);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("gives the JSON result of the spec, money as two-decimal strings", () => {
    const { status, stdout } = run(["check", "--format", "json", "budgets/preparation.yaml", invalid]);
    expect(status).toBe(2);
    const json = JSON.parse(stdout);
    expect(json.version).toBe(1);
    const [plan, bad] = json.plans;
    expect(plan.verdict).toBe("fits");
    expect(plan.envelopes[0]).toMatchObject({
      id: "preparation",
      period: "phase",
      kind: "max",
      limit: "240000.00",
      total: "236090.60",
      remaining: "3909.40",
      fits: true,
      parts: [],
    });
    expect(plan.totals.icld).toBe("236090.60");
    expect(plan.totals.by_category.subsistence).toBe("17575.40"); // 5 575.40 per diem + 12 000 food
    const perDiem = plan.lines.find((line: { label: string }) => line.label.includes("per diem"));
    const [line, column] = positionOf(readFileSync(join(ROOT, "budgets/preparation.yaml"), "utf8"), "per-diem")
      .split(":")
      .map(Number);
    expect(perDiem).toMatchObject({ category: "subsistence", quantity: "14", unit: "day", rate: "457.00", amount: "6398.00", paid_by: "icld", line, column });
    const [badLine, badColumn] = colourAt.split(":").map(Number);
    expect(bad).toEqual({ file: invalid, verdict: "invalid", findings: [expect.objectContaining({ code: "UNKNOWN_KEY", line: badLine, column: badColumn })] });
  });

  it("uses colour only when asked for or on a terminal, and never with --no-color", () => {
    const coloured = run(["check", "budgets/preparation.yaml"], { NO_COLOR: "", FORCE_COLOR: "1" });
    expect(coloured.stdout).toContain("\u001b[");
    expect(run(["check", "budgets/preparation.yaml"], { NO_COLOR: "" }).stdout).not.toContain("\u001b[");
    expect(run(["check", "--no-color", "budgets/preparation.yaml"], { NO_COLOR: "", FORCE_COLOR: "1" }).stdout).not.toContain("\u001b[");
  });

  it("exits 2 on a wrong command line", () => {
    expect(run(["check"]).status).toBe(2);
    expect(run(["check", "--format", "pdf", "budgets/preparation.yaml"]).status).toBe(2);
    expect(run(["frobnicate"]).status).toBe(2);
  });

  it("exits 0 for --help and --version", () => {
    const help = run(["check", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--strict");
    expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("an internal error", () => {
  it("prints one line asking for a bug report, and exits 3", async () => {
    let errors = "";
    const status = await runCli(["check", "budgets/preparation.yaml"], {
      stdout: {
        write: () => {
          throw new Error("disk on fire");
        },
      },
      stderr: { write: (text: string) => (errors += text) },
      env: {},
      stdoutIsTTY: false,
    });
    expect(status).toBe(3);
    expect(errors.split("\n").filter(Boolean)).toHaveLength(1);
    expect(errors).toContain("a bug in icld-budget and not in your plan: disk on fire");
    expect(errors).not.toContain("    at ");
  });

  it("prints the trace with --debug", async () => {
    let errors = "";
    await runCli(["--debug", "check", "budgets/preparation.yaml"], {
      stdout: {
        write: () => {
          throw new Error("disk on fire");
        },
      },
      stderr: { write: (text: string) => (errors += text) },
      env: {},
      stdoutIsTTY: false,
    });
    expect(errors).toMatch(/Error: disk on fire\n\s+at /);
  });
});

describe("--debug through the binary", () => {
  it("loads the bundle with its source map, which names the TypeScript sources", () => {
    const { status, stdout } = run(["--debug", "check", "budgets/preparation.yaml"]);
    expect([status, stdout.includes("236 090,60 kr")]).toEqual([0, true]);
    const bundle = readFileSync(join(ROOT, "dist/bundle/cli.cjs"), "utf8");
    expect(bundle.trimEnd().endsWith("//# sourceMappingURL=cli.cjs.map")).toBe(true);
    const map = JSON.parse(readFileSync(join(ROOT, "dist/bundle/cli.cjs.map"), "utf8")) as { sources: string[] };
    expect(map.sources.some((source) => source.endsWith("src/cli/main.ts"))).toBe(true);
  });
});

describe("an invalid plan in JSON", () => {
  it("is said on standard output by every command that writes JSON: verdict invalid, its findings, exit 2", () => {
    const bad = write("json-bad.yaml", "version: 1\ntitle: x\nphase: preparation\nyears: [2023]\nregion: europe\ncolour: red\n");
    const where = (findings: { code: string; line: number; column: number }[]) => findings.map((f) => `${f.line}:${f.column} ${f.code}`);
    const outputs = {
      check: run(["check", bad, "--format", "json"]),
      report: run(["report", bad, "--format", "json"]),
      explain: run(["explain", bad, "--format", "json"]),
      followUp: run(["follow-up", bad, "budgets/follow-up/2024.actuals.yaml", "--format", "json"]),
      missing: run(["rates", "--missing", bad, "--format", "json"]),
    };
    for (const output of Object.values(outputs)) expect([output.status, output.stderr]).toEqual([2, ""]);
    const check = JSON.parse(outputs.check.stdout).plans[0];
    const report = JSON.parse(outputs.report.stdout).plans[0];
    const explain = JSON.parse(outputs.explain.stdout);
    const followUp = JSON.parse(outputs.followUp.stdout).followups[0];
    const missing = JSON.parse(outputs.missing.stdout);
    expect([check.verdict, report.verdict, explain.verdict, followUp.verdict, missing.verdict]).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "invalid",
    ]);
    for (const findings of [check.findings, report.findings, explain.findings, followUp.findings, missing.findings])
      expect(where(findings)).toEqual(["6:1 UNKNOWN_KEY"]);
  });
});

describe("tables in a terminal", () => {
  /** rates UA as a terminal of `columns` characters shows it (colours off). */
  async function ratesIn(columns: number | undefined) {
    let out = "";
    const status = await runCli(["rates", "UA", "--lang", "en"], {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: () => true },
      env: { NO_COLOR: "1" },
      stdoutIsTTY: columns !== undefined,
      ...(columns !== undefined ? { stdoutColumns: columns } : {}),
    });
    return { status, lines: out.trimEnd().split("\n") };
  }
  /** The words of the Source column, in order, from a table's rows (a wrapped cell's lines joined). */
  const sourceWords = (lines: readonly string[]) =>
    lines
      .filter((line) => line.startsWith("│"))
      .slice(1)
      .map((line) => line.split("│")[6]!.trim())
      .join(" ")
      .split(/\s+/)
      .filter(Boolean);

  it("wraps the long source column of rates to the terminal's width, losing no word; to a pipe, lines stay whole", async () => {
    const piped = await ratesIn(undefined);
    const narrow = await ratesIn(100);
    expect([piped.status, narrow.status]).toEqual([0, 0]);
    const widths = (lines: readonly string[]) => [...new Set(lines.map((line) => [...line].length))];
    // To a pipe the 2026 source is one line of more than 300 characters.
    expect(Math.max(...widths(piped.lines))).toBeGreaterThan(300);
    // In a terminal of 100 every line of the box is 100 wide, and the source's words are all there, in order.
    expect(widths(narrow.lines)).toEqual([100]);
    expect(sourceWords(narrow.lines)).toEqual(sourceWords(piped.lines));
    // The source is never wrapped narrower than its longest word and a space each side
    // ("utlandstraktamente.se/Ukraina", 29 + 2); the next widest column of text, the status
    // ("secondary source", 16 + 2), is then wrapped down to 16, and no narrower: the other
    // columns take 68, so a terminal of 60 gets a table of 99 − 2 = 97, and no word is cut.
    const tiny = await ratesIn(60);
    expect(widths(tiny.lines)).toEqual([97]);
    expect(sourceWords(tiny.lines)).toEqual(sourceWords(piped.lines));
    // A terminal wider than the table changes nothing.
    expect((await ratesIn(1000)).lines).toEqual(piped.lines);
  });

  /** The lines of a command's output as a terminal of `columns` characters (colours off) gets it. */
  async function linesIn(args: string[], columns: number | undefined) {
    let out = "";
    await runCli(args, {
      stdout: { write: (text: string) => (out += text) },
      stderr: { write: () => true },
      env: { NO_COLOR: "1" },
      stdoutIsTTY: columns !== undefined,
      ...(columns !== undefined ? { stdoutColumns: columns } : {}),
    });
    return out.split("\n");
  }
  const boxLines = (lines: readonly string[]) => lines.filter((line) => /^[┌│├└]/.test(line));
  const widest = (lines: readonly string[]) => Math.max(...boxLines(lines).map((line) => [...line].length));

  it("fits the report's and the follow-up's tables to the terminal by wrapping their widest text column", async () => {
    const report = ["report", "budgets/project.yaml", "--lang", "en"];
    // To a pipe the lines table is as wide as its longest label makes it.
    expect(widest(await linesIn(report, undefined))).toBeGreaterThan(100);
    const fitted = await linesIn(report, 100);
    expect(widest(fitted)).toBeLessThanOrEqual(100);
    // No label is lost: the wrapped line column holds the same words as the piped one.
    const labelWords = (lines: readonly string[]) =>
      boxLines(lines)
        .filter((line) => line.startsWith("│") && line.split("│").length === 9)
        .map((line) => line.split("│")[1]!.trim())
        .join(" ")
        .split(/\s+/)
        .filter(Boolean);
    expect(labelWords(fitted)).toEqual(labelWords(await linesIn(report, undefined)));
    const followUp = ["follow-up", "budgets/project.yaml", "budgets/follow-up/2024.actuals.yaml", "--lang", "en"];
    const piped = await linesIn(followUp, undefined);
    const narrow = await linesIn(followUp, 120);
    // The tables of text fit in 120; the salary statement, all numbers but its names, stays as it is.
    const salary = (lines: readonly string[]) => lines.find((line) => line.startsWith("│ Person"))!;
    expect(salary(narrow)).toBe(salary(piped));
    expect([...salary(piped)].length).toBeGreaterThan(120);
    const excluded = (lines: readonly string[]) => lines.filter((line) => line.includes("Revision, delrapport") || line.startsWith("│ Where"));
    expect(excluded(piped).every((line) => [...line].length > 120)).toBe(true);
    expect(excluded(narrow).every((line) => [...line].length <= 120)).toBe(true);
    // The lines of text (the facts, the bars, the notes, the assumptions) are wrapped at words to
    // fit too, and hold the same words in the same order.
    const text = (lines: readonly string[]) => lines.filter((line) => !/^[┌│├└]/.test(line));
    const words = (lines: readonly string[]) => text(lines).join(" ").split(/\s+/).filter(Boolean);
    const reportPiped = await linesIn(report, undefined);
    expect(text(reportPiped).some((line) => [...line].length > 100)).toBe(true);
    expect(text(fitted).every((line) => [...line].length <= 100)).toBe(true);
    expect(words(fitted)).toEqual(words(reportPiped));
    expect(text(narrow).every((line) => [...line].length <= 120)).toBe(true);
    expect(words(narrow)).toEqual(words(piped));
  });

  it("wraps a finding's message and help to the terminal, their later lines indented; the excerpt stays as it is", async () => {
    // The project starter uses Poland's 2026 per diem, which only an unconfirmed source gives.
    const plan = join(dir, "starter-project.yaml");
    expect(run(["init", "--phase", "project", "-o", plan]).status).toBe(0);
    const piped = await linesIn(["check", plan, "--lang", "en"], undefined);
    const narrow = await linesIn(["check", plan, "--lang", "en"], 80);
    const finding = (lines: readonly string[]) =>
      lines.slice(
        lines.findIndex((line) => line.includes("warning[UNCONFIRMED_FIGURE]")),
        -2,
      );
    // To a pipe: the message, two lines of excerpt, the help (185 characters), each one line.
    expect(finding(piped)).toHaveLength(4);
    expect([...finding(piped)[3]!].length).toBeGreaterThan(150);
    // In 80: every line fits; the excerpt is the same two lines; the message goes on indented by 2
    // and the help by 10 ("  = help: "), the same words in the same order.
    expect(finding(narrow).every((line) => [...line].length <= 80)).toBe(true);
    expect(finding(narrow).filter((line) => /^ {2}\d+ \||^ {5}\|/.test(line))).toEqual(finding(piped).slice(1, 3));
    const help = finding(narrow).slice(finding(narrow).findIndex((line) => line.startsWith("  = help: ")));
    expect(help.length).toBeGreaterThan(1);
    expect(help.slice(1).every((line) => /^ {10}\S/.test(line))).toBe(true);
    expect(finding(narrow)[1]).toMatch(/^ {2}\S/);
    const words = (lines: readonly string[]) => lines.join(" ").split(/\s+/).filter(Boolean);
    expect(words(finding(narrow))).toEqual(words(finding(piped)));
  });

  /** What a command writes to standard error in a terminal of `columns` characters (colours off), by line. */
  async function errorsIn(args: string[], columns: number | undefined) {
    let err = "";
    const status = await runCli(args, {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (err += text) },
      env: { NO_COLOR: "1" },
      stdoutIsTTY: false,
      ...(columns !== undefined ? { stderrColumns: columns } : {}),
    });
    return { status, lines: err.trimEnd().split("\n") };
  }

  it("wraps an invalid plan's findings on standard error to the terminal there, as check's own, and the problems of follow-up's files", async () => {
    const plan = join(dir, "invalid-in-terminal.yaml");
    // Two problems whose messages and help are longer than 60: an unknown person, a category misspelt.
    writeFileSync(
      plan,
      planText(
        [
          "people:",
          "  - {id: anna, side: sweden, monthly_salary: 45000}",
          "trips:",
          "  - {to: PL, depart: 2023-03-13T07:00, return: 2023-03-14T18:00, travellers: [anna, bob], lodging: free, subsistence: none}",
          "costs:",
          "  - {item: Audit, category: audti, amount: 100}",
        ].join("\n"),
      ),
    );
    const excerpt = (line: string) => /^ {2}\d+ \||^ {5}\|/.test(line);
    const words = (lines: readonly string[]) =>
      lines
        .filter((line) => !excerpt(line))
        .join(" ")
        .split(/\s+/)
        .filter(Boolean);
    for (const args of [
      ["check", plan, "--lang", "en"],
      ["report", plan, "--lang", "sv"],
    ]) {
      const piped = await errorsIn(args, undefined);
      const narrow = await errorsIn(args, 60);
      expect([piped.status, narrow.status]).toEqual([2, 2]);
      expect(piped.lines.some((line) => !excerpt(line) && [...line].length > 60)).toBe(true);
      // In 60 every line but the excerpts fits; the excerpts are the plan's lines as they were.
      expect(narrow.lines.filter((line) => !excerpt(line) && [...line].length > 60)).toEqual([]);
      expect(narrow.lines.filter(excerpt)).toEqual(piped.lines.filter(excerpt));
      expect(words(narrow.lines)).toEqual(words(piped.lines));
    }
    // follow-up: an actuals file naming an export that is not there, at its file: (a help of 110).
    const actuals = join(dir, "actuals-in-terminal.yaml");
    writeFileSync(actuals, 'version: 1\nas_of: 2024-09-30\nledger:\n  - {file: huvudbok-saknas.csv}\naccounts: {"7310": travel}\n');
    const followUp = ["follow-up", "budgets/project.yaml", actuals, "--lang", "en"];
    const piped = await errorsIn(followUp, undefined);
    const narrow = await errorsIn(followUp, 60);
    expect(piped.lines[0]).toContain("error[LEDGER_NOT_FOUND]");
    expect(narrow.lines.filter((line) => !excerpt(line) && [...line].length > 60)).toEqual([]);
    expect(words(narrow.lines)).toEqual(words(piped.lines));
  });

  it("fits check's tables to a terminal of 80: a limit's kind goes below its amount, which is never split; to a pipe nothing changes", async () => {
    const check = (file: string, lang: string, ...more: string[]) => ["check", file, "--lang", lang, ...more];
    const piped = await linesIn(check("budgets/preparation.yaml", "en"), undefined);
    // To a pipe the envelope table is 91 wide (13 + 13 + 22 + 15 + 13 + 8 and 7 lines), its limit on one line.
    expect(widest(piped)).toBe(91);
    expect(piped).toContain("│ Preparation │ whole phase │ 240 000 kr (maximum) │ 236 090,60 kr │ 3 909,40 kr │ ✔ fits │");
    // In 80: the limit's column is its amount's 10 + 2; that leaves 81 (13 + 13 + 12 + 15 + 13 + 8
    // and 7 lines), and the one column over is taken from the period ("whole phase" in 10).
    const narrow = await linesIn(check("budgets/preparation.yaml", "en"), 80);
    expect(widest(narrow)).toBe(80);
    expect(boxLines(narrow).slice(3, 5)).toEqual([
      "│ Preparation │ whole      │ 240 000 kr │ 236 090,60 kr │ 3 909,40 kr │ ✔ fits │",
      "│             │ phase      │  (maximum) │               │             │        │",
    ]);
    // The sentence below it (94 characters) is wrapped at a word to fit; everything else is as to
    // a pipe: the category table (42 wide), the verdict.
    const outside = (lines: readonly string[]) => lines.slice(lines.findIndex((line) => line.startsWith("└")) + 1);
    const sentence = "Remaining: 3 909,40 kr buys about 8 hours of Swedish work at 453,76 kr/h (the plan's average).";
    expect(outside(piped)[0]).toBe(sentence);
    expect(outside(narrow).slice(0, 2)).toEqual(["Remaining: 3 909,40 kr buys about 8 hours of Swedish work at 453,76 kr/h (the", "plan's average)."]);
    expect(outside(narrow).slice(2)).toEqual(outside(piped).slice(1));
    // A terminal wider than the table changes nothing.
    expect(await linesIn(check("budgets/preparation.yaml", "en"), 200)).toEqual(piped);

    // In Swedish a steering group's envelope has a part, "varav arbetsinsats": 97 to a pipe.
    const svPiped = await linesIn(check("budgets/steering-group.yaml", "sv"), undefined);
    const svNarrow = await linesIn(check("budgets/steering-group.yaml", "sv"), 80);
    expect([widest(svPiped), widest(svNarrow)]).toEqual([97, 80]);
    // Every amount is whole on a line of its own, and the envelopes' words are all there, in order.
    /** The non-empty cells of a column of the first table's body. */
    const cells = (lines: readonly string[], column: number) =>
      lines
        .slice(
          lines.findIndex((line) => line.startsWith("├")) + 1,
          lines.findIndex((line) => line.startsWith("└")),
        )
        .map((line) => line.split("│")[column]!.trim())
        .filter(Boolean);
    expect(cells(svNarrow, 3)).toEqual(["300 000 kr", "(riktpunkt)", "150 000 kr", "(riktpunkt)"]);
    expect(cells(svNarrow, 4)).toEqual(["259 476 kr", "144 582,40 kr"]);
    expect(cells(svNarrow, 1).join(" ")).toBe("Styrgrupp varav arbetsinsats");

    // --lines: the line items' labels are wrapped to fit 100, none lost.
    const linesPiped = await linesIn(check("budgets/project.yaml", "en", "--lines"), undefined);
    const linesNarrow = await linesIn(check("budgets/project.yaml", "en", "--lines"), 100);
    expect(widest(linesPiped)).toBeGreaterThan(100);
    expect(widest(linesNarrow)).toBeLessThanOrEqual(100);
    const labels = (lines: readonly string[]) =>
      boxLines(lines)
        .filter((line) => line.split("│").length === 9)
        .map((line) => line.split("│")[1]!.trim())
        .join(" ")
        .split(/\s+/)
        .filter(Boolean);
    expect(labels(linesNarrow)).toEqual(labels(linesPiped));
  });
});
