/**
 * The worked case of domain.md §6, to the öre, worked out by hand:
 * - per diem: Poland 2023 = 457 kr; leave 07:00 (full), home 18:00 (half) → 3.5 days = 1 599.50 kr;
 *   three hotel breakfasts 3 × 15 % × 457 = 205.65 → 1 393.85 kr each, 5 575.40 kr for four;
 * - Swedes' trip: fares 4 × 4 500 + hotel 4 × 3 × 1 000 + local transport 2 000 + 5 575.40 = 37 575.40;
 * - partners' visit: 4 × 6 000 + 4 × 5 × 1 300 + 4 × 6 × 500 + 4 000 = 66 000;
 * - with audit 10 000: 113 575.40 used, 126 424.60 left of 240 000;
 * - 45 000 kr a month × 12 ÷ 1 720 × 1.4453 = 453.7569… kr an hour, quoted in öre as 453.76 →
 *   126 424.60 buys 278 whole hours.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hoursFor } from "../../src/check/check-plan.js";
import { Decimal, sumAmounts, toMachineString } from "../../src/model/money.js";
import { amountsOf, check, planText } from "../helpers.js";

const WORKED_CASE = planText(`
people:
  - {id: anna, side: sweden, monthly_salary: 45000}
trips:
  - id: rzeszow
    to: PL
    depart: 2023-03-13T07:00
    return: 2023-03-16T18:00
    travellers: [{side: sweden, count: 4}]
    fare: 4500
    lodging: 1000
    subsistence: per-diem
    meals_provided: {breakfast: 3}
    extras:
      - {item: Local transport, category: local-transport, amount: 2000}
  - id: visit
    to: SE
    depart: 2023-09-04T10:00
    return: 2023-09-09T15:00
    travellers: [{side: partner, count: 4}]
    fare: 6000
    lodging: 1300
    subsistence: {per_day: 500}
    extras:
      - {item: Local transport, category: local-transport, amount: 4000}
costs:
  - {item: Audit, category: audit, amount: 10000}
work:
  - {person: anna, hours: 1}
`);

describe("the worked case of domain.md §6", () => {
  const result = check(WORKED_CASE);
  const lines = result.budget!.lines;
  const tripTotal = (group: string) => toMachineString(sumAmounts(lines.filter((line) => line.group === group).map((line) => line.amount)));

  it("gives 3.5 per diem days at 457 kr for each of four travellers, less three breakfasts each", () => {
    expect(amountsOf(result, "per diem")).toEqual(["6398.00"]); // 14 × 457
    expect(amountsOf(result, "breakfast")).toEqual(["-822.60"]); // 12 × 68.55
  });

  it("prices the Swedes' trip at 37 575.40 kr and the partners' visit at 66 000 kr", () => {
    expect(tripTotal("trip:rzeszow")).toBe("37575.40");
    expect(tripTotal("trip:visit")).toBe("66000.00");
  });

  it("leaves 126 424.60 kr for Swedish work, about 279 hours at 453.76 kr an hour", () => {
    const work = lines.find((line) => line.category === "work")!;
    expect(work.rate.toFixed(2)).toBe("453.76");
    const withoutWork = sumAmounts(lines.filter((line) => line.category !== "work").map((line) => line.amount));
    const left = new Decimal(240000).minus(withoutWork);
    expect(left.toFixed(2)).toBe("126424.60");
    expect(hoursFor(left, work.rate).toString()).toBe("278"); // 278.6… whole hours
    expect(result.verdict).toBe("fits");
  });

  it("is what budgets/preparation.yaml models, with 270 hours of work", () => {
    const example = check(readFileSync(new URL("../../budgets/preparation.yaml", import.meta.url), "utf8"));
    // 150 h × 453.76 = 68 064.00 and 120 h × 453.76 = 54 451.20: 122 515.20 kr; with the
    // 113 575.40 of the trips and audit, 236 090.60 of 240 000, 3 909.40 left.
    expect(toMachineString(example.budget!.totals.byCategory.get("work")!)).toBe("122515.20");
    expect(toMachineString(example.budget!.totals.icld)).toBe("236090.60");
    expect(toMachineString(example.envelopes[0]!.remaining)).toBe("3909.40");
    expect(example.verdict).toBe("fits");
  });
});
