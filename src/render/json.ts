/**
 * The JSON result (README, "The JSON result"): money as two-decimal strings, every line
 * with its position in the plan, findings with code, severity, message and position.
 */
import type { PlanResult } from "../check/check-plan.js";
import { describeFinding } from "../check/messages.js";
import { lineStepsJson } from "./explain.js";
import { lineLabel } from "../model/line-label.js";
import { toMachineString, type Decimal } from "../model/money.js";
import type { EnvelopeResult, Finding } from "../model/types.js";
import { describeFigure, describeSource } from "./labels.js";

export const JSON_RESULT_VERSION = 1;

function envelopeJson(envelope: EnvelopeResult): Record<string, unknown> {
  return {
    id: envelope.id,
    period: envelope.period,
    kind: envelope.kind,
    limit: toMachineString(envelope.limit),
    total: toMachineString(envelope.total),
    remaining: toMachineString(envelope.remaining),
    fits: envelope.fits,
    confirmed: envelope.confirmation === "confirmed",
    status: envelope.confirmation,
    source: describeSource(envelope.source, "en"),
    parts: envelope.parts.map(envelopeJson),
  };
}

/** A finding as JSON: its code, severity, wording, position and data. */
export function findingJson(file: string, finding: Finding): Record<string, unknown> {
  const { message, hint } = describeFinding(finding);
  return {
    code: finding.code,
    severity: finding.severity,
    message,
    ...(hint ? { hint } : {}),
    file,
    ...(finding.pos ? { line: finding.pos.line, column: finding.pos.column } : {}),
    args: finding.args,
  };
}

/**
 * A plan that cannot be used, for a command whose JSON has a shape of its own (explain,
 * rates --missing): that shape's opening fields, verdict "invalid" and the plan's findings.
 */
export function renderInvalidPlanJson(fields: Record<string, unknown>, file: string, findings: readonly Finding[]): string {
  return `${JSON.stringify({ ...fields, verdict: "invalid", findings: findings.map((finding) => findingJson(file, finding)) }, null, 2)}\n`;
}

/** One plan's result as plain JSON data. */
export function planJson(result: PlanResult): Record<string, unknown> {
  const findings = result.findings.map((finding) => findingJson(result.file, finding));
  const { plan, budget } = result;
  if (!plan || !budget) return { file: result.file, verdict: result.verdict, findings };
  const money = (map: ReadonlyMap<string | number, Decimal>) => Object.fromEntries([...map].map(([key, value]) => [String(key), toMachineString(value)]));
  return {
    file: result.file,
    title: plan.title,
    phase: plan.phase,
    rules: plan.rules,
    partnership: plan.partnership,
    region: plan.region,
    years: plan.years,
    verdict: result.verdict,
    envelopes: result.envelopes.map(envelopeJson),
    totals: {
      icld: toMachineString(budget.totals.icld),
      cofinanced: toMachineString(budget.totals.cofinanced),
      by_category: money(budget.totals.byCategory),
      by_year: money(budget.totals.byYear),
      by_payer: money(budget.totals.byPayer),
    },
    ...(result.averageHourlyCost ? { average_hourly_cost: toMachineString(result.averageHourlyCost) } : {}),
    lines: budget.lines.map((line) => {
      const derivation = lineStepsJson(result, line);
      return {
        category: line.category,
        label: lineLabel(line.what),
        year: line.year,
        quantity: line.quantity.toString(),
        unit: line.unit,
        rate: toMachineString(line.rate),
        amount: toMachineString(line.amount),
        paid_by: line.paidBy,
        line: line.pos.line,
        column: line.pos.column,
        // The steps behind the amount (explain's tree for the line), where there are any.
        ...(derivation ? { derivation } : {}),
      };
    }),
    assumptions: budget.assumptions.map((assumption) => ({
      key: assumption.key,
      value: describeFigure(assumption.key, assumption.value.toString(), "en").value,
      source: describeSource(assumption.source, "en"),
      confirmed: assumption.confirmation === "confirmed",
      status: assumption.confirmation,
      default: assumption.isDefault,
    })),
    findings,
  };
}

/** The whole JSON document for several plans. */
export function renderJson(results: readonly PlanResult[]): string {
  return `${JSON.stringify({ version: JSON_RESULT_VERSION, plans: results.map(planJson) }, null, 2)}\n`;
}
