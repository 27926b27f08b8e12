/**
 * The follow-up as a financial report (ekonomisk redovisning): sections of tables built once,
 * laid out as a terminal table, Markdown or HTML. Every word is in FOLLOW_UP_LABELS, Swedish and
 * English; the Swedish report uses the terms a controller hands in (Budget, Utfall, Kvar,
 * Prognos, Avvikelse).
 */
import type { FollowUp } from "../calc/follow-up.js";
import { describeFinding } from "../check/messages.js";
import { type Decimal, ZERO } from "../model/money.js";
import type { Finding } from "../model/types.js";
import { formatNumber, formatPercent, formatSek, type Lang } from "./format.js";
import { FOLLOW_UP_LABELS } from "./command-labels.js";
import { CATEGORY_LABELS, PAYER_LABELS, PHASE_LABELS, periodLabel } from "./labels.js";
import { firstOfEachCode, restCounted } from "./finding-groups.js";
import { escapeHtml, renderHtmlPage } from "./html-page.js";
import { markdownText as md, renderMarkdownTable } from "./markdown-table.js";
import type { TableSpec } from "./report-tables.js";
import { PLAIN, type Style } from "./style.js";
import { fitText, renderTerminalTable } from "./terminal-table.js";

export interface FollowUpSection {
  readonly heading: string;
  readonly text?: readonly string[];
  readonly table?: TableSpec;
}

export interface FollowUpDocument {
  readonly lang: Lang;
  readonly title: string;
  readonly facts: string;
  readonly verdict: string;
  readonly within: boolean;
  readonly sections: readonly FollowUpSection[];
}

/** The verdict of a follow-up: `over` when the actual ICLD costs exceed a maximum, else `within`. */
export function followUpVerdict(result: FollowUp): "within" | "over" {
  return result.findings.some((finding) => finding.code === "ACTUAL_OVER_ENVELOPE") ? "over" : "within";
}

/** Builds the report's sections in a language. */
export function buildFollowUpDocument(result: FollowUp, lang: Lang): FollowUpDocument {
  const t = FOLLOW_UP_LABELS[lang];
  const sek = (amount: Decimal) => formatSek(amount, lang);
  const deviation = (budget: Decimal, actual: Decimal) => sek(actual.minus(budget));
  const period = (p: "phase" | number) => periodLabel(p, lang);
  const verdict = followUpVerdict(result);
  const sections: FollowUpSection[] = [];

  sections.push({
    heading: t.envelopes,
    table: {
      head: [t.envelope, t.period, t.limit, t.budget, t.actual, t.remaining, t.forecast, ""],
      rows: result.envelopes
        .flatMap((e) => [e, ...e.parts])
        .map((e) => [
          e.id.includes(".")
            ? `  ${t.ofWhich} ${CATEGORY_LABELS[lang][e.id.split(".").pop() as keyof (typeof CATEGORY_LABELS)["sv"]] ?? e.id}`
            : (PHASE_LABELS[lang][e.id as keyof (typeof PHASE_LABELS)["sv"]] ?? e.id),
          period(e.period),
          `${sek(e.limit)} (${e.kind === "max" ? t.max : t.guide})`,
          sek(e.budget),
          sek(e.actual),
          sek(e.remaining),
          sek(e.forecast),
          !e.fits ? t.actualOver : !e.forecastFits ? t.forecastOver : t.fits,
        ]),
      right: [false, false, true, true, true, true, true, false],
    },
  });

  const categories = [...result.byCategory];
  const total = (pick: (x: { budget: Decimal; actual: Decimal }) => Decimal) => categories.reduce((sum, [, x]) => sum.plus(pick(x)), ZERO);
  sections.push({
    heading: t.byCategory,
    table: {
      head: [t.category, t.budget, t.actual, t.deviation, t.used],
      rows: [
        ...categories.map(([category, x]) => [
          CATEGORY_LABELS[lang][category],
          sek(x.budget),
          sek(x.actual),
          deviation(x.budget, x.actual),
          x.budget.isZero() ? "–" : formatPercent(x.actual.dividedBy(x.budget), lang),
        ]),
        [
          t.sum,
          sek(total((x) => x.budget)),
          sek(total((x) => x.actual)),
          deviation(
            total((x) => x.budget),
            total((x) => x.actual),
          ),
          "",
        ],
      ],
      right: [false, true, true, true, true],
    },
  });

  if (result.trips.length > 0) {
    sections.push({
      heading: t.trips,
      table: {
        head: [t.trip, t.departs, t.budget, t.actual, t.deviation, ""],
        rows: result.trips.map((trip) => [
          trip.label,
          trip.depart.slice(0, 10),
          sek(trip.budget),
          sek(trip.actual),
          deviation(trip.budget, trip.actual),
          trip.ahead ? t.ahead : "",
        ]),
        right: [false, false, true, true, true, false],
      },
    });
  }

  if (result.work.length > 0) {
    sections.push({
      heading: t.salaries,
      text: [t.salaryNote],
      table: {
        head: [t.person, t.year, t.monthlySalary, t.onCost, t.hoursPerYear, t.hourlyCost, t.hoursBudget, t.hoursActual, t.budget, t.actual],
        rows: result.work.map((w) => [
          w.name,
          String(w.year),
          w.monthlySalary ? sek(w.monthlySalary) : "–",
          w.onCost ? `${formatNumber(w.onCost.times(100), lang, 2, "quantity")} %` : "–",
          formatNumber(w.hoursPerYear, lang, 0),
          sek(w.hourlyCost),
          formatNumber(w.hoursBudget, lang, 2, "quantity"),
          formatNumber(w.hoursActual, lang, 2, "quantity"),
          sek(w.budget),
          sek(w.actual),
        ]),
        right: [false, false, true, true, true, true, true, true, true, true],
      },
    });
  }

  const cofinanced = result.rows.filter((row) => row.status === "assigned" && row.paidBy !== "icld");
  sections.push({
    heading: t.cofinancing,
    ...(cofinanced.length === 0
      ? { text: [t.noCofinancing] }
      : {
          table: {
            head: [t.date, t.text, t.paidBy, t.amount],
            rows: cofinanced.map((row) => [row.date, row.text, PAYER_LABELS[lang][row.paidBy], sek(row.amount)]),
            right: [false, false, false, true],
          },
        }),
  });

  const r = result.reconciliation;
  sections.push({
    heading: t.reconciliation,
    text: [t.reconciliationNote],
    table: {
      head: ["", t.rowsCount, t.amount],
      rows: [
        [t.read, String(r.read), sek(r.sumRead)],
        [t.assigned, String(r.assigned), sek(r.sumAssigned)],
        [t.unassigned, String(r.unassigned), sek(r.sumUnassigned)],
        [t.excluded, String(r.excluded), sek(r.sumExcluded)],
      ],
      right: [false, true, true],
    },
  });
  const listed = result.rows.filter((row) => row.status !== "assigned");
  if (listed.length > 0) {
    sections.push({
      heading: t.notAssigned,
      table: {
        head: [t.where, t.date, t.account, t.text, t.amount, t.status],
        rows: listed.map((row) => [
          `${row.file}:${row.row}`,
          row.date,
          row.account ?? "",
          row.text,
          sek(row.amount),
          row.status === "unassigned" ? t.unassigned : t.because[row.because!],
        ]),
        right: [false, false, false, false, true, false],
      },
    });
  }

  // The first few of each code, and the rest counted: a wrong as_of makes a warning of every row.
  const findingLines = [...firstOfEachCode(result.findings).map((f) => findingLine(result, f, lang)), ...restCounted(result.findings, lang)];
  sections.push({ heading: t.findings, text: result.findings.length === 0 ? [t.noFindings] : findingLines });
  sections.push({
    heading: t.assumptions,
    text: [`${t.asOf}: ${result.asOf}`, `${t.tolerance}: ${formatPercent(result.tolerance, lang)} (${t.toleranceNote})`, `${t.rules}: ${result.plan.rules}`],
  });

  return {
    lang,
    title: `${result.plan.title} — ${t.title}`,
    facts: `${t.plan}: ${result.plan.file} · ${t.actualsFile}: ${result.actualsFile} · ${t.asOf}: ${result.asOf}`,
    verdict: verdict === "within" ? t.verdictWithin : t.verdictOver,
    within: verdict === "within",
    sections,
  };
}

function findingLine(result: FollowUp, finding: Finding, lang: Lang): string {
  const { message, hint } = describeFinding(finding, lang);
  const file = typeof finding.args.file === "string" ? finding.args.file : result.plan.file;
  const where = finding.pos ? `${file}:${finding.pos.line}:${finding.pos.column}` : file;
  return `${FOLLOW_UP_LABELS[lang].severity[finding.severity]} [${finding.code}] ${where}: ${message}${hint ? ` (${hint})` : ""}`;
}

/** The report as Markdown. */
export function renderFollowUpMarkdown(doc: FollowUpDocument): string {
  const out = [`# ${md(doc.title)}`, "", md(doc.facts), "", `**${md(doc.verdict)}.**`, ""];
  for (const section of doc.sections) {
    out.push(`## ${section.heading}`, "");
    for (const line of section.text ?? []) out.push(section.heading === FOLLOW_UP_LABELS[doc.lang].findings ? `- ${md(line)}` : md(line), "");
    if (section.table) out.push(renderMarkdownTable(section.table.head, section.table.rows, section.table.right), "");
  }
  return out.join("\n");
}

/** The report for a terminal; `maxWidth`, the terminal's width, has wide tables wrap a column of text to fit. */
export function renderFollowUpText(doc: FollowUpDocument, style: Style = PLAIN, maxWidth?: number): string {
  // Sentences are wrapped at words (never inside an amount) to the terminal's width, as the tables are.
  const wrapped = (line: string) => fitText(line, maxWidth);
  const out = [wrapped(style.bold(doc.title)), wrapped(style.dim(doc.facts)), wrapped((doc.within ? style.green : style.red)(style.bold(doc.verdict))), ""];
  for (const section of doc.sections) {
    out.push(wrapped(style.bold(section.heading)));
    for (const line of section.text ?? []) out.push(wrapped(line));
    if (section.table) out.push(renderTerminalTable(section.table.head, section.table.rows, { right: section.table.right, ...(maxWidth ? { maxWidth } : {}) }));
    out.push("");
  }
  return out.join("\n");
}

/** The report as one self-contained HTML file, printable on A4. */
export function renderFollowUpHtml(doc: FollowUpDocument): string {
  const table = ({ head, rows, right }: TableSpec) =>
    `<table><thead><tr>${head.map((h, i) => `<th${right[i] ? ' class="num"' : ""}>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>\n${rows
      .map((row) => `<tr>${row.map((c, i) => `<td${right[i] ? ' class="num"' : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`)
      .join("\n")}\n</tbody></table>`;
  const body = doc.sections.map((section) =>
    [
      `<h2>${escapeHtml(section.heading)}</h2>`,
      ...(section.text ?? []).map((line) => `<p>${escapeHtml(line)}</p>`),
      ...(section.table ? [table(section.table)] : []),
    ].join("\n"),
  );
  return renderHtmlPage({
    lang: doc.lang,
    title: doc.title,
    body: [
      `<h1>${escapeHtml(doc.title)}</h1>`,
      `<p>${escapeHtml(doc.facts)}</p>`,
      `<p class="verdict ${doc.within ? "fits" : "over"}">${escapeHtml(doc.verdict)}.</p>`,
      ...body,
    ].join("\n"),
  });
}
