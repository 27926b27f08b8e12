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

/**
 * Where a figure comes from, as data; `describeSource` (render/labels.ts) words it in either
 * language.
 * - `text`: a table's source as the table writes it. The built-in tables write it in English and
 *   Swedish (their `source` and `source_sv`); a user's rate pack or edition file in its author's
 *   words, which serve both languages. `pack` names the rate pack the figure came from;
 *   `notListed` the country priced at the list's "Övriga länder och områden".
 * - `plan`: stated in the plan at `path` (`per_diem_rates.2025.PL`, `fx.EUR`, `defaults.on_cost`).
 * - `region`: the tool's own reading that ICLD's two regions put Latin America with Africa/Asia.
 */
export type Source =
  | { readonly kind: "text"; readonly en: string; readonly sv?: string; readonly pack?: string; readonly notListed?: string }
  | { readonly kind: "plan"; readonly path: string }
  | { readonly kind: "region" };

/** A table's source in English and, where the table gives it, Swedish. */
export const tableSource = (en: string, sv?: string): Source => (sv ? { kind: "text", en, sv } : { kind: "text", en });

/** A reference figure with where it comes from. */
export interface Sourced {
  readonly confirmation: Confirmation;
  readonly source: Source;
}
