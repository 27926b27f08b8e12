/**
 * Checks that need more than one part of the plan: ids that must exist, years inside the plan,
 * currencies with an exchange rate, a return after the departure, work lines that can be priced.
 *
 * They run on every piece of the plan that is valid on its own (`PlanPieces`), even when other
 * pieces are not, so that one run reports every problem in the file.
 */
import type { Phase } from "../model/types.js";
import { type Amount, minuteOf } from "./leaves.js";
import type { InputProblem, Path } from "./issues-to-problems.js";
import type { Cost, Person, Trip, Work } from "./schema.js";
import { closest } from "./suggest.js";

/** An element of a list with its index in the file and the keys written in it. */
export interface Indexed<T> {
  readonly index: number;
  /** The element, or the fields of it that are valid on their own. */
  readonly value: T;
  /** The element as written, to tell which keys it has. */
  readonly written: object;
}

/** The parts of a plan that passed their own schema; absent where they did not. */
export interface PlanPieces {
  readonly phase?: Phase;
  readonly years?: readonly number[];
  /** The exchange rates: `{}` when the plan gives none, absent when `fx` itself is invalid. */
  readonly fx?: Readonly<Record<string, unknown>>;
  readonly hasRegion: boolean;
  readonly partnerCountry?: string;
  readonly people: readonly Indexed<Partial<Person>>[];
  readonly trips: readonly Indexed<Partial<Trip>>[];
  readonly work: readonly Indexed<Partial<Work>>[];
  readonly costs: readonly Indexed<Partial<Cost>>[];
  readonly perDiemRates: readonly { path: Path; amount: Amount }[];
}

/** A project covers one to three years (docs/rules.md#envelopes). */
const MAX_PROJECT_YEARS = 3;

/** Runs every cross-reference check and returns the problems found. */
export function checkReferences(pieces: PlanPieces): InputProblem[] {
  const problems: InputProblem[] = [];
  const add = (code: string, path: Path, args: Record<string, string | number> = {}, anchor: "key" | "value" = "value") =>
    problems.push({ code, args, path, anchor });

  // Years: unique, and 1–3 for a project.
  const years = pieces.years;
  if (years) {
    const seen = new Set<number>();
    years.forEach((year, index) => {
      if (seen.has(year)) add("DUPLICATE_YEAR", ["years", index], { year });
      seen.add(year);
    });
    if (pieces.phase === "project" && seen.size > MAX_PROJECT_YEARS) {
      add("TOO_MANY_YEARS", ["years"], { count: seen.size, max: MAX_PROJECT_YEARS });
    }
  }

  if (!pieces.hasRegion && pieces.partnerCountry === undefined) add("MISSING_REGION", []);

  // People: unique ids.
  const people = new Map<string, Partial<Person>>();
  for (const { index, value } of pieces.people) {
    if (value.id === undefined) continue;
    if (people.has(value.id)) add("DUPLICATE_ID", ["people", index, "id"], { id: value.id });
    else people.set(value.id, value);
  }
  const personIds = [...people.keys()];
  /** An id that must be one of the people: a traveller's or a work line's (`where`, for the hint). */
  const checkPerson = (idText: string, path: Path, where: "traveller" | "work") => {
    if (!people.has(idText)) {
      const suggestion = closest(idText, personIds);
      add("UNKNOWN_PERSON", path, { id: idText, known: personIds.join(", ") || "(none)", where, ...(suggestion ? { suggestion } : {}) });
    }
  };

  // Amounts in another currency need an exchange rate.
  const fx = pieces.fx;
  const lacksFx = (amount: Amount | undefined): amount is Amount =>
    amount !== undefined && amount.currency !== "SEK" && fx !== undefined && !(amount.currency in fx);
  const addMissingFx = (amount: Amount, path: Path) => add("MISSING_FX_RATE", path, { currency: amount.currency, text: amount.text });
  const checkCurrency = (amount: Amount | undefined, path: Path) => {
    if (lacksFx(amount)) addMissingFx(amount, path);
  };
  const severalYears = years !== undefined && new Set(years).size > 1;
  /** Whether a line's year is missing (with several years in the plan) or outside the plan's years; a year written but invalid is reported by the schema. */
  const yearProblem = (year: number | undefined, written: boolean): boolean =>
    years !== undefined && (year === undefined ? !written && severalYears : !years.includes(year));
  /** Reports a year problem that yearProblem has found. */
  const addYearProblem = (year: number | undefined, path: Path, what: string) => {
    if (year === undefined) add("MISSING_YEAR", path, { what, years: years!.join(", ") });
    else add("YEAR_OUTSIDE_PLAN", path, { year, years: years!.join(", "), what });
  };
  const checkYear = (year: number | undefined, path: Path, what: string, written: boolean) => {
    if (yearProblem(year, written)) addYearProblem(year, path, what);
  };

  pieces.people.forEach(({ index, value }) => {
    checkCurrency(value.monthly_salary, ["people", index, "monthly_salary"]);
    checkCurrency(value.hourly_cost, ["people", index, "hourly_cost"]);
  });

  const tripIds = new Set<string>();
  for (const { index, value: trip } of pieces.trips) {
    const at = (...rest: (string | number)[]): Path => ["trips", index, ...rest];
    if (trip.id !== undefined) {
      if (tripIds.has(trip.id)) add("DUPLICATE_ID", at("id"), { id: trip.id });
      tripIds.add(trip.id);
    }
    if (trip.depart && trip.return) {
      const departs = minuteOf(trip.depart);
      const returns = minuteOf(trip.return);
      if (returns < departs) add("RETURN_BEFORE_DEPARTURE", at("return"), { depart: trip.depart.text, return: trip.return.text });
    }
    if (trip.depart) checkYear(trip.depart.year, at("depart"), "trip", true);
    // A route's stretches follow one another from the departure to the return: each but the last
    // ends at its `until`, the last at the return.
    trip.route?.forEach((stop, r) => {
      if (!stop) return; // invalid on its own: reported by the schema
      const last = r === trip.route!.length - 1;
      if (last && stop.until) add("ROUTE_TIMES", at("route", r, "until"), { problem: "last-until" });
      else if (!last && !stop.until) add("ROUTE_TIMES", at("route", r), { problem: "until-missing" });
      else if (stop.until && trip.depart && trip.return) {
        const previous =
          trip
            .route!.slice(0, r)
            .reverse()
            .find((earlier) => earlier?.until)?.until ?? trip.depart;
        if (minuteOf(stop.until) <= minuteOf(previous) || minuteOf(stop.until) >= minuteOf(trip.return))
          add("ROUTE_TIMES", at("route", r, "until"), { problem: "order", until: stop.until.text, after: previous.text, return: trip.return.text });
      }
    });
    const onTrip = new Set<string>();
    trip.travellers?.forEach((traveller, t) => {
      if (typeof traveller !== "string") return;
      checkPerson(traveller, at("travellers", t), "traveller");
      // A person listed twice would be priced twice.
      if (onTrip.has(traveller)) add("DUPLICATE_TRAVELLER", at("travellers", t), { id: traveller });
      onTrip.add(traveller);
    });
    if (trip.depart && trip.return && trip.return.day >= trip.depart.day) {
      const calendarDays = trip.return.day - trip.depart.day + 1;
      const nights = calendarDays - 1;
      // More free meals of a kind than the trip has days cannot be (one of each a day at most).
      const meals = trip.meals_provided;
      if (meals && !Array.isArray(meals)) {
        for (const kind of ["breakfast", "lunch", "dinner"] as const) {
          const count = meals[kind];
          if (count !== undefined && count > calendarDays) add("MEALS_EXCEED_DAYS", at("meals_provided", kind), { meal: kind, count, days: calendarDays });
        }
      }
      if (typeof trip.lodging === "object" && "per_night" in trip.lodging && trip.lodging.nights > nights) {
        add("NIGHTS_EXCEED_TRIP", at("lodging", "nights"), { nights: trip.lodging.nights, tripNights: nights });
      }
    }
    checkCurrency(trip.fare, at("fare"));
    if (typeof trip.lodging === "object" && "per_night" in trip.lodging) checkCurrency(trip.lodging.per_night, at("lodging", "per_night"));
    else if (typeof trip.lodging === "object") checkCurrency(trip.lodging, at("lodging"));
    if (typeof trip.subsistence === "object") checkCurrency(trip.subsistence.per_day, at("subsistence", "per_day"));
    if (Array.isArray(trip.meals_provided) && trip.depart && trip.return) {
      const seen = new Set<number>();
      trip.meals_provided.forEach((meal, m) => {
        if (!meal) return; // invalid on its own: reported by the schema
        if (meal.date.day < trip.depart!.day || meal.date.day > trip.return!.day) {
          add("MEAL_DATE_OUTSIDE_TRIP", at("meals_provided", m, "date"), { date: meal.date.text, depart: trip.depart!.text, return: trip.return!.text });
        } else if (seen.has(meal.date.day)) {
          add("DUPLICATE_MEAL_DATE", at("meals_provided", m, "date"), { date: meal.date.text });
        }
        seen.add(meal.date.day);
      });
    }
    trip.extras?.forEach((extra, e) => {
      checkCurrency(extra?.amount, at("extras", e, "amount")); // an invalid extra is undefined here
    });
  }

  for (const { index, value: line, written } of pieces.work) {
    const at = (...rest: (string | number)[]): Path => ["work", index, ...rest];
    const has = (key: string) => Object.hasOwn(written, key);
    if (has("person") && has("role")) add("WORK_PERSON_AND_ROLE", at("role"));
    if (!has("person") && !has("role")) add("WORK_WHO_MISSING", at());
    if (line.person !== undefined) checkPerson(line.person, at("person"), "work");
    if (has("hours") && has("share")) add("WORK_HOURS_AND_SHARE", at("share"));
    if (!has("hours") && !has("share")) add("WORK_HOURS_MISSING", at());
    if (has("months") && !has("share")) add("WORK_MONTHS_WITHOUT_SHARE", at("months"));
    // share × hours per year × months ÷ 12: a line covers one year, so twelve months at most.
    if (line.months?.greaterThan(12)) add("MONTHS_OVER_YEAR", at("months"), { months: line.months.toString() });
    const person = line.person !== undefined ? people.get(line.person) : undefined;
    const pricedHere = has("hourly_cost") || has("monthly_salary");
    const pricedByPerson = person?.hourly_cost !== undefined || person?.monthly_salary !== undefined;
    // A partner-side person's work is not eligible at all (reported by the check), so it needs no salary.
    const needsSalary = has("role") || (person !== undefined && person.side !== "partner");
    if (needsSalary && !pricedHere && !pricedByPerson) add("WORK_SALARY_MISSING", at(), { who: line.person ?? line.role ?? "?" });
    checkCurrency(line.monthly_salary, at("monthly_salary"));
    checkCurrency(line.hourly_cost, at("hourly_cost"));
    checkYear(line.year, has("year") ? at("year") : at(), "work line", has("year"));
  }

  // Paths are made only for a problem: plans can have many thousand cost lines.
  for (const { index, value: cost, written } of pieces.costs) {
    if (lacksFx(cost.amount)) addMissingFx(cost.amount, ["costs", index, "amount"]);
    const yearWritten = Object.hasOwn(written, "year");
    if (yearProblem(cost.year, yearWritten)) addYearProblem(cost.year, yearWritten ? ["costs", index, "year"] : ["costs", index], "cost");
  }

  for (const { path, amount } of pieces.perDiemRates) checkCurrency(amount, path);

  return problems;
}
