/**
 * The line items as CSV. The default is for programs: RFC 4180, comma-separated, plain decimal
 * numbers. The `excel-sv` dialect is for Swedish Excel: semicolons, decimal comma and a UTF-8
 * byte-order mark, so that a double-click opens it right.
 */
import { lineLabel } from "../model/line-label.js";
import { toMachineString } from "../model/money.js";
import type { Decimal } from "../model/money.js";
import type { ReportModel } from "./report-model.js";

export type CsvDialect = "rfc4180" | "excel-sv";

export const CSV_COLUMNS = ["plan", "year", "category", "label", "quantity", "unit", "rate", "amount", "paid_by", "line", "column"] as const;

/** Quotes a field when it holds the separator, a quote or a line break (RFC 4180). */
function field(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A text cell for a spreadsheet: one that starts with = + - @, a tab or a carriage return would
 * be read as a formula, so it gets a leading apostrophe (OWASP's advice on CSV injection).
 * Numbers are not passed through here: a negative amount stays a number.
 */
const neutralised = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function renderReportCsv(model: ReportModel, dialect: CsvDialect = "rfc4180"): string {
  const excel = dialect === "excel-sv";
  const separator = excel ? ";" : ",";
  const text = (value: string) => (excel ? neutralised(value) : value);
  const number = (value: Decimal, money: boolean) => {
    const text = money ? toMachineString(value) : value.toString();
    return excel ? text.replace(".", ",") : text;
  };
  const rows = [CSV_COLUMNS.join(separator)];
  for (const line of model.lines) {
    rows.push(
      [
        text(model.file),
        String(line.year),
        line.category,
        text(lineLabel(line.what, model.lang)),
        number(line.quantity, false),
        line.unit,
        number(line.rate, true),
        number(line.amount, true),
        line.paidBy,
        String(line.pos.line),
        String(line.pos.column),
      ]
        .map((value) => field(value, separator))
        .join(separator),
    );
  }
  return `${excel ? "\uFEFF" : ""}${rows.join("\r\n")}\r\n`;
}
