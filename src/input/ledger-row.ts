/**
 * A row of a ledger export, as the CSV and SIE readers give it: what the follow-up needs of a
 * booked cost, with where it stands in its file. Amounts are exact Decimals read from the text.
 */
import { Decimal } from "../model/money.js";
import { dayNumber, type LocalDate } from "./leaves.js";

export interface LedgerRow {
  /** The file as the actuals file names it. */
  readonly file: string;
  /** The row (CSV: its line, the header being line 1) or line (SIE) in the file. */
  readonly row: number;
  readonly date: LocalDate;
  readonly year: number;
  /** Positive: a cost; negative: a credit (a refund, a correction). */
  readonly amount: Decimal;
  readonly account?: string;
  readonly text: string;
  readonly voucher?: string;
  readonly project?: string;
  /** Written in the row itself (a category, trip or payer column), not yet checked. */
  readonly category?: string;
  readonly trip?: string;
  readonly paidBy?: string;
  /** The field numbers (1-based) of those three, where the file has them: a problem of one is placed there. */
  readonly columns?: { readonly category?: number; readonly trip?: number; readonly paidBy?: number };
  /** SIE #BTRANS: a row removed from its voucher, kept only to be accounted for. */
  readonly removed?: boolean;
}

/** A row that cannot be read, at its row and column (1-based; the column is the field's number in CSV). */
export interface LedgerProblem {
  readonly code: string;
  readonly args: Readonly<Record<string, string | number>>;
  readonly row: number;
  readonly column: number;
}

export interface LedgerRead {
  readonly rows: readonly LedgerRow[];
  readonly problems: readonly LedgerProblem[];
}

/** A date as the Swedish accounting systems write it: 2025-03-12, 20250312, or 2025-03-12 00:00:00. */
export function readLedgerDate(text: string): (LocalDate & { year: number }) | undefined {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // The dashes go together: 2025-0312 is not a date.
  if (/^\d{4}-\d{4}|^\d{6}-/.test(text.trim())) return undefined;
  const number = dayNumber(year, month, day);
  if (number === undefined) return undefined;
  return { day: number, text: `${match[1]}-${match[2]}-${match[3]}`, year };
}

/**
 * An amount as a ledger writes it: an optional sign (also the minus sign −), digits with spaces
 * or no-break spaces between thousands, and a decimal comma or point: `-1 234,50`, `1234.50`.
 * Returns the value, the decimal mark it used and how many decimals it has, or undefined when it
 * is no such number.
 */
export function readLedgerAmount(text: string): { value: Decimal; mark?: "," | "."; decimals: number } | undefined {
  const match = /^([+\-\u2212]?)[ \u00a0]*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:([.,])(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const digits = match[2]!.replace(/[ \u00a0\u202f]/g, "");
  const sign = match[1] === "" || match[1] === "+" ? "" : "-";
  const value = new Decimal(`${sign}${digits}${match[4] ? `.${match[4]}` : ""}`);
  return { value, decimals: match[4]?.length ?? 0, ...(match[3] ? { mark: match[3] as "," | "." } : {}) };
}

/** The separator: the one of ; , and tab that the header line has most of, outside quotes. */
export function guessSeparator(text: string): ";" | "," | "\t" {
  const end = text.search(/\r\n|\n|\r/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  const counts = ([";", ",", "\t"] as const).map((separator) => [separator, header.split(separator).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
