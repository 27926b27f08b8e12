/**
 * Skatteverket's domestic per diem amounts (traktamente inom Sverige), SEK, by tax year, from
 * `data/domestic.csv` (compiled into built-in-tables.ts).
 *
 * Full day = 0.5 % of the price base amount (prisbasbelopp), rounded to the nearest 10 kr;
 * half day and night allowance are half of it. Free meals reduce the allowance by
 * Skatteverket's rounded kronor amounts (20 % breakfast, 35 % lunch or dinner, 70 % both,
 * 90 % all three, of the full day), which is why they are listed rather than computed.
 */
import { type Sourced, tableSource } from "../model/confirmation.js";
import { DOMESTIC_ROWS } from "./built-in-tables.js";
import { confirmationOf, type DomesticRow } from "./table-rows.js";

/** One year's domestic amounts, as the table has them, with how sure they are. */
export type DomesticRates = Omit<DomesticRow, "year" | "status" | "source" | "sourceSv"> & Sourced;

export const DOMESTIC_RATES: Readonly<Record<number, DomesticRates>> = Object.fromEntries(
  DOMESTIC_ROWS.map(({ year, status, source, sourceSv, ...amounts }) => [
    year,
    { ...amounts, confirmation: confirmationOf(status), source: tableSource(source, sourceSv) },
  ]),
);
