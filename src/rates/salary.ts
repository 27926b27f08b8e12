/**
 * Salary on-costs and working hours for Swedish participants' work effort, from
 * `data/salary.csv` (compiled into built-in-tables.ts):
 *
 * - on-cost 44.53 %: SKR's municipal PO-pålägg for 2023, computed from SKR's published parts
 *   (statutory employer contributions 31.42 % plus agreed insurance and pension); later years
 *   are unconfirmed, so plans should state their own;
 * - 1 720 hours a year, the divisor of the hourly cost: the common basis of EU programmes and
 *   Swedish ESF guidance; which divisor ICLD itself uses is unconfirmed.
 */
import { type Sourced, tableSource } from "../model/confirmation.js";
import { SALARY_ROWS } from "./built-in-tables.js";
import { confirmationOf, type SalaryRow } from "./table-rows.js";

const row = (key: SalaryRow["key"]) => SALARY_ROWS.find((candidate) => candidate.key === key)!;
const sourced = (key: SalaryRow["key"]): Sourced => ({
  confirmation: confirmationOf(row(key).status),
  source: tableSource(row(key).source, row(key).sourceSv),
});

/** Default on-cost rate, as a fraction ("0.4453"). */
export const DEFAULT_ON_COST: Sourced & { readonly rate: string } = { rate: row("on_cost").value, ...sourced("on_cost") };

/** The hours of a year (365 days × 24): no one works more in one, in a plan or in a time report. */
export const HOURS_IN_A_YEAR = 8760;

/** Default annual working hours. */
export const DEFAULT_HOURS_PER_YEAR: Sourced & { readonly hours: string } = { hours: row("hours_per_year").value, ...sourced("hours_per_year") };
