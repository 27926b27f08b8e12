/**
 * A long stay: Skatteverket pays 70 % of the day amount after three months at one place and 50 %
 * after two years, and a free meal then reduces the reduced amount. Every figure worked out by
 * hand from the 2023–2025 tables (Poland 457 kr in 2023, 562 kr in 2024; Sweden 260 kr in 2023,
 * 290 kr in 2024 and 2025).
 */
import { describe, expect, it } from "vitest";
import { longStayReductions } from "../../src/calc/trip-days.js";
import { dayNumber } from "../../src/input/leaves.js";
import { toMachineString } from "../../src/model/money.js";
import { check, planText, trip } from "../helpers.js";

const lines = (text: string) =>
  check(text).budget!.lines.map((line) => [line.key, toMachineString(line.quantity), toMachineString(line.rate), toMachineString(line.amount)]);
const at = (date: string, minutes = 0) => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return { day: dayNumber(y, m, d)!, year: y, minutes, text: date };
};
const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe("the days of a long stay", () => {
  it("are reduced from the day the first three months end, and from the day two years end", () => {
    // Three months from 10 January end on 9 April: a trip back on 9 April is no long stay.
    expect(longStayReductions(at("2024-01-10", 420), at("2024-04-09", 1200))).toEqual([]);
    expect(longStayReductions(at("2024-01-10", 420), at("2024-04-10", 1200)).map((r) => [r.percent, dateOf(r.day)])).toEqual([[70, "2024-04-10"]]);
    expect(longStayReductions(at("2023-01-10"), at("2025-01-12")).map((r) => [r.percent, dateOf(r.day)])).toEqual([
      [70, "2023-04-10"],
      [50, "2025-01-10"],
    ]);
    // 30 November + three months: 30 February does not exist, so the three months end with February.
    expect(longStayReductions(at("2023-11-30"), at("2024-03-02")).map((r) => dateOf(r.day))).toEqual(["2024-03-01"]);
    // A trip without a night away has no per diem to reduce.
    expect(longStayReductions(at("2024-01-10"), at("2024-01-10"))).toEqual([]);
  });
});

describe("a trip of more than three months", () => {
  const long = planText(`trips:\n${trip({ id: "lång", depart: "2024-01-10T07:00", return: "2024-05-20T20:00" })}`, { years: "[2024]" });

  it("is paid 562 kr for its first 91 days and 70 % (393.40 kr) for the 41 after, and says so", () => {
    // 10 January to 9 April: 22 + 29 + 31 + 9 = 91 days; 10 April to 20 May: 21 + 20 = 41 days.
    expect(lines(long)).toEqual([
      ["trip:lång/per-diem", "91.00", "562.00", "51142.00"],
      ["trip:lång/per-diem:70", "41.00", "393.40", "16129.40"],
    ]);
    const result = check(long);
    expect(result.findings.map((f) => [f.code, f.severity, f.args.trip, f.args.days, f.args.from70, f.pos?.line])).toEqual([
      ["LONG_STAY", "info", "lång", 132, "2024-04-10", 10],
    ]);
  });

  it("in Sweden deducts a free meal after the three months from the reduced 203 kr: a breakfast 41 kr, a lunch and a dinner 142 kr", () => {
    const text = planText(
      `trips:\n${trip({
        id: "hemma",
        to: "SE",
        depart: "2024-01-10T07:00",
        return: "2024-04-12T20:00",
        meals_provided: "[{date: 2024-03-01, breakfast: true}, {date: 2024-04-11, breakfast: true}, {date: 2024-04-12, lunch: true, dinner: true}]",
      })}`,
      { years: "[2024]" },
    );
    expect(lines(text)).toEqual([
      ["trip:hemma/per-diem", "91.00", "290.00", "26390.00"],
      // 290 × 70 % = 203 a day from 10 April: 10, 11 and 12 April.
      ["trip:hemma/per-diem:70", "3.00", "203.00", "609.00"],
      // Skatteverket's 2024 breakfast, 58 kr, in the first three months; after them 20 % × 203 = 40.60 → 41 and 70 % × 203 = 142.10 → 142.
      ["trip:hemma/free-meals-2024-03-01", "1.00", "-58.00", "-58.00"],
      ["trip:hemma/free-meals-2024-04-11", "1.00", "-41.00", "-41.00"],
      ["trip:hemma/free-meals-2024-04-12", "1.00", "-142.00", "-142.00"],
    ]);
    // 26 390 + 609 − 58 − 41 − 142
    expect(toMachineString(check(text).budget!.totals.icld)).toBe("26758.00");
  });

  it("asks for the meals day by day when they are counted over the trip", () => {
    const result = check(long.replace("subsistence: per-diem", "subsistence: per-diem, meals_provided: {breakfast: 3}"));
    expect(result.findings.map((f) => [f.code, f.args.trip])).toEqual([["LONG_STAY_MEALS_NEED_DATES", "lång"]]);
  });

  it("past two years is paid 50 %, each year at its own figure, and keeps the night allowance whole", () => {
    const text = planText(`trips:\n${trip({ id: "två-år", to: "SE", depart: "2023-01-10T07:00", return: "2025-01-12T20:00" })}`, {
      phase: "project",
      years: "[2023, 2024, 2025]",
    });
    expect(lines(text)).toEqual([
      // 10 January to 9 April 2023: 22 + 28 + 31 + 9 = 90 days at 260.
      ["trip:två-år/per-diem:2023", "90.00", "260.00", "23400.00"],
      // 10 April to 31 December 2023: 266 days at 70 % × 260 = 182.
      ["trip:två-år/per-diem:2023:70", "266.00", "182.00", "48412.00"],
      // 2024, a leap year: 366 days at 70 % × 290 = 203.
      ["trip:två-år/per-diem:2024:70", "366.00", "203.00", "74298.00"],
      ["trip:två-år/per-diem:2025:70", "9.00", "203.00", "1827.00"],
      // From 10 January 2025: 50 % × 290 = 145, for three days.
      ["trip:två-år/per-diem:2025:50", "3.00", "145.00", "435.00"],
    ]);
    const finding = check(text).findings.find((f) => f.code === "LONG_STAY")!;
    expect([finding.args.from70, finding.args.from50, finding.args.days]).toEqual(["2023-04-10", "2025-01-10", 734]);
    // Lodging not paid by the employer: the night allowance (half the day amount) is not reduced.
    const nights = lines(text.replace("lodging: free", "lodging: none").replace("subsistence: per-diem", "subsistence: none"));
    expect(nights).toEqual([
      // Nights start on 10 January to 31 December 2023 (356), every day of 2024 (366) and 1 to 11 January 2025 (11).
      ["trip:två-år/night-allowance:2023", "356.00", "130.00", "46280.00"],
      ["trip:två-år/night-allowance:2024", "366.00", "145.00", "53070.00"],
      ["trip:två-år/night-allowance:2025", "11.00", "145.00", "1595.00"],
    ]);
  });

  it("over New Year, from 30 November, is reduced from 1 March", () => {
    const text = planText(`trips:\n${trip({ id: "vinter", depart: "2023-11-30T07:00", return: "2024-03-02T20:00" })}`, {
      years: "[2023, 2024]",
      phase: "project",
    });
    expect(lines(text)).toEqual([
      // 30 November and December: 32 days at 457.
      ["trip:vinter/per-diem:2023", "32.00", "457.00", "14624.00"],
      // January and February 2024: 31 + 29 = 60 days at 562.
      ["trip:vinter/per-diem:2024", "60.00", "562.00", "33720.00"],
      ["trip:vinter/per-diem:2024:70", "2.00", "393.40", "786.80"],
    ]);
  });
});
