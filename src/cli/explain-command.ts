/** `icld-budget explain PLAN [WHAT] [--format text|json] [--lang sv|en]`: every number of a plan traced to its rule and source. */
import type { PlanResult } from "../check/check-plan.js";
import { EXIT } from "../check/exit-code.js";
import { explainJson, explainPlan, renderExplainText } from "../render/explain.js";
import { checkValidPlans } from "./check-command.js";
import type { Io } from "./io.js";
import { problemLine } from "./words.js";

export async function runExplain(planFile: string, what: string | undefined, options: { format: "text" | "json"; lang: "sv" | "en" }, io: Io): Promise<number> {
  // In JSON an invalid plan is said in JSON too (verdict "invalid", its findings), as check's is.
  const invalid: PlanResult[] = [];
  const results = await checkValidPlans([planFile], io, options.lang, options.format === "json" ? (result) => invalid.push(result) : undefined);
  if (!results) {
    const [result] = invalid;
    if (result) {
      const { renderInvalidPlanJson } = await import("../render/json.js");
      io.stdout.write(renderInvalidPlanJson({ version: 1, plan: planFile, ...(what ? { what } : {}) }, result.file, result.findings));
    }
    return EXIT.invalid;
  }
  const tree = explainPlan(results[0]!, options.lang, what);
  if (!tree || tree.length === 0) {
    io.stderr.write(problemLine("EXPLAIN_NOTHING_CALLED", { file: planFile, what: what ?? "" }, options.lang));
    return EXIT.invalid;
  }
  io.stdout.write(
    options.format === "json"
      ? `${JSON.stringify({ version: 1, plan: planFile, ...(what ? { what } : {}), explain: explainJson(tree) }, null, 2)}\n`
      : `${renderExplainText(tree)}\n`,
  );
  return EXIT.ok;
}
