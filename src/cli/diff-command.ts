/** `icld-budget diff OLD NEW`: what a change does to each envelope, category and line. */
import { diffResults } from "../check/diff-results.js";
import { EXIT } from "../check/exit-code.js";
import { checkValidPlans } from "./check-command.js";
import type { Io } from "./io.js";

export async function runDiff(oldFile: string, newFile: string, options: { format: "table" | "markdown"; lang: "sv" | "en" }, io: Io): Promise<number> {
  const results = await checkValidPlans([oldFile, newFile], io, options.lang);
  if (!results) return EXIT.invalid;
  const diff = diffResults(results[0]!, results[1]!);
  const { renderDiffMarkdown, renderDiffTable } = await import("../render/diff.js");
  io.stdout.write(
    options.format === "markdown" ? renderDiffMarkdown(diff, oldFile, newFile, options.lang) : renderDiffTable(diff, oldFile, newFile, options.lang),
  );
  // A change that breaks an envelope the old plan kept fails.
  return diff.broken.length > 0 ? EXIT.failed : EXIT.ok;
}
