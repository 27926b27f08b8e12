/**
 * `icld-budget check PLAN...`: reads each plan, checks it, renders all results once.
 */
import { checkPlanText, invalidResult, type PlanResult } from "../check/check-plan.js";
import { getExitCode } from "../check/exit-code.js";
import { loadPlanText } from "../input/load-plan.js";
import { BUILT_IN_RATES } from "../rates/index.js";
import type { Io } from "./io.js";
import { makeStyle } from "./style.js";

export const CHECK_FORMATS = ["table", "json"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  readonly format: CheckFormat;
  readonly strict: boolean;
  readonly color: boolean;
  readonly lines: boolean;
}

/** Reads and checks plan files; the texts are kept for excerpts under findings. */
export async function checkFiles(files: readonly string[]): Promise<{ results: PlanResult[]; sources: Map<string, string> }> {
  const sources = new Map<string, string>();
  const results: PlanResult[] = [];
  for (const file of files) {
    const loaded = await loadPlanText(file);
    if (!loaded.ok) {
      results.push(invalidResult(file, [loaded.finding]));
      continue;
    }
    sources.set(file, loaded.text);
    results.push(checkPlanText(loaded.text, file, BUILT_IN_RATES));
  }
  return { results, sources };
}

/** Runs the check command and returns its exit status. */
export async function runCheck(files: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  const { results, sources } = await checkFiles(files);
  if (options.format === "json") {
    const { renderJson } = await import("../render/json.js");
    io.stdout.write(renderJson(results));
  } else {
    const { renderPlanTable } = await import("../render/table.js");
    const style = await makeStyle(io, options.color);
    const valid = results.filter((result) => result.verdict !== "invalid");
    const invalid = results.filter((result) => result.verdict === "invalid");
    const render = (result: PlanResult) => renderPlanTable(result, { style, sources, lines: options.lines });
    if (valid.length > 0) io.stdout.write(`${valid.map(render).join("\n\n")}\n`);
    if (invalid.length > 0) io.stderr.write(`${invalid.map(render).join("\n\n")}\n`);
  }
  return getExitCode(results, { strict: options.strict });
}
