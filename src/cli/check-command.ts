/**
 * `icld-budget check PLAN...`: reads each plan, checks it, renders all results once.
 */
import { appendFileSync, statSync } from "node:fs";
import { checkBudget, invalidResult, type PlanResult } from "../check/check-plan.js";
import { getExitCode } from "../check/exit-code.js";
import type { Finding } from "../model/types.js";
import { decodePlanBytes, loadPlanText } from "../input/load-plan.js";
import { MAX_PLAN_BYTES, parsePlan } from "../input/parse-plan.js";
import { renderDiagnostics, type WrapLine } from "../render/diagnostics.js";
import { expandInputs, type Input } from "./expand-inputs.js";
import { loadPlanRates } from "./plan-rates.js";
import { type Io, terminalWidth } from "./io.js";
import { makeStyle } from "./style.js";
import { problemLine } from "./words.js";

export const CHECK_FORMATS = ["table", "json", "github", "junit"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  readonly format: CheckFormat;
  readonly strict: boolean;
  readonly color: boolean;
  readonly lines: boolean;
  /** The name standard input goes by in messages. */
  readonly stdinName?: string;
  /** The language of the terminal table and its findings (JSON, GitHub and JUnit stay English). */
  readonly lang?: "sv" | "en";
}

/**
 * At most this many files in one call (a folder or glob can match any number): P3's thousand
 * plans take about 2.5 s, so the most takes seconds, not minutes.
 */
export const MAX_FILES = 5000;

/**
 * Files in one call hold at most as much in all as one file may (MAX_PLAN_BYTES), so that a call
 * takes no more time and memory than the largest file does. Sizes are as the file system gives
 * them, before anything is read (standard input is held to MAX_PLAN_BYTES on its own).
 */
function tooMuchInput(inputs: readonly Input[]): Finding | undefined {
  const files = inputs.filter((input) => input.kind === "file");
  if (files.length > MAX_FILES) return { code: "TOO_MANY_FILES", severity: "error", args: { count: files.length, max: MAX_FILES } };
  if (inputs.length < 2) return undefined; // one file is held to MAX_PLAN_BYTES when it is read
  let total = 0;
  for (const input of files) {
    try {
      total += statSync(input.path).size;
    } catch {
      // A missing or unreadable file is reported when it is read.
    }
  }
  return total > MAX_PLAN_BYTES ? { code: "TOO_MUCH_INPUT", severity: "error", args: { bytes: total, max: MAX_PLAN_BYTES } } : undefined;
}

/** Plans checked, with the texts read (for excerpts under findings), by file. */
export interface Checked {
  readonly results: PlanResult[];
  readonly sources: Map<string, string>;
}

/**
 * What is kept of each plan's result while the others are checked: all of it (a table or JSON
 * shows the plan, its lines, and excerpts of its text under findings), or only what GitHub's
 * annotations and a JUnit report show of it (`verdict`: its file, verdict, findings and
 * envelopes). Measured on P3's thousand plans: holding every parsed plan to the end took half
 * again as much memory (166 against 111 MB) and a tenth more time, most of it collecting them.
 */
export type Keep = "all" | "verdict";

/** What a GitHub or JUnit report uses of a result (see Keep). */
const verdictOf = ({ file, verdict, findings, envelopes }: PlanResult): PlanResult => ({ file, verdict, findings, envelopes });

/** Reads and checks the plans named on the command line; with `keep` "all", the texts are kept for excerpts under findings. */
export async function checkInputs(args: readonly string[], io: Io, stdinName = "<stdin>", keep: Keep = "all"): Promise<Checked> {
  return checkExpanded(await expandInputs(args), args, io, stdinName, keep);
}

/** checkInputs for arguments already expanded into `inputs`. */
async function checkExpanded(inputs: readonly Input[], args: readonly string[], io: Io, stdinName = "<stdin>", keep: Keep = "all"): Promise<Checked> {
  const sources = new Map<string, string>();
  const results: PlanResult[] = [];
  const tooMuch = tooMuchInput(inputs);
  if (tooMuch) return { results: [invalidResult(args.join(" "), [tooMuch])], sources };
  for (const input of inputs) {
    if (input.kind === "no-match") {
      const skipped = (await import("./find-files.js")).skippedActuals(input.pattern, false);
      results.push(
        invalidResult(input.pattern, [{ code: "NO_MATCH", severity: "error", args: { pattern: input.pattern, ...(skipped > 0 ? { skipped } : {}) } }]),
      );
      continue;
    }
    const file = input.kind === "stdin" ? stdinName : input.path;
    const loaded = input.kind === "stdin" ? decodePlanBytes(io.readStdin ? await io.readStdin(MAX_PLAN_BYTES) : new Uint8Array()) : loadPlanText(file);
    if (!loaded.ok) {
      results.push(invalidResult(file, [loaded.finding]));
      continue;
    }
    if (keep === "all") sources.set(file, loaded.text);
    const parsed = parsePlan(loaded.text, file);
    if (!parsed.ok) {
      results.push(invalidResult(file, parsed.findings));
      continue;
    }
    const rates = await loadPlanRates(parsed.plan, file, input.kind === "stdin");
    const result = rates.ok ? checkBudget(parsed.plan, rates.rates) : invalidResult(file, rates.findings);
    results.push(keep === "all" ? result : verdictOf(result));
  }
  if (results.length === 0) {
    // Only folders are left to say so of (a file, a glob and `-` give a result each).
    const { skippedActuals } = await import("./find-files.js");
    const skipped = args.reduce((sum, arg) => sum + skippedActuals(arg, true), 0);
    results.push(
      invalidResult(args.join(" "), [{ code: "NO_PLANS", severity: "error", args: { where: args.join(" "), ...(skipped > 0 ? { skipped } : {}) } }]),
    );
  }
  return { results, sources };
}

/**
 * Checks one plan for each name (a folder or glob of several, or of none, is said so and nothing
 * is read: NOT_ONE_PLAN); returns the results with the sources read, or undefined.
 */
export async function checkOnePlanEach(args: readonly string[], io: Io, lang: "sv" | "en" = "en"): Promise<Checked | undefined> {
  const plans: Input[] = [];
  for (const arg of args) {
    const inputs = await expandInputs([arg]);
    if (inputs.length !== 1 || inputs[0]!.kind === "no-match") {
      io.stderr.write(problemLine("NOT_ONE_PLAN", { arg, count: inputs.filter((input) => input.kind !== "no-match").length }, lang));
      return undefined;
    }
    plans.push(inputs[0]!);
  }
  return checkExpanded(plans, args, io);
}

/**
 * How findings written to standard error are wrapped: to the terminal's width where it is one
 * (cli-table3 is loaded only then), else not at all.
 */
export async function stderrWrap(io: Io): Promise<WrapLine | undefined> {
  const width = io.stderrColumns;
  if (!width) return undefined;
  const { fitText } = await import("../render/terminal-table.js");
  return (line, hang) => fitText(line, width, hang);
}

/** Writes the findings of a plan as check's diagnostics (file:line:col, excerpt, help) to standard error, wrapped by `wrap` (stderrWrap). */
export function writeDiagnostics(
  result: PlanResult,
  findings: readonly Finding[],
  sources: Checked["sources"],
  io: Io,
  lang: "sv" | "en",
  wrap?: WrapLine,
): void {
  io.stderr.write(`${renderDiagnostics(result.file, findings, sources.get(result.file), undefined, lang, wrap)}\n`);
}

/**
 * The plans named, one for each name, when every one is valid; otherwise their problems are
 * written to standard error (or given to `onInvalid`) and the result is undefined (report,
 * explain, diff, follow-up).
 */
export async function checkValidPlans(
  args: readonly string[],
  io: Io,
  lang: "sv" | "en" = "en",
  onInvalid?: (result: PlanResult, sources: Checked["sources"]) => void,
): Promise<PlanResult[] | undefined> {
  const checked = await checkOnePlanEach(args, io, lang);
  if (!checked) return undefined;
  const invalid = checked.results.filter((result) => result.verdict === "invalid");
  if (invalid.length === 0) return checked.results;
  const wrap = onInvalid ? undefined : await stderrWrap(io);
  const report = onInvalid ?? ((result, sources) => writeDiagnostics(result, result.findings, sources, io, lang, wrap));
  for (const result of invalid) report(result, checked.sources);
  return undefined;
}

/** Runs the check command and returns its exit status. */
export async function runCheck(files: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  const keep = options.format === "github" || options.format === "junit" ? "verdict" : "all";
  const { results, sources } = await checkInputs(files, io, options.stdinName, keep);
  if (options.format === "json") {
    const { renderJson } = await import("../render/json.js");
    io.stdout.write(renderJson(results));
  } else if (options.format === "junit") {
    const { renderJunit } = await import("../render/junit.js");
    io.stdout.write(renderJunit(results));
  } else if (options.format === "github") {
    const { renderGithub, renderSummaryMarkdown } = await import("../render/github.js");
    io.stdout.write(renderGithub(results));
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) appendFileSync(summaryFile, `${renderSummaryMarkdown(results)}\n`);
  } else {
    const { renderPlanTable } = await import("../render/table.js");
    const style = await makeStyle(io, options.color);
    const valid = results.filter((result) => result.verdict !== "invalid");
    const invalid = results.filter((result) => result.verdict === "invalid");
    const render = (result: PlanResult, maxWidth?: number) =>
      renderPlanTable(result, { style, sources, lines: options.lines, lang: options.lang ?? "en", ...(maxWidth ? { maxWidth } : {}) });
    // Tables fit the terminal on standard output, and an invalid plan's findings the terminal on standard error.
    const width = terminalWidth(io);
    if (valid.length > 0) io.stdout.write(`${valid.map((result) => render(result, width)).join("\n\n")}\n`);
    if (invalid.length > 0) io.stderr.write(`${invalid.map((result) => render(result, io.stderrColumns)).join("\n\n")}\n`);
  }
  return getExitCode(results, { strict: options.strict });
}
