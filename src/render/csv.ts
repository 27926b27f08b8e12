/**
 * CSV in two dialects, for the report's line items and the follow-up's rows. `rfc4180` is for
 * programs: commas, plain decimal numbers. `excel-sv` is for Swedish Excel: semicolons, decimal
 * commas and a UTF-8 byte-order mark, so that a double-click opens it right, and every text cell
 * that Excel would take for a formula made harmless.
 */
export type CsvDialect = "rfc4180" | "excel-sv";

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

/** A CSV document in one dialect: cells are marked as text (from a file or a person) or numbers (plain decimal strings). */
export function csvWriter(dialect: CsvDialect) {
  const excel = dialect === "excel-sv";
  const separator = excel ? ";" : ",";
  return {
    /** A text cell. */
    text: (value: string) => (excel ? neutralised(value) : value),
    /** A number cell, from its plain decimal string ("-1234.50"). */
    number: (value: string) => (excel ? value.replace(".", ",") : value),
    /** The document: a header and rows of cells already marked. */
    document: (header: readonly string[], rows: readonly (readonly string[])[]) =>
      `${excel ? "\uFEFF" : ""}${[header, ...rows].map((cells) => cells.map((cell) => field(cell, separator)).join(separator)).join("\r\n")}\r\n`,
  };
}
