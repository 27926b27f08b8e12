/**
 * The check: a plan's text → its priced lines, envelopes, findings and verdict. Pure: the
 * command-line layer reads the file and renders the result.
 */
import { computeBudget, type Budget } from "../calc/compute-budget.js";
import { parsePlan } from "../input/parse-plan.js";
import type { Plan } from "../input/plan.js";
import { Decimal, sumAmounts } from "../model/money.js";
import type { EnvelopeResult, Finding, Verdict } from "../model/types.js";
import type { RuleEdition } from "../rates/icld-editions.js";
import type { Rates } from "../rates/index.js";
import { computeEnvelopes } from "./envelopes.js";
import { RULES } from "./rules/index.js";

/** A checked plan. An invalid one has findings only. */
export interface PlanResult {
  readonly file: string;
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
  readonly plan?: Plan;
  readonly budget?: Budget;
  readonly envelopes: readonly EnvelopeResult[];
  /** The guideline edition the plan was checked against. */
  readonly edition?: RuleEdition;
  /** ICLD-paid work amount ÷ hours, when the plan has work lines. */
  readonly averageHourlyCost?: Decimal;
}

/** A result for a plan that could not be read or is invalid. */
export function invalidResult(file: string, findings: readonly Finding[]): PlanResult {
  return { file, verdict: "invalid", findings, envelopes: [] };
}

/** Parses, prices and checks one plan. */
export function checkPlanText(text: string, file: string, rates: Rates): PlanResult {
  const parsed = parsePlan(text, file);
  if (!parsed.ok) return invalidResult(file, parsed.findings);
  return checkBudget(parsed.plan, rates);
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Prices a valid plan and checks it against its envelopes and rules. */
export function checkBudget(plan: Plan, rates: Rates): PlanResult {
  const edition = rates.editions.find((candidate) => candidate.id === plan.rules);
  if (!edition) {
    // The schema only accepts built-in editions; a custom Rates without it is a caller's mistake.
    return invalidResult(plan.file, [{ code: "UNKNOWN_EDITION", severity: "error", args: { edition: plan.rules }, pos: plan.locate(["rules"]) }]);
  }
  const budget = computeBudget(plan, rates);
  if (budget.problems.length > 0) return invalidResult(plan.file, budget.problems);
  const { rule, envelopes } = computeEnvelopes(plan, budget, edition);
  const context = { plan, budget, edition, envelopes, ...(rule ? { envelopeRule: rule } : {}) };
  const findings = RULES.flatMap((check) => check(context)).sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.pos?.line ?? 0) - (b.pos?.line ?? 0),
  );
  if (!rule)
    findings.unshift({
      code: "NO_ENVELOPE",
      severity: "error",
      args: { edition: edition.id, phase: plan.phase, partnership: plan.partnership, region: plan.region },
      pos: plan.locate(["phase"]),
    });
  const workLines = budget.lines.filter((line) => line.paidBy === "icld" && line.hours !== undefined);
  const hours = sumAmounts(workLines.map((line) => line.hours!));
  return {
    file: plan.file,
    verdict: findings.some((finding) => finding.severity === "error") ? "over" : "fits",
    findings,
    plan,
    budget,
    envelopes,
    edition,
    ...(hours.greaterThan(0) ? { averageHourlyCost: sumAmounts(workLines.map((line) => line.amount)).dividedBy(hours) } : {}),
  };
}

/** Hours of Swedish work an amount would buy at an hourly cost (whole hours, rounded down). */
export function hoursFor(amount: Decimal, hourlyCost: Decimal): Decimal {
  if (amount.lessThanOrEqualTo(0) || hourlyCost.lessThanOrEqualTo(0)) return new Decimal(0);
  return amount.dividedBy(hourlyCost).floor();
}
