/**
 * What a line item is, as data, and its label in Swedish or English. Calculation records the
 * data; reports, JSON and findings word it here, so that a Swedish memo has Swedish lines.
 */
export type Meal = "breakfast" | "lunch" | "dinner";

/** An amount written in another currency, as converted. */
export interface FxNote {
  readonly text: string;
  readonly rate: string;
  readonly currency: string;
}

export type LineWhat =
  | {
      readonly kind: "fare" | "lodging" | "food" | "night-allowance";
      readonly subject: string;
      readonly fx?: FxNote;
      readonly country?: string;
      readonly year?: number;
      /** A night allowance on a trip through several countries: the nights it pays, by the date each starts. */
      readonly routeNights?: readonly string[];
    }
  | {
      readonly kind: "per-diem";
      readonly subject: string;
      readonly country: string;
      readonly year: number;
      readonly fullDays: number;
      readonly halfDays: number;
      /** A long stay's days, paid at a percentage of the day amount (70 after three months, 50 after two years) from a date on. */
      readonly longStay?: { readonly percent: 70 | 50; readonly from: string };
      /** On a trip through several countries (its route), the days this line pays, as dates. */
      readonly routeDays?: readonly string[];
    }
  | { readonly kind: "free-meal"; readonly subject: string; readonly meal: Meal; readonly capped: boolean }
  | { readonly kind: "free-meals-day"; readonly subject: string; readonly date: string; readonly meals: readonly Meal[]; readonly capped: boolean }
  | { readonly kind: "extra" | "cost"; readonly subject: string; readonly item: string; readonly fx?: FxNote }
  | { readonly kind: "work"; readonly subject: string; readonly hours: string };

const WORDS = {
  en: {
    fare: "fare",
    lodging: "lodging",
    food: "food",
    night: "night allowance",
    perDiem: "per diem",
    work: "Work",
    full: "full",
    half: "half",
    days: "days",
    longStay: (percent: number, from: string) => ` at ${percent} % from ${from} (a long stay)`,
    meals: { breakfast: "free breakfasts deducted", lunch: "free lunches deducted", dinner: "free dinners deducted" },
    capped: " (capped at the allowance)",
    at: "at",
    decimal: ".",
    perUnit: (currency: string) => `SEK/${currency}`,
    mealsOn: "free meals deducted on",
    mealNames: { breakfast: "breakfast", lunch: "lunch", dinner: "dinner" },
  },
  sv: {
    fare: "biljett",
    lodging: "logi",
    food: "mat",
    night: "nattraktamente",
    perDiem: "traktamente",
    work: "Arbetsinsats",
    full: "hela",
    half: "halva",
    days: "dagar",
    longStay: (percent: number, from: string) => ` à ${percent} % från ${from} (långvarig tjänsteresa)`,
    meals: { breakfast: "avdrag för fria frukostar", lunch: "avdrag för fria luncher", dinner: "avdrag för fria middagar" },
    capped: " (högst traktamentet)",
    at: "à",
    decimal: ",",
    perUnit: (currency: string) => `kr/${currency}`,
    mealsOn: "avdrag för fria måltider",
    mealNames: { breakfast: "frukost", lunch: "lunch", dinner: "middag" },
  },
} as const;

/** A line's label in a language: "Meeting in Rzeszów: per diem PL 2023, 3 full + 1 half days". */
export function lineLabel(what: LineWhat, lang: "sv" | "en" = "en"): string {
  const w = WORDS[lang];
  const fx = (note?: FxNote) => (note ? ` (${note.text} ${w.at} ${note.rate.replace(".", w.decimal)} ${w.perUnit(note.currency)})` : "");
  switch (what.kind) {
    case "fare":
      return `${what.subject}: ${w.fare}${fx(what.fx)}`;
    case "lodging":
      return `${what.subject}: ${w.lodging}${fx(what.fx)}`;
    case "food":
      return `${what.subject}: ${w.food}${fx(what.fx)}`;
    case "night-allowance":
      return `${what.subject}: ${w.night} ${what.country} ${what.year}`;
    case "per-diem":
      return `${what.subject}: ${w.perDiem} ${what.country} ${what.year}, ${what.fullDays} ${w.full} + ${what.halfDays} ${w.half} ${w.days}${what.longStay ? w.longStay(what.longStay.percent, what.longStay.from) : ""}`;
    case "free-meal":
      return `${what.subject}: ${w.meals[what.meal]}${what.capped ? w.capped : ""}`;
    case "free-meals-day":
      return `${what.subject}: ${w.mealsOn} ${what.date} (${what.meals.map((meal) => w.mealNames[meal]).join(", ")})${what.capped ? w.capped : ""}`;
    case "extra":
      return `${what.subject}: ${what.item}${fx(what.fx)}`;
    case "cost":
      return `${what.item}${fx(what.fx)}`;
    case "work":
      return `${w.work}: ${what.subject}, ${what.hours} h`;
  }
}
