/**
 * The reference tables, bundled so that the calculation takes them as a parameter
 * (`computeBudget(plan, rates)`) and tests can pass their own.
 */
import { DOMESTIC_RATES, type DomesticRates } from "./domestic.js";
import { NORMALBELOPP, type NormalbeloppYear } from "./normalbelopp.js";
import { EDITIONS, type RuleEdition } from "./icld-editions.js";

export interface Rates {
  readonly normalbelopp: Readonly<Record<number, NormalbeloppYear>>;
  readonly domestic: Readonly<Record<number, DomesticRates>>;
  readonly editions: readonly RuleEdition[];
  /**
   * Figures from rate packs (a user's files), consulted before the built-in normalbelopp and
   * after the plan's own per_diem_rates; each entry's source names its pack.
   */
  readonly packs?: Readonly<Record<number, NormalbeloppYear>>;
}

/** The tables built into this version of the tool. */
export const BUILT_IN_RATES: Rates = {
  normalbelopp: NORMALBELOPP,
  domestic: DOMESTIC_RATES,
  editions: EDITIONS,
};
