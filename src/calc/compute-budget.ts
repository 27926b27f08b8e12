/**
 * Plan + rates → line items, totals and the assumptions they rest on. Pure.
 *
 * Every cost becomes a LineItem (quantity × rate = amount, rounded to öre once) that keeps the
 * position of the YAML that produced it.
 */
import { type Amount, yearOfDay } from "../input/leaves.js";
import type { Path } from "../input/issues-to-problems.js";
import type { Plan } from "../input/plan.js";
import type { Trip, Work } from "../input/schema.js";
import { Decimal, ONE, roundToOre, ZERO } from "../model/money.js";
import type { FxNote } from "../model/line-label.js";
import type { Assumption, Finding, LineItem, Payer, Side, SourcePos, Totals } from "../model/types.js";
import type { Rates } from "../rates/index.js";
import { DEFAULT_HOURS_PER_YEAR, DEFAULT_ON_COST } from "../rates/salary.js";
import { countryLabel } from "../rates/normalbelopp.js";
import { findPerDiemRate, mealDeductionForDay, type PerDiemRate, reducedPerDiemRate } from "./per-diem-rate.js";
import { CostLine, CostRepeats } from "./cost-line.js";
import { amountInSek, fxNoteOf } from "./fx.js";
import { totalLines } from "./total-lines.js";
import {
  countTripDays,
  dateOfDay,
  longStayReductions,
  nightAllowanceOn,
  perDiemPercentOn,
  perDiemShareOn,
  routeCountryAt,
  routeCountryOn,
  routeStretches,
  type TripDays,
} from "./trip-days.js";

/** What a trip amounts to, for reports and rules. */
export interface TripSummary {
  readonly label: string;
  readonly group: string;
  readonly to: string;
  readonly year: number;
  readonly depart: string;
  readonly return: string;
  readonly travellers: number;
  /** Named travellers, and groups not yet named. */
  readonly travellerNames: readonly (string | { readonly side: Side; readonly count: number })[];
  readonly days: TripDays;
  readonly perDiemRequested: boolean;
  readonly returnYear: number;
  readonly pos: SourcePos;
}

/** Work effort of one work line, for reports. */
/** An hourly cost given in the plan, or worked out from a monthly salary (docs/rules.md#salary). */
export type HourlyCostDerivation =
  | { readonly kind: "given"; readonly amount: string }
  | {
      readonly kind: "salary";
      readonly monthlySalary: string;
      readonly hoursPerYear: Decimal;
      readonly onCost: Decimal;
      /** Where the plan states each input; none where a built-in default was used (an assumption). */
      readonly from: { readonly salary?: SourcePos; readonly hoursPerYear?: SourcePos; readonly onCost?: SourcePos };
    };

export interface WorkSummary {
  readonly who: string;
  /** The person's id, for a line of a named person (not of a role). */
  readonly person?: string;
  readonly side: Side;
  readonly year: number;
  readonly hours: Decimal;
  readonly hourlyCost: Decimal;
  /** How the hourly cost was found, for a controller to check. */
  readonly derivation: HourlyCostDerivation;
  readonly amount: Decimal;
  readonly paidBy: Payer;
  readonly pos: SourcePos;
}

export interface Budget {
  readonly lines: readonly LineItem[];
  readonly totals: Totals;
  readonly trips: readonly TripSummary[];
  readonly work: readonly WorkSummary[];
  readonly assumptions: readonly Assumption[];
  /** Problems that keep the plan from being priced (a missing per diem figure). */
  readonly problems: readonly Finding[];
}

/** Computes every line item of a plan and their totals. */
export function computeBudget(plan: Plan, rates: Rates): Budget {
  const lines: LineItem[] = [];
  const trips: TripSummary[] = [];
  const work: WorkSummary[] = [];
  const problems: Finding[] = [];
  const assumptions = new AssumptionList(plan);

  const toSek = (amount: Pick<Amount, "value" | "currency">) => amountInSek(plan, amount);
  const describe = (amount: Amount): { fx?: FxNote } => fxNoteOf(plan, amount);

  const keys = new Map<string, number>();
  const addLine = (line: Omit<LineItem, "amount">) => {
    // Keys are made unique by counting repeats: "cost:Audit:2024", "cost:Audit:2024#2".
    const seen = (keys.get(line.key) ?? 0) + 1;
    keys.set(line.key, seen);
    // The line literal is new and ours: complete it in place rather than copy it.
    const item = line as { -readonly [K in keyof LineItem]: LineItem[K] };
    if (seen > 1) item.key = `${line.key}#${seen}`;
    // The rate is a price in kronor, so whole öre (it has more decimals only when converted
    // from another currency), and the amount is quantity × that rate: the product every report
    // shows beside them.
    item.rate = roundToOre(line.rate);
    item.amount = roundToOre(line.quantity === ONE ? item.rate : line.quantity.times(item.rate));
    lines.push(item);
  };

  plan.trips.forEach((trip, index) => {
    const summary = priceTrip(plan, rates, trip, ["trips", index], { addLine, toSek, describe, assumptions, problems });
    trips.push(summary);
  });

  plan.work.forEach((line, index) => {
    const summary = priceWork(plan, line, ["work", index], assumptions);
    work.push(summary);
    addLine({
      category: "work",
      what: { kind: "work", subject: summary.who, hours: summary.hours.toString() },
      year: summary.year,
      quantity: summary.hours,
      unit: "hour",
      rate: summary.hourlyCost,
      paidBy: summary.paidBy,
      pos: summary.pos,
      group: `work:${summary.who}`,
      key: `work:${line.person ?? line.role}:${summary.year}`,
      hours: summary.hours,
      side: summary.side,
    });
  });

  // Plans can have many thousand cost lines: see cost-line.ts.
  const firstYear = plan.years[0]!;
  const repeats = new CostRepeats();
  plan.costs.forEach((cost, index) => {
    const year = cost.year ?? firstYear;
    lines.push(new CostLine(plan, cost, index, year, repeats.count(cost.item, year), toSek(cost.amount)));
  });

  return {
    lines,
    // Summed from the rounded line amounts, so every total adds up to its lines.
    totals: totalLines(lines),
    trips,
    work,
    assumptions: assumptions.list(),
    problems,
  };
}

interface TripContext {
  readonly addLine: (line: Omit<LineItem, "amount" | "key"> & { key: string }) => void;
  readonly toSek: (amount: Pick<Amount, "value" | "currency">) => Decimal;
  readonly describe: (amount: Amount) => { fx?: FxNote };
  readonly assumptions: AssumptionList;
  readonly problems: Finding[];
}

function priceTrip(plan: Plan, rates: Rates, trip: Trip, path: Path, context: TripContext): TripSummary {
  const { addLine, toSek, describe } = context;
  const at = (...rest: (string | number)[]) => plan.locate([...path, ...rest]);
  const year = trip.depart.year;
  const days = countTripDays(trip.depart, trip.return);
  const paidBy = trip.paid_by ?? "icld";
  const travellerNames: TripSummary["travellerNames"][number][] = [];
  let count = 0;
  for (const traveller of trip.travellers) {
    if (typeof traveller === "string") {
      count += 1;
      travellerNames.push(plan.people.get(traveller)?.name ?? traveller);
    } else {
      count += traveller.count;
      travellerNames.push({ side: traveller.side, count: traveller.count });
    }
  }
  const travellers = new Decimal(count);
  // A trip with neither title nor id is named by where and when, in words of no language.
  const label = trip.title ?? trip.id ?? `${countryLabel(trip.to)} ${trip.depart.text.slice(0, 10)}`;
  const group = `trip:${trip.id ?? path[1]}`;
  const base = { year, paidBy, group };
  const key = (part: string) => ({ key: `${group}/${part}` });

  if (trip.fare) {
    addLine({
      ...base,
      ...key("fare"),
      category: "travel",
      what: { kind: "fare", subject: label, ...describe(trip.fare) },
      quantity: travellers,
      unit: "traveller",
      rate: toSek(trip.fare),
      pos: at("fare"),
    });
  }

  // Skatteverket's amounts are set per calendar year: each day of a trip over New Year is
  // priced with its own year's figure, and every year the trip touches needs one.
  // Skatteverket: a stay of more than three months is paid 70 % after three months, 50 % after
  // two years; the trip is taken as one stay at one place (rule long-stay says so).
  const needsRate = trip.subsistence === "per-diem" || trip.lodging === "none";
  const reductions = longStayReductions(trip.depart, trip.return);
  // Skatteverket: a day in several countries is paid as the country of its longest part between
  // 06:00 and 24:00, along the trip's route where it has one (docs/rules.md#route); without one,
  // the trip is in its `to` country throughout.
  const route = trip.route && routeStretches(trip.depart, trip.return, trip.route);
  const countryOn = (day: number) => (route ? routeCountryOn(route, day) : trip.to);
  /** Where the night that starts on a day is spent: the route's country at its midnight. */
  const countryOfNight = (day: number) => (route ? routeCountryAt(route, (day + 1) * 1440) : trip.to);
  /** The figures the trip needs, by country and year, with the nights spent under each. */
  const figures = new Map<string, { country: string; year: number; nights: number[] }>();
  const figure = (country: string, year: number) => {
    const id = `${country}:${year}`;
    const found = figures.get(id) ?? { country, year, nights: [] };
    figures.set(id, found);
    return found;
  };
  /** The per diem days by country, year and percentage, in the order of the trip. */
  const tiers = new Map<string, { country: string; year: number; percent: 100 | 70 | 50; full: number; half: number; days: number[] }>();
  if (needsRate && days.wholeNights > 0) {
    for (let day = trip.depart.day; day <= trip.return.day; day++) {
      const dayYear = yearOfDay(day);
      // A night belongs to the day it starts on; it needs a figure only for a night allowance, and
      // a day only for a per diem (a route may pass a country only by day, or only at midnight).
      if (trip.lodging === "none" && nightAllowanceOn(trip.depart, trip.return, day)) figure(countryOfNight(day), dayYear).nights.push(day);
      const share = perDiemShareOn(trip.depart, trip.return, day);
      if (share === 0 || trip.subsistence !== "per-diem") continue;
      const country = countryOn(day);
      figure(country, dayYear);
      const percent = perDiemPercentOn(reductions, day);
      const id = `${country}:${dayYear}:${percent}`;
      const tier = tiers.get(id) ?? { country, year: dayYear, percent, full: 0, half: 0, days: [] };
      if (share === 1) tier.full++;
      else tier.half++;
      tier.days.push(day);
      tiers.set(id, tier);
    }
  }
  const dayRates = new Map<string, PerDiemRate>();
  for (const [id, { country, year: dayYear }] of figures) {
    const found = findPerDiemRate(plan, rates, dayYear, country, toSek);
    if (!found) {
      context.problems.push({
        code: "MISSING_PER_DIEM_RATE",
        severity: "error",
        args: { country, countryName: countryLabel(country), year: dayYear },
        pos: at(trip.subsistence === "per-diem" ? "subsistence" : "lodging"),
      });
    } else {
      dayRates.set(id, found);
      context.assumptions.perDiem(found);
    }
  }
  const rateOf = (country: string, dayYear: number) => dayRates.get(`${country}:${dayYear}`)!;
  const priced = dayRates.size === figures.size && dayRates.size > 0;
  const years = new Set([...figures.values()].map((f) => f.year));
  const countries = new Set([...figures.values()].map((f) => f.country));
  const overNewYear = years.size > 1;
  const severalCountries = countries.size > 1;
  /** A line's key, with the country of its rate for a trip through several, and its year for a trip over New Year. */
  const figureKey = (part: string, country: string, dayYear: number) =>
    key([part, ...(severalCountries ? [country] : []), ...(overNewYear ? [dayYear] : [])].join(":"));

  const lodging = trip.lodging;
  if (lodging === "none") {
    if (priced) {
      for (const { country, year: dayYear, nights } of figures.values()) {
        if (nights.length === 0) continue;
        addLine({
          ...base,
          ...figureKey("night-allowance", country, dayYear),
          category: "lodging",
          what: { kind: "night-allowance", subject: label, country, year: dayYear, ...(severalCountries ? { routeNights: nights.map(dateOfDay) } : {}) },
          quantity: travellers.times(nights.length),
          unit: "night",
          rate: rateOf(country, dayYear).night,
          pos: at("lodging"),
        });
      }
    }
  } else if (lodging !== "free") {
    const perNight = "per_night" in lodging ? lodging.per_night : lodging;
    const nights = "per_night" in lodging ? lodging.nights : days.nights;
    if (nights > 0) {
      addLine({
        ...base,
        ...key("lodging"),
        category: "lodging",
        what: { kind: "lodging", subject: label, ...describe(perNight) },
        quantity: travellers.times(nights),
        unit: "night",
        rate: toSek(perNight),
        pos: at("lodging"),
      });
    }
  }

  const subsistence = trip.subsistence;
  if (subsistence === "per-diem") {
    if (priced) {
      let perTraveller = ZERO;
      for (const tier of tiers.values()) {
        const rate = reducedPerDiemRate(rateOf(tier.country, tier.year), tier.percent);
        perTraveller = perTraveller.plus(rate.fullDay.times(tier.full)).plus(rate.fullDay.dividedBy(2).times(tier.half));
        const dayCount = new Decimal(tier.full).plus(new Decimal(tier.half).dividedBy(2));
        const reduced = reductions.find((reduction) => reduction.percent === tier.percent);
        addLine({
          ...base,
          ...key(["per-diem", ...(severalCountries ? [tier.country] : []), ...(overNewYear ? [tier.year] : []), ...(reduced ? [tier.percent] : [])].join(":")),
          category: "subsistence",
          what: {
            kind: "per-diem",
            subject: label,
            country: tier.country,
            year: tier.year,
            fullDays: tier.full,
            halfDays: tier.half,
            ...(reduced ? { longStay: { percent: reduced.percent, from: reduced.date } } : {}),
            ...(severalCountries ? { routeDays: tier.days.map(dateOfDay) } : {}),
          },
          quantity: dayCount.times(travellers),
          unit: "day",
          rate: rate.fullDay,
          pos: at("subsistence"),
        });
      }
      const meals = trip.meals_provided;
      if (Array.isArray(meals)) {
        meals.forEach((meal, m) => {
          // A day without per diem (a return day home before 06:00) has none to reduce, nor perhaps a figure.
          const share = perDiemShareOn(trip.depart, trip.return, meal.date.day);
          if (share === 0) return;
          const rate = reducedPerDiemRate(rateOf(countryOn(meal.date.day), yearOfDay(meal.date.day)), perDiemPercentOn(reductions, meal.date.day));
          // Skatteverket: a day's allowance never goes below zero, so a day's deduction stops at it.
          const allowance = rate.fullDay.times(share);
          const wanted = mealDeductionForDay(rate, meal);
          const taken = Decimal.min(wanted, allowance);
          if (taken.isZero()) return;
          const eaten = (["breakfast", "lunch", "dinner"] as const).filter((kind) => meal[kind]);
          addLine({
            ...base,
            ...key(`free-meals-${meal.date.text}`),
            category: "subsistence",
            what: { kind: "free-meals-day", subject: label, date: meal.date.text, meals: eaten, capped: !taken.equals(wanted) },
            quantity: travellers,
            unit: "traveller",
            rate: taken.negated(),
            pos: at("meals_provided", m),
          });
        });
      } else if (meals && reductions.length > 0) {
        // Counts over the trip say nothing of which meals fall after the three months, whose deduction is reduced too.
        context.problems.push({ code: "LONG_STAY_MEALS_NEED_DATES", severity: "error", args: { trip: trip.id ?? label }, pos: at("meals_provided") });
      } else if (meals && severalCountries) {
        // Counts over the trip say nothing of which country's figure a meal reduces.
        context.problems.push({ code: "ROUTE_MEALS_NEED_DATES", severity: "error", args: { countries: [...countries].join(", ") }, pos: at("meals_provided") });
      } else if (meals && overNewYear) {
        // Counts over the trip say nothing of which year's figure a meal reduces.
        context.problems.push({
          code: "MEALS_NEED_DATES",
          severity: "error",
          args: { years: [...years].join(" and ") },
          pos: at("meals_provided"),
        });
      } else if (meals) {
        const rate = rateOf([...countries][0]!, year);
        const kinds = (["breakfast", "lunch", "dinner"] as const).filter((kind) => (meals[kind] ?? 0) > 0);
        // Skatteverket: a day's allowance never goes below zero, so deductions stop at the allowance.
        let left = perTraveller;
        for (const kind of kinds) {
          const wanted = rate.deduction[kind].times(meals[kind]!);
          const taken = Decimal.min(wanted, left);
          left = left.minus(taken);
          if (taken.isZero()) continue;
          const capped = !taken.equals(wanted);
          addLine({
            ...base,
            ...key(`free-${kind}`),
            category: "subsistence",
            what: { kind: "free-meal", subject: label, meal: kind, capped },
            quantity: capped ? travellers : travellers.times(meals[kind]!),
            unit: capped ? "traveller" : kind,
            rate: capped ? taken.negated() : rate.deduction[kind].negated(),
            pos: at("meals_provided", kind),
          });
        }
      }
    }
  } else if (subsistence !== "none") {
    addLine({
      ...base,
      ...key("food"),
      category: "subsistence",
      what: { kind: "food", subject: label, ...describe(subsistence.per_day) },
      quantity: travellers.times(days.calendarDays),
      unit: "day",
      rate: toSek(subsistence.per_day),
      pos: at("subsistence"),
    });
  }

  trip.extras?.forEach((extra, e) => {
    const perTraveller = extra.per === "traveller";
    addLine({
      ...base,
      ...key(`extra:${extra.item}`),
      category: extra.category ?? "other",
      what: { kind: "extra", subject: label, item: extra.item, ...describe(extra.amount) },
      quantity: perTraveller ? travellers : ONE,
      unit: perTraveller ? "traveller" : "trip",
      rate: toSek(extra.amount),
      paidBy: extra.paid_by ?? paidBy,
      pos: at("extras", e),
    });
  });

  return {
    label,
    group,
    to: trip.to,
    year,
    depart: trip.depart.text,
    return: trip.return.text,
    travellers: count,
    travellerNames,
    days,
    perDiemRequested: subsistence === "per-diem",
    returnYear: yearOfDay(trip.return.day),
    pos: plan.locate(path),
  };
}

/**
 * Hourly cost = monthly salary × 12 ÷ hours per year × (1 + on-cost) (docs/rules.md#salary),
 * quoted in whole öre as on a salary statement, so that hours × hourly cost is the amount every
 * report shows beside them.
 */
export function hourlyCostFromSalary(monthly: Decimal, hoursPerYear: Decimal, onCost: Decimal): Decimal {
  return roundToOre(monthly.times(12).dividedBy(hoursPerYear).times(onCost.plus(1)));
}

function priceWork(plan: Plan, line: Work, path: Path, assumptions: AssumptionList): WorkSummary {
  const person = line.person !== undefined ? plan.people.get(line.person) : undefined;
  const who = person ? (person.name ?? person.id) : (line.role ?? "?");
  const hoursPerYear = plan.defaults.hoursPerYear ?? assumptions.defaultHoursPerYear();
  const toSek = (amount: Amount) => amountInSek(plan, amount);

  let hourlyCost: Decimal;
  let derivation: HourlyCostDerivation;
  const givenHourly = line.hourly_cost ?? (line.monthly_salary ? undefined : person?.hourly_cost);
  if (givenHourly) {
    hourlyCost = toSek(givenHourly);
    derivation = { kind: "given", amount: givenHourly.text };
  } else {
    const salary = line.monthly_salary ?? person?.monthly_salary;
    const onCost = line.on_cost ?? person?.on_cost ?? plan.defaults.onCost ?? assumptions.defaultOnCost();
    const monthly = salary ? toSek(salary) : ZERO;
    hourlyCost = hourlyCostFromSalary(monthly, hoursPerYear, onCost);
    // Where each input is written: the work line, else the person, else the plan's defaults.
    const personPath = person ? ["people", [...plan.people.keys()].indexOf(person.id)] : undefined;
    const at = (key: "monthly_salary" | "on_cost") =>
      line[key] !== undefined ? plan.locate([...path, key]) : personPath && person?.[key] !== undefined ? plan.locate([...personPath, key]) : undefined;
    derivation = {
      kind: "salary",
      monthlySalary: salary?.text ?? "0",
      hoursPerYear,
      onCost,
      from: {
        ...(salary ? { salary: at("monthly_salary")! } : {}),
        ...(plan.defaults.hoursPerYear ? { hoursPerYear: plan.locate(["defaults", "hours_per_year"]) } : {}),
        ...(at("on_cost") ? { onCost: at("on_cost")! } : plan.defaults.onCost ? { onCost: plan.locate(["defaults", "on_cost"]) } : {}),
      },
    };
  }
  // share × months means share × hours per year × months ÷ 12 (README, "The plan format").
  const hours =
    line.hours ??
    line
      .share!.times(hoursPerYear)
      .times(line.months ?? new Decimal(12))
      .dividedBy(12);
  return {
    who,
    ...(person ? { person: person.id } : {}),
    side: person?.side ?? "sweden",
    year: line.year ?? plan.years[0]!,
    hours,
    hourlyCost,
    derivation,
    amount: roundToOre(hours.times(hourlyCost)),
    paidBy: line.paid_by ?? "icld",
    pos: plan.locate(line.person !== undefined ? [...path, "person"] : path),
  };
}

/** Collects the figures and defaults a budget rests on, each once. */
class AssumptionList {
  private readonly items = new Map<string, Assumption>();

  constructor(private readonly plan: Plan) {
    for (const [code, rate] of plan.fx) this.stated(`fx.${code}`, rate, ["fx", code]);
    if (plan.defaults.onCost) this.stated("on_cost", plan.defaults.onCost, ["defaults", "on_cost"]);
    if (plan.defaults.hoursPerYear) this.stated("hours_per_year", plan.defaults.hoursPerYear, ["defaults", "hours_per_year"]);
  }

  /** A figure the plan states, at `path`. */
  private stated(key: string, value: Decimal, path: Path) {
    this.add({ key, value, source: { kind: "plan", path: path.join(".") }, confirmation: "plan", isDefault: false, pos: this.plan.locate(path) });
  }

  add(assumption: Assumption) {
    if (!this.items.has(assumption.key)) this.items.set(assumption.key, assumption);
  }

  defaultOnCost(): Decimal {
    const value = new Decimal(DEFAULT_ON_COST.rate);
    this.add({ key: "on_cost", value, source: DEFAULT_ON_COST.source, confirmation: DEFAULT_ON_COST.confirmation, isDefault: true });
    return value;
  }

  defaultHoursPerYear(): Decimal {
    const value = new Decimal(DEFAULT_HOURS_PER_YEAR.hours);
    this.add({ key: "hours_per_year", value, source: DEFAULT_HOURS_PER_YEAR.source, confirmation: DEFAULT_HOURS_PER_YEAR.confirmation, isDefault: true });
    return value;
  }

  perDiem(rate: PerDiemRate) {
    this.add({
      key: `per_diem.${rate.year}.${rate.country}`,
      value: rate.fullDay,
      source: rate.source,
      confirmation: rate.confirmation,
      isDefault: false,
      ...(rate.from === "plan" ? { pos: this.plan.locate(["per_diem_rates", String(rate.year), rate.country]) } : {}),
      // A figure that differs from the built-in one is shown beside it: always for the plan's own,
      // for a pack's where the built-in one is confirmed (a pack is how newer lists come in).
      ...(rate.replaces && !rate.replaces.fullDay.equals(rate.fullDay) && (rate.from === "plan" || rate.replaces.confirmation === "confirmed")
        ? {
            replaces: {
              value: rate.replaces.fullDay,
              source: rate.replaces.source,
              confirmation: rate.replaces.confirmation,
              by: rate.from === "pack" ? "pack" : "plan",
            },
          }
        : {}),
    });
  }

  list(): Assumption[] {
    return [...this.items.values()];
  }
}
