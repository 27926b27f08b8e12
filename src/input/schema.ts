/**
 * The plan format, version 1: strict zod schemas that are at once the validator, the types
 * (`z.output`) and the source of the JSON Schema for editors (`icld-budget schema`).
 * The meaning of every key is documented in README.md ("The plan format").
 */
import * as z from "zod/mini";
import { CATEGORIES, PARTNERSHIPS, PAYERS, PHASES, REGIONS, SIDES } from "../model/types.js";
import { EDITION_IDS } from "../rates/icld-editions.js";
import { closest } from "./suggest.js";
import { amount, country, currency, date, dateTime, decimalNumber, expects, id, percent, positiveNumber, text, wholeNumber, year } from "./leaves.js";

/** A strict mapping: unknown keys are errors. */
export function mapping<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, expects("mapping"));
}

/** A list. */
export function list<T extends z.core.SomeType>(element: T) {
  return z.array(element, expects("list"));
}

/** A list of at least one. */
function nonEmptyList<T extends z.core.SomeType>(element: T) {
  return list(element).check(z.minLength(1, { message: "EMPTY_LIST" }));
}

/**
 * An optional value. One wrapper per inner schema, shared by every key that uses it (schemas
 * are immutable): each schema made costs start-up time, and a check starts with making them.
 */
const optionals = new Map<z.core.SomeType, z.core.SomeType>();
function optional<T extends z.core.SomeType>(inner: T): z.ZodMiniOptional<T> {
  let wrapper = optionals.get(inner);
  if (!wrapper) optionals.set(inner, (wrapper = z.optional(inner)));
  return wrapper as z.ZodMiniOptional<T>;
}

/**
 * A schema with its description for editors: a copy (so that shared leaves stay undescribed)
 * with the description in zod's registry. Not `z.describe()`, a check that does nothing when
 * parsing.
 */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone(schema._zod.def, { parent: true });
  z.globalRegistry.add(copy, { description });
  return copy;
}

const payer = described(z.enum(PAYERS), "Who pays: icld (default), or municipality / partner (co-financing, outside the envelopes).");
const category = described(z.enum(CATEGORIES), "Cost category; decides ICLD eligibility.");

/** A person taking part. */
export const personSchema = mapping({
  id: described(id, "Identifier the trips and work lines refer to."),
  name: optional(text),
  side: described(z.enum(SIDES), "sweden (the applying municipality) or partner."),
  role: described(optional(text), "Official, politician, coordinator…"),
  monthly_salary: described(optional(amount), "Monthly salary before on-costs (Swedish side)."),
  hourly_cost: described(optional(amount), "Hourly cost including on-costs; overrides monthly_salary."),
  on_cost: described(optional(percent), "On-cost rate for this person; overrides defaults.on_cost."),
  note: optional(text),
});

/** One traveller by id, or a group of people not yet named. */
export const travellerSchema = z.union(
  [id, mapping({ side: z.enum(SIDES), count: described(wholeNumber.check(z.refine((n: number) => n >= 1, { message: "NOT_POSITIVE" })), "How many people.") })],
  expects("traveller"),
);

/** Lodging per traveller: per night, `{per_night, nights}`, `free` (hosted) or `none` (night allowance). */
export const lodgingSchema = z.union([z.enum(["free", "none"]), amount, mapping({ per_night: amount, nights: wholeNumber })], expects("lodging"));

/** Food: Skatteverket's per diem, actual cost per day, or nothing. */
export const subsistenceSchema = z.union(
  [z.enum(["per-diem", "none"]), mapping({ per_day: described(amount, "Cost of food per traveller per calendar day.") })],
  expects("subsistence"),
);

const mealCount = wholeNumber;
const yesNo = z.boolean(expects("yes-no"));

/** Free meals on one day of a trip, so that Skatteverket's combined amounts apply (lunch and dinner: 203 kr in 2024). */
export const mealDaySchema = mapping({
  date: described(date, "A day of the trip."),
  breakfast: optional(yesNo),
  lunch: optional(yesNo),
  dinner: optional(yesNo),
});
/** An extra cost of a trip. */
export const extraSchema = mapping({
  item: text,
  category: optional(category),
  amount,
  per: described(optional(z.enum(["trip", "traveller"])), "trip (default): once; traveller: for each traveller."),
  paid_by: optional(payer),
  note: optional(text),
});

/** A stretch of a trip in one country, until a time (the last stretch lasts until the return). */
export const routeStopSchema = mapping({ country, until: optional(dateTime) });

/** A trip. */
export const tripSchema = mapping({
  id: optional(id),
  title: optional(text),
  to: described(country, "Country whose per diem table applies (throughout, unless the trip has a route); SE for domestic rates."),
  depart: described(dateTime, "Departure, local time: 2025-03-10T07:00."),
  return: described(dateTime, "Return home, local time."),
  route: described(
    optional(nonEmptyList(routeStopSchema)),
    "The countries on the way, in order, each until a local time, the last until the return: each day's per diem is that of the country where the longest part of 06:00–24:00 was spent.",
  ),
  travellers: nonEmptyList(travellerSchema),
  fare: described(optional(amount), "Fare per traveller."),
  lodging: lodgingSchema,
  subsistence: subsistenceSchema,
  meals_provided: described(
    optional(
      z.union([mapping({ breakfast: optional(mealCount), lunch: optional(mealCount), dinner: optional(mealCount) }), list(mealDaySchema)], expects("meals")),
    ),
    "Free meals per traveller, reducing the per diem: counts over the trip ({breakfast: 3}), or day by day ([{date, breakfast, lunch, dinner}]).",
  ),
  extras: optional(list(extraSchema)),
  paid_by: optional(payer),
  note: optional(text),
});

/** Work effort of a Swedish participant, named (`person`) or not yet named (`role`). */
export const workSchema = mapping({
  person: optional(id),
  role: optional(text),
  monthly_salary: optional(amount),
  hourly_cost: optional(amount),
  on_cost: optional(percent),
  hours: optional(decimalNumber),
  share: described(optional(percent), "Share of full time, with months."),
  months: described(optional(decimalNumber), "Months at that share (default 12)."),
  year: optional(year),
  paid_by: optional(payer),
  note: optional(text),
});

/** Any other cost. */
export const costSchema = mapping({
  item: text,
  category: optional(category),
  amount,
  year: optional(year),
  paid_by: optional(payer),
  note: optional(text),
});

/** A built-in edition's id, or the path of an edition file (ending in .yaml or .yml). */
const rulesEdition = z.string(expects("text")).check(
  z.superRefine((value: string, ctx) => {
    if ((EDITION_IDS as readonly string[]).includes(value) || /\.ya?ml$/i.test(value)) return;
    const suggestion = closest(value, EDITION_IDS);
    ctx.addIssue({
      code: "custom",
      message: "INVALID_CHOICE",
      params: { value: JSON.stringify(value), allowed: `${EDITION_IDS.join(", ")}, or an edition file (.yaml)`, ...(suggestion ? { suggestion } : {}) },
      input: value,
    });
  }),
);

/** The plan's top level. Key order here is the order of the documentation. */
export const planShape = {
  version: described(z.literal("1", expects("version")), "Plan format version: 1."),
  title: text,
  phase: z.enum(PHASES),
  rules: described(
    optional(rulesEdition),
    "Guideline edition: a built-in one (icld-2020, icld-2023; default the newest) or an edition file of your own (./rules/my-programme.yaml).",
  ),
  partnership: optional(z.enum(PARTNERSHIPS)),
  partner: optional(mapping({ municipality: optional(text), country: optional(country) })),
  region: described(optional(z.enum(REGIONS)), "Overrides the region derived from partner.country."),
  years: nonEmptyList(year),
  fx: described(optional(z.record(currency, positiveNumber, expects("mapping"))), "SEK per unit of each currency used."),
  defaults: optional(mapping({ on_cost: optional(percent), hours_per_year: optional(positiveNumber) })),
  people: optional(list(personSchema)),
  trips: optional(list(tripSchema)),
  work: optional(list(workSchema)),
  costs: optional(list(costSchema)),
  rate_packs: described(
    optional(list(text)),
    "Rate packs: files of per diem figures (our CSV layout, or Skatteverket's open data as CSV or JSON), relative to the plan.",
  ),
  per_diem_rates: described(
    optional(z.record(z.string().check(z.regex(/^\d{4}$/, { message: "INVALID_YEAR" })), z.record(country, amount, expects("mapping")), expects("mapping"))),
    "Per diem full-day amounts by year and country, where the built-in tables have none.",
  ),
} as const;

export const planSchema = mapping(planShape);

export type PlanInput = z.output<typeof planSchema>;
export type Person = z.output<typeof personSchema>;
export type Trip = z.output<typeof tripSchema>;
export type Work = z.output<typeof workSchema>;
export type Cost = z.output<typeof costSchema>;
