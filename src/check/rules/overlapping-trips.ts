import { minuteOf } from "../../input/leaves.js";
import type { Finding } from "../../model/types.js";
import type { Rule } from "./rule.js";

/**
 * OVERLAPPING_TRIPS: one person on two trips whose times overlap. Someone cannot travel twice
 * at once, so one of the trips (or a traveller on it) is likely wrong; it is priced as written.
 */
export const checkOverlappingTrips: Rule = ({ plan }) => {
  const findings: Finding[] = [];
  const spans = plan.trips.map((trip) => ({
    from: minuteOf(trip.depart),
    to: minuteOf(trip.return),
    people: new Set(trip.travellers.filter((traveller): traveller is string => typeof traveller === "string")),
  }));
  spans.forEach((later, j) => {
    for (let i = 0; i < j; i++) {
      const earlier = spans[i]!;
      if (!(earlier.from < later.to && later.from < earlier.to)) continue;
      for (const person of later.people) {
        if (!earlier.people.has(person)) continue;
        const other = plan.trips[i]!;
        findings.push({
          code: "OVERLAPPING_TRIPS",
          severity: "warning",
          args: {
            id: person,
            trip: plan.trips[j]!.id ?? `trips[${j}]`,
            other: other.id ?? `trips[${i}]`,
            otherDepart: other.depart.text,
            otherReturn: other.return.text,
          },
          pos: plan.locate(["trips", j, "travellers", plan.trips[j]!.travellers.indexOf(person)]),
        });
      }
    }
  });
  return findings;
};
