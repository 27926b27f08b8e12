/** The `diff` report: a terminal table, or Markdown for a pull-request comment, in Swedish or English. */
import type { EnvelopeChange, LineChange, PlanDiff, Change } from "../check/diff-results.js";
import { lineLabel } from "../model/line-label.js";
import type { Decimal } from "../model/money.js";
import type { Phase } from "../model/types.js";
import { renderTerminalTable } from "./terminal-table.js";
import { formatNumber, formatSek, type Lang } from "./format.js";
import { markdownText, renderMarkdownTable } from "./markdown-table.js";
import { DIFF_LABELS } from "./command-labels.js";
import { CATEGORY_LABELS, CHECK_LABELS, PHASE_LABELS, periodLabel } from "./labels.js";

// Amounts are in Swedish form in either language, as in check's table.
const signed = (amount: Decimal) => (amount.isPositive() && !amount.isZero() ? `+${formatSek(amount)}` : formatSek(amount));

/** Rows of the report, shared by the table and Markdown layouts. */
function rows(diff: PlanDiff, lang: Lang): { envelopes: string[][]; categories: string[][]; lines: string[][] } {
  const t = DIFF_LABELS[lang];
  const percent = (c: Change) =>
    c.percent === undefined ? t.isNew : `${c.percent.isPositive() && !c.percent.isZero() ? "+" : ""}${formatNumber(c.percent, "sv", 1)} %`;
  const fitsMark = (envelope: EnvelopeChange) =>
    envelope.removed ? t.removed : envelope.newFits ? t.fits : envelope.oldFits ? (envelope.kind === "max" ? t.nowOver : t.nowOverGuide) : t.over;
  return {
    envelopes: diff.envelopes.map((e) => [
      envelopeName(e.id, lang),
      periodLabel(e.period, lang),
      formatSek(e.old),
      formatSek(e.new),
      signed(e.change),
      percent(e),
      fitsMark(e),
    ]),
    categories: [
      ...diff.categories.map((c) => [CATEGORY_LABELS[lang][c.category], formatSek(c.old), formatSek(c.new), signed(c.change), percent(c)]),
      [t.total, formatSek(diff.total.old), formatSek(diff.total.new), signed(diff.total.change), percent(diff.total)],
    ],
    lines: [
      ...diff.added.map((l) => [t.added, lineLabel(l.new!.what, lang), "", formatSek(l.new!.amount)]),
      ...diff.removed.map((l) => [t.removed, lineLabel(l.old!.what, lang), formatSek(l.old!.amount), ""]),
      ...diff.changed.map((l) => [t.changed, changedLabel(l, lang), formatSek(l.old!.amount), formatSek(l.new!.amount)]),
    ],
  };
}

/**
 * A changed line's label, the new one, with the old where it says something else: a label holds
 * the line's quantities ("Work: Anna Andersson, 100 h"), and a change of hours would otherwise
 * show the new hours beside the old amount.
 */
function changedLabel(line: LineChange, lang: Lang): string {
  const now = lineLabel(line.new!.what, lang);
  const before = lineLabel(line.old!.what, lang);
  return before === now ? now : `${now} (${DIFF_LABELS[lang].was(before)})`;
}

/** An envelope's name: its phase, or the phase's work share ("Styrgrupp, varav arbetsinsats"). */
function envelopeName(id: string, lang: Lang): string {
  const [phase = id, part] = id.split(".");
  const name = PHASE_LABELS[lang][phase as Phase] ?? phase;
  return part ? `${name}, ${CHECK_LABELS[lang].ofWhichWork}` : name;
}

function broken(diff: PlanDiff, lang: Lang): string {
  const t = DIFF_LABELS[lang];
  return t.breaks(diff.broken.map((e) => `${envelopeName(e.id, lang).toLowerCase()} ${periodLabel(e.period, lang)}`).join(", "));
}

/** Markdown, for a pull-request comment. */
export function renderDiffMarkdown(diff: PlanDiff, oldFile: string, newFile: string, lang: Lang = "en"): string {
  const t = DIFF_LABELS[lang];
  const { envelopes, categories, lines } = rows(diff, lang);
  const out = [
    `### ${markdownText(t.title(oldFile, newFile))}`,
    "",
    renderMarkdownTable([t.envelope, t.period, t.old, t.new, t.change, "%", ""], envelopes, [false, false, true, true, true, true, false]),
    "",
    renderMarkdownTable([t.category, t.old, t.new, t.change, "%"], categories, [false, true, true, true, true]),
  ];
  if (lines.length > 0) out.push("", renderMarkdownTable(["", t.line, t.old, t.new], lines, [false, false, true, true]));
  if (diff.broken.length > 0) out.push("", `**${markdownText(broken(diff, lang))}**`);
  return `${out.join("\n")}\n`;
}

/** Plain text for a terminal. */
export function renderDiffTable(diff: PlanDiff, oldFile: string, newFile: string, lang: Lang = "en"): string {
  const t = DIFF_LABELS[lang];
  const { envelopes, categories, lines } = rows(diff, lang);
  // Labels on the left, figures on the right; no box lines, so that the output pastes anywhere.
  const table = (head: string[], body: string[][]) =>
    renderTerminalTable(head, body, { plain: true, right: head.map((_, i) => !(i === 0 || (i === 1 && head[1] === t.line))) });
  const out = [
    `${oldFile} → ${newFile}`,
    "",
    table([t.envelope, t.period, t.old, t.new, t.change, "%", ""], envelopes),
    "",
    table([t.category, t.old, t.new, t.change, "%"], categories),
  ];
  if (lines.length > 0) out.push("", table(["", t.line, t.old, t.new], lines));
  if (diff.broken.length > 0) out.push("", broken(diff, lang));
  return `${out.join("\n")}\n`;
}
