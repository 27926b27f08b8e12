/**
 * The report as Markdown, for the memo (tjänsteutlåtande) and the ICLD application: headings
 * and tables that paste into Word or a wiki.
 */
import { REPORT_LABELS } from "./labels.js";
import { markdownText as md, renderMarkdownTable } from "./markdown-table.js";
import type { ReportModel } from "./report-model.js";
import { assumptionTable, categoryTable, envelopeTable, lineTable, workTable, type TableSpec } from "./report-tables.js";

const table = (spec: TableSpec) => renderMarkdownTable(spec.head, spec.rows, spec.right);
const bold = (text: string) => `**${text}**`;

export function renderReportMarkdown(model: ReportModel): string {
  const t = REPORT_LABELS[model.lang];
  const out: string[] = [
    `# ${md(model.title)}`,
    "",
    model.facts.map(([key, value]) => `**${md(key)}:** ${md(value)}`).join(" · "),
    "",
    `**${md(model.verdict)}.**`,
    "",
  ];
  out.push(`## ${t.envelopes}`, "", table(envelopeTable(model, { marks: true })), "");
  out.push(`## ${t.byCategory}`, "", table(categoryTable(model, bold)), "");
  if (model.trips.length > 0) {
    out.push(`## ${t.trips}`, "");
    for (const trip of model.trips) {
      out.push(`### ${md(trip.label)}`, "", `${t.travellers}: ${trip.travellers} · ${t.days}: ${trip.days} · ${t.nights}: ${trip.nights}`, "");
      out.push(table(lineTable(model, trip.lines, { amount: trip.total, emphasize: bold })), "");
    }
  }
  if (model.work.length > 0) out.push(`## ${t.work}`, "", table(workTable(model, { paidBy: true })), "");
  if (model.otherCosts.length > 0) out.push(`## ${t.otherCosts}`, "", table(lineTable(model, model.otherCosts)), "");
  out.push(`## ${t.cofinancing}`, "", model.cofinanced.length > 0 ? table(lineTable(model, model.cofinanced)) : t.noCofinancing, "");
  out.push(`## ${t.findings}`, "");
  if (model.findings.length === 0) out.push(t.noFindings);
  for (const f of model.findings) out.push(`- **${f.severity}** \`${f.code}\` (${md(f.where)}): ${md(f.message)}${f.hint ? ` — ${md(f.hint)}` : ""}`);
  out.push("", `## ${t.assumptions}`, "", table(assumptionTable(model)), "");
  return out.join("\n");
}
