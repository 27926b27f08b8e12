/**
 * How sure we are of a figure (docs/rules.md):
 * - `confirmed`: the issuing body's own text, or a faithful copy of it;
 * - `secondary`: a payroll firm or news site restating it;
 * - `unconfirmed`: an assumption or a single weak source;
 * - `plan`: stated in the plan by its author (per_diem_rates, fx, defaults): the author's word,
 *   not a source the tool can vouch for.
 * A result that rests on a `secondary` or `unconfirmed` figure says so (finding
 * UNCONFIRMED_FIGURE); one the plan states is labelled as the plan's in every report.
 */
export type Confirmation = "confirmed" | "secondary" | "unconfirmed" | "plan";

/** A reference figure with where it comes from. */
export interface Sourced {
  readonly confirmation: Confirmation;
  readonly source: string;
}
