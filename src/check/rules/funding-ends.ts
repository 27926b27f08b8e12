import type { Finding } from "../../model/types.js";
import { ICLD_FUNDING_LAST_YEAR } from "../../rates/icld-editions.js";
import type { Rule } from "./rule.js";

/** ICLD_FUNDING_ENDS: ICLD's funding ends on 31 December 2026; a cost after that is warned of. */
export const checkFundingEnds: Rule = ({ plan, budget }) => {
  const findings: Finding[] = [];
  for (const year of plan.years) {
    if (year > ICLD_FUNDING_LAST_YEAR)
      findings.push({ code: "ICLD_FUNDING_ENDS", severity: "warning", args: { year, what: "plan year" }, pos: plan.locateYear(year) });
  }
  for (const trip of budget.trips) {
    if (trip.year <= ICLD_FUNDING_LAST_YEAR && trip.returnYear > ICLD_FUNDING_LAST_YEAR) {
      findings.push({ code: "ICLD_FUNDING_ENDS", severity: "warning", args: { year: trip.returnYear, what: "trip" }, pos: trip.pos });
    }
  }
  return findings;
};
