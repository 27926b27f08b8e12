/**
 * How sure we are of a figure (shared spec, domain.md):
 * - `confirmed`: the issuing body's own text, or a faithful copy of it;
 * - `secondary`: a payroll firm or news site restating it;
 * - `unconfirmed`: an assumption or a single weak source.
 * A result that rests on anything but `confirmed` says so (finding UNCONFIRMED_FIGURE).
 */
export type Confirmation = "confirmed" | "secondary" | "unconfirmed";

/** A reference figure with where it comes from. */
export interface Sourced {
  readonly confirmation: Confirmation;
  readonly source: string;
}
