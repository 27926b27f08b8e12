/**
 * The report as Markdown, for the memo (tjänsteutlåtande) and the ICLD application: headings
 * and tables that paste into Word or a wiki.
 */
import { lineLabel } from "../model/line-label.js";
import type { LineItem } from "../model/types.js";
import { formatNumber, formatPercent, formatSek } from "./format.js";
import { PAYER_LABELS, REPORT_LABELS, UNIT_LABELS } from "./labels.js";
import { renderMarkdownTable } from "./markdown-table.js";
import type { ReportModel } from "./report-model.js";

const table = renderMarkdownTable;

/** The rows of a line table, shared by every section that lists lines. */
export function lineRows(lines: readonly LineItem[], model: ReportModel): string[][] {
  const lang = model.lang;
  return lines.map((line) => [
    lineLabel(line.what, lang),
    String(line.year),
    formatNumber(line.quantity, lang, 4, "quantity"),
    UNIT_LABELS[lang][line.unit] ?? line.unit,
    formatSek(line.rate, lang),
    formatSek(line.amount, lang),
    PAYER_LABELS[lang][line.paidBy],
  ]);
}

export function renderReportMarkdown(model: ReportModel): string {
  const t = REPORT_LABELS[model.lang];
  const lang = model.lang;
  const lineHead = [t.line, t.year, t.quantity, t.unit, t.rate, t.amount, t.paidBy];
  const lineAlign = [false, false, true, false, true, true, false];
  const out: string[] = [`# ${model.title}`, "", model.facts.map(([key, value]) => `**${key}:** ${value}`).join(" · "), "", `**${model.verdict}.**`, ""];

  out.push(`## ${t.envelopes}`, "", table(
    [t.envelope, t.period, t.kind, t.limit, t.total, t.remaining, t.used],
    model.envelopes.map((e) => [e.name.trim(), e.period, e.kind, formatSek(e.limit, lang), formatSek(e.total, lang), formatSek(e.remaining, lang), `${formatPercent(e.used, lang)} ${e.fits ? "✓" : "✗"}`]),
    [false, false, false, true, true, true, true],
  ), "");

  const multiYear = model.years.length > 1;
  out.push(`## ${t.byCategory}`, "", table(
    [t.category, ...(multiYear ? model.years.map(String) : []), t.sum],
    [
      ...model.categories.map((c) => [c.label, ...(multiYear ? c.byYear.map((a) => formatSek(a, lang)) : []), formatSek(c.total, lang)]),
      [`**${t.sum}**`, ...(multiYear ? model.categoryTotal.byYear.map((a) => `**${formatSek(a, lang)}**`) : []), `**${formatSek(model.categoryTotal.total, lang)}**`],
    ],
    [false, ...(multiYear ? model.years.map(() => true) : []), true],
  ), "");

  if (model.trips.length > 0) {
    out.push(`## ${t.trips}`, "");
    for (const trip of model.trips) {
      out.push(`### ${trip.label}`, "", `${t.travellers}: ${trip.travellers} · ${t.days}: ${trip.days} · ${t.nights}: ${trip.nights}`, "");
      out.push(table(lineHead, [...lineRows(trip.lines, model), [`**${t.sum}**`, "", "", "", "", `**${formatSek(trip.total, lang)}**`, ""]], lineAlign), "");
    }
  }
  if (model.work.length > 0) {
    out.push(`## ${t.work}`, "", table(
      [t.person, t.year, t.hours, t.hourlyCost, t.derivation, t.amount, t.paidBy],
      model.work.map((w) => [w.who, String(w.year), formatNumber(w.hours, lang, 2, "quantity"), formatSek(w.hourlyCost, lang), w.derivation, formatSek(w.amount, lang), PAYER_LABELS[lang][w.paidBy as "icld"]]),
      [false, false, true, true, false, true, false],
    ), "");
  }
  if (model.otherCosts.length > 0) out.push(`## ${t.otherCosts}`, "", table(lineHead, lineRows(model.otherCosts, model), lineAlign), "");
  out.push(`## ${t.cofinancing}`, "", model.cofinanced.length > 0 ? table(lineHead, lineRows(model.cofinanced, model), lineAlign) : t.noCofinancing, "");
  out.push(`## ${t.findings}`, "");
  if (model.findings.length === 0) out.push(t.noFindings);
  for (const f of model.findings) out.push(`- **${f.severity}** \`${f.code}\` (${f.where}): ${f.message}${f.hint ? ` — ${f.hint}` : ""}`);
  out.push("", `## ${t.assumptions}`, "", table([t.assumption, t.value, t.source, t.status], model.assumptions.map((a) => [a.label, a.value, a.source, a.status]), [false, false, false, false]), "");
  return out.join("\n");
}
