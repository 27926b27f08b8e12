/**
 * ICLD's budget guidelines for municipal partnerships, by edition: the envelope of each
 * phase × partnership × region, and which cost categories ICLD pays for.
 * Copied on 2026-11-26 from the project's shared data (icld-envelopes.csv, domain.md §2).
 *
 * Kinds: a `max` (högsta belopp) is a hard ceiling, exceeding it is an error; a `guide`
 * (riktpunkt) is agreed with ICLD, exceeding it is a warning. The preparation envelope covers
 * the whole phase; project and steering-group envelopes apply to each plan year.
 */
import type { Confirmation, Sourced } from "../model/confirmation.js";
import type { Category, Partnership, Phase, Region } from "../model/types.js";

export type LimitKind = "max" | "guide";

/** One envelope of an edition. */
export interface EnvelopeRule extends Sourced {
  readonly edition: string;
  readonly phase: Phase;
  readonly partnership: Partnership;
  /** `any` where the guidelines give one figure for both regions (the steering group). */
  readonly region: Region | "any";
  readonly period: "phase" | "year";
  readonly kind: LimitKind;
  readonly limit: string;
  /** The steering group's "of which work effort" part. */
  readonly work?: { readonly limit: string; readonly kind: LimitKind };
}

export type Eligibility = "yes" | "no" | "unconfirmed";

const SOURCE_2020 = "ICLD budget guidelines for municipal partnerships (edition before 2023), section 1";
const SOURCE_2023 = "Västerås stad KS 2023/00444 decision (the project's source document)";

type Row = [Phase, Partnership, Region | "any", "phase" | "year", LimitKind, string, string | null, Confirmation, string?];

// Columns: phase, partnership, region, period, kind, limit, work limit (guide), confirmation, note.
const ICLD_2020_ROWS: Row[] = [
  ["preparation", "bilateral", "europe", "phase", "max", "220000", null, "confirmed"],
  ["preparation", "bilateral", "africa-asia", "phase", "max", "275000", null, "confirmed"],
  ["preparation", "trilateral", "europe", "phase", "max", "275000", null, "confirmed"],
  ["preparation", "trilateral", "africa-asia", "phase", "max", "330000", null, "confirmed"],
  ["preparation", "multilateral", "europe", "phase", "guide", "275000", null, "confirmed"],
  ["preparation", "multilateral", "africa-asia", "phase", "guide", "330000", null, "confirmed"],
  ["steering-group", "bilateral", "any", "year", "guide", "300000", "150000", "confirmed"],
  ["steering-group", "trilateral", "any", "year", "guide", "400000", "200000", "confirmed"],
  ["steering-group", "multilateral", "any", "year", "guide", "400000", "200000", "confirmed"],
  ["project", "bilateral", "europe", "year", "max", "450000", null, "confirmed"],
  ["project", "bilateral", "africa-asia", "year", "max", "500000", null, "confirmed"],
  ["project", "trilateral", "europe", "year", "max", "600000", null, "confirmed"],
  ["project", "trilateral", "africa-asia", "year", "max", "650000", null, "confirmed"],
  ["project", "multilateral", "europe", "year", "max", "600000", null, "unconfirmed", "the guideline text is cut off after the Europe figure"],
  ["project", "multilateral", "africa-asia", "year", "max", "650000", null, "unconfirmed", "assumed equal to trilateral; not confirmed"],
];

// icld-2023: the source document gives these three (Europe, two partners).
const ICLD_2023_ROWS: Row[] = [
  ["preparation", "bilateral", "europe", "phase", "max", "240000", null, "confirmed", "preparation 240 000 kr"],
  ["project", "bilateral", "europe", "year", "max", "450000", null, "confirmed", "project 450 000 kr per year"],
  ["steering-group", "bilateral", "any", "year", "guide", "300000", "150000", "confirmed", "steering group 300 000 kr per year; work share from the earlier edition"],
];

function toRule(edition: string, source: string, row: Row): EnvelopeRule {
  const [phase, partnership, region, period, kind, limit, work, confirmation, note] = row;
  return {
    edition, phase, partnership, region, period, kind, limit, confirmation,
    source: note ? `${source}: ${note}` : source,
    ...(work ? { work: { limit: work, kind: "guide" as const } } : {}),
  };
}

const ICLD_2020 = ICLD_2020_ROWS.map((row) => toRule("icld-2020", SOURCE_2020, row));
const ICLD_2023_KNOWN = ICLD_2023_ROWS.map((row) => toRule("icld-2023", SOURCE_2023, row));

const sameSlot = (a: EnvelopeRule, b: EnvelopeRule) =>
  a.phase === b.phase && a.partnership === b.partnership && a.region === b.region;

// The other icld-2023 combinations were not found: carried over from icld-2020, unconfirmed (domain.md §2).
const ICLD_2023 = [
  ...ICLD_2023_KNOWN,
  ...ICLD_2020.filter((old) => !ICLD_2023_KNOWN.some((known) => sameSlot(known, old))).map(
    (old): EnvelopeRule => ({
      ...old,
      edition: "icld-2023",
      confirmation: "unconfirmed",
      source: `carried over from icld-2020 (not found for icld-2023): ${old.source}`,
    }),
  ),
];

/**
 * Which categories ICLD pays for (domain.md §2 and issue 2). Travel, lodging and food of both
 * partners, Swedish work effort, audit, visa, small venue rents, local transport (eligible since
 * the 2020 revision) and climate compensation are paid; interpretation, translation, insurance,
 * communication and anything else are not confirmed. Work by a partner-side person is never paid
 * (checked per line, not per category).
 */
const ELIGIBILITY: Readonly<Record<Category, Eligibility>> = {
  travel: "yes",
  lodging: "yes",
  subsistence: "yes",
  work: "yes",
  audit: "yes",
  visa: "yes",
  venue: "yes",
  "local-transport": "yes",
  "climate-compensation": "yes",
  interpretation: "unconfirmed",
  translation: "unconfirmed",
  insurance: "unconfirmed",
  communication: "unconfirmed",
  other: "unconfirmed",
};

/** A guideline edition. */
export interface RuleEdition {
  readonly id: string;
  readonly envelopes: readonly EnvelopeRule[];
  readonly eligibility: Readonly<Record<Category, Eligibility>>;
}

/** The editions built in, oldest first; the last is the default. */
export const EDITIONS: readonly RuleEdition[] = [
  { id: "icld-2020", envelopes: ICLD_2020, eligibility: ELIGIBILITY },
  { id: "icld-2023", envelopes: ICLD_2023, eligibility: ELIGIBILITY },
];

export const EDITION_IDS = EDITIONS.map((edition) => edition.id);

/** The newest edition built in: a plan's `rules` when it names none. */
export const DEFAULT_EDITION = EDITIONS[EDITIONS.length - 1]!.id;

/** The envelope of a phase for a partnership and region in an edition. */
export function findEnvelopeRule(
  edition: RuleEdition,
  phase: Phase,
  partnership: Partnership,
  region: Region,
): EnvelopeRule | undefined {
  return edition.envelopes.find(
    (rule) =>
      rule.phase === phase &&
      rule.partnership === partnership &&
      (rule.region === region || rule.region === "any"),
  );
}

/**
 * ICLD has announced that its funding ends on 31 December 2026 (Sida did not renew its core
 * support): costs after that year get a warning.
 */
export const ICLD_FUNDING_LAST_YEAR = 2026;
