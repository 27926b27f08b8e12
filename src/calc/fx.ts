/**
 * Amounts in another currency than kronor (README, "The plan format", `fx`): converted exactly at the
 * plan's rate, and noted on the line so that its label says how.
 */
import type { Amount } from "../input/leaves.js";
import type { Plan } from "../input/plan.js";
import type { Decimal } from "../model/money.js";
import type { FxNote } from "../model/line-label.js";

/** An amount in kronor, converted exactly at the plan's rate (the parser has checked that every currency used has one). */
export function amountInSek(plan: Plan, amount: Pick<Amount, "value" | "currency">): Decimal {
  return amount.currency === "SEK" ? amount.value : amount.value.times(plan.fx.get(amount.currency)!);
}

/** How an amount was converted, for its line's label: nothing for kronor. */
export function fxNoteOf(plan: Plan, amount: Amount): { fx?: FxNote } {
  return amount.currency === "SEK" ? {} : { fx: { text: amount.text, rate: plan.fx.get(amount.currency)!.toString(), currency: amount.currency } };
}
