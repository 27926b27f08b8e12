import { lineLabel } from "../../model/line-label.js";
import type { Finding } from "../../model/types.js";
import type { Rule } from "./rule.js";

/**
 * NOT_ELIGIBLE for ICLD-paid lines ICLD does not pay for (a category marked "no", or work by a
 * partner-side person: the partner pays its own salaries); ELIGIBILITY_UNCONFIRMED for ICLD-paid
 * lines whose category's eligibility is not confirmed.
 */
export const checkEligibility: Rule = ({ budget, edition }) => {
  const findings: Finding[] = [];
  for (const line of budget.lines) {
    if (line.paidBy !== "icld") continue;
    if (line.category === "work" && line.side === "partner") {
      findings.push({
        code: "NOT_ELIGIBLE",
        severity: "error",
        args: { reason: "partner-salary", label: lineLabel(line.what), label_sv: lineLabel(line.what, "sv"), category: line.category },
        pos: line.pos,
      });
      continue;
    }
    const eligibility = edition.eligibility[line.category];
    if (eligibility === "no") {
      findings.push({
        code: "NOT_ELIGIBLE",
        severity: "error",
        args: { reason: "category", label: lineLabel(line.what), label_sv: lineLabel(line.what, "sv"), category: line.category },
        pos: line.pos,
      });
    } else if (eligibility === "unconfirmed") {
      findings.push({
        code: "ELIGIBILITY_UNCONFIRMED",
        severity: "warning",
        args: { label: lineLabel(line.what), label_sv: lineLabel(line.what, "sv"), category: line.category, edition: edition.id },
        pos: line.pos,
      });
    }
  }
  return findings;
};
