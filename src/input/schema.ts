/**
 * The plan format, version 1: strict zod schemas that are at once the validator, the types
 * (`z.output`) and the source of the JSON Schema for editors (`icld-budget schema`).
 * The meaning of every key is documented in README.md ("The plan format").
 */
import * as z from "zod";
import { CATEGORIES, PARTNERSHIPS, PAYERS, PHASES, REGIONS, SIDES } from "../model/types.js";
import { EDITION_IDS } from "../rates/icld-editions.js";
import {
  amount, country, currency, date, dateTime, decimalNumber, expects, id, percent, positiveNumber, text,
  wholeNumber, year,
} from "./leaves.js";

/** A strict mapping: unknown keys are errors. */
function mapping<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, expects("mapping"));
}

/** A list. */
function list<T extends z.ZodType>(element: T) {
  return z.array(element, expects("list"));
}

const payer = z.enum(PAYERS).describe("Who pays: icld (default), or municipality / partner (co-financing, outside the envelopes).");
const category = z.enum(CATEGORIES).describe("Cost category; decides ICLD eligibility.");

/** A person taking part. */
export const personSchema = mapping({
  id: id.describe("Identifier the trips and work lines refer to."),
  name: text.optional(),
  side: z.enum(SIDES).describe("sweden (the applying municipality) or partner."),
  role: text.optional().describe("Official, politician, coordinator…"),
  monthly_salary: amount.optional().describe("Monthly salary before on-costs (Swedish side)."),
  hourly_cost: amount.optional().describe("Hourly cost including on-costs; overrides monthly_salary."),
  on_cost: percent.optional().describe("On-cost rate for this person; overrides defaults.on_cost."),
  note: text.optional(),
});

/** One traveller by id, or a group of people not yet named. */
export const travellerSchema = z.union([
  id,
  mapping({ side: z.enum(SIDES), count: wholeNumber.refine((n) => n >= 1, { message: "NOT_POSITIVE" }).describe("How many people.") }),
], expects("traveller"));

/** Lodging per traveller: per night, `{per_night, nights}`, `free` (hosted) or `none` (night allowance). */
export const lodgingSchema = z.union([
  z.enum(["free", "none"]),
  amount,
  mapping({ per_night: amount, nights: wholeNumber }),
], expects("lodging"));

/** Food: Skatteverket's per diem, actual cost per day, or nothing. */
export const subsistenceSchema = z.union([
  z.enum(["per-diem", "none"]),
  mapping({ per_day: amount.describe("Cost of food per traveller per calendar day.") }),
], expects("subsistence"));

const mealCount = wholeNumber;

/** Free meals on one day of a trip, so that Skatteverket's combined amounts apply (lunch and dinner: 203 kr in 2024). */
export const mealDaySchema = mapping({
  date: date.describe("A day of the trip."),
  breakfast: z.boolean(expects("yes-no")).optional(),
  lunch: z.boolean(expects("yes-no")).optional(),
  dinner: z.boolean(expects("yes-no")).optional(),
});
/** An extra cost of a trip. */
export const extraSchema = mapping({
  item: text,
  category: category.optional(),
  amount,
  per: z.enum(["trip", "traveller"]).optional().describe("trip (default): once; traveller: for each traveller."),
  paid_by: payer.optional(),
  note: text.optional(),
});

/** A trip. */
export const tripSchema = mapping({
  id: id.optional(),
  title: text.optional(),
  to: country.describe("Country whose per diem table applies; SE for domestic rates."),
  depart: dateTime.describe("Departure, local time: 2025-03-10T07:00."),
  return: dateTime.describe("Return home, local time."),
  travellers: list(travellerSchema).min(1, { message: "EMPTY_LIST" }),
  fare: amount.optional().describe("Fare per traveller."),
  lodging: lodgingSchema,
  subsistence: subsistenceSchema,
  meals_provided: z
    .union([
      mapping({ breakfast: mealCount.optional(), lunch: mealCount.optional(), dinner: mealCount.optional() }),
      list(mealDaySchema),
    ], expects("meals"))
    .optional()
    .describe("Free meals per traveller, reducing the per diem: counts over the trip ({breakfast: 3}), or day by day ([{date, breakfast, lunch, dinner}])."),
  extras: list(extraSchema).optional(),
  paid_by: payer.optional(),
  note: text.optional(),
});

/** Work effort of a Swedish participant, named (`person`) or not yet named (`role`). */
export const workSchema = mapping({
  person: id.optional(),
  role: text.optional(),
  monthly_salary: amount.optional(),
  hourly_cost: amount.optional(),
  on_cost: percent.optional(),
  hours: decimalNumber.optional(),
  share: percent.optional().describe("Share of full time, with months."),
  months: decimalNumber.optional().describe("Months at that share (default 12)."),
  year: year.optional(),
  paid_by: payer.optional(),
  note: text.optional(),
});

/** Any other cost. */
export const costSchema = mapping({
  item: text,
  category: category.optional(),
  amount,
  year: year.optional(),
  paid_by: payer.optional(),
  note: text.optional(),
});

/** The plan's top level. Key order here is the order of the documentation. */
export const planShape = {
  version: z.literal("1", expects("version")).describe("Plan format version: 1."),
  title: text,
  phase: z.enum(PHASES),
  rules: z.enum(EDITION_IDS as [string, ...string[]]).optional().describe("ICLD guideline edition (default: newest built in)."),
  partnership: z.enum(PARTNERSHIPS).optional(),
  partner: mapping({ municipality: text.optional(), country: country.optional() }).optional(),
  region: z.enum(REGIONS).optional().describe("Overrides the region derived from partner.country."),
  years: list(year).min(1, { message: "EMPTY_LIST" }),
  fx: z.record(currency, positiveNumber, expects("mapping")).optional().describe("SEK per unit of each currency used."),
  defaults: mapping({ on_cost: percent.optional(), hours_per_year: positiveNumber.optional() }).optional(),
  people: list(personSchema).optional(),
  trips: list(tripSchema).optional(),
  work: list(workSchema).optional(),
  costs: list(costSchema).optional(),
  per_diem_rates: z
    .record(z.string().regex(/^\d{4}$/, { message: "INVALID_YEAR" }), z.record(country, amount, expects("mapping")), expects("mapping"))
    .optional()
    .describe("Per diem full-day amounts by year and country, where the built-in tables have none."),
} as const;

export const planSchema = mapping(planShape);

export type PlanInput = z.output<typeof planSchema>;
export type Person = z.output<typeof personSchema>;
export type Trip = z.output<typeof tripSchema>;
export type Work = z.output<typeof workSchema>;
export type Cost = z.output<typeof costSchema>;
