import { Decimal } from "../../model/money.js";
import type { Finding, SourcePos } from "../../model/types.js";
import { DEFAULT_HOURS_PER_YEAR, HOURS_IN_A_YEAR } from "../../rates/salary.js";
import type { Rule } from "./rule.js";

/**
 * HOURS_BEYOND_YEAR and HOURS_OVER_FULL_TIME: a named person's hours in one year, over all the
 * plan's work lines for them, are more than a year has (an error: a figure no one can work), or
 * more than a full-time year (the plan's hours per year, else the default; a warning). A role's
 * line may stand for several people, and is not counted.
 */
export const checkWorkHours: Rule = ({ plan, budget }) => {
  const byPersonYear = new Map<string, { who: string; year: number; hours: Decimal; pos: SourcePos }>();
  for (const work of budget.work) {
    if (work.person === undefined) continue;
    const key = `${work.person}:${work.year}`;
    const seen = byPersonYear.get(key);
    byPersonYear.set(key, seen ? { ...seen, hours: seen.hours.plus(work.hours) } : { who: work.who, year: work.year, hours: work.hours, pos: work.pos });
  }
  const fullTime = plan.defaults.hoursPerYear ?? new Decimal(DEFAULT_HOURS_PER_YEAR.hours);
  const findings: Finding[] = [];
  for (const { who, year, hours, pos } of byPersonYear.values()) {
    const args = { who, year, hours: hours.toString() };
    if (hours.greaterThan(HOURS_IN_A_YEAR)) findings.push({ code: "HOURS_BEYOND_YEAR", severity: "error", args: { ...args, max: HOURS_IN_A_YEAR }, pos });
    else if (hours.greaterThan(fullTime))
      findings.push({ code: "HOURS_OVER_FULL_TIME", severity: "warning", args: { ...args, max: fullTime.toString() }, pos });
  }
  return findings;
};
