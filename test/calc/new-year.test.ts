/**
 * A trip over New Year: Skatteverket sets its amounts per calendar year, so each day is priced
 * with its own year's figure (Poland: 457 kr in 2023, 562 kr in 2024), and every year the trip
 * touches needs one. Worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { toMachineString } from "../../src/model/money.js";
import { check, planText, trip } from "../helpers.js";

const overNewYear = (fields: Record<string, string> = {}) =>
  planText(`trips:\n${trip({ id: "nyår", depart: "2023-12-30T07:00", return: "2024-01-02T20:00", ...fields })}`);

const lines = (text: string) =>
  check(text).budget!.lines.map((line) => [line.key, toMachineString(line.quantity), toMachineString(line.rate), toMachineString(line.amount)]);

describe("a trip over New Year", () => {
  it("prices two days at 2023's 457 kr and two at 2024's 562 kr", () => {
    // 07:00 out and 20:00 home: four full days, 30 and 31 December, 1 and 2 January.
    expect(lines(overNewYear())).toEqual([
      ["trip:nyår/per-diem:2023", "2.00", "457.00", "914.00"],
      ["trip:nyår/per-diem:2024", "2.00", "562.00", "1124.00"],
    ]);
  });

  it("pays each night's allowance at the year of the day it starts: two at 228.50, one at 281", () => {
    expect(lines(overNewYear({ lodging: "none", subsistence: "none" }))).toEqual([
      ["trip:nyår/night-allowance:2023", "2.00", "228.50", "457.00"],
      ["trip:nyår/night-allowance:2024", "1.00", "281.00", "281.00"],
    ]);
  });

  it("deducts a free meal at the rate of its day's year: a breakfast on 1 January is 15 % × 562 = 84.30", () => {
    const result = check(overNewYear({ meals_provided: "[{date: 2024-01-01, breakfast: true}, {date: 2023-12-31, breakfast: true}]" }));
    expect(result.budget!.lines.filter((line) => line.key.includes("free-meals")).map((line) => toMachineString(line.amount))).toEqual(["-84.30", "-68.55"]);
    // 914 + 1 124 − 84.30 − 68.55
    expect(toMachineString(result.budget!.totals.icld)).toBe("1885.15");
  });

  it("asks for the meals day by day when they are counted over the trip", () => {
    const result = check(overNewYear({ meals_provided: "{breakfast: 3}" }));
    expect(result.findings.map((f) => [f.code, f.args.years])).toEqual([["MEALS_NEED_DATES", "2023 and 2024"]]);
  });

  it("needs both years' figures: a 2024–2025 trip to Poland lacks 2025's", () => {
    const result = check(planText(`trips:\n${trip({ depart: "2024-12-30T07:00", return: "2025-01-02T20:00" })}`, { years: "[2024]" }));
    expect(result.findings.map((f) => [f.code, f.args.year, f.args.country])).toEqual([["MISSING_PER_DIEM_RATE", 2025, "PL"]]);
  });
});
