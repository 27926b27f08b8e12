/**
 * The rows of the reference tables, as the data files give them and `read-tables.ts` checks
 * them. Kept apart from the readers so that the built-in tables load without a CSV parser.
 */
import type { Confirmation } from "../model/confirmation.js";

/**
 * A row's status as the data files write it: the Confirmation values, plus `code` (a figure
 * taken from another program's source code, which counts as unconfirmed).
 */
export const TABLE_STATUSES = ["confirmed", "secondary", "unconfirmed", "code"] as const;
export type TableStatus = (typeof TABLE_STATUSES)[number];

/** How sure a figure of a status is. */
export const confirmationOf = (status: TableStatus): Confirmation => (status === "code" ? "unconfirmed" : status);

/** One country's normalbelopp for one year; `country` is "" for "Övriga länder och områden". */
export interface NormalbeloppRow {
  readonly year: number;
  readonly country: string;
  readonly countrySv: string;
  readonly amount: string;
  readonly status: TableStatus;
  readonly source: string;
  /** The source in Swedish: every built-in row has it; a user's table may. */
  readonly sourceSv?: string;
  /** The rate pack file the row was read from; none for the built-in table. */
  readonly pack?: string;
}

/** Skatteverket's domestic amounts for one year. */
export interface DomesticRow {
  readonly year: number;
  readonly fullDay: string;
  readonly halfDay: string;
  readonly night: string;
  readonly breakfastDeduction: string;
  readonly lunchOrDinnerDeduction: string;
  readonly lunchAndDinnerDeduction: string;
  readonly allMealsDeduction: string;
  readonly priceBaseAmount: string;
  readonly status: TableStatus;
  readonly source: string;
  /** The source in Swedish: every built-in row has it; a user's table may. */
  readonly sourceSv?: string;
}

/** A salary default: `on_cost` (a fraction) or `hours_per_year`. */
export interface SalaryRow {
  readonly key: "on_cost" | "hours_per_year";
  readonly value: string;
  readonly status: TableStatus;
  readonly source: string;
  /** The source in Swedish: every built-in row has it; a user's table may. */
  readonly sourceSv?: string;
}
