/**
 * GitHub Actions workflow commands for every finding (`::error file=…,line=…,col=…::…`), and
 * a Markdown summary of every plan and envelope for the job summary (GITHUB_STEP_SUMMARY).
 */
import type { PlanResult } from "../check/check-plan.js";
import { describeFinding } from "../check/messages.js";
import type { EnvelopeResult } from "../model/types.js";
import { formatSek } from "./format.js";
import { renderMarkdownTable } from "./markdown-table.js";

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

/** Escapes a workflow command's message (GitHub's rules for data). */
const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
/** Escapes a workflow command's property value. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** One workflow command per finding. */
export function renderGithub(results: readonly PlanResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const finding of result.findings) {
      const { message, hint } = describeFinding(finding);
      const props = [`file=${escapeProperty(result.file)}`];
      if (finding.pos) props.push(`line=${finding.pos.line}`, `col=${finding.pos.column}`);
      props.push(`title=${escapeProperty(finding.code)}`);
      lines.push(`::${COMMAND[finding.severity]} ${props.join(",")}::${escapeData(hint ? `${message} (${hint})` : message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

const SUMMARY_HEAD = ["Plan", "Envelope", "Period", "Limit", "Total", "Remaining", ""];
const SUMMARY_RIGHT = [false, false, false, true, true, true, false];

function envelopeRow(result: PlanResult, envelope: EnvelopeResult, name: string): string[] {
  const mark = envelope.fits ? "✅ fits" : envelope.kind === "max" ? "❌ over" : "⚠️ over guide";
  return [result.file, name, String(envelope.period), formatSek(envelope.limit), formatSek(envelope.total), formatSek(envelope.remaining), mark];
}

/**
 * A Markdown table of every plan and envelope, for a CI job summary. Written by
 * renderMarkdownTable, as the report's tables are, so that a file name with a `|` or a `<` stays
 * in its cell as text.
 */
export function renderSummaryMarkdown(results: readonly PlanResult[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    if (result.verdict === "invalid") {
      const count = result.findings.length;
      rows.push([result.file, "—", "—", "—", "—", "—", `🚫 invalid (${count} problem${count === 1 ? "" : "s"})`]);
      continue;
    }
    for (const envelope of result.envelopes) {
      rows.push(envelopeRow(result, envelope, envelope.id));
      for (const part of envelope.parts) rows.push(envelopeRow(result, part, `${envelope.id}, of which work`));
    }
  }
  const failing = results.filter((result) => result.verdict !== "fits").length;
  const heading = `### icld-budget: ${results.length - failing} of ${results.length} plan${results.length === 1 ? "" : "s"} fit`;
  return `${heading}\n\n${renderMarkdownTable(SUMMARY_HEAD, rows, SUMMARY_RIGHT)}\n${findingCounts(results)}`;
}

/**
 * The findings counted by code and severity: GitHub shows only the first few annotations of a
 * step, so the summary says how many there are of each.
 */
function findingCounts(results: readonly PlanResult[]): string {
  const counts = new Map<string, { severity: string; code: string; count: number }>();
  for (const result of results) {
    for (const { severity, code } of result.findings) {
      const key = `${severity}:${code}`;
      const seen = counts.get(key) ?? { severity, code, count: 0 };
      seen.count++;
      counts.set(key, seen);
    }
  }
  if (counts.size === 0) return "";
  const rows = [...counts.values()].map(({ severity, code, count }) => [severity, code, String(count)]);
  return `\n${renderMarkdownTable(["Severity", "Finding", "Count"], rows, [false, false, true])}\n`;
}
