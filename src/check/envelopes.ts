/**
 * Each envelope of the plan's phase against what ICLD is asked to pay: the preparation
 * envelope once for the phase; project and steering-group envelopes for each plan year, the
 * steering group with its "of which work effort" part.
 */
import type { Budget } from "../calc/compute-budget.js";
import type { Plan } from "../input/plan.js";
import { Decimal, sumAmounts, ZERO } from "../model/money.js";
import type { Sourced } from "../model/confirmation.js";
import type { EnvelopeResult } from "../model/types.js";
import { findEnvelopeRule, type EnvelopeRule, type RuleEdition } from "../rates/icld-editions.js";

function envelope(
  id: string,
  period: "phase" | number,
  kind: "max" | "guide",
  limitText: string,
  total: Decimal,
  rule: Sourced,
  parts: EnvelopeResult[] = [],
): EnvelopeResult {
  const limit = new Decimal(limitText);
  return {
    id,
    period,
    kind,
    limit,
    total,
    remaining: limit.minus(total),
    fits: total.lessThanOrEqualTo(limit),
    confirmation: rule.confirmation,
    source: rule.source,
    parts,
  };
}

/** The envelopes of the plan's phase with their totals; empty when the edition has none for it. */
export function computeEnvelopes(plan: Plan, budget: Budget, edition: RuleEdition): { rule?: EnvelopeRule; envelopes: EnvelopeResult[] } {
  const rule = findEnvelopeRule(edition, plan.phase, plan.partnership, plan.region);
  if (!rule) return { envelopes: [] };
  const icldLines = budget.lines.filter((line) => line.paidBy === "icld");
  if (rule.period === "phase") {
    return { rule, envelopes: [envelope(plan.phase, "phase", rule.kind, rule.limit, budget.totals.icld, rule)] };
  }
  const envelopes = plan.years.map((year) => {
    const ofYear = icldLines.filter((line) => line.year === year);
    const parts = rule.parts.map((part) =>
      envelope(
        `${plan.phase}.${part.category}`,
        year,
        part.kind,
        part.limit,
        sumAmounts(ofYear.filter((line) => line.category === part.category).map((line) => line.amount)),
        part,
      ),
    );
    return envelope(plan.phase, year, rule.kind, rule.limit, budget.totals.byYear.get(year) ?? ZERO, rule, parts);
  });
  return { rule, envelopes };
}
