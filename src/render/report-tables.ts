/**
 * The tables of a report, as data: a header, rows of cells and which columns are figures.
 * Markdown, HTML and the terminal lay out the same tables; `emphasize` marks total rows in the
 * way each format can (bold in Markdown and on a terminal; HTML styles its last row instead).
 */
import { lineLabel } from "../model/line-label.js";
import type { Decimal } from "../model/money.js";
import type { LineItem } from "../model/types.js";
import { formatNumber, formatPercent, formatSek } from "./format.js";
import { PAYER_LABELS, REPORT_LABELS, UNIT_LABELS } from "./labels.js";
import type { ReportModel } from "./report-model.js";

export interface TableSpec {
  readonly head: string[];
  readonly rows: string[][];
  /** Right-align these columns (figures). */
  readonly right: boolean[];
}

type Emphasize = (text: string) => string;
const plain: Emphasize = (text) => text;

/** The envelopes with limit, total, remaining and share used (with a ✓/✗ mark if asked). */
export function envelopeTable(model: ReportModel, options: { marks?: boolean } = {}): TableSpec {
  const t = REPORT_LABELS[model.lang];
  const lang = model.lang;
  return {
    head: [t.envelope, t.period, t.kind, t.limit, t.total, t.remaining, t.used],
    rows: model.envelopes.map((e) => [
      e.name.trim(),
      e.period,
      e.kind,
      formatSek(e.limit, lang),
      formatSek(e.total, lang),
      formatSek(e.remaining, lang),
      options.marks ? `${formatPercent(e.used, lang)} ${e.fits ? "✓" : "✗"}` : formatPercent(e.used, lang),
    ]),
    right: [false, false, false, true, true, true, true],
  };
}

/** Cost by category, a column per year when the plan has several, and the total row last. */
export function categoryTable(model: ReportModel, emphasize: Emphasize = plain): TableSpec {
  const t = REPORT_LABELS[model.lang];
  const lang = model.lang;
  const multiYear = model.years.length > 1;
  const perYear = (amounts: readonly Decimal[]) => (multiYear ? amounts.map((a) => formatSek(a, lang)) : []);
  return {
    head: [t.category, ...(multiYear ? model.years.map(String) : []), t.sum],
    rows: [
      ...model.categories.map((c) => [c.label, ...perYear(c.byYear), formatSek(c.total, lang)]),
      [emphasize(t.sum), ...perYear(model.categoryTotal.byYear).map(emphasize), emphasize(formatSek(model.categoryTotal.total, lang))],
    ],
    right: [false, ...(multiYear ? model.years.map(() => true) : []), true],
  };
}

/** Line items; with `total`, a last row with their sum. */
export function lineTable(
  model: ReportModel,
  lines: readonly LineItem[],
  total?: { amount: Decimal; emphasize?: Emphasize },
  options: { calculation?: boolean } = {},
): TableSpec {
  const t = REPORT_LABELS[model.lang];
  const lang = model.lang;
  // The calculation in words, where a line has more to it than quantity × rate (html).
  const calculation = options.calculation === true;
  const rows = lines.map((line) => [
    lineLabel(line.what, lang),
    String(line.year),
    formatNumber(line.quantity, lang, 4, "quantity"),
    UNIT_LABELS[lang][line.unit] ?? line.unit,
    formatSek(line.rate, lang),
    formatSek(line.amount, lang),
    PAYER_LABELS[lang][line.paidBy],
    ...(calculation ? [model.calculations.get(line) ?? ""] : []),
  ]);
  if (total) {
    const emphasize = total.emphasize ?? plain;
    rows.push([emphasize(t.sum), "", "", "", "", emphasize(formatSek(total.amount, lang)), "", ...(calculation ? [""] : [])]);
  }
  return {
    head: [t.line, t.year, t.quantity, t.unit, t.rate, t.amount, t.paidBy, ...(calculation ? [t.derivation] : [])],
    rows,
    right: [false, false, true, false, true, true, false, ...(calculation ? [false] : [])],
  };
}

/** Work effort per person: hours, hourly cost and how it was derived (and the payer, if asked). */
export function workTable(model: ReportModel, options: { paidBy?: boolean } = {}): TableSpec {
  const t = REPORT_LABELS[model.lang];
  const lang = model.lang;
  return {
    head: [t.person, t.year, t.hours, t.hourlyCost, t.derivation, t.amount, ...(options.paidBy ? [t.paidBy] : [])],
    rows: model.work.map((w) => [
      w.who,
      String(w.year),
      formatNumber(w.hours, lang, 2, "quantity"),
      formatSek(w.hourlyCost, lang),
      w.derivation,
      formatSek(w.amount, lang),
      ...(options.paidBy ? [PAYER_LABELS[lang][w.paidBy]] : []),
    ]),
    right: [false, false, true, true, false, true, ...(options.paidBy ? [false] : [])],
  };
}

/** The assumptions the figures rest on. */
export function assumptionTable(model: ReportModel): TableSpec {
  const t = REPORT_LABELS[model.lang];
  return {
    head: [t.assumption, t.value, t.source, t.status],
    rows: model.assumptions.map((a) => [a.label, a.value, a.source, a.status]),
    right: [false, false, false, false],
  };
}
