/**
 * Budgets in CI and in the editor: folders, globs and standard input; GitHub annotations and
 * job summary; JUnit XML; init; diff. Figures worked out by hand.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { diffResults } from "../../src/check/diff-results.js";
import { getExitCode } from "../../src/check/exit-code.js";
import { checkInputs } from "../../src/cli/check-command.js";
import { renderGithub, renderSummaryMarkdown } from "../../src/render/github.js";
import { renderJunit } from "../../src/render/junit.js";
import { toMachineString } from "../../src/model/money.js";
import { check, planText, positionOf } from "../helpers.js";

const BIN = new URL("../../bin/icld-budget.cjs", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;

function run(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    input: options.input ?? "",
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "icld-ci-"));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const overText = planText("costs:\n  - {item: Audit, category: audit, amount: 240000.01}");
const over = write("over.yaml", overText);
const typoText = planText("costs:\n  - {item: Audit, category: audit, amount: 100, colour: red}");
const typo = write("typo.yaml", typoText);

describe("inputs", () => {
  it("checks every *.yaml below a folder, and a quoted glob", () => {
    const folder = JSON.parse(run(["check", "--format", "json", "budgets"]).stdout);
    expect(folder.plans.map((plan: { file: string }) => plan.file)).toEqual([
      "budgets/preparation.yaml",
      "budgets/project-3-years.yaml",
      "budgets/project.yaml",
      "budgets/steering-group.yaml",
    ]);
    const glob = JSON.parse(run(["check", "--format", "json", "budgets/project*.yaml"]).stdout);
    expect(glob.plans.map((plan: { file: string }) => plan.file)).toEqual(["budgets/project-3-years.yaml", "budgets/project.yaml"]);
    expect(run(["check", "budgets/nothing-*.yaml"]).status).toBe(2);
  });

  it("says that it skipped actuals files where a folder or glob holds no plan but them", () => {
    const finding = (args: string[]) => {
      const out = run(["check", "--format", "json", ...args]);
      const [found] = JSON.parse(out.stdout).plans[0].findings;
      return [out.status, found.code, found.args.skipped, found.message];
    };
    expect(finding(["budgets/follow-up"])).toEqual([
      2,
      "NO_PLANS",
      1,
      "no plan files (*.yaml, *.yml) in budgets/follow-up: check skips the actuals file (*.actuals.yaml) there",
    ]);
    expect(finding(["budgets/follow-up/*.yaml"])).toEqual([
      2,
      "NO_MATCH",
      1,
      "no plan matches budgets/follow-up/*.yaml: check skips the actuals file (*.actuals.yaml) it matches",
    ]);
    // Two of them, in Swedish; and a pattern that matches nothing at all says only that.
    const two = mkdtempSync(join(tmpdir(), "icld-actuals-"));
    writeFileSync(join(two, "2024.actuals.yaml"), "version: 1\n");
    writeFileSync(join(two, "2025.actuals.yml"), "version: 1\n");
    // (JSON is English: the Swedish is the table's, on standard error.)
    expect(run(["check", "--lang", "sv", two]).stderr).toContain(
      `fel[NO_PLANS]: inga planfiler (*.yaml, *.yml) i ${two}: check hoppar över de 2 utfallsfilerna (*.actuals.yaml) där`,
    );
    expect(finding(["budgets/nothing-*.yaml"])).toEqual([2, "NO_MATCH", undefined, "no file matches budgets/nothing-*.yaml"]);
  });

  it("follows symbolic links in a folder or glob, once each, however they loop", () => {
    const tree = mkdtempSync(join(tmpdir(), "icld-links-"));
    mkdirSync(join(tree, "plans"));
    mkdirSync(join(tree, "elsewhere"));
    writeFileSync(join(tree, "elsewhere", "real.yaml"), overText);
    writeFileSync(join(tree, "plans", "own.yaml"), planText(""));
    symlinkSync("../elsewhere/real.yaml", join(tree, "plans", "linked.yaml"));
    symlinkSync("..", join(tree, "plans", "loop")); // plans/loop/plans/loop/… leads back up the tree
    const folder = run(["check", "--format", "json", "plans"], { cwd: tree });
    // The linked plan is over its envelope: a folder that skipped it would pass CI falsely.
    expect(folder.status).toBe(1);
    expect(JSON.parse(folder.stdout).plans.map((plan: { file: string; verdict: string }) => [plan.file, plan.verdict])).toEqual([
      ["plans/linked.yaml", "over"],
      ["plans/own.yaml", "fits"],
    ]);
    const glob = JSON.parse(run(["check", "--format", "json", "plans/**/*.yaml"], { cwd: tree }).stdout);
    expect(glob.plans.map((plan: { file: string }) => plan.file)).toEqual(["plans/linked.yaml", "plans/own.yaml"]);
  });

  it("reads standard input for -, under the name given", () => {
    const { status, stderr } = run(["check", "-", "--stdin-name", "pasted.yaml"], { input: typoText });
    expect(status).toBe(2);
    expect(stderr).toContain(`pasted.yaml:${positionOf(typoText, "colour")}: error[UNKNOWN_KEY]`);
  });
});

describe("--format github", () => {
  it("prints a workflow command per finding, with file, line and column", () => {
    const { status, stdout } = run(["check", "--format", "github", over, typo]);
    expect(status).toBe(2);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    // The envelope finding points at the phase; the message escapes nothing but %, CR and LF.
    const [phaseLine, phaseColumn] = positionOf(overText, "preparation").split(":");
    expect(lines[0]!.startsWith(`::error file=${over},line=${phaseLine},col=${phaseColumn},title=ENVELOPE_EXCEEDED::`)).toBe(true);
    const [line, column] = positionOf(typoText, "colour").split(":");
    expect(lines[1]).toBe(
      `::error file=${typo},line=${line},col=${column},title=UNKNOWN_KEY::unknown key "colour" (the keys allowed here are: item, category, amount, year, paid_by, note)`,
    );
  });

  it("keeps of each plan only what its annotations and a JUnit report show while the others are checked, for the same output", async () => {
    const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, stdoutIsTTY: false };
    const files = [join(ROOT, "budgets/steering-group.yaml"), over, typo, join(ROOT, "budgets/preparation.yaml")];
    const whole = await checkInputs(files, io);
    const kept = await checkInputs(files, io, "<stdin>", "verdict");
    // Nothing of a plan's parsed text, lines or source is held: a thousand plans' took half again as much memory.
    expect(whole.results.filter((result) => result.plan !== undefined)).toHaveLength(3);
    expect(kept.results.map((result) => Object.keys(result).sort())).toEqual(files.map(() => ["envelopes", "file", "findings", "verdict"]));
    expect([whole.sources.size, kept.sources.size]).toEqual([4, 0]);
    expect(renderGithub(kept.results)).toBe(renderGithub(whole.results));
    expect(renderSummaryMarkdown(kept.results)).toBe(renderSummaryMarkdown(whole.results));
    expect(renderJunit(kept.results)).toBe(renderJunit(whole.results));
    expect(getExitCode(kept.results, { strict: true })).toBe(getExitCode(whole.results, { strict: true }));
  });

  it("appends a summary of every plan and envelope to GITHUB_STEP_SUMMARY", () => {
    const summary = join(dir, "summary.md");
    writeFileSync(summary, "earlier step\n");
    run(["check", "--format", "github", "budgets/steering-group.yaml", over], { env: { GITHUB_STEP_SUMMARY: summary } });
    const text = readFileSync(summary, "utf8");
    expect(text.startsWith("earlier step\n### icld-budget: 1 of 2 plans fit")).toBe(true);
    expect(text).toContain("| budgets/steering-group.yaml | steering-group, of which work | 2024 | 150 000 kr |");
    expect(text).toContain(`| ${over} | preparation | phase | 240 000 kr | 240 000,01 kr | -0,01 kr | ❌ over |`);
  });

  it("keeps a file name with a pipe or an angle bracket in its cell of the summary, as text", () => {
    const summary = join(dir, "odd-summary.md");
    const odd = write("a|b<img>.yaml", overText);
    run(["check", "--format", "github", odd, typo], { env: { GITHUB_STEP_SUMMARY: summary } });
    const rows = readFileSync(summary, "utf8").split("\n");
    const escaped = `${dir}/a\\|b\\<img\\>.yaml`;
    expect(rows).toContain(`| ${escaped} | preparation | phase | 240 000 kr | 240 000,01 kr | -0,01 kr | ❌ over |`);
    expect(rows).toContain(`| ${typo} | — | — | — | — | — | 🚫 invalid (1 problem) |`);
    // Every row of the table has the head's eight pipes: none of the name's split a cell.
    const table = rows.filter((row) => row.startsWith("| ") && !row.startsWith("| error") && !row.startsWith("| Severity"));
    for (const row of table) expect(row.replace(/\\\|/g, "").split("|").length).toBe(9);
    expect(rows).toContain("| error | ENVELOPE_EXCEEDED | 1 |");
  });
});

describe("--format junit", () => {
  it("gives a test suite per plan, a case per envelope, a failure per error", () => {
    const { status, stdout } = run(["check", "--format", "junit", "budgets/project-3-years.yaml", over, typo]);
    expect(status).toBe(2);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(stdout);
    const suites = xml.testsuites.testsuite;
    expect(xml.testsuites).toMatchObject({ tests: "7", failures: "1", errors: "1" }); // 4 + 2 + 1 cases
    expect(suites.map((s: { name: string; tests: string }) => [s.name, s.tests])).toEqual([
      ["budgets/project-3-years.yaml", "4"], // rules + three years
      [over, "2"],
      [typo, "1"],
    ]);
    const overCase = suites[1].testcase[1];
    // The name stays the same whatever the figures; they are in the output.
    expect(overCase.name).toBe("envelope preparation phase");
    expect(overCase["system-out"]).toBe("240000.01 of 240000.00 (max), -0.01 remaining");
    expect(overCase.failure.type).toBe("ENVELOPE_EXCEEDED");
    expect(suites[2].testcase.error.type).toBe("UNKNOWN_KEY");
  });

  it("gives an invalid plan one error element that holds every problem", () => {
    const three = write(
      "three.yaml",
      planText(
        "costs:\n  - {item: Audit, category: audit, amount: 100, colour: red}\n  - {item: Venue, category: venue, amount: -5}\n  - {item: Print, category: prints, amount: 1}",
      ),
    );
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(run(["check", "--format", "junit", three]).stdout);
    const error = xml.testsuites.testsuite.testcase.error;
    expect(Array.isArray(error)).toBe(false);
    expect(error.message).toMatch(/\(and 2 more\)$/);
    expect(error["#text"].match(/error\[[A-Z_]+\]/g)).toEqual(["error[UNKNOWN_KEY]", "error[NEGATIVE_NUMBER]", "error[INVALID_CHOICE]"]);
  });
});

describe("init", () => {
  for (const phase of ["preparation", "project", "steering-group"]) {
    for (const lang of ["sv", "en"]) {
      it(`writes a ${phase} starter in ${lang} that passes check as written`, () => {
        const file = join(dir, `${phase}-${lang}.yaml`);
        expect(run(["init", "--phase", phase, "--lang", lang, "--year", "2026", "-o", file]).status).toBe(0);
        const result = check(readFileSync(file, "utf8"));
        expect(result.plan!.phase).toBe(phase);
        expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
        expect(run(["check", file]).status).toBe(0);
      });
    }
  }

  it("writes no placeholder figure for a year without built-in per diems: check names what is missing", () => {
    const file = join(dir, "starter-2027.yaml");
    expect(run(["init", "--phase", "preparation", "--year", "2027", "-o", file]).status).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/^per_diem_rates:/m);
    expect(text).toContain("# Skatteverket's 2027 normalbelopp for Poland is not built in");
    expect(check(text).findings.map((f) => [f.code, f.args.year, f.args.country])).toEqual([["MISSING_PER_DIEM_RATE", 2027, "PL"]]);
    expect(run(["check", file]).status).toBe(2);
  });

  it("writes a built-in rule edition as written, which a plan can name and be checked against as the built-in one", () => {
    const file = join(dir, "my-programme.yaml");
    const { status, stderr } = run(["init", "--edition", "icld-2023", "--lang", "en", "-o", file]);
    expect(status).toBe(0);
    expect(stderr).toBe(`Wrote ${file}. Next: give it its own id, title, source and figures, and name it in a plan: rules: ${file}\n`);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(join(ROOT, "src/rates/editions/icld-2023.yaml"), "utf8"));
    // The preparation plan over by 0.01 kr: over the written edition's 240 000 kr maximum as over the built-in one's.
    const plan = write("own-edition.yaml", overText.replace("rules: icld-2023", "rules: my-programme.yaml"));
    const own = JSON.parse(run(["check", "--format", "json", plan]).stdout).plans[0];
    const builtIn = JSON.parse(run(["check", "--format", "json", over]).stdout).plans[0];
    expect([own.verdict, own.envelopes[0].limit, own.envelopes[0].remaining]).toEqual(["over", "240000.00", "-0.01"]);
    expect(own.envelopes).toEqual(builtIn.envelopes);
    expect(run(["init", "--edition", "icld-2020"]).stdout).toBe(readFileSync(join(ROOT, "src/rates/editions/icld-2020.yaml"), "utf8"));
  });

  it("takes the language from LANG, and never overwrites a file", () => {
    expect(run(["init", "--phase", "project", "--year", "2024"], { env: { LANG: "sv_SE.UTF-8" } }).stdout).toContain("# En startplan för fasen projekt");
    expect(run(["init", "--phase", "project", "--year", "2024"], { env: { LANG: "en_GB.UTF-8" } }).stdout).toContain("# A starter plan for the project phase");
    const existing = write("existing.yaml", "keep me\n");
    const { status, stderr } = run(["init", "--phase", "project", "-o", existing]);
    expect(status).toBe(2);
    expect(stderr).toContain("already exists");
    expect(readFileSync(existing, "utf8")).toBe("keep me\n");
    // The temporary file init wrote first (".existing.yaml.<pid>.<time>.tmp") is gone too.
    expect(readdirSync(dir).filter((name) => name.startsWith(".existing.yaml."))).toEqual([]);
  });
});

describe("diff", () => {
  const before = planText("costs:\n  - {item: Audit, category: audit, amount: 100000}\n  - {item: Print, category: other, amount: 5000}");
  const after = planText("costs:\n  - {item: Audit, category: audit, amount: 150000}\n  - {item: Room, category: venue, amount: 95000}");

  it("gives old, new and change for each envelope and category, and the lines added, removed and changed", () => {
    const diff = diffResults(check(before), check(after));
    // Envelope: 105 000 → 245 000, +140 000, +133.3 %; now over the 240 000 maximum.
    const [envelope] = diff.envelopes;
    expect([toMachineString(envelope!.old), toMachineString(envelope!.new), toMachineString(envelope!.change), envelope!.percent!.toFixed(1)]).toEqual([
      "105000.00",
      "245000.00",
      "140000.00",
      "133.3",
    ]);
    expect(diff.categories.map((c) => [c.category, toMachineString(c.change), c.percent?.toFixed(1) ?? "new"])).toEqual([
      ["audit", "50000.00", "50.0"],
      ["venue", "95000.00", "new"],
      ["other", "-5000.00", "-100.0"],
    ]);
    expect(diff.added.map((l) => l.key)).toEqual(["cost:Room:2023"]);
    expect(diff.removed.map((l) => l.key)).toEqual(["cost:Print:2023"]);
    expect(diff.changed.map((l) => l.key)).toEqual(["cost:Audit:2023"]);
    expect(diff.broken.map((e) => e.id)).toEqual(["preparation"]);
  });

  it("exits 1 when the new plan breaks an envelope the old one kept, 0 otherwise; --format markdown for a pull request", () => {
    const a = write("before.yaml", before);
    const b = write("after.yaml", after);
    const broken = run(["diff", "--format", "markdown", a, b]);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain("| Preparation | whole phase | 105 000 kr | 245 000 kr | +140 000 kr | +133,3 % | NOW OVER |");
    expect(run(["diff", b, a]).status).toBe(0);
    expect(run(["diff", a, typo]).status).toBe(2);
  });

  it("gives a changed line's old label beside the new where they differ: its hours, not only its amount", () => {
    const work = (hours: number) =>
      planText(`people:\n  - {id: anna, name: Anna, side: sweden, monthly_salary: 45000}\nwork:\n  - {person: anna, hours: ${hours}}`);
    const a = write("work-150.yaml", work(150));
    const b = write("work-100.yaml", work(100));
    // 150 h and 100 h × 453.76 kr (45 000 × 12 ÷ 1 720 × 1.4453, in whole öre).
    expect(run(["diff", "--format", "markdown", a, b]).stdout).toContain("| changed | Work: Anna, 100 h (was: Work: Anna, 150 h) | 68 064 kr | 45 376 kr |");
    expect(run(["diff", "--format", "markdown", "--lang", "sv", a, b]).stdout).toContain(
      "| ändrad | Arbetsinsats: Anna, 100 h (före: Arbetsinsats: Anna, 150 h) | 68 064 kr | 45 376 kr |",
    );
    // A line whose label is the same (only its amount changed) is given once.
    expect(run(["diff", "--format", "markdown", write("audit-a.yaml", before), write("audit-b.yaml", after)]).stdout).toMatch(
      /\| changed \| Audit \| [^(|]+\|/,
    );
  });

  it("lists an envelope only the old plan has, as removed, with its total going to nothing", () => {
    // A project plan moved from 2024 to 2025: the envelope of 2024 is gone, that of 2025 is new.
    const year = (y: string) => planText("costs:\n  - {item: Audit, category: audit, amount: 100000}", { phase: "project", years: `[${y}]` });
    const diff = diffResults(check(year("2024")), check(year("2025")));
    expect(diff.envelopes.map((e) => [e.period, toMachineString(e.old), toMachineString(e.new), e.removed ?? false])).toEqual([
      [2025, "0.00", "100000.00", false],
      [2024, "100000.00", "0.00", true],
    ]);
    expect(diff.broken).toEqual([]);
    const a = write("project-2024.yaml", year("2024"));
    const b = write("project-2025.yaml", year("2025"));
    const table = run(["diff", "--format", "markdown", a, b]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain("| Project | 2024 | 100 000 kr | 0 kr | -100 000 kr | -100 % | removed |");
    expect(table.stdout).toContain("| Project | 2025 | 0 kr | 100 000 kr | +100 000 kr | new | fits |");
  });
});
