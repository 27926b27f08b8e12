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

/**
 * What keys of a mapping mean, for editors: json-schema.ts writes them into the JSON Schema. They
 * are kept beside the zod schemas rather than in described copies of them: a copy is a zod schema
 * that every check would make at start-up, for the one command (`schema`) that shows it.
 */
const keyDescriptions = new WeakMap<z.ZodMiniType, Readonly<Record<string, string>>>();

/** The descriptions of a mapping's keys (see `mapping`), if it has any. */
export const keyDescriptionsOf = (schema: z.ZodMiniType): Readonly<Record<string, string>> | undefined => keyDescriptions.get(schema);

/** A strict mapping: unknown keys are errors. `describe` says what some of its keys mean, for editors. */
export function mapping<Shape extends z.core.$ZodLooseShape>(shape: Shape, describe?: { readonly [Key in keyof Shape]?: string }) {
  const schema = z.strictObject(shape, expects("mapping"));
  if (describe) keyDescriptions.set(schema, describe as Record<string, string>);
  return schema;
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

/** A schema of its own (not shared with other keys) with its description for editors, in zod's registry. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

const payer = described(z.enum(PAYERS), "Who pays: icld (default), or municipality / partner (co-financing, outside the envelopes).");
const category = described(z.enum(CATEGORIES), "Cost category; decides ICLD eligibility.");

/** A person taking part. */
export const personSchema = mapping(
  {
    id,
    name: optional(text),
    side: z.enum(SIDES),
    role: optional(text),
    monthly_salary: optional(amount),
    hourly_cost: optional(amount),
    on_cost: optional(percent),
    note: optional(text),
  },
  {
    id: "Identifier the trips and work lines refer to.",
    side: "sweden (the applying municipality) or partner.",
    role: "Official, politician, coordinator…",
    monthly_salary: "Monthly salary before on-costs (Swedish side).",
    hourly_cost: "Hourly cost including on-costs; overrides monthly_salary.",
    on_cost: "On-cost rate for this person; overrides defaults.on_cost.",
  },
);

/** One traveller by id, or a group of people not yet named. */
export const travellerSchema = z.union(
  [id, mapping({ side: z.enum(SIDES), count: wholeNumber.check(z.refine((n: number) => n >= 1, { message: "NOT_POSITIVE" })) }, { count: "How many people." })],
  expects("traveller"),
);

/** Lodging per traveller: per night, `{per_night, nights}`, `free` (hosted) or `none` (night allowance). */
export const lodgingSchema = z.union([z.enum(["free", "none"]), amount, mapping({ per_night: amount, nights: wholeNumber })], expects("lodging"));

/** Food: Skatteverket's per diem, actual cost per day, or nothing. */
export const subsistenceSchema = z.union(
  [z.enum(["per-diem", "none"]), mapping({ per_day: amount }, { per_day: "Cost of food per traveller per calendar day." })],
  expects("subsistence"),
);

const mealCount = wholeNumber;
const yesNo = z.boolean(expects("yes-no"));

/** Free meals on one day of a trip, so that Skatteverket's combined amounts apply (lunch and dinner: 203 kr in 2024). */
export const mealDaySchema = mapping(
  {
    date,
    breakfast: optional(yesNo),
    lunch: optional(yesNo),
    dinner: optional(yesNo),
  },
  { date: "A day of the trip." },
);
/** An extra cost of a trip. */
export const extraSchema = mapping(
  {
    item: text,
    category: optional(category),
    amount,
    per: optional(z.enum(["trip", "traveller"])),
    paid_by: optional(payer),
    note: optional(text),
  },
  { per: "trip (default): once; traveller: for each traveller." },
);

/** A stretch of a trip in one country, until a time (the last stretch lasts until the return). */
export const routeStopSchema = mapping({ country, until: optional(dateTime) });

/** A trip. */
export const tripSchema = mapping(
  {
    id: optional(id),
    title: optional(text),
    to: country,
    depart: dateTime,
    return: dateTime,
    route: optional(nonEmptyList(routeStopSchema)),
    travellers: nonEmptyList(travellerSchema),
    fare: optional(amount),
    lodging: lodgingSchema,
    subsistence: subsistenceSchema,
    meals_provided: optional(
      z.union([mapping({ breakfast: optional(mealCount), lunch: optional(mealCount), dinner: optional(mealCount) }), list(mealDaySchema)], expects("meals")),
    ),
    extras: optional(list(extraSchema)),
    paid_by: optional(payer),
    note: optional(text),
  },
  {
    to: "Country whose per diem table applies (throughout, unless the trip has a route); SE for domestic rates.",
    depart: "Departure, local time: 2025-03-10T07:00.",
    return: "Return home, local time.",
    route:
      "The countries on the way, in order, each until a local time, the last until the return: each day's per diem is that of the country where the longest part of 06:00–24:00 was spent.",
    fare: "Fare per traveller.",
    meals_provided:
      "Free meals per traveller, reducing the per diem: counts over the trip ({breakfast: 3}), or day by day ([{date, breakfast, lunch, dinner}]).",
  },
);

/** Work effort of a Swedish participant, named (`person`) or not yet named (`role`). */
export const workSchema = mapping(
  {
    person: optional(id),
    role: optional(text),
    monthly_salary: optional(amount),
    hourly_cost: optional(amount),
    on_cost: optional(percent),
    hours: optional(decimalNumber),
    share: optional(percent),
    months: optional(decimalNumber),
    year: optional(year),
    paid_by: optional(payer),
    note: optional(text),
  },
  { share: "Share of full time, with months.", months: "Months at that share (default 12)." },
);

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
  version: z.literal("1", expects("version")),
  title: text,
  phase: z.enum(PHASES),
  rules: optional(rulesEdition),
  partnership: optional(z.enum(PARTNERSHIPS)),
  partner: optional(mapping({ municipality: optional(text), country: optional(country) })),
  region: optional(z.enum(REGIONS)),
  years: nonEmptyList(year),
  fx: optional(z.record(currency, positiveNumber, expects("mapping"))),
  defaults: optional(mapping({ on_cost: optional(percent), hours_per_year: optional(positiveNumber) })),
  people: optional(list(personSchema)),
  trips: optional(list(tripSchema)),
  work: optional(list(workSchema)),
  costs: optional(list(costSchema)),
  rate_packs: optional(list(text)),
  per_diem_rates: optional(
    z.record(z.string().check(z.regex(/^\d{4}$/, { message: "INVALID_YEAR" })), z.record(country, amount, expects("mapping")), expects("mapping")),
  ),
} as const;

export const planSchema = mapping(planShape, {
  version: "Plan format version: 1.",
  rules: "Guideline edition: a built-in one (icld-2020, icld-2023; default the newest) or an edition file of your own (./rules/my-programme.yaml).",
  region: "Overrides the region derived from partner.country.",
  fx: "SEK per unit of each currency used.",
  rate_packs: "Rate packs: files of per diem figures (our CSV layout, or Skatteverket's open data as CSV or JSON), relative to the plan.",
  per_diem_rates: "Per diem full-day amounts by year and country, where the built-in tables have none.",
});

export type PlanInput = z.output<typeof planSchema>;
export type Person = z.output<typeof personSchema>;
export type Trip = z.output<typeof tripSchema>;
export type Work = z.output<typeof workSchema>;
export type Cost = z.output<typeof costSchema>;
