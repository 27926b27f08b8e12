/**
 * Findings as a compiler would print them (hledger's layout):
 *
 *   budgets/plan.yaml:12:5: error[UNKNOWN_KEY]: unknown key "fair"
 *      12 |     fair: 4500
 *         |     ^^^^
 *      = help: did you mean fare?
 */
import { describeFinding } from "../check/messages.js";
import type { Finding } from "../model/types.js";
import { PLAIN, type Style } from "./style.js";

const SEVERITY_STYLE = { error: "red", warning: "yellow", info: "cyan" } as const;

/** Renders one finding with its excerpt; `source` is the file's text when it could be read. */
export function renderDiagnostic(file: string, finding: Finding, source: string | undefined, style: Style = PLAIN): string {
  const { message, hint } = describeFinding(finding);
  const where = finding.pos ? `${file}:${finding.pos.line}:${finding.pos.column}` : file;
  const colour = style[SEVERITY_STYLE[finding.severity]];
  const out = [`${style.bold(where)}: ${colour(`${finding.severity}[${finding.code}]`)}: ${message}`];
  const lineText = finding.pos && source !== undefined ? sourceLine(source, finding.pos.line) : undefined;
  if (finding.pos && lineText !== undefined && lineText.trim() !== "") {
    const number = String(finding.pos.line);
    const gutter = " ".repeat(number.length);
    const shown = lineText.replace(/\t/g, " ").slice(0, 200);
    const column = Math.min(finding.pos.column - 1, shown.length);
    const width = Math.max(1, tokenLength(shown, column));
    out.push(`  ${style.dim(`${number} |`)} ${shown}`);
    out.push(`  ${style.dim(`${gutter} |`)} ${" ".repeat(column)}${colour("^".repeat(width))}`);
  }
  if (hint) out.push(`  ${style.dim("=")} help: ${hint}`);
  return out.join("\n");
}

/** Renders findings one after another. */
export function renderDiagnostics(file: string, findings: readonly Finding[], source: string | undefined, style: Style = PLAIN): string {
  return findings.map((finding) => renderDiagnostic(file, finding, source, style)).join("\n");
}

function sourceLine(source: string, line: number): string | undefined {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = source.indexOf("\n", start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = source.indexOf("\n", start);
  return source.slice(start, end < 0 ? undefined : end).replace(/\r$/, "");
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
