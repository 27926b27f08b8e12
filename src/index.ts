/**
 * icld-budget as a library: read and check a plan, price it, follow it up, and render a result,
 * with the same functions the command line uses. Pure except `checkPlanFile`, which reads a file.
 *
 * ```ts
 * import { checkPlanText, renderCheckResult, BUILT_IN_RATES } from "icld-budget";
 * const result = checkPlanText(text, "plan.yaml", BUILT_IN_RATES);
 * if (result.verdict !== "fits") console.log(renderCheckResult([result], "table"));
 * ```
 */
import { checkPlanText, invalidResult, type PlanResult } from "./check/check-plan.js";
import { loadPlanText } from "./input/load-plan.js";
import { BUILT_IN_RATES, type Rates } from "./rates/index.js";
import { renderJson } from "./render/json.js";
import { renderJunit } from "./render/junit.js";
import { renderGithub } from "./render/github.js";
import { renderPlanTable } from "./render/table.js";

export { checkBudget, checkPlanText, type PlanResult } from "./check/check-plan.js";
export { computeBudget, type Budget } from "./calc/compute-budget.js";
export { EXIT, getExitCode } from "./check/exit-code.js";
export { describeFinding } from "./check/messages.js";
export { parsePlan, type ParseResult } from "./input/parse-plan.js";
export type { Plan } from "./input/plan.js";
export { parseActuals, type Actuals } from "./input/actuals.js";
export { followUp, type FollowUp } from "./calc/follow-up.js";
export { BUILT_IN_RATES, type Rates } from "./rates/index.js";
export type { EnvelopeResult, Finding, LineItem, SourcePos, Verdict } from "./model/types.js";

/** Reads a plan file and checks it with `rates` (the built-in tables unless given). */
export function checkPlanFile(path: string, rates: Rates = BUILT_IN_RATES): PlanResult {
  const loaded = loadPlanText(path);
  return loaded.ok ? checkPlanText(loaded.text, path, rates) : invalidResult(path, [loaded.finding]);
}

/** The formats a check result renders to. */
export type CheckResultFormat = "table" | "json" | "github" | "junit";

/** Renders check results as `icld-budget check --format …` prints them (the table without colour). */
export function renderCheckResult(results: readonly PlanResult[], format: CheckResultFormat): string {
  switch (format) {
    case "json":
      return renderJson(results);
    case "github":
      return renderGithub(results);
    case "junit":
      return renderJunit(results);
    default:
      return `${results.map((result) => renderPlanTable(result)).join("\n\n")}\n`;
  }
}
