/**
 * Which per diem figure applies to a trip: the plan's own (`per_diem_rates`), Skatteverket's
 * domestic amounts for Sweden, or the foreign normalbelopp of the departure year and country.
 * Never another year's figure: a year or country the tables lack is reported as missing.
 */
import type { Plan } from "../input/plan.js";
import type { Confirmation, Source } from "../model/confirmation.js";
import { Decimal } from "../model/money.js";
import { SWEDEN } from "../rates/countries.js";
import type { Rates } from "../rates/index.js";
import type { NormalbeloppEntry } from "../rates/normalbelopp.js";

export interface PerDiemRate {
  readonly year: number;
  readonly country: string;
  readonly fullDay: Decimal;
  /** Night allowance when the employer pays no lodging: half the day amount. */
  readonly night: Decimal;
  /** Deduction for one free meal of each kind. */
  readonly deduction: { readonly breakfast: Decimal; readonly lunch: Decimal; readonly dinner: Decimal };
  /** In Sweden, Skatteverket's rounded amounts for a lunch and a dinner, and all three, on one day. */
  readonly combined?: { readonly lunchAndDinner: Decimal; readonly all: Decimal };
  readonly confirmation: Confirmation;
  readonly source: Source;
  readonly from: "plan" | "pack" | "domestic" | "normalbelopp" | "other-countries";
  /** For the plan's own figure or a pack's: the built-in one it replaces, if the tables have one. */
  readonly replaces?: { readonly fullDay: Decimal; readonly confirmation: Confirmation; readonly source: Source };
}

/**
 * Skatteverket: abroad, a free breakfast reduces the day's allowance by 15 % of the
 * normalbelopp, a lunch or a dinner by 35 % each.
 */
const FOREIGN_SHARE = { breakfast: new Decimal("0.15"), lunch: new Decimal("0.35"), dinner: new Decimal("0.35") };
/** Skatteverket: in Sweden, 20 % for a breakfast and 35 % for a lunch or dinner, rounded to whole kronor. */
const DOMESTIC_SHARE = { breakfast: new Decimal("0.20"), lunch: new Decimal("0.35"), dinner: new Decimal("0.35") };
/** Skatteverket: in Sweden, 70 % for a lunch and a dinner on one day, 90 % for all three, rounded to whole kronor. */
const DOMESTIC_COMBINED = { lunchAndDinner: new Decimal("0.70"), all: new Decimal("0.90") };
const kronor = (amount: Decimal) => amount.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);

/** Skatteverket's domestic meal deductions worked out from a day amount, in whole kronor. */
function domesticDeductions(fullDay: Decimal) {
  return {
    breakfast: kronor(fullDay.times(DOMESTIC_SHARE.breakfast)),
    lunch: kronor(fullDay.times(DOMESTIC_SHARE.lunch)),
    dinner: kronor(fullDay.times(DOMESTIC_SHARE.dinner)),
  };
}

/** Skatteverket's domestic combined deductions (lunch and dinner, all three) worked out from a day amount, in whole kronor. */
function domesticCombined(fullDay: Decimal) {
  return { lunchAndDinner: kronor(fullDay.times(DOMESTIC_COMBINED.lunchAndDinner)), all: kronor(fullDay.times(DOMESTIC_COMBINED.all)) };
}

/**
 * A figure for the days of a long stay paid at `percent` (70 after three months at one place, 50
 * after two years): the day amount and the meal deductions worked out from the reduced amount as
 * from a full one (in Sweden in whole kronor: 203 kr a day in 2024, a breakfast 41). The night
 * allowance stays as it is: the tool does not reduce it (not confirmed).
 */
export function reducedPerDiemRate(rate: PerDiemRate, percent: 100 | 70 | 50): PerDiemRate {
  if (percent === 100) return rate;
  const fullDay = rate.fullDay.times(percent).dividedBy(100);
  const domestic = rate.country === SWEDEN;
  return {
    ...rate,
    fullDay,
    deduction: domestic ? domesticDeductions(fullDay) : foreignDeductions(fullDay),
    ...(domestic ? { combined: domesticCombined(fullDay) } : {}),
  };
}

function foreignDeductions(fullDay: Decimal) {
  return {
    breakfast: fullDay.times(FOREIGN_SHARE.breakfast),
    lunch: fullDay.times(FOREIGN_SHARE.lunch),
    dinner: fullDay.times(FOREIGN_SHARE.dinner),
  };
}

/**
 * The deduction for the free meals of one day: abroad the exact shares of the normalbelopp; in
 * Sweden Skatteverket's rounded amounts, combined where it publishes one (lunch and dinner, all
 * three). Not yet capped at the day's allowance.
 */
export function mealDeductionForDay(rate: PerDiemRate, meals: { breakfast?: boolean; lunch?: boolean; dinner?: boolean }): Decimal {
  const { breakfast = false, lunch = false, dinner = false } = meals;
  if (rate.combined && lunch && dinner) return breakfast ? rate.combined.all : rate.combined.lunchAndDinner;
  let total = new Decimal(0);
  if (breakfast) total = total.plus(rate.deduction.breakfast);
  if (lunch) total = total.plus(rate.deduction.lunch);
  if (dinner) total = total.plus(rate.deduction.dinner);
  return total;
}

/**
 * The per diem figure for a year and destination, or undefined when neither the plan nor the
 * built-in tables have one. `toSek` converts the plan's own figures written in a currency.
 */
export function findPerDiemRate(
  plan: Plan,
  rates: Rates,
  year: number,
  country: string,
  toSek: (amount: { value: Decimal; currency: string }) => Decimal,
): PerDiemRate | undefined {
  const own = plan.perDiemRates.get(year)?.get(country);
  if (own) {
    const table = builtInRate(rates, year, country);
    const fullDay = toSek(own);
    const domestic = country === SWEDEN;
    return {
      year,
      country,
      fullDay,
      night: fullDay.dividedBy(2),
      deduction: domestic ? domesticDeductions(fullDay) : foreignDeductions(fullDay),
      ...(domestic ? { combined: domesticCombined(fullDay) } : {}),
      confirmation: "plan",
      source: { kind: "plan", path: `per_diem_rates.${year}.${country}` },
      from: "plan",
      ...(table ? { replaces: { fullDay: table.fullDay, confirmation: table.confirmation, source: table.source } } : {}),
    };
  }
  const pack = rates.packs?.[year];
  const packEntry = pack?.countries[country] ?? (country === SWEDEN ? undefined : pack?.otherCountries);
  if (packEntry) {
    const table = builtInRate(rates, year, country);
    return {
      ...foreignRate(year, country, packEntry, pack?.countries[country] !== undefined, "pack"),
      ...(table ? { replaces: { fullDay: table.fullDay, confirmation: table.confirmation, source: table.source } } : {}),
    };
  }
  return builtInRate(rates, year, country);
}

/** The built-in figure for a year and destination: Skatteverket's domestic amounts, or the normalbelopp list. */
function builtInRate(rates: Rates, year: number, country: string): PerDiemRate | undefined {
  if (country === SWEDEN) {
    const domestic = rates.domestic[year];
    if (!domestic) return undefined;
    return {
      year,
      country,
      fullDay: new Decimal(domestic.fullDay),
      night: new Decimal(domestic.night),
      deduction: {
        breakfast: new Decimal(domestic.breakfastDeduction),
        lunch: new Decimal(domestic.lunchOrDinnerDeduction),
        dinner: new Decimal(domestic.lunchOrDinnerDeduction),
      },
      combined: { lunchAndDinner: new Decimal(domestic.lunchAndDinnerDeduction), all: new Decimal(domestic.allMealsDeduction) },
      confirmation: domestic.confirmation,
      source: domestic.source,
      from: "domestic",
    };
  }
  const list = rates.normalbelopp[year];
  const entry = list?.countries[country] ?? list?.otherCountries;
  if (!entry) return undefined;
  const listed = list?.countries[country] !== undefined;
  return foreignRate(year, country, entry, listed, listed ? "normalbelopp" : "other-countries");
}

/** A foreign figure from a list (built in or a pack): `listed` false when it is the list's "Övriga länder och områden". */
function foreignRate(year: number, country: string, entry: NormalbeloppEntry, listed: boolean, from: PerDiemRate["from"]): PerDiemRate {
  const fullDay = new Decimal(entry.amount);
  return {
    year,
    country,
    fullDay,
    night: fullDay.dividedBy(2),
    deduction: foreignDeductions(fullDay),
    confirmation: entry.confirmation,
    source: listed || entry.source.kind !== "text" ? entry.source : { ...entry.source, notListed: country },
    from,
  };
}
