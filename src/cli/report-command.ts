/**
 * `icld-budget report PLAN [--format …] [-o FILE] [--lang sv|en]`: memo-ready tables. The
 * format follows the output file's extension unless --format says otherwise; files are
 * written whole (atomically), never onto the plan, never over another file without --force.
 */
import { extname } from "node:path";
import type { PlanResult } from "../check/check-plan.js";
import { EXIT } from "../check/exit-code.js";
import type { CsvDialect } from "../render/csv.js";
import { buildReportModel } from "../render/report-model.js";
import { checkValidPlans } from "./check-command.js";
import { type Io, terminalWidth } from "./io.js";
import { REPORT_FORMATS, type ReportFormat } from "./output-formats.js";
import { makeStyle } from "./style.js";
import { writeOutput } from "./write-file.js";
import { problemLine } from "./words.js";

const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".csv": "csv",
  ".json": "json",
  ".html": "html",
  ".htm": "html",
  ".xlsx": "xlsx",
  ".txt": "table",
};

export interface ReportOptions {
  readonly format?: ReportFormat;
  readonly output?: string;
  readonly lang: "sv" | "en";
  readonly force: boolean;
  readonly color: boolean;
  readonly csvDialect: CsvDialect;
}

/**
 * The format: --format, else the output file's extension, else the terminal table; undefined,
 * with the problem on standard error, for a file whose extension names none.
 */
export function chooseFormat(options: Pick<ReportOptions, "format" | "output" | "lang">, io: Io): ReportFormat | undefined {
  if (options.format) return options.format;
  if (!options.output || options.output === "-") return "table";
  const format = BY_EXTENSION[extname(options.output).toLowerCase()];
  if (!format) io.stderr.write(problemLine("OUTPUT_FORMAT_UNKNOWN", { file: options.output, formats: REPORT_FORMATS.join(", ") }, options.lang));
  return format;
}

export async function runReport(planFile: string, options: ReportOptions, io: Io): Promise<number> {
  const format = chooseFormat(options, io);
  if (!format) return EXIT.invalid;
  // JSON on standard output is check's: an invalid plan is said there too (verdict "invalid", its
  // findings), not on standard error. To a file, nothing is written.
  const invalid: PlanResult[] = [];
  const jsonOut = format === "json" && (options.output === undefined || options.output === "-");
  const results = await checkValidPlans([planFile], io, options.lang, jsonOut ? (result) => invalid.push(result) : undefined);
  if (!results) {
    if (invalid.length > 0) io.stdout.write((await import("../render/json.js")).renderJson(invalid));
    return EXIT.invalid;
  }
  const result = results[0]!;
  const model = buildReportModel(result, options.lang);
  let data: string | Uint8Array;
  switch (format) {
    case "markdown":
      data = (await import("../render/report-markdown.js")).renderReportMarkdown(model);
      break;
    case "csv":
      data = (await import("../render/report-csv.js")).renderReportCsv(model, options.csvDialect);
      break;
    case "json":
      data = (await import("../render/json.js")).renderJson([result]);
      break;
    case "html":
      data = (await import("../render/report-html.js")).renderReportHtml(model);
      break;
    case "xlsx":
      data = await (await import("../render/report-xlsx.js")).renderReportXlsx(model);
      break;
    default: {
      const toFile = options.output !== undefined && options.output !== "-";
      const style = toFile ? undefined : await makeStyle(io, options.color);
      data = (await import("../render/report-text.js")).renderReportText(model, style, toFile ? undefined : terminalWidth(io));
    }
  }
  if (!(await writeOutput(options.output, data, { force: options.force, inputs: [planFile], lang: options.lang }, io))) return EXIT.invalid;
  return EXIT.ok;
}
