import type { Source } from "../../model/confirmation.js";
import type { Finding } from "../../model/types.js";
import { describeSource } from "../../render/labels.js";
import type { Rule } from "./rule.js";

/** A source as finding arguments: in English, and in Swedish for the Swedish wording. */
const sourceArgs = (source: Source) => ({ source: describeSource(source, "en"), source_sv: describeSource(source, "sv") });

/**
 * UNCONFIRMED_FIGURE for every figure the result rests on that is not confirmed: the envelope
 * limit or "of which" part, a per diem amount, a default, the region of a Latin American
 * partner. RATE_OVERRIDDEN where the plan's own figure replaces a different built-in one.
 */
export const checkUnconfirmedFigures: Rule = ({ plan, budget, envelopeRule }) => {
  const findings: Finding[] = [];
  if (envelopeRule && envelopeRule.confirmation !== "confirmed") {
    findings.push({
      code: "UNCONFIRMED_FIGURE",
      severity: "warning",
      args: {
        figure: `envelope.${envelopeRule.edition}.${envelopeRule.phase}.${envelopeRule.partnership}.${envelopeRule.region}`,
        value: envelopeRule.limit,
        status: envelopeRule.confirmation,
        ...sourceArgs(envelopeRule.source),
      },
      pos: plan.locate(plan.rulesIsDefault ? ["phase"] : ["rules"]),
    });
  }
  for (const part of envelopeRule?.parts ?? []) {
    if (part.confirmation === "confirmed") continue;
    findings.push({
      code: "UNCONFIRMED_FIGURE",
      severity: "warning",
      args: {
        figure: `envelope.${envelopeRule!.edition}.${envelopeRule!.phase}.${envelopeRule!.partnership}.${envelopeRule!.region}.${part.category}`,
        value: part.limit,
        status: part.confirmation,
        ...sourceArgs(part.source),
      },
      pos: plan.locate(plan.rulesIsDefault ? ["phase"] : ["rules"]),
    });
  }
  if (!plan.regionConfirmed) {
    findings.push({
      code: "UNCONFIRMED_FIGURE",
      severity: "warning",
      args: {
        figure: "region",
        value: plan.region,
        status: "unconfirmed",
        ...sourceArgs({ kind: "region" }),
      },
      pos: plan.locate(["partner", "country"]),
    });
  }
  for (const assumption of budget.assumptions) {
    // A figure the plan states is the author's word: labelled so in every report, not warned of.
    if (assumption.confirmation === "confirmed" || assumption.confirmation === "plan") continue;
    findings.push({
      code: "UNCONFIRMED_FIGURE",
      severity: "warning",
      args: { figure: assumption.key, value: assumption.value.toString(), status: assumption.confirmation, ...sourceArgs(assumption.source) },
      pos: assumption.pos ?? firstUse(plan, assumption.key) ?? { line: 1, column: 1 },
    });
  }
  for (const assumption of budget.assumptions) {
    if (!assumption.replaces) continue;
    findings.push({
      code: "RATE_OVERRIDDEN",
      severity: "warning",
      args: {
        figure: assumption.key,
        value: assumption.value.toString(),
        by: assumption.replaces.by,
        builtIn: assumption.replaces.value.toString(),
        status: assumption.replaces.confirmation,
        ...sourceArgs(assumption.replaces.source),
      },
      pos: assumption.pos ?? firstUse(plan, assumption.key) ?? { line: 1, column: 1 },
    });
  }
  return findings;
};

/** Where a default or rate is first used, for the finding's position. */
function firstUse(plan: Parameters<Rule>[0]["plan"], key: string) {
  if (key.startsWith("per_diem.")) {
    const [, year, country] = key.split(".");
    const inYear = (trip: (typeof plan.trips)[number]) => trip.depart.year <= Number(year) && Number(year) <= trip.return.year;
    const index = plan.trips.findIndex((trip) => trip.to === country && inYear(trip));
    if (index >= 0) return plan.locate(["trips", index, "to"]);
    // A country the trip passes through on its route.
    for (const [t, trip] of plan.trips.entries()) {
      const stop = inYear(trip) ? (trip.route?.findIndex((s) => s.country === country) ?? -1) : -1;
      if (stop >= 0) return plan.locate(["trips", t, "route", stop, "country"]);
    }
  }
  if ((key === "hours_per_year" || key === "on_cost") && plan.work.length > 0) return plan.locate(["work", 0]);
  return undefined;
}
