/**
 * The report for a terminal: each envelope with a bar of its use, green, yellow or red by how
 * full it is, then the same sections as the memo formats.
 */
import { fitText, renderTerminalTable } from "./terminal-table.js";
import { formatPercent, formatSek } from "./format.js";
import { REPORT_LABELS } from "./labels.js";
import { fullness, type ReportModel } from "./report-model.js";
import { categoryTable, lineTable, workTable, type TableSpec } from "./report-tables.js";
import { PLAIN, type Style } from "./style.js";

const BAR_WIDTH = 24;

function bar(used: number, style: Style): string {
  const filled = Math.max(0, Math.min(BAR_WIDTH, Math.round(used * BAR_WIDTH)));
  return "█".repeat(filled) + style.dim("░".repeat(BAR_WIDTH - filled));
}

/** The report for a terminal; `maxWidth`, the terminal's width, has wide tables wrap a column of text to fit. */
export function renderReportText(model: ReportModel, style: Style = PLAIN, maxWidth?: number): string {
  // The tables drawn, which are fitted as tables; every other line is text.
  const tables = new Set<string>();
  const table = (spec: TableSpec) => {
    const drawn = renderTerminalTable(spec.head, spec.rows, { right: spec.right, ...(maxWidth ? { maxWidth } : {}) });
    tables.add(drawn);
    return drawn;
  };
  const t = REPORT_LABELS[model.lang];
  const lang = model.lang;
  const out: string[] = [style.bold(model.title), style.dim(model.facts.map(([k, v]) => `${k}: ${v}`).join(" · ")), ""];
  for (const envelope of model.envelopes) {
    const colour = { low: style.green, high: style.yellow, over: style.red }[fullness(envelope.used)];
    out.push(
      `${`${envelope.name} ${envelope.period}`.padEnd(32)} ${colour(bar(envelope.used.toNumber(), style))} ${formatPercent(envelope.used, lang).padStart(8)}  ${formatSek(envelope.total, lang)} / ${formatSek(envelope.limit, lang)} (${envelope.kind}), ${t.remaining.toLowerCase()} ${formatSek(envelope.remaining, lang)}`,
    );
  }
  out.push("", (model.fits ? style.green : style.red)(style.bold(model.verdict)), "");
  out.push(style.bold(t.byCategory), table(categoryTable(model, style.bold)));
  for (const trip of model.trips) {
    out.push("", style.bold(trip.label), `${t.travellers}: ${trip.travellers} · ${t.days}: ${trip.days} · ${t.nights}: ${trip.nights}`);
    out.push(table(lineTable(model, trip.lines, { amount: trip.total, emphasize: style.bold })));
  }
  if (model.work.length > 0) out.push("", style.bold(t.work), table(workTable(model)));
  if (model.otherCosts.length > 0) out.push("", style.bold(t.otherCosts), table(lineTable(model, model.otherCosts)));
  out.push("", style.bold(t.cofinancing), model.cofinanced.length > 0 ? table(lineTable(model, model.cofinanced)) : t.noCofinancing);
  out.push(
    "",
    style.bold(t.findings),
    ...(model.findings.length === 0
      ? [t.noFindings]
      : model.findings.map((f) => `${f.where}: ${f.severity}[${f.code}]: ${f.message}${f.hint ? ` (${f.hint})` : ""}`)),
  );
  out.push("", style.bold(t.assumptions), ...model.assumptions.map((a) => `${a.label}: ${a.value} (${a.source}; ${a.status})`));
  // Every line but a table's is wrapped at words (never inside an amount) to the terminal's width.
  return `${out.map((line) => (tables.has(line) ? line : fitText(line, maxWidth))).join("\n")}\n`;
}
