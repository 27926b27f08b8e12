import type { Finding } from "../../model/types.js";
import type { Rule } from "./rule.js";

/**
 * UNCONFIRMED_FIGURE for every figure the result rests on that is not confirmed: the envelope
 * limit, a per diem amount, a default, the region of a Latin American partner.
 */
export const checkUnconfirmedFigures: Rule = ({ plan, budget, envelopeRule }) => {
  const findings: Finding[] = [];
  if (envelopeRule && envelopeRule.confirmation !== "confirmed") {
    findings.push({
      code: "UNCONFIRMED_FIGURE",
      severity: "warning",
      args: { figure: `envelope ${envelopeRule.edition} ${envelopeRule.phase} ${envelopeRule.partnership} ${envelopeRule.region}`, value: envelopeRule.limit, status: envelopeRule.confirmation, source: envelopeRule.source },
      pos: plan.locate(plan.rulesIsDefault ? ["phase"] : ["rules"]),
    });
  }
  if (!plan.regionConfirmed) {
    findings.push({
      code: "UNCONFIRMED_FIGURE",
      severity: "warning",
      args: { figure: "region", value: plan.region, status: "unconfirmed", source: "ICLD's guidelines know only Europe and Africa/Asia; Latin America is treated as Africa/Asia" },
      pos: plan.locate(["partner", "country"]),
    });
  }
  for (const assumption of budget.assumptions) {
    if (assumption.confirmation === "confirmed") continue;
    findings.push({
      code: "UNCONFIRMED_FIGURE",
      severity: "warning",
      args: { figure: assumption.key, value: assumption.value, status: assumption.confirmation, source: assumption.source },
      pos: assumption.pos ?? firstUse(plan, assumption.key) ?? { line: 1, column: 1 },
    });
  }
  return findings;
};

/** Where a default or rate is first used, for the finding's position. */
function firstUse(plan: Parameters<Rule>[0]["plan"], key: string) {
  if (key.startsWith("per_diem.")) {
    const [, year, country] = key.split(".");
    const index = plan.trips.findIndex((trip) => String(trip.depart.year) === year && trip.to === country);
    if (index >= 0) return plan.locate(["trips", index, "to"]);
  }
  if ((key === "hours_per_year" || key === "on_cost") && plan.work.length > 0) return plan.locate(["work", 0]);
  return undefined;
}
