/**
 * The report as an Excel workbook (exceljs): a summary sheet (envelopes, cost by category with
 * a column per year) and a line-items sheet. Amounts are numbers with a kronor format; totals
 * are SUM formulas that carry their computed value, so viewers that do not recalculate show the
 * right figure. Loaded only when xlsx is asked for.
 *
 * A spreadsheet stores numbers as binary floating point: amounts are converted from Decimal at
 * this boundary only, each already rounded to öre.
 */
import ExcelJS from "exceljs";
import { lineLabel } from "../model/line-label.js";
import { sumAmounts, type Decimal } from "../model/money.js";
import { PAYER_LABELS, REPORT_LABELS } from "./labels.js";
import type { ReportModel } from "./report-model.js";

const KRONOR = { sv: '#,##0.00 "kr"', en: '"SEK" #,##0.00' } as const;

const money = (amount: Decimal) => amount.toDecimalPlaces(2).toNumber();
const column = (index: number) => String.fromCharCode(65 + index); // A…Z is enough here

/** Builds the workbook and returns its bytes. */
export async function renderReportXlsx(model: ReportModel): Promise<Uint8Array> {
  const t = REPORT_LABELS[model.lang];
  const format = KRONOR[model.lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "icld-budget";

  const summary = workbook.addWorksheet(t.summary);
  summary.addRow([model.title]).font = { bold: true, size: 14 };
  for (const [key, value] of model.facts) summary.addRow([key, value]);
  summary.addRow([model.verdict]);
  summary.addRow([]);

  summary.addRow([t.envelope, t.period, t.kind, t.limit, t.total, t.remaining, t.used]).font = { bold: true };
  for (const envelope of model.envelopes) {
    const row = summary.addRow([
      envelope.name.trim(),
      envelope.period,
      envelope.kind,
      money(envelope.limit),
      money(envelope.total),
      money(envelope.remaining),
      envelope.used.toDecimalPlaces(4).toNumber(),
    ]);
    for (const c of [4, 5, 6]) row.getCell(c).numFmt = format;
    row.getCell(7).numFmt = "0.0%";
  }
  summary.addRow([]);

  const years = model.years.length > 1 ? model.years : [];
  summary.addRow([t.category, ...years.map(String), t.sum]).font = { bold: true };
  const firstCategoryRow = summary.rowCount + 1;
  for (const category of model.categories) {
    const row = summary.addRow([category.label, ...(years.length ? category.byYear.map(money) : []), money(category.total)]);
    for (let c = 2; c <= years.length + 2; c++) row.getCell(c).numFmt = format;
  }
  const lastCategoryRow = summary.rowCount;
  const totals = [...(years.length ? model.categoryTotal.byYear : []), model.categoryTotal.total];
  const totalRow = summary.addRow([
    t.sum,
    ...totals.map((amount, i) => ({ formula: `SUM(${column(i + 1)}${firstCategoryRow}:${column(i + 1)}${lastCategoryRow})`, result: money(amount) })),
  ]);
  totalRow.font = { bold: true };
  for (let c = 2; c <= totals.length + 1; c++) totalRow.getCell(c).numFmt = format;
  summary.getColumn(1).width = 34;
  for (let c = 2; c <= 7; c++) summary.getColumn(c).width = 16;

  // Line items: ICLD's lines with their total, then the co-financing apart with its own total,
  // as in every other format (co-financing never counts against an envelope).
  const items = workbook.addWorksheet(t.lineItems);
  items.addRow([t.line, t.year, t.category, t.quantity, t.unit, t.rate, t.amount, t.paidBy, t.derivation]).font = { bold: true };
  const section = (lines: ReportModel["lines"], label: string) => {
    const first = items.rowCount + 1;
    for (const line of lines) {
      // The amount is the formula quantity × rate (in whole öre), carrying its value; the
      // calculation in words stands beside it.
      const at = items.rowCount + 1;
      const row = items.addRow([
        lineLabel(line.what, model.lang),
        line.year,
        line.category,
        line.quantity.toNumber(),
        line.unit,
        money(line.rate),
        { formula: `ROUND(D${at}*F${at},2)`, result: money(line.amount) },
        PAYER_LABELS[model.lang][line.paidBy],
        model.calculations.get(line) ?? "",
      ]);
      row.getCell(6).numFmt = format;
      row.getCell(7).numFmt = format;
    }
    const total = sumAmounts(lines.map((line) => line.amount));
    const sumRow = items.addRow([label, "", "", "", "", "", { formula: lines.length > 0 ? `SUM(G${first}:G${items.rowCount})` : "0", result: money(total) }]);
    sumRow.font = { bold: true };
    sumRow.getCell(7).numFmt = format;
  };
  section(
    model.lines.filter((line) => line.paidBy === "icld"),
    t.sumIcld,
  );
  const cofinanced = model.lines.filter((line) => line.paidBy !== "icld");
  if (cofinanced.length > 0) {
    items.addRow([]);
    items.addRow([t.cofinancing]).font = { bold: true };
    section(cofinanced, t.sumCofinancing);
  }
  items.getColumn(1).width = 60;
  for (const c of items.columns.slice(1)) c.width = 14;

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
