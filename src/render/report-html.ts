/**
 * The report as one self-contained HTML file (no external resources), printable on A4, with an
 * inline SVG bar chart of each envelope's use by category.
 */
import { Decimal } from "../model/money.js";
import { formatPercent, formatSek } from "./format.js";
import { escapeHtml, renderHtmlPage } from "./html-page.js";
import { REPORT_LABELS } from "./labels.js";
import { assumptionTable, categoryTable, envelopeTable, lineTable, workTable, type TableSpec } from "./report-tables.js";
import { fullness, type EnvelopeRow, type ReportModel } from "./report-model.js";

const PALETTE = [
  "#1f77b4",
  "#ff7f0e",
  "#2ca02c",
  "#9467bd",
  "#8c564b",
  "#e377c2",
  "#7f7f7f",
  "#bcbd22",
  "#17becf",
  "#d62728",
  "#aec7e8",
  "#ffbb78",
  "#98df8a",
  "#c5b0d5",
];

function table({ head, rows, right: numeric }: TableSpec, total = false): string {
  const th = head.map((h, i) => `<th${numeric[i] ? ' class="num"' : ""}>${escapeHtml(h)}</th>`).join("");
  const body = rows
    .map(
      (row, r) =>
        `<tr${total && r === rows.length - 1 ? ' class="total"' : ""}>${row.map((c, i) => `<td${numeric[i] ? ' class="num"' : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** One stacked bar per envelope: each category's share of the limit, and a mark at the limit. */
function chart(model: ReportModel): string {
  const t = REPORT_LABELS[model.lang];
  const categories = [...new Set(model.envelopes.flatMap((e) => e.byCategory.map((c) => c.category)))];
  const colour = (category: string) => PALETTE[categories.indexOf(category) % PALETTE.length]!;
  const width = 560;
  const labelWidth = 150;
  const barHeight = 22;
  const gap = 14;
  const rows = model.envelopes;
  const height = rows.length * (barHeight + gap) + 40 + Math.ceil(categories.length / 3) * 18;
  const parts: string[] = [];
  rows.forEach((envelope: EnvelopeRow, index) => {
    const y = 10 + index * (barHeight + gap);
    const scale = Decimal.max(envelope.limit, envelope.total);
    const px = (amount: Decimal) => (scale.isZero() ? 0 : amount.dividedBy(scale).times(width).toNumber());
    parts.push(`<text x="0" y="${y + 15}" class="label">${escapeHtml(`${envelope.name.trim()} ${envelope.period}`)}</text>`);
    let x = labelWidth;
    for (const { category, amount } of envelope.byCategory) {
      const w = px(amount);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${colour(category)}"><title>${escapeHtml(`${category}: ${formatSek(amount, model.lang)}`)}</title></rect>`,
      );
      x += w;
    }
    const limitX = labelWidth + px(envelope.limit);
    parts.push(`<line x1="${limitX.toFixed(1)}" x2="${limitX.toFixed(1)}" y1="${y - 4}" y2="${y + barHeight + 4}" class="limit"/>`);
    parts.push(
      `<text x="${labelWidth + width + 8}" y="${y + 15}" class="label ${fullness(envelope.used)}">${escapeHtml(formatPercent(envelope.used, model.lang))}</text>`,
    );
  });
  const legendY = 10 + rows.length * (barHeight + gap) + 10;
  categories.forEach((category, i) => {
    const x = labelWidth + (i % 3) * 190;
    const y = legendY + Math.floor(i / 3) * 18;
    parts.push(
      `<rect x="${x}" y="${y}" width="12" height="12" fill="${colour(category)}"/><text x="${x + 16}" y="${y + 10}" class="legend">${escapeHtml(category)}</text>`,
    );
  });
  return `<svg role="img" aria-label="${escapeHtml(t.chartTitle)}" viewBox="0 0 ${labelWidth + width + 60} ${height}" width="100%">\n${parts.join("\n")}\n</svg>`;
}

export function renderReportHtml(model: ReportModel): string {
  const t = REPORT_LABELS[model.lang];
  const lang = model.lang;
  const sections: string[] = [];
  sections.push(`<h1>${escapeHtml(model.title)}</h1>`);
  sections.push(`<p class="facts">${model.facts.map(([k, v]) => `<span><b>${escapeHtml(k)}:</b> ${escapeHtml(v)}</span>`).join(" · ")}</p>`);
  sections.push(`<p class="verdict ${model.fits ? "fits" : "over"}">${escapeHtml(model.verdict)}.</p>`);
  sections.push(`<h2>${escapeHtml(t.envelopes)}</h2>`);
  sections.push(table(envelopeTable(model)));
  sections.push(`<figure><figcaption>${escapeHtml(t.chartTitle)}</figcaption>${chart(model)}</figure>`);
  sections.push(`<h2>${escapeHtml(t.byCategory)}</h2>`);
  sections.push(table(categoryTable(model), true));
  if (model.trips.length > 0) {
    sections.push(`<h2>${escapeHtml(t.trips)}</h2>`);
    for (const trip of model.trips) {
      sections.push(
        `<h3>${escapeHtml(trip.label)}</h3><p>${escapeHtml(`${t.travellers}: ${trip.travellers} · ${t.days}: ${trip.days} · ${t.nights}: ${trip.nights}`)}</p>`,
      );
      sections.push(table(lineTable(model, trip.lines, { amount: trip.total }, { calculation: true }), true));
    }
  }
  if (model.work.length > 0) sections.push(`<h2>${escapeHtml(t.work)}</h2>`, table(workTable(model)));
  if (model.otherCosts.length > 0) sections.push(`<h2>${escapeHtml(t.otherCosts)}</h2>`, table(lineTable(model, model.otherCosts)));
  sections.push(
    `<h2>${escapeHtml(t.cofinancing)}</h2>`,
    model.cofinanced.length > 0 ? table(lineTable(model, model.cofinanced)) : `<p>${escapeHtml(t.noCofinancing)}</p>`,
  );
  sections.push(`<h2>${escapeHtml(t.findings)}</h2>`);
  sections.push(
    model.findings.length === 0
      ? `<p>${escapeHtml(t.noFindings)}</p>`
      : `<ul>${model.findings.map((f) => `<li class="${f.code}"><b>${escapeHtml(f.severity)}</b> <code>${escapeHtml(f.code)}</code> ${escapeHtml(f.where)}: ${escapeHtml(f.message)}${f.hint ? ` — ${escapeHtml(f.hint)}` : ""}</li>`).join("")}</ul>`,
  );
  sections.push(`<h2>${escapeHtml(t.assumptions)}</h2>`);
  sections.push(table(assumptionTable(model)));
  return renderHtmlPage({
    lang,
    title: model.title,
    style: `figure { margin: 3mm 0; page-break-inside: avoid; } figcaption { font-size: 9pt; color: #555; }
svg .label { font-size: 11px; } svg .legend { font-size: 10px; } svg .limit { stroke: #111; stroke-width: 2; }
svg .low { fill: #1a7f37; } svg .high { fill: #b7791f; } svg .over { fill: #b42318; }`,
    body: sections.join("\n"),
  });
}
