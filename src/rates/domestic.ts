/**
 * Skatteverket's domestic per diem amounts (traktamente inom Sverige), SEK, by tax year, from
 * `data/domestic.csv` (compiled into built-in-tables.ts).
 *
 * Full day = 0.5 % of the price base amount (prisbasbelopp), rounded to the nearest 10 kr;
 * half day and night allowance are half of it. Free meals reduce the allowance by
 * Skatteverket's rounded kronor amounts (20 % breakfast, 35 % lunch or dinner, 70 % both,
 * 90 % all three, of the full day), which is why they are listed rather than computed.
 */
import type { Sourced } from "../model/confirmation.js";
import { DOMESTIC_ROWS } from "./built-in-tables.js";
import { confirmationOf } from "./table-rows.js";

export interface DomesticRates extends Sourced {
  readonly fullDay: string;
  readonly halfDay: string;
  readonly night: string;
  readonly breakfastDeduction: string;
  readonly lunchOrDinnerDeduction: string;
  readonly lunchAndDinnerDeduction: string;
  readonly allMealsDeduction: string;
  readonly priceBaseAmount: string;
}

export const DOMESTIC_RATES: Readonly<Record<number, DomesticRates>> = Object.fromEntries(
  DOMESTIC_ROWS.map(({ year, status, ...amounts }) => [year, { ...amounts, confirmation: confirmationOf(status) }]),
);
