/**
 * Skatteverket's per diem rules (domain.md §3), each number worked out by hand.
 * Poland 2023 = 457 kr, Zimbabwe 260 (2023) and 660 (2024), Guatemala is not on the 2024 list
 * so "Övriga länder och områden" applies (493), domestic 2024 = 290 kr with meal deductions
 * 58 (breakfast) and 102 (lunch or dinner).
 */
import { describe, expect, it } from "vitest";
import { countTripDays } from "../../src/calc/trip-days.js";
import type { LocalDateTime } from "../../src/input/leaves.js";
import { dayNumber } from "../../src/input/leaves.js";
import { amountsOf, check, codesAt, planText, positionOf, trip } from "../helpers.js";

const at = (date: string, time: string): LocalDateTime => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return { day: dayNumber(y, m, d)!, year: y, minutes: hh * 60 + mm, text: `${date}T${time}` };
};

/** What countTripDays gives a trip of these calendar nights with no whole night away: no per diem day. */
const noPerDiemDays = (nights: number) => ({
  nights,
  wholeNights: 0,
  calendarDays: nights + 1,
  fullDays: 0,
  halfDays: 0,
  departShare: 0,
  returnShare: 0,
});

describe("full and half days", () => {
  it("makes a departure at 11:59 a full day and one at 12:00 a half day", () => {
    expect(countTripDays(at("2023-03-13", "11:59"), at("2023-03-14", "18:00"))).toMatchObject({ fullDays: 1, halfDays: 1, nights: 1 });
    expect(countTripDays(at("2023-03-13", "12:00"), at("2023-03-14", "18:00"))).toMatchObject({ fullDays: 0, halfDays: 2, nights: 1 });
  });

  it("makes a return at 19:00 a half day and one at 19:01 a full day", () => {
    expect(countTripDays(at("2023-03-13", "08:00"), at("2023-03-15", "19:00"))).toMatchObject({ fullDays: 2, halfDays: 1 });
    expect(countTripDays(at("2023-03-13", "08:00"), at("2023-03-15", "19:01"))).toMatchObject({ fullDays: 3, halfDays: 0 });
  });

  it("gives no per diem days to a trip without a night away", () => {
    expect(countTripDays(at("2023-03-13", "06:00"), at("2023-03-13", "23:00"))).toEqual(noPerDiemDays(0));
  });

  it("prices the boundaries: 11:59 out and 19:01 home is 3 × 457, 12:00 out and 19:00 home is 2 × 457", () => {
    const early = check(planText(`trips:\n${trip({ depart: "2023-03-13T11:59", return: "2023-03-15T19:01" })}`));
    const late = check(planText(`trips:\n${trip({ depart: "2023-03-13T12:00", return: "2023-03-15T19:00" })}`));
    expect(amountsOf(early, "per diem")).toEqual(["1371.00"]);
    expect(amountsOf(late, "per diem")).toEqual(["914.00"]);
  });

  it("reports per diem on a same-day trip as NO_OVERNIGHT and prices none", () => {
    const text = planText(`trips:\n${trip({ depart: "2023-03-13T06:00", return: "2023-03-13T22:00" })}`);
    const result = check(text);
    expect(amountsOf(result, "per diem")).toEqual([]);
    expect(result.findings[0]!.severity).toBe("info");
    expect(codesAt(result.findings)).toEqual([`NO_OVERNIGHT@${positionOf(text, "{to: PL")}`]);
    expect(result.verdict).toBe("fits");
  });
});

describe("the night, 00:00–06:00 (docs/rules.md#night)", () => {
  // A night away is a whole night, 00:00–06:00, away: a trip home before 06:00 has not had its
  // last one, so the return day is no per diem day; the night before it still earns a night
  // allowance if the trip ends after 04:29 and has had a whole night away.
  it("counts no night away for 11:00 out and 04:00 home the next day, one for 07:00 home", () => {
    expect(countTripDays(at("2023-03-13", "11:00"), at("2023-03-14", "04:00"))).toEqual(noPerDiemDays(1));
    expect(countTripDays(at("2023-03-13", "11:00"), at("2023-03-14", "07:00"))).toEqual({
      nights: 1,
      wholeNights: 1,
      calendarDays: 2,
      fullDays: 1,
      halfDays: 1,
      departShare: 1,
      returnShare: 0.5,
    });
  });

  it("makes the return day no per diem day when the trip ends before 06:00, and a half day from 06:00", () => {
    expect(countTripDays(at("2023-03-13", "11:00"), at("2023-03-16", "05:59"))).toMatchObject({
      nights: 3,
      wholeNights: 2,
      fullDays: 3,
      halfDays: 0,
      returnShare: 0,
    });
    expect(countTripDays(at("2023-03-13", "11:00"), at("2023-03-16", "06:00"))).toMatchObject({
      nights: 3,
      wholeNights: 3,
      fullDays: 3,
      halfDays: 1,
      returnShare: 0.5,
    });
  });

  it("prices 23:00 out and 03:00 home as no per diem and no night allowance, with NO_OVERNIGHT", () => {
    const text = planText(`trips:\n${trip({ depart: "2023-03-13T23:00", return: "2023-03-14T03:00", lodging: "none" })}`);
    const result = check(text);
    expect(amountsOf(result, "per diem")).toEqual([]);
    expect(amountsOf(result, "night allowance")).toEqual([]);
    expect(codesAt(result.findings)).toEqual([`NO_OVERNIGHT@${positionOf(text, "{to: PL")}`]);
  });

  it("prices 11:00 out and 07:00 home as 1.5 × 457 and one night allowance of 228.50", () => {
    const result = check(planText(`trips:\n${trip({ depart: "2023-03-13T11:00", return: "2023-03-14T07:00", lodging: "none" })}`));
    expect(amountsOf(result, "per diem")).toEqual(["685.50"]);
    expect(amountsOf(result, "night allowance")).toEqual(["228.50"]);
  });

  it("pays the last night's allowance when the trip ends after 04:29: three nights at 04:30, two at 04:29", () => {
    // 11:00 out: a full day, two full days between, and no return day: 3 × 457 = 1 371 either way.
    const at0430 = check(planText(`trips:\n${trip({ depart: "2023-03-13T11:00", return: "2023-03-16T04:30", lodging: "none" })}`));
    const at0429 = check(planText(`trips:\n${trip({ depart: "2023-03-13T11:00", return: "2023-03-16T04:29", lodging: "none" })}`));
    expect(amountsOf(at0430, "per diem")).toEqual(["1371.00"]);
    expect(amountsOf(at0429, "per diem")).toEqual(["1371.00"]);
    expect(amountsOf(at0430, "night allowance")).toEqual(["685.50"]); // 3 × 228.50
    expect(amountsOf(at0429, "night allowance")).toEqual(["457.00"]); // 2 × 228.50
  });

  it("deducts nothing for a free meal on a return day that is no per diem day, in a year the trip has no other day in", () => {
    // Home at 03:00 on New Year's Day 2024: 2023's days only (a full day and a full day between: 2 × 457).
    const result = check(
      planText(
        `trips:\n${trip({ depart: "2023-12-30T08:00", return: "2024-01-01T03:00", meals_provided: "[{date: 2023-12-31, lunch: true}, {date: 2024-01-01, breakfast: true}]" })}`,
        { years: "[2023, 2024]" },
      ),
    );
    expect(result.verdict).not.toBe("invalid");
    expect(amountsOf(result, "per diem")).toEqual(["914.00"]);
    expect(amountsOf(result, "free")).toEqual(["-159.95"]); // the lunch of 31 December: 35 % × 457
    expect(result.findings.map((finding) => finding.code)).not.toContain("MISSING_PER_DIEM_RATE");
  });
});

describe("free meals", () => {
  it("deducts abroad exactly: a lunch and a dinner in Poland 2023 are 2 × 35 % × 457 = 319.90", () => {
    const result = check(planText(`trips:\n${trip({ meals_provided: "{lunch: 1, dinner: 1}" })}`));
    expect(amountsOf(result, "per diem")).toEqual(["1599.50"]); // 3.5 × 457
    expect(amountsOf(result, "free lunch")).toEqual(["-159.95"]);
    expect(amountsOf(result, "free dinner")).toEqual(["-159.95"]);
    expect(result.budget!.totals.byCategory.get("subsistence")!.toFixed(2)).toBe("1279.60");
  });

  it("deducts in Sweden by Skatteverket's kronor: two breakfasts, a lunch and a dinner in 2024 are 2 × 58 + 2 × 102 = 320", () => {
    const result = check(
      planText(`trips:\n${trip({ to: "SE", depart: "2024-05-06T08:00", return: "2024-05-08T20:00", meals_provided: "{breakfast: 2, lunch: 1, dinner: 1}" })}`, {
        years: "[2024]",
      }),
    );
    expect(amountsOf(result, "per diem")).toEqual(["870.00"]); // 3 full days × 290
    expect(result.budget!.totals.byCategory.get("subsistence")!.toFixed(2)).toBe("550.00");
  });

  it("never takes the allowance below zero", () => {
    // 1 night, 12:00 out and 18:00 home: two half days = 457. Two of each meal would be
    // 2 × 68.55 + 2 × 159.95 + 2 × 159.95 = 776.90.
    const result = check(
      planText(`trips:\n${trip({ depart: "2023-03-13T12:00", return: "2023-03-14T18:00", meals_provided: "{breakfast: 2, lunch: 2, dinner: 2}" })}`),
    );
    expect(result.budget!.totals.byCategory.get("subsistence")!.toFixed(2)).toBe("0.00");
  });
});

describe("which table", () => {
  it("uses the departure year's figure: Zimbabwe 260 kr in 2023, 660 kr in 2024", () => {
    const body = (year: number) => `trips:\n${trip({ to: "ZW", depart: `${year}-05-06T08:00`, return: `${year}-05-07T20:00` })}`;
    expect(amountsOf(check(planText(body(2023))), "per diem")).toEqual(["520.00"]);
    expect(amountsOf(check(planText(body(2024), { years: "[2024]" })), "per diem")).toEqual(["1320.00"]);
  });

  it("falls back to Övriga länder och områden for a country not listed: Guatemala 2024 = 493 kr", () => {
    const result = check(planText(`trips:\n${trip({ to: "GT", depart: "2024-05-06T08:00", return: "2024-05-07T20:00" })}`, { years: "[2024]" }));
    expect(amountsOf(result, "per diem")).toEqual(["986.00"]);
    expect(result.budget!.assumptions.find((a) => a.key === "per_diem.2024.GT")!.source).toMatchObject({ kind: "text", notListed: "GT" });
  });

  it("refuses a year the tables lack, naming country, year and the line to add, rather than borrow another year's figure", () => {
    const text = planText(`trips:\n${trip({ depart: "2025-03-13T07:00", return: "2025-03-16T18:00" })}`, { years: "[2025]" });
    const result = check(text);
    expect(result.verdict).toBe("invalid");
    expect(codesAt(result.findings)).toEqual([`MISSING_PER_DIEM_RATE@${positionOf(text, "per-diem")}`]);
    expect(result.findings[0]!.args).toMatchObject({ country: "PL", year: 2025 });
  });

  it("takes the plan's own figure from per_diem_rates", () => {
    const result = check(
      planText(`trips:\n${trip({ depart: "2025-03-13T07:00", return: "2025-03-16T18:00" })}`, { years: "[2025]", extra: "per_diem_rates: {2025: {PL: 569}}" }),
    );
    expect(amountsOf(result, "per diem")).toEqual(["1991.50"]); // 3.5 × 569
  });

  it("marks a secondary figure: Ukraine 2025 (334 kr) gives UNCONFIRMED_FIGURE", () => {
    const result = check(planText(`trips:\n${trip({ to: "UA", depart: "2025-03-13T07:00", return: "2025-03-14T20:00" })}`, { years: "[2025]" }));
    expect(amountsOf(result, "per diem")).toEqual(["668.00"]);
    expect(result.findings.map((f) => [f.code, f.args.figure])).toEqual([["UNCONFIRMED_FIGURE", "per_diem.2025.UA"]]);
  });
});

describe("night allowance", () => {
  it("pays half the day amount per night when lodging is none: 2 nights in Poland 2023 = 2 × 228.50", () => {
    const result = check(planText(`trips:\n${trip({ depart: "2023-03-13T07:00", return: "2023-03-15T18:00", lodging: "none", subsistence: "none" })}`));
    expect(amountsOf(result, "night allowance")).toEqual(["457.00"]);
  });

  it("pays Skatteverket's domestic night amount in Sweden: 145 kr a night in 2024", () => {
    const result = check(
      planText(`trips:\n${trip({ to: "SE", depart: "2024-03-13T07:00", return: "2024-03-16T18:00", lodging: "none", subsistence: "none" })}`, {
        years: "[2024]",
      }),
    );
    expect(amountsOf(result, "night allowance")).toEqual(["435.00"]);
  });
});

describe("free meals day by day", () => {
  const sweden = (meals: string, depart = "2024-05-06T08:00", back = "2024-05-08T20:00") =>
    check(planText(`trips:\n${trip({ to: "SE", depart, return: back, meals_provided: meals })}`, { years: "[2024]" }));

  it("uses Skatteverket's combined kronor amounts in Sweden: lunch and dinner 203, all three 261", () => {
    // 3 full days × 290 = 870; less 203 (day 1), 261 (day 2) and 58 (day 3) = 348.
    const result = sweden(
      "[{date: 2024-05-06, lunch: true, dinner: true}, {date: 2024-05-07, breakfast: true, lunch: true, dinner: true}, {date: 2024-05-08, breakfast: true}]",
    );
    expect(amountsOf(result, "free meals")).toEqual(["-203.00", "-261.00", "-58.00"]);
    expect(result.budget!.totals.byCategory.get("subsistence")!.toFixed(2)).toBe("348.00");
    // The same meals counted over the trip: 2 × 58 + 4 × 102 = 524, 2 kr more.
    const counted = sweden("{breakfast: 2, lunch: 2, dinner: 2}");
    expect(counted.budget!.totals.byCategory.get("subsistence")!.toFixed(2)).toBe("346.00");
  });

  it("caps a day's deduction at that day's allowance: all three meals on a half day cost 145, not 261", () => {
    // Out at 13:00 and home at 18:00 the next day: two half days of 145.
    const result = sweden("[{date: 2024-05-06, breakfast: true, lunch: true, dinner: true}]", "2024-05-06T13:00", "2024-05-07T18:00");
    expect(amountsOf(result, "free meals")).toEqual(["-145.00"]);
    expect(result.budget!.totals.byCategory.get("subsistence")!.toFixed(2)).toBe("145.00");
  });

  it("deducts exact shares abroad: lunch and dinner in Poland 2023 are 70 % × 457 = 319.90", () => {
    const result = check(planText(`trips:\n${trip({ meals_provided: "[{date: 2023-03-14, lunch: true, dinner: true}]" })}`));
    expect(amountsOf(result, "free meals")).toEqual(["-319.90"]);
  });

  it("refuses a day outside the trip, and a day listed twice", () => {
    const text = planText(
      `trips:\n${trip({ meals_provided: "[{date: 2023-03-20, lunch: true}, {date: 2023-03-14, lunch: true}, {date: 2023-03-14, dinner: true}]" })}`,
    );
    const result = check(text);
    expect(codesAt(result.findings)).toEqual([
      `MEAL_DATE_OUTSIDE_TRIP@${positionOf(text, "2023-03-20")}`,
      `DUPLICATE_MEAL_DATE@${positionOf(text, "2023-03-14", 2)}`,
    ]);
  });
});
