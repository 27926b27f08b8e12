import { longStayReductions } from "../../calc/trip-days.js";
import type { Finding } from "../../model/types.js";
import type { Rule } from "./rule.js";

/** A day number (days since 1970-01-01) as a date. */
const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

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
          from70: dateOf(seventy!.day),
          ...(fifty ? { from50: dateOf(fifty.day) } : {}),
        },
        pos: plan.locate(["trips", index, "return"]),
      },
    ];
  });
