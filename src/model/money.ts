/**
 * Money: every amount is a decimal.js `Decimal`, from the YAML scalar's source text to the
 * rendered string. Floats never hold an amount.
 *
 * The domain rounds in one place only: a budget line is money, so its amount is rounded to
 * whole öre once, when the line is made (`roundToOre`). Totals are exact sums of lines, so every
 * report adds up to the öre. Display rounding lives in `src/render/format.ts`.
 */
import { Decimal as DecimalJs } from "decimal.js";

/**
 * decimal.js with 40 significant digits (the library's default is 20). Sums and products of
 * amounts are exact either way; the one inexact step is a division (salary ÷ hours per year),
 * and 40 digits keep its error far below an öre for any amount a plan can hold. A clone, so that
 * the tool does not change the settings of other code that uses decimal.js.
 */
export const Decimal = DecimalJs.clone({ precision: 40 });
export type Decimal = DecimalJs;

/**
 * Amounts of 10^12 and more (a trillion kronor) are refused as implausible, in a plan and in a
 * ledger alike: by their Decimal exponent (`value.e >= MAX_AMOUNT_EXPONENT`).
 */
export const MAX_AMOUNT_EXPONENT = 12;

/** Zero kronor. */
export const ZERO = new Decimal(0);
/** One, the quantity of a single item (Decimals are immutable, so one instance serves all). */
export const ONE = new Decimal(1);

/** Rounds an amount to whole öre (half away from zero), the unit a budget line is kept in. */
export function roundToOre(amount: Decimal): Decimal {
  return amount.decimalPlaces() <= 2 ? amount : amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Sums amounts exactly. */
export function sumAmounts(amounts: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const amount of amounts) total = total.plus(amount);
  return total;
}

/** A plain decimal string with two decimals, for machines (JSON, CSV): "240000.00". */
export function toMachineString(amount: Decimal): string {
  return amount.toFixed(2, Decimal.ROUND_HALF_UP);
}
