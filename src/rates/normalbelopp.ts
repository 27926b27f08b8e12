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

/** Groups normalbelopp rows by year; the row with no country code is the year's fallback. */
export function normalbeloppByYear(rows: readonly NormalbeloppRow[]): Record<number, NormalbeloppYear> {
  const years: Record<number, { countries: Record<string, NormalbeloppEntry>; otherCountries?: NormalbeloppEntry }> = {};
  for (const row of rows) {
    const year = (years[row.year] ??= { countries: {} });
    const source = tableSource(row.source, row.sourceSv);
    const entry = { amount: row.amount, confirmation: confirmationOf(row.status), source: row.pack ? { ...source, pack: row.pack } : source };
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
    Object.defineProperty(years, year, { enumerable: true, get: () => (read[year] ??= builtInYear(year)) });
  }
  return Object.freeze(years);
}

/** A built-in row as compiled (scripts/compile-rates.mjs): its source is an index into NORMALBELOPP_SOURCES. */
type CompiledRow = [country: string, countrySv: string, amount: string, status: TableStatus, source: number];

/** The built-in lists' sources, one object each, shared by their rows' entries; made when a list is first read. */
let builtInSources: readonly Source[] | undefined;

/**
 * One year's built-in list, made from its compiled rows: each entry straight from its row, with
 * its list's source object (a list of two hundred countries has one or two sources).
 */
function builtInYear(year: number): NormalbeloppYear {
  builtInSources ??= NORMALBELOPP_SOURCES.map(([en, sv]) => tableSource(en, sv));
  const countries: Record<string, NormalbeloppEntry> = {};
  let otherCountries: NormalbeloppEntry | undefined;
  for (const [country, , amount, status, source] of JSON.parse(NORMALBELOPP_TEXT[year]!) as CompiledRow[]) {
    const entry = { amount, confirmation: confirmationOf(status), source: builtInSources[source]! };
    if (country === "") otherCountries = entry;
    else countries[country] = entry;
  }
  return otherCountries ? { countries, otherCountries } : { countries };
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
