/** `icld-budget explain PLAN [WHAT] [--format text|json] [--lang sv|en]`: every number of a plan traced to its rule and source. */
import { EXIT } from "../check/exit-code.js";
import { explainJson, explainPlan, renderExplainText } from "../render/explain.js";
import { checkValidPlans } from "./check-command.js";
import type { Io } from "./io.js";
import { problemLine } from "./words.js";

export async function runExplain(planFile: string, what: string | undefined, options: { format: "text" | "json"; lang: "sv" | "en" }, io: Io): Promise<number> {
  const results = await checkValidPlans([planFile], io, options.lang);
  if (!results) return EXIT.invalid;
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
