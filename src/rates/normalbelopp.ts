/**
 * Skatteverket's foreign per diem amounts (normalbelopp), SEK per full day, by tax year and
 * ISO 3166-1 alpha-2 country code, from `data/normalbelopp.csv` (compiled into
 * built-in-tables.ts). Each row carries its source and status:
 *
 * - 2023 and 2024 are Skatteverket's full official lists (SKV A 2022:31 and SKV A 2023:18):
 *   every listed country, and `otherCountries` ("Övriga länder och områden") for every country
 *   the list does not name;
 * - 2025: thirteen countries from travel and payroll sites restating Skatteverket (secondary),
 *   and no fallback: a country not listed needs `per_diem_rates` or a rate pack;
 * - 2026: 52 countries and the fallback from an open-source payroll program (status `code`,
 *   counted as unconfirmed).
 *
 * Amounts are strings so that they become exact Decimals.
 */
import { type Confirmation, type Source, tableSource } from "../model/confirmation.js";
import { COUNTRY_NAMES_SV_TEXT, NORMALBELOPP_SOURCES, NORMALBELOPP_TEXT } from "./built-in-tables.js";
import { confirmationOf, type NormalbeloppRow, type TableStatus } from "./table-rows.js";

/** One country's normalbelopp for one year. */
export interface NormalbeloppEntry {
  readonly amount: string;
  readonly confirmation: Confirmation;
  readonly source: Source;
}

/** One tax year's list. */
export interface NormalbeloppYear {
  /** Amount per country code. */
  readonly countries: Readonly<Record<string, NormalbeloppEntry>>;
  /** "Övriga länder och områden": the amount for a country the list does not name, if the full list is known. */
  readonly otherCountries?: NormalbeloppEntry;
}

/**
 * Groups normalbelopp rows by year; the row with no country code is the year's fallback. A row
 * with the same source (and pack) as the one before shares its source object: a list of two
 * hundred countries has one or two sources, its rows in runs.
 */
export function normalbeloppByYear(rows: readonly NormalbeloppRow[]): Record<number, NormalbeloppYear> {
  const years: Record<number, { countries: Record<string, NormalbeloppEntry>; otherCountries?: NormalbeloppEntry }> = {};
  let last: { readonly row: NormalbeloppRow; readonly source: Source } | undefined;
  const sourceOf = (row: NormalbeloppRow): Source => {
    if (last && last.row.source === row.source && last.row.sourceSv === row.sourceSv && last.row.pack === row.pack) return last.source;
    const text = tableSource(row.source, row.sourceSv);
    const source = row.pack ? { ...text, pack: row.pack } : text;
    last = { row, source };
    return source;
  };
  for (const row of rows) {
    const year = (years[row.year] ??= { countries: {} });
    const entry = { amount: row.amount, confirmation: confirmationOf(row.status), source: sourceOf(row) };
    if (row.country === "") year.otherCountries = entry;
    else year.countries[row.country] = entry;
  }
  return years;
}

/**
 * The built-in lists by year. A year's list is read from the table when it is first asked for:
 * a check reads only the years its trips fall in (four years of lists cost a check about 4 ms
 * and half a megabyte of allocations when all are read at start).
 */
export const NORMALBELOPP: Readonly<Record<number, NormalbeloppYear>> = lazyYears();

function lazyYears(): Record<number, NormalbeloppYear> {
  const read: Record<number, NormalbeloppYear> = {};
  const years: Record<number, NormalbeloppYear> = {};
  for (const year of Object.keys(NORMALBELOPP_TEXT).map(Number)) {
    Object.defineProperty(years, year, { enumerable: true, get: () => (read[year] ??= normalbeloppByYear(builtInRowsOf(year))[year]!) });
  }
  return Object.freeze(years);
}

/** A built-in row as compiled (scripts/compile-rates.mjs): its source is an index into NORMALBELOPP_SOURCES. */
type CompiledRow = [country: string, countrySv: string, amount: string, status: TableStatus, source: number];

/** One year's built-in rows, parsed from their compiled text. */
function builtInRowsOf(year: number): NormalbeloppRow[] {
  return (JSON.parse(NORMALBELOPP_TEXT[year]!) as CompiledRow[]).map(([country, countrySv, amount, status, source]) => ({
    year,
    country,
    countrySv,
    amount,
    status,
    source: NORMALBELOPP_SOURCES[source]![0],
    sourceSv: NORMALBELOPP_SOURCES[source]![1],
  }));
}

let countryNames: Readonly<Record<string, string>> | undefined;

/** Swedish country names as Skatteverket lists them (by code), for messages and reports. */
export function countryNamesSv(): Readonly<Record<string, string>> {
  countryNames ??= JSON.parse(COUNTRY_NAMES_SV_TEXT) as Record<string, string>;
  return countryNames;
}

/** The name of a country for messages: "Polen (PL)". */
export function countryLabel(code: string): string {
  // Sweden is in no list of normalbelopp (its amounts are the domestic ones).
  const name = code === "SE" ? "Sverige" : countryNamesSv()[code];
  return name ? `${name} (${code})` : code;
}
