/**
 * The data model of icld-budget, from a plan file to a check result:
 *
 *   plan.yaml ──parsePlan──▶ Plan ──computeBudget(plan, rates)──▶ Budget ──checkBudget──▶ PlanResult
 *                            │                                    │                        │
 *                            ├ people, trips, work, costs         ├ lines: LineItem[]       ├ envelopes: EnvelopeResult[]
 *                            └ (every node keeps its SourcePos)   ├ totals: Totals          │   └ parts (steering group's work share)
 *                                                                 └ assumptions             ├ findings: Finding[]
 *                                                                                            └ verdict
 *
 * A LineItem is one priced cost (label, quantity × rate = amount) with the YAML position that
 * produced it, so every number in a report traces back to a line of the plan. Totals are sums
 * of line items. Findings are data (code, severity, args, position); their wording lives in
 * `src/check/messages.ts`. Amounts are `Decimal` throughout (see `money.ts`).
 */
import type { Decimal } from "./money.js";
import type { Confirmation, Source } from "./confirmation.js";
import type { LineWhat } from "./line-label.js";

/** The phases of an ICLD municipal partnership. */
export const PHASES = ["preparation", "project", "steering-group"] as const;
export type Phase = (typeof PHASES)[number];

/** How many partners take part. */
export const PARTNERSHIPS = ["bilateral", "trilateral", "multilateral"] as const;
export type Partnership = (typeof PARTNERSHIPS)[number];

/** ICLD's budget regions. */
export const REGIONS = ["europe", "africa-asia"] as const;
export type Region = (typeof REGIONS)[number];

/** Who pays a cost. Anything but `icld` is co-financing: reported, never counted against an envelope. */
export const PAYERS = ["icld", "municipality", "partner"] as const;
export type Payer = (typeof PAYERS)[number];

/** The side a person belongs to. */
export const SIDES = ["sweden", "partner"] as const;
export type Side = (typeof SIDES)[number];

/** Cost categories (plan format). Each has an eligibility in the rule edition. */
export const CATEGORIES = [
  "travel",
  "lodging",
  "subsistence",
  "work",
  "audit",
  "visa",
  "insurance",
  "interpretation",
  "translation",
  "venue",
  "local-transport",
  "climate-compensation",
  "communication",
  "other",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A position in a plan file, 1-based. */
export interface SourcePos {
  readonly line: number;
  readonly column: number;
}

/** One priced cost: quantity × rate = amount (rounded to öre once, see money.ts). */
export interface LineItem {
  readonly category: Category;
  /** What the line is, as data; `lineLabel` words it (line-label.ts). */
  readonly what: LineWhat;
  readonly year: number;
  readonly quantity: Decimal;
  readonly unit: string;
  /** SEK per unit. */
  readonly rate: Decimal;
  /** SEK. */
  readonly amount: Decimal;
  readonly paidBy: Payer;
  readonly pos: SourcePos;
  /** The trip, person or cost the line belongs to, for grouping in reports. */
  readonly group: string;
  /** A key that names the line across versions of a plan (for `diff`), unique within a budget. */
  readonly key: string;
  /** Hours of work, for work lines (to derive the average hourly cost). */
  readonly hours?: Decimal;
  /** Whose work, for work lines: ICLD pays only the Swedish side's. */
  readonly side?: Side;
}

/** Sums of line items. */
export interface Totals {
  /** Paid by ICLD: what counts against the envelopes. */
  readonly icld: Decimal;
  /** Paid by the municipality or the partner. */
  readonly cofinanced: Decimal;
  /** ICLD-paid amounts by category. */
  readonly byCategory: ReadonlyMap<Category, Decimal>;
  /** ICLD-paid amounts by year. */
  readonly byYear: ReadonlyMap<number, Decimal>;
  /** All amounts by payer. */
  readonly byPayer: ReadonlyMap<Payer, Decimal>;
}

/**
 * A figure or default the numbers rest on, listed in every report. The key names it (`fx.EUR`,
 * `on_cost`, `hours_per_year`, `per_diem.2024.PL`) and `describeFigure` (render/labels.ts) words
 * it with its value: an exchange rate in SEK, on-costs as a fraction, hours, a day's SEK.
 */
export interface Assumption {
  readonly key: string;
  readonly value: Decimal;
  readonly source: Source;
  readonly confirmation: Confirmation;
  /** True when the plan did not say and a built-in default was used. */
  readonly isDefault: boolean;
  readonly pos?: SourcePos;
  /** A built-in figure the plan's own replaces, with a different value. */
  readonly replaces?: { readonly value: Decimal; readonly source: Source; readonly confirmation: Confirmation; readonly by: "plan" | "pack" };
}

/** An envelope (or an "of which" part of one) checked against its total. */
export interface EnvelopeResult {
  readonly id: string;
  /** "phase", or the plan year the envelope applies to. */
  readonly period: "phase" | number;
  readonly kind: "max" | "guide";
  readonly limit: Decimal;
  readonly total: Decimal;
  readonly remaining: Decimal;
  readonly fits: boolean;
  readonly confirmation: Confirmation;
  readonly source: Source;
  readonly parts: readonly EnvelopeResult[];
}

export type Severity = "error" | "warning" | "info";

/** A finding: data only; `src/check/messages.ts` words it. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly args: Readonly<Record<string, string | number>>;
  readonly pos?: SourcePos;
}

export type Verdict = "fits" | "over" | "invalid";
