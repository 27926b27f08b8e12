import { longStayReductions } from "../../calc/trip-days.js";
import type { Finding } from "../../model/types.js";
import type { Rule } from "./rule.js";

/**
 * LONG_STAY: a trip with per diem longer than three months, priced at Skatteverket's 70 % after
 * the first three months (50 % after two years) as one stay at one place, which the plan cannot
 * say; the night allowance is not reduced (not confirmed).
 */
export const checkLongStay: Rule = ({ plan }) =>
  plan.trips.flatMap((trip, index): Finding[] => {
    if (trip.subsistence !== "per-diem") return [];
    const reductions = longStayReductions(trip.depart, trip.return);
    if (reductions.length === 0) return [];
    const [seventy, fifty] = reductions;
    return [
      {
        code: "LONG_STAY",
        severity: "info",
        args: {
          trip: trip.id ?? `trips[${index}]`,
          days: trip.return.day - trip.depart.day + 1,
          from70: seventy!.date,
          ...(fifty ? { from50: fifty.date } : {}),
        },
        pos: plan.locate(["trips", index, "return"]),
      },
    ];
  });
