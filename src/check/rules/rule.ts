import type { Budget } from "../../calc/compute-budget.js";
import type { Plan } from "../../input/plan.js";
import type { EnvelopeResult, Finding } from "../../model/types.js";
import type { EnvelopeRule, RuleEdition } from "../../rates/icld-editions.js";

/** What a rule sees: the plan, its priced budget and its envelopes. */
export interface RuleContext {
  readonly plan: Plan;
  readonly budget: Budget;
  readonly edition: RuleEdition;
  readonly envelopeRule?: EnvelopeRule;
  readonly envelopes: readonly EnvelopeResult[];
}

/** A rule turns a checked plan into findings. */
export type Rule = (context: RuleContext) => Finding[];
