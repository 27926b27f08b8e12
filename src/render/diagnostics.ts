/**
 * Findings as a compiler would print them (hledger's layout):
 *
 *   budgets/plan.yaml:12:5: error[UNKNOWN_KEY]: unknown key "fair"
 *      12 |     fair: 4500
 *         |     ^^^^
 *      = help: did you mean fare?
 */
import { describeFinding } from "../check/messages.js";
import { visible } from "../model/control-character.js";
import type { Finding } from "../model/types.js";
import type { Lang } from "./format.js";
import { REPORT_LABELS } from "./labels.js";
import { PLAIN, type Style } from "./style.js";

const SEVERITY_STYLE = { error: "red", warning: "yellow", info: "cyan" } as const;

/** The text of a line of a source, by 1-based number; the line starts are found once. */
type LineOf = (line: number) => string | undefined;

/** How many characters of a line an excerpt shows, around the column a finding points at. */
const EXCERPT_WIDTH = 200;

/**
 * Wraps a line of a finding to a terminal's width, its later lines indented by `hang` (terminal-table.ts's
 * fitText, passed in by a caller that draws tables anyway, so that findings alone load no cli-table3).
 */
export type WrapLine = (line: string, hang: number) => string;

const AS_IS: WrapLine = (line) => line;

/** Renders one finding with its excerpt; `lineOf` gives the file's lines when it could be read. */
function renderDiagnostic(file: string, finding: Finding, lineOf: LineOf | undefined, style: Style, lang: Lang, wrap: WrapLine): string {
  const { message, hint } = describeFinding(finding, lang);
  const where = finding.pos ? `${file}:${finding.pos.line}:${finding.pos.column}` : file;
  const colour = style[SEVERITY_STYLE[finding.severity]];
  const words = REPORT_LABELS[lang];
  // In a terminal the message and the help are wrapped at words to its width, their later lines
  // indented under their first; the excerpt is the plan's line as it is, its caret under the column.
  const out = [wrap(`${style.bold(where)}: ${colour(`${words.severity[finding.severity]}[${finding.code}]`)}: ${message}`, 2)];
  const lineText = finding.pos && lineOf ? lineOf(finding.pos.line) : undefined;
  if (finding.pos && lineText !== undefined && lineText.trim() !== "") {
    const number = String(finding.pos.line);
    const gutter = " ".repeat(number.length);
    // A long line (a minified plan) is shown around the column, not from its start.
    const from = finding.pos.column - 1 > EXCERPT_WIDTH - 40 ? finding.pos.column - 1 - 40 : 0;
    // Control characters shown, not sent: a raw escape in the plan would command the terminal.
    const cut = visible(lineText.slice(from, from + EXCERPT_WIDTH).replace(/\t/g, " "));
    const shown = from > 0 ? `…${cut}` : cut;
    const column = Math.min(finding.pos.column - 1 - from + (from > 0 ? 1 : 0), shown.length);
    const width = Math.max(1, tokenLength(shown, column));
    out.push(`  ${style.dim(`${number} |`)} ${shown}`);
    out.push(`  ${style.dim(`${gutter} |`)} ${" ".repeat(column)}${colour("^".repeat(width))}`);
  }
  if (hint) out.push(wrap(`  ${style.dim("=")} ${words.help}: ${hint}`, `  = ${words.help}: `.length));
  return out.join("\n");
}

/**
 * Renders findings one after another; `source` is the file's text when it could be read, and
 * `wrap` fits the message and help to a terminal (by default they are one line each).
 */
export function renderDiagnostics(
  file: string,
  findings: readonly Finding[],
  source: string | undefined,
  style: Style = PLAIN,
  lang: Lang = "en",
  wrap: WrapLine = AS_IS,
): string {
  const lineOf = source === undefined ? undefined : linesOf(source);
  return findings.map((finding) => renderDiagnostic(file, finding, lineOf, style, lang, wrap)).join("\n");
}

/** A line getter for `source` that indexes its line starts on first use. */
function linesOf(source: string): LineOf {
  let starts: number[] | undefined;
  return (line) => {
    if (!starts) {
      starts = [0];
      for (let index = source.indexOf("\n"); index >= 0; index = source.indexOf("\n", index + 1)) starts.push(index + 1);
    }
    const start = starts[line - 1];
    if (start === undefined) return undefined;
    const end = starts[line];
    return source.slice(start, end === undefined ? undefined : end - 1).replace(/\r$/, "");
  };
}

/** The length of the word or value that starts at `column`, for the caret underline. */
function tokenLength(line: string, column: number): number {
  const rest = line.slice(column);
  const quoted = /^(["'])(?:(?!\1).)*\1/.exec(rest);
  if (quoted) return quoted[0].length;
  // A key stops at its colon; a value such as 2025-03-10T07:00 runs on through its own colons.
  const word = /^[^\s,\]}#]+?(?=:(?:\s|$)|[\s,\]}#]|$)/.exec(rest);
  return word ? Math.min(word[0].length, 60) : 1;
}
