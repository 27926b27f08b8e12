import type { Finding } from "../../model/types.js";
import type { Rule } from "./rule.js";

/** NO_OVERNIGHT: per diem asked for on a trip without a whole night (00:00–06:00) away (Skatteverket pays none). */
export const checkNoOvernight: Rule = ({ budget }) =>
  budget.trips
    .filter((trip) => trip.perDiemRequested && trip.days.wholeNights === 0)
    .map((trip): Finding => ({ code: "NO_OVERNIGHT", severity: "info", args: { trip: trip.label }, pos: trip.pos }));
