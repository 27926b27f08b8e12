/**
 * `icld-budget follow-up PLAN ACTUALS [--as-of DATE] [--format …] [-o FILE] [--lang sv|en] [--strict]`:
 * the approved plan against what was spent. Reads the plan, the actuals file and every ledger
 * export it names (paths relative to it); any file that cannot be read or is invalid is reported
 * whole, with every problem, on standard error (exit 2), and nothing is written; with
 * `--format json` to standard output, as JSON (verdict "invalid"), as check does.
 */
import { realpathSync, statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { followUp, type FollowUp } from "../calc/follow-up.js";
import { EXIT } from "../check/exit-code.js";
import { type Actuals, parseActuals } from "../input/actuals.js";
import { readLedgerCsv } from "../input/ledger-csv.js";
import type { CsvDialect } from "../render/csv.js";
import type { LedgerRow } from "../input/ledger-row.js";
import { readLedgerDate } from "../input/ledger-row.js";
import { loadBytes, loadPlanText } from "../input/load-plan.js";
import { MAX_PLAN_BYTES } from "../input/parse-plan.js";
import { readSie } from "../input/sie.js";
import type { Finding } from "../model/types.js";
import { renderDiagnostics } from "../render/diagnostics.js";
import { firstOfEachCode, restCounted } from "../render/finding-groups.js";
import { buildFollowUpDocument, followUpVerdict } from "../render/follow-up-report.js";
import { checkValidPlans, stderrWrap } from "./check-command.js";
import { type Io, terminalWidth } from "./io.js";
import type { ReportFormat } from "./output-formats.js";
import { chooseFormat } from "./report-command.js";
import { makeStyle } from "./style.js";
import { writeOutput } from "./write-file.js";
import { problemLine } from "./words.js";

export interface FollowUpOptions {
  readonly format?: ReportFormat;
  readonly output?: string;
  readonly lang: "sv" | "en";
  /** The CSV's dialect (rfc4180 by default). */
  readonly csvDialect?: CsvDialect;
  readonly force: boolean;
  readonly color: boolean;
  readonly strict: boolean;
  readonly asOf?: string;
  /** Today, for an actuals file without as_of (passed in so that tests can fix it). */
  readonly today: string;
}

/** SIE files by their extension (.se, .si, .sie), or by the #FLAGGA line they start with. */
const isSie = (path: string, bytes: Uint8Array) =>
  /^\.(se|si|sie)$/i.test(extname(path)) || Buffer.from(bytes.subarray(0, 16)).toString("latin1").startsWith("#FLAGGA");

/** Where the problems of a file that cannot be used go: a file's findings, with its text for excerpts. */
export type ProblemSink = (file: string, findings: readonly Finding[], source?: string) => void;

/**
 * Reads and follows up; undefined when a file is wrong, its problems given to `sink` (by default
 * written to standard error with excerpts). A wrong command line (`--as-of`) is written to
 * standard error either way.
 */
export async function readFollowUp(
  planFile: string,
  actualsFile: string,
  options: Pick<FollowUpOptions, "asOf" | "today" | "lang">,
  io: Io,
  sink?: ProblemSink,
): Promise<FollowUp | undefined> {
  const wrap = sink ? undefined : await stderrWrap(io);
  // For a person: the first ten of each code, the rest counted, as under check's tables (a ledger
  // export of 20 000 unreadable rows would otherwise be 40 000 lines); JSON keeps every one.
  const toPerson = (file: string, findings: readonly Finding[], source?: string) =>
    [renderDiagnostics(file, firstOfEachCode(findings), source, undefined, options.lang, wrap), ...restCounted(findings, options.lang)].join("\n");
  const report: ProblemSink = sink ?? ((file, findings, source) => io.stderr.write(`${toPerson(file, findings, source)}\n`));
  const results = await checkValidPlans([planFile], io, options.lang, (result, sources) => report(result.file, result.findings, sources.get(result.file)));
  const loaded = loadPlanText(actualsFile);
  if (!loaded.ok) {
    // "File not found" with a hint about plans would mislead: point to the starter instead.
    const missing = loaded.finding.code === "FILE_NOT_FOUND";
    report(actualsFile, [missing ? { ...loaded.finding, code: "ACTUALS_NOT_FOUND", args: { file: actualsFile } } : loaded.finding]);
    return undefined;
  }
  const parsed = parseActuals(loaded.text, actualsFile);
  if (!parsed.ok) report(actualsFile, parsed.findings, loaded.text);
  if (!results || !parsed.ok) return undefined;
  let actuals = parsed.actuals;
  if (options.asOf !== undefined) {
    const date = readLedgerDate(options.asOf);
    if (!date || date.text !== options.asOf) {
      io.stderr.write(problemLine("AS_OF_NOT_A_DATE", { text: options.asOf }, options.lang));
      return undefined;
    }
    actuals = { ...actuals, asOf: { day: date.day, text: date.text } };
  }

  const listing = checkLedgerListing(actuals, actualsFile);
  if (listing.length > 0) {
    report(actualsFile, listing, loaded.text);
    return undefined;
  }

  // Every ledger export, all problems of all of them at once.
  const rows: (LedgerRow & { projectFilter?: string })[] = [];
  let ok = true;
  // An export that cannot be read is a problem of the actuals file, at the `file:` that names it.
  const unread: Finding[] = [];
  for (const [index, source] of actuals.ledger.entries()) {
    const path = resolve(dirname(actualsFile), source.file);
    const bytes = loadBytes(path);
    if (!bytes.ok) {
      const pos = actuals.locate(["ledger", index, "file"]);
      // Worded for a ledger export: check's words for these speak of plans.
      const code = { FILE_NOT_FOUND: "LEDGER_NOT_FOUND", IS_DIRECTORY: "LEDGER_IS_DIRECTORY" }[bytes.finding.code] ?? bytes.finding.code;
      unread.push({ ...bytes.finding, code, args: { ...bytes.finding.args, file: source.file, path }, pos });
      ok = false;
      continue;
    }
    const read = isSie(path, bytes.bytes) ? readSie(bytes.bytes, source.file, source.encoding ?? "cp437") : readLedgerCsv(bytes.bytes, source.file, source);
    if (read.problems.length > 0) {
      ok = false;
      report(
        source.file,
        read.problems.map((p) => ({
          code: p.code,
          severity: "error",
          // The position as arguments too (JSON), never over an argument of the same name: MISSING_COLUMN and UNKNOWN_HEADER name a column.
          args: { row: p.row, column: p.column, ...p.args },
          pos: { line: p.row, column: p.column },
        })),
      );
    }
    for (const row of read.rows) rows.push(source.project !== undefined ? { ...row, projectFilter: source.project } : row);
  }
  if (unread.length > 0) report(actualsFile, unread, loaded.text);
  if (!ok) return undefined;

  const result = results[0]!;
  const { followUp: followed, problems } = followUp(result, actuals, rows, result.edition!, options.today);
  if (problems.length > 0) {
    const byFile = new Map<string, typeof problems>();
    for (const problem of problems) {
      const list = byFile.get(problem.file) ?? [];
      list.push(problem);
      byFile.set(problem.file, list);
    }
    // Each file's problems in its order of lines, as check gives a plan's (they are found by kind).
    for (const [file, list] of byFile) {
      const findings = list
        .sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column)
        .map((problem): Finding => ({ code: problem.code, severity: "error", args: problem.args, pos: problem.pos }));
      report(file, findings, file === actualsFile ? loaded.text : undefined);
    }
    return undefined;
  }
  return followed;
}

/**
 * The ledger exports a follow-up reads: each once (a file listed twice for the same project would
 * count every row twice), and no more than MAX_PLAN_BYTES in all, as check's files (TOO_MUCH_INPUT),
 * so that no actuals file makes the tool read for minutes. Sizes are the file system's, before
 * anything is read.
 */
function checkLedgerListing(actuals: Actuals, actualsFile: string): Finding[] {
  const firstAt = (pos: { line: number; column: number }) => ({ firstLine: pos.line, firstColumn: pos.column });
  const first = new Map<string, number>();
  const problems: Finding[] = [];
  let total = 0;
  actuals.ledger.forEach((source, index) => {
    const path = resolve(dirname(actualsFile), source.file);
    let real = path;
    try {
      real = realpathSync(path);
      total += statSync(path).size;
    } catch {
      // A missing file is reported when it is read.
    }
    const key = `${real}\0${source.project ?? ""}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else
      problems.push({
        code: "LEDGER_LISTED_TWICE",
        severity: "error",
        args: { file: source.file, ...firstAt(actuals.locate(["ledger", earlier, "file"])) },
        pos: actuals.locate(["ledger", index, "file"]),
      });
  });
  if (problems.length === 0 && total > MAX_PLAN_BYTES)
    problems.push({ code: "TOO_MUCH_INPUT", severity: "error", args: { bytes: total, max: MAX_PLAN_BYTES }, pos: actuals.locate(["ledger"]) });
  return problems;
}

export async function runFollowUp(planFile: string, actualsFile: string, options: FollowUpOptions, io: Io): Promise<number> {
  const format = chooseFormat(options, io);
  if (!format) return EXIT.invalid;
  // JSON on standard output says an invalid input as check's does (verdict "invalid", every
  // finding); to a file, nothing is written, and the problems go to standard error.
  const problems: { file: string; findings: readonly Finding[] }[] = [];
  const toStdout = options.output === undefined || options.output === "-";
  const sink: ProblemSink | undefined = format === "json" && toStdout ? (file, findings) => problems.push({ file, findings }) : undefined;
  const result = await readFollowUp(planFile, actualsFile, options, io, sink);
  if (!result) {
    if (problems.length > 0) io.stdout.write((await import("../render/follow-up-data.js")).renderInvalidFollowUpJson(planFile, actualsFile, problems));
    return EXIT.invalid;
  }
  const doc = buildFollowUpDocument(result, options.lang);
  const render = await import("../render/follow-up-report.js");
  let data: string | Uint8Array;
  switch (format) {
    case "json":
      data = (await import("../render/follow-up-data.js")).renderFollowUpJson([result]);
      break;
    case "csv":
      data = (await import("../render/follow-up-data.js")).renderFollowUpCsv(result, options.csvDialect);
      break;
    case "markdown":
      data = render.renderFollowUpMarkdown(doc);
      break;
    case "html":
      data = render.renderFollowUpHtml(doc);
      break;
    case "xlsx":
      data = await (await import("../render/follow-up-xlsx.js")).renderFollowUpXlsx(result, doc);
      break;
    default: {
      const toFile = options.output !== undefined && options.output !== "-";
      data = render.renderFollowUpText(doc, toFile ? undefined : await makeStyle(io, options.color), toFile ? undefined : terminalWidth(io));
    }
  }
  if (!(await writeOutput(options.output, data, { force: options.force, inputs: [planFile, actualsFile], lang: options.lang }, io))) return EXIT.invalid;

  // 1 when a maximum is exceeded or a finding is an error (an unassigned row, a partner's salary).
  if (followUpVerdict(result) === "over" || result.findings.some((finding) => finding.severity === "error")) return EXIT.failed;
  if (options.strict && result.findings.some((finding) => finding.severity === "warning")) return EXIT.failed;
  return EXIT.ok;
}
