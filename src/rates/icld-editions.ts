/**
 * ICLD's budget guidelines for municipal partnerships, by edition: the envelope of each
 * phase × partnership × region, and which cost categories ICLD pays for.
 * Read from the edition files in `editions/` (compiled into built-in-tables.ts).
 *
 * Kinds: a `max` (högsta belopp) is a hard ceiling, exceeding it is an error; a `guide`
 * (riktpunkt) is agreed with ICLD, exceeding it is a warning. The preparation envelope covers
 * the whole phase; project and steering-group envelopes apply to each plan year.
 */
import { type Sourced, tableSource } from "../model/confirmation.js";
import type { Category, Partnership, Phase, Region } from "../model/types.js";
import { EDITION_FILES } from "./built-in-tables.js";
import type { EditionFile } from "./read-tables.js";
import { confirmationOf } from "./table-rows.js";

export type LimitKind = "max" | "guide";

/** An "of which" part of an envelope: the share of one category, such as the steering group's work effort. */
export interface EnvelopePart extends Sourced {
  readonly category: Category;
  readonly limit: string;
  readonly kind: LimitKind;
}

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
  readonly parts: readonly EnvelopePart[];
}

export type Eligibility = "yes" | "no" | "unconfirmed";

/** A guideline edition. */
export interface RuleEdition {
  readonly id: string;
  readonly title: string;
  /** The dates the edition applies to, where known. */
  readonly applies?: { readonly from?: string; readonly to?: string };
  readonly envelopes: readonly EnvelopeRule[];
  readonly eligibility: Readonly<Record<Category, Eligibility>>;
}

/** A rule edition from its file: each envelope and part with its own status and source, or the file's. */
export function toRuleEdition(file: EditionFile): RuleEdition {
  const sourced = (row: { status?: EditionFile["status"]; source?: string; source_sv?: string }): Sourced => ({
    confirmation: confirmationOf(row.status ?? file.status),
    // A row's own source replaces the file's in both languages: never one language's from each.
    source: row.source ? tableSource(row.source, row.source_sv) : tableSource(file.source, file.source_sv),
  });
  return {
    id: file.id,
    title: file.title,
    ...(file.applies ? { applies: file.applies } : {}),
    envelopes: file.envelopes.map((row) => ({
      edition: file.id,
      phase: row.phase,
      partnership: row.partnership,
      region: row.region,
      period: row.period,
      kind: row.kind,
      limit: String(row.limit),
      ...sourced(row),
      parts: (row.of_which ?? []).map((part) => ({
        category: part.category,
        kind: part.kind,
        limit: String(part.limit),
        ...sourced({ status: part.status ?? row.status, ...(part.source ? part : row) }),
      })),
    })),
    eligibility: file.eligible as Record<Category, Eligibility>,
  };
}

/** The editions built in (src/rates/editions/), oldest first; the last is the default. */
export const EDITIONS: readonly RuleEdition[] = EDITION_FILES.map(toRuleEdition);

export const EDITION_IDS = EDITIONS.map((edition) => edition.id);

/** The newest edition built in: a plan's `rules` when it names none. */
export const DEFAULT_EDITION = EDITIONS[EDITIONS.length - 1]!.id;

/** The envelope of a phase for a partnership and region in an edition. */
export function findEnvelopeRule(edition: RuleEdition, phase: Phase, partnership: Partnership, region: Region): EnvelopeRule | undefined {
  return edition.envelopes.find((rule) => rule.phase === phase && rule.partnership === partnership && (rule.region === region || rule.region === "any"));
}

/**
 * ICLD has announced that its funding ends on 31 December 2026 (Sida did not renew its core
 * support): costs after that year get a warning.
 */
export const ICLD_FUNDING_LAST_YEAR = 2026;
