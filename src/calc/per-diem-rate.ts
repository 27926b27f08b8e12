/**
 * Which per diem figure applies to a trip: the plan's own (`per_diem_rates`), Skatteverket's
 * domestic amounts for Sweden, or the foreign normalbelopp of the departure year and country.
 * Never another year's figure: a year or country the tables lack is reported as missing.
 */
import type { Plan } from "../input/plan.js";
import type { Confirmation } from "../model/confirmation.js";
import { Decimal } from "../model/money.js";
import { SWEDEN } from "../rates/countries.js";
import type { Rates } from "../rates/index.js";
import { COUNTRY_NAMES_SV } from "../rates/normalbelopp.js";

export interface PerDiemRate {
  readonly year: number;
  readonly country: string;
  readonly fullDay: Decimal;
  /** Night allowance when the employer pays no lodging: half the day amount. */
  readonly night: Decimal;
  /** Deduction for one free meal of each kind. */
  readonly deduction: { readonly breakfast: Decimal; readonly lunch: Decimal; readonly dinner: Decimal };
  readonly confirmation: Confirmation;
  readonly source: string;
  readonly from: "plan" | "domestic" | "normalbelopp" | "other-countries";
}

/**
 * Skatteverket: abroad, a free breakfast reduces the day's allowance by 15 % of the
 * normalbelopp, a lunch or a dinner by 35 % each.
 */
const FOREIGN_SHARE = { breakfast: new Decimal("0.15"), lunch: new Decimal("0.35"), dinner: new Decimal("0.35") };
/** Skatteverket: in Sweden, 20 % for a breakfast and 35 % for a lunch or dinner, rounded to whole kronor. */
const DOMESTIC_SHARE = { breakfast: new Decimal("0.20"), lunch: new Decimal("0.35"), dinner: new Decimal("0.35") };

function foreignDeductions(fullDay: Decimal) {
  return {
    breakfast: fullDay.times(FOREIGN_SHARE.breakfast),
    lunch: fullDay.times(FOREIGN_SHARE.lunch),
    dinner: fullDay.times(FOREIGN_SHARE.dinner),
  };
}

/** The name of a country for messages: "Polen (PL)". */
export function countryLabel(code: string): string {
  const name = COUNTRY_NAMES_SV[code];
  return name ? `${name} (${code})` : code;
}

/**
 * The per diem figure for a year and destination, or undefined when neither the plan nor the
 * built-in tables have one. `toSek` converts the plan's own figures written in a currency.
 */
export function findPerDiemRate(plan: Plan, rates: Rates, year: number, country: string, toSek: (amount: { value: Decimal; currency: string }) => Decimal): PerDiemRate | undefined {
  const own = plan.perDiemRates.get(year)?.get(country);
  if (own) {
    const fullDay = toSek(own);
    const domestic = country === SWEDEN;
    return {
      year, country, fullDay,
      night: fullDay.dividedBy(2),
      deduction: domestic
        ? {
            breakfast: fullDay.times(DOMESTIC_SHARE.breakfast).toDecimalPlaces(0, Decimal.ROUND_HALF_UP),
            lunch: fullDay.times(DOMESTIC_SHARE.lunch).toDecimalPlaces(0, Decimal.ROUND_HALF_UP),
            dinner: fullDay.times(DOMESTIC_SHARE.dinner).toDecimalPlaces(0, Decimal.ROUND_HALF_UP),
          }
        : foreignDeductions(fullDay),
      confirmation: "confirmed",
      source: `the plan's per_diem_rates (${year}, ${country})`,
      from: "plan",
    };
  }
  if (country === SWEDEN) {
    const domestic = rates.domestic[year];
    if (!domestic) return undefined;
    return {
      year, country,
      fullDay: new Decimal(domestic.fullDay),
      night: new Decimal(domestic.night),
      deduction: {
        breakfast: new Decimal(domestic.breakfastDeduction),
        lunch: new Decimal(domestic.lunchOrDinnerDeduction),
        dinner: new Decimal(domestic.lunchOrDinnerDeduction),
      },
      confirmation: domestic.confirmation,
      source: `Skatteverket domestic amounts ${year}: ${domestic.source}`,
      from: "domestic",
    };
  }
  const list = rates.normalbelopp[year];
  const entry = list?.countries[country] ?? list?.otherCountries;
  if (!entry) return undefined;
  const fullDay = new Decimal(entry.amount);
  return {
    year, country, fullDay,
    night: fullDay.dividedBy(2),
    deduction: foreignDeductions(fullDay),
    confirmation: entry.confirmation,
    source: list?.countries[country] ? entry.source : `${entry.source}, "Övriga länder och områden" (${country} is not listed)`,
    from: list?.countries[country] ? "normalbelopp" : "other-countries",
  };
}
