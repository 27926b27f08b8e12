/**
 * Ledger exports as CSV or TSV, in the dialects Swedish accounting systems and Excel write:
 * `;`, `,` or tab between fields, quoted fields, a byte-order mark, UTF-8 or Windows-1252, a
 * decimal comma or point, spaces between thousands. csv-parse reads the fields and iconv-lite
 * the Windows-1252 bytes; this module finds the columns by their headers and reads each row's
 * date and amount exactly. Pure: bytes in, rows and problems out.
 */
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { MAX_AMOUNT_EXPONENT, ZERO } from "../model/money.js";
import { closest } from "./suggest.js";
import { LEDGER_COLUMNS, type LedgerColumn, type LedgerSource } from "./actuals.js";
import { controlCharacterIn } from "../model/control-character.js";
import { guessSeparator, readLedgerAmount, readLedgerDate, type LedgerProblem, type LedgerRead, type LedgerRow } from "./ledger-row.js";

/** The columns read as values: a date, and an amount or a debit and a credit. */
const VALUE_COLUMNS: readonly LedgerColumn[] = ["date", "amount", "debit", "credit"];
/** The columns whose text a follow-up may print. */
const PRINTED_COLUMNS: readonly LedgerColumn[] = LEDGER_COLUMNS.filter((column) => !VALUE_COLUMNS.includes(column));

/** The headers each column is known by (compared without case or accents). */
const KNOWN_HEADERS: Readonly<Record<LedgerColumn, readonly string[]>> = {
  date: ["datum", "bokforingsdatum", "transaktionsdatum", "date"],
  amount: ["belopp", "belopp sek", "amount"],
  // A ledger that books debit and credit in two columns (a general ledger's usual layout): the
  // amount is the debit less the credit, so that a cost is positive as in an amount column.
  debit: ["debet", "debit"],
  credit: ["kredit", "credit"],
  account: ["konto", "account"],
  text: ["text", "benamning", "beskrivning", "description"],
  voucher: ["verifikation", "vernr", "verifikationsnummer", "voucher"],
  project: ["projekt", "objekt", "project"],
  category: ["category", "kategori"],
  trip: ["trip", "resa"],
  paid_by: ["paid_by", "paid by", "betalas av"],
};

/** A header as compared: lower case, without accents, single spaces. */
export const normalizeHeader = (header: string) =>
  header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** The UTF-16 a file's byte-order mark names, if it starts with one. */
const utf16Of = (bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined =>
  bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;

/**
 * Decodes a file's bytes: UTF-16 where a byte-order mark says so (Excel's "Unicode text", tab
 * separated), UTF-8 (with or without a byte-order mark), else Windows-1252. An encoding the
 * actuals file names is taken as named.
 */
export function decodeLedgerText(bytes: Uint8Array, encoding?: LedgerSource["encoding"]): string {
  if (encoding === "windows-1252" || encoding === "cp437") return iconv.decode(Buffer.from(bytes), encoding === "cp437" ? "cp437" : "win1252");
  const utf16 = encoding === undefined ? utf16Of(bytes) : undefined;
  // The mark is taken off by the decoder; half a character is an error, as bad UTF-8 is.
  if (utf16) return new TextDecoder(utf16, { fatal: true }).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (encoding === "utf-8") throw new Error("not UTF-8");
    // What Swedish Excel writes when it saves "CSV (semicolon separated)".
    return iconv.decode(Buffer.from(bytes), "win1252");
  }
}

/** Reads a ledger export in CSV or TSV. `file` names it in rows and problems. */
export function readLedgerCsv(bytes: Uint8Array, file: string, source: Pick<LedgerSource, "columns" | "separator" | "encoding">): LedgerRead {
  const problems: LedgerProblem[] = [];
  const problem = (code: string, row: number, column: number, args: Record<string, string | number> = {}) => problems.push({ code, row, column, args });
  let text: string;
  try {
    text = decodeLedgerText(bytes, source.encoding);
  } catch {
    problem("LEDGER_ENCODING", 1, 1, { encoding: source.encoding ?? (utf16Of(bytes) ? "utf-16" : "utf-8") });
    return { rows: [], problems };
  }
  const delimiter = source.separator ?? guessSeparator(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (error: { code?: string; lines?: number; message?: string } | undefined) => {
        if (error) problem("LEDGER_CSV_SYNTAX", error.lines ?? 0, 1, { detail: error.message ?? String(error.code) });
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    problem("LEDGER_CSV_SYNTAX", (error as { lines?: number }).lines ?? 1, 1, { detail: (error as Error).message });
    return { rows: [], problems };
  }
  if (records.length === 0) {
    problem("LEDGER_EMPTY", 1, 1);
    return { rows: [], problems };
  }

  // Columns: by the names the actuals file gives, else by the headers the tool knows.
  const header = records[0]!.record;
  const normalized = header.map(normalizeHeader);
  const index: Partial<Record<LedgerColumn, number>> = {};
  for (const column of LEDGER_COLUMNS) {
    const named = source.columns?.[column];
    if (named !== undefined) {
      const at = normalized.indexOf(normalizeHeader(named));
      if (at < 0) {
        const suggestion = closest(named, header);
        problem("UNKNOWN_HEADER", 1, 1, { header: named, column, headers: header.join(", "), ...(suggestion ? { suggestion } : {}) });
      } else index[column] = at;
      continue;
    }
    const at = normalized.findIndex((name) => KNOWN_HEADERS[column].includes(name));
    if (at >= 0) index[column] = at;
  }
  // The amount: its own column, else a debit and a credit column together.
  const debitCredit = index.amount === undefined && index.debit !== undefined && index.credit !== undefined;
  const needed: LedgerColumn[] = debitCredit ? ["date"] : ["date", "amount"];
  if (index.category === undefined) needed.push("account");
  for (const column of needed) {
    if (index[column] === undefined && source.columns?.[column] === undefined) {
      problem("MISSING_COLUMN", 1, 1, {
        column,
        headers: header.join(", "),
        known: KNOWN_HEADERS[column].join(", "),
        // An amount can also be a debit and a credit column.
        ...(column === "amount" ? { debit: KNOWN_HEADERS.debit.join(", "), credit: KNOWN_HEADERS.credit.join(", ") } : {}),
      });
    }
  }
  if (problems.length > 0) return { rows: [], problems };

  const cell = (record: string[], column: LedgerColumn) => (index[column] === undefined ? undefined : (record[index[column]!] ?? "").trim());
  const rows: LedgerRow[] = [];
  // Where a category, trip or payer column is, for a problem of its value: one object for the
  // file, which every row refers to.
  const fieldOf = (column: LedgerColumn) => (index[column] === undefined ? undefined : index[column]! + 1);
  const [categoryField, tripField, paidByField] = [fieldOf("category"), fieldOf("trip"), fieldOf("paid_by")];
  const columns: LedgerRow["columns"] = {
    ...(categoryField ? { category: categoryField } : {}),
    ...(tripField ? { trip: tripField } : {}),
    ...(paidByField ? { paidBy: paidByField } : {}),
  };
  const rowColumns = Object.keys(columns).length > 0 ? { columns } : {};
  // The decimal mark of the amounts (the amount column, or the debit and credit columns): a cell
  // that uses the other one is ambiguous (1,234 or 1.234?).
  let mark: { mark: "," | "."; row: number; column: LedgerColumn } | undefined;
  /** The amount in a row's cell, or undefined with its problem reported. */
  const readAmountCell = (record: string[], column: LedgerColumn, row: number) => {
    const text = cell(record, column)!;
    const at = index[column]! + 1;
    const amount = readLedgerAmount(text);
    if (!amount) problem("LEDGER_BAD_AMOUNT", row, at, { text });
    else if (amount.value.e >= MAX_AMOUNT_EXPONENT) problem("LEDGER_AMOUNT_TOO_LARGE", row, at, { text });
    else if (amount.mark && mark && mark.mark !== amount.mark)
      problem("AMBIGUOUS_DECIMAL", row, at, {
        text,
        mark: amount.mark,
        other: mark.mark,
        otherRow: mark.row,
        // Debit and credit share one decimal mark: the other cell may be in the other column.
        ...(mark.column === column ? {} : { otherColumn: header[index[mark.column]!] ?? mark.column }),
      });
    // Kronor are booked in öre: three decimals are most likely a thousands separator (1.234 for
    // 1 234 kr, as a spreadsheet in another locale writes it), and would be read as 1,23 kr.
    else if (amount.decimals > 2) problem("LEDGER_AMOUNT_DECIMALS", row, at, { text, decimals: amount.decimals });
    else {
      if (amount.mark && !mark) mark = { mark: amount.mark, row, column };
      return amount.value;
    }
    return undefined;
  };
  /** A row's debit less its credit, an empty cell being nothing booked on that side; a row with neither is no amount. */
  const debitLessCredit = (record: string[], row: number) => {
    const empty = (column: LedgerColumn) => cell(record, column) === "";
    if (empty("debit") && empty("credit")) {
      problem("LEDGER_NO_AMOUNT", row, index.debit! + 1);
      return undefined;
    }
    const debit = empty("debit") ? ZERO : readAmountCell(record, "debit", row);
    const credit = empty("credit") ? ZERO : readAmountCell(record, "credit", row);
    return debit && credit ? debit.minus(credit) : undefined;
  };
  for (const { record, info } of records.slice(1)) {
    const row = info.lines;
    if (record.every((field) => field.trim() === "")) continue;
    const dateText = cell(record, "date")!;
    const date = readLedgerDate(dateText);
    if (!date) problem("LEDGER_BAD_DATE", row, index.date! + 1, { text: dateText });
    const amount = debitCredit ? debitLessCredit(record, row) : readAmountCell(record, "amount", row);
    // The texts a follow-up prints: none may hold a control character (a terminal's command).
    let controlled = false;
    for (const column of PRINTED_COLUMNS) {
      const code = index[column] === undefined ? undefined : controlCharacterIn(cell(record, column)!);
      if (code === undefined) continue;
      problem("CONTROL_CHARACTER", row, index[column]! + 1, { code });
      controlled = true;
    }
    if (!date || !amount || controlled) continue;
    const optional = (column: LedgerColumn) => {
      const value = cell(record, column);
      return value ? value : undefined;
    };
    const account = optional("account");
    const voucher = optional("voucher");
    const project = optional("project");
    const category = optional("category");
    const trip = optional("trip");
    const paidBy = optional("paid_by");
    rows.push({
      file,
      row,
      date: { day: date.day, text: date.text },
      year: date.year,
      amount,
      text: cell(record, "text") ?? "",
      ...(account ? { account } : {}),
      ...(voucher ? { voucher } : {}),
      ...(project ? { project } : {}),
      ...(category ? { category } : {}),
      ...(trip ? { trip } : {}),
      ...(paidBy ? { paidBy } : {}),
      ...rowColumns,
    });
  }
  return { rows, problems };
}
