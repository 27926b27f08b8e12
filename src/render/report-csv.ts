/** The line items as CSV, in either dialect of csv.ts. */
import { lineLabel } from "../model/line-label.js";
import { toMachineString } from "../model/money.js";
import type { Decimal } from "../model/money.js";
import { type CsvDialect, csvWriter } from "./csv.js";
import type { ReportModel } from "./report-model.js";

export const CSV_COLUMNS = ["plan", "year", "category", "label", "quantity", "unit", "rate", "amount", "paid_by", "line", "column"] as const;

/** The plan's line items, one a row. */
export function renderReportCsv(model: ReportModel, dialect: CsvDialect = "rfc4180"): string {
  const csv = csvWriter(dialect);
  const number = (value: Decimal, money: boolean) => csv.number(money ? toMachineString(value) : value.toString());
  const rows = model.lines.map((line) => [
    csv.text(model.file),
    String(line.year),
    line.category,
    csv.text(lineLabel(line.what, model.lang)),
    number(line.quantity, false),
    line.unit,
    number(line.rate, true),
    number(line.amount, true),
    line.paidBy,
    String(line.pos.line),
    String(line.pos.column),
  ]);
  return csv.document(CSV_COLUMNS, rows);
}
