/** Every rule the check runs, in the order their findings are listed. */
import { checkEligibility } from "./eligibility.js";
import { checkEnvelopeLimits } from "./envelope-limits.js";
import { checkFundingEnds } from "./funding-ends.js";
import { checkLongStay } from "./long-stay.js";
import { checkNoOvernight } from "./no-overnight.js";
import { checkOverlappingTrips } from "./overlapping-trips.js";
import type { Rule } from "./rule.js";
import { checkUnconfirmedFigures } from "./unconfirmed-figures.js";
import { checkWorkHours } from "./work-hours.js";

export const RULES: readonly Rule[] = [
  checkEnvelopeLimits,
  checkEligibility,
  checkFundingEnds,
  checkUnconfirmedFigures,
  checkNoOvernight,
  checkLongStay,
  checkOverlappingTrips,
  checkWorkHours,
];

export type { Rule, RuleContext } from "./rule.js";
