/** The `diff` report: a terminal table, or Markdown for a pull-request comment. */
import type { EnvelopeChange, PlanDiff, Change } from "../check/diff-results.js";
import { lineLabel } from "../model/line-label.js";
import type { Decimal } from "../model/money.js";
import { renderTerminalTable } from "./terminal-table.js";
import { formatNumber, formatSek } from "./format.js";
import { renderMarkdownTable } from "./markdown-table.js";
import { CATEGORY_LABELS } from "./labels.js";

const signed = (amount: Decimal) => (amount.isPositive() && !amount.isZero() ? `+${formatSek(amount)}` : formatSek(amount));
const percent = (c: Change) =>
  c.percent === undefined ? "new" : `${c.percent.isPositive() && !c.percent.isZero() ? "+" : ""}${formatNumber(c.percent, "sv", 1)} %`;
const fitsMark = (envelope: EnvelopeChange) =>
  envelope.newFits ? "fits" : envelope.oldFits ? (envelope.kind === "max" ? "NOW OVER" : "now over guide") : "over";

/** Rows of the report, shared by the table and Markdown layouts. */
function rows(diff: PlanDiff): { envelopes: string[][]; categories: string[][]; lines: string[][] } {
  return {
    envelopes: diff.envelopes.map((e) => [
      e.id.endsWith(".work") ? `${e.id.replace(".work", "")}, of which work` : e.id,
      String(e.period),
      formatSek(e.old),
      formatSek(e.new),
      signed(e.change),
      percent(e),
      fitsMark(e),
    ]),
    categories: [
      ...diff.categories.map((c) => [CATEGORY_LABELS.en[c.category], formatSek(c.old), formatSek(c.new), signed(c.change), percent(c)]),
      ["Total (ICLD)", formatSek(diff.total.old), formatSek(diff.total.new), signed(diff.total.change), percent(diff.total)],
    ],
    lines: [
      ...diff.added.map((l) => ["added", lineLabel(l.new!.what), "", formatSek(l.new!.amount)]),
      ...diff.removed.map((l) => ["removed", lineLabel(l.old!.what), formatSek(l.old!.amount), ""]),
      ...diff.changed.map((l) => ["changed", lineLabel(l.new!.what), formatSek(l.old!.amount), formatSek(l.new!.amount)]),
    ],
  };
}

/** Markdown, for a pull-request comment. */
export function renderDiffMarkdown(diff: PlanDiff, oldFile: string, newFile: string): string {
  const { envelopes, categories, lines } = rows(diff);
  const out = [
    `### Budget change: ${oldFile} → ${newFile}`,
    "",
    renderMarkdownTable(["Envelope", "Period", "Old", "New", "Change", "%", ""], envelopes, [false, false, true, true, true, true, false]),
    "",
    renderMarkdownTable(["Category", "Old", "New", "Change", "%"], categories, [false, true, true, true, true]),
  ];
  if (lines.length > 0) out.push("", renderMarkdownTable(["", "Line", "Old", "New"], lines, [false, false, true, true]));
  if (diff.broken.length > 0) out.push("", `**The new plan breaks ${diff.broken.map((e) => `${e.id} ${e.period}`).join(", ")}.**`);
  return `${out.join("\n")}\n`;
}

/** Plain text for a terminal. */
export function renderDiffTable(diff: PlanDiff, oldFile: string, newFile: string): string {
  const { envelopes, categories, lines } = rows(diff);
  // Labels on the left, figures on the right; no box lines, so that the output pastes anywhere.
  const table = (head: string[], body: string[][]) =>
    renderTerminalTable(head, body, { plain: true, right: head.map((_, i) => !(i === 0 || (i === 1 && head[1] === "Line"))) });
  const out = [
    `${oldFile} → ${newFile}`,
    "",
    table(["Envelope", "Period", "Old", "New", "Change", "%", ""], envelopes),
    "",
    table(["Category", "Old", "New", "Change", "%"], categories),
  ];
  if (lines.length > 0) out.push("", table(["", "Line", "Old", "New"], lines));
  if (diff.broken.length > 0) out.push("", `The new plan breaks ${diff.broken.map((e) => `${e.id} ${e.period}`).join(", ")}.`);
  return `${out.join("\n")}\n`;
}
