/**
 * A named person's hours in one year: more than a year has (8 760) is an error, more than a
 * full-time year (the plan's hours per year, 1 720 in these plans) a warning. The body starts on
 * line 9 of planText's plan: people on 10–11, work from 13.
 */
import { describe, expect, it } from "vitest";
import { followUp } from "../../src/calc/follow-up.js";
import { parseActuals } from "../../src/input/actuals.js";
import { EDITIONS } from "../../src/rates/icld-editions.js";
import { check, planText } from "../helpers.js";

const PEOPLE = "people:\n  - {id: anna, name: Anna, side: sweden, monthly_salary: 40000}\n  - {id: bo, side: sweden, monthly_salary: 40000}\nwork:\n";
const hoursFindings = (work: string) =>
  check(planText(`${PEOPLE}${work}`))
    .findings.filter((f) => f.code.startsWith("HOURS_"))
    .map((f) => [f.code, f.severity, f.args.who, f.args.hours, f.args.max, f.pos?.line]);

describe("work hours", () => {
  it("err on more hours than a year has, for a person, summed over the year's lines", () => {
    expect(hoursFindings("  - {person: anna, hours: 100000}")).toEqual([["HOURS_BEYOND_YEAR", "error", "Anna", "100000", 8760, 13]]);
    expect(hoursFindings("  - {person: bo, hours: 5000}\n  - {person: bo, hours: 3761}")).toEqual([["HOURS_BEYOND_YEAR", "error", "bo", "8761", 8760, 13]]);
  });

  it("warn of more than a full-time year, and say nothing at it exactly, for a role, or over two years", () => {
    expect(hoursFindings("  - {person: anna, hours: 1000}\n  - {person: anna, hours: 720.5}")).toEqual([
      ["HOURS_OVER_FULL_TIME", "warning", "Anna", "1720.5", "1720", 13],
    ]);
    // 100 % for twelve months is 1 720 hours: a full-time year, not more.
    expect(hoursFindings("  - {person: anna, share: 100%, months: 12}")).toEqual([]);
    // A role may stand for several people.
    expect(hoursFindings("  - {role: officials, hours: 5000, monthly_salary: 40000}")).toEqual([]);
    expect(
      check(
        planText(`${PEOPLE}  - {person: anna, hours: 1700, year: 2023}\n  - {person: anna, hours: 1700, year: 2024}`, { years: "[2023, 2024]" }),
      ).findings.filter((f) => f.code.startsWith("HOURS_")),
    ).toEqual([]);
  });

  it("refuse reported hours beyond a year in a follow-up, at the line that passes it", () => {
    const plan = check(planText(`${PEOPLE}  - {person: anna, hours: 100}`));
    const actuals = parseActuals(
      "version: 1\nas_of: 2023-12-31\nhours:\n  - {person: anna, year: 2023, hours: 5000}\n  - {person: anna, year: 2023, hours: 4000}\n",
      "a.yaml",
    );
    if (!actuals.ok) throw new Error(JSON.stringify(actuals.findings));
    const result = followUp(plan, actuals.actuals, [], EDITIONS[1]!, "2023-12-31");
    expect(result.problems.map((p) => [p.code, p.args.who, p.args.hours, p.pos?.line])).toEqual([["HOURS_BEYOND_YEAR", "Anna", "9000", 5]]);
  });
});
