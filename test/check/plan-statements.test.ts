/**
 * What a plan states is labelled as the plan's, a built-in figure it replaces is shown beside
 * it, and one person on two overlapping trips is warned of.
 */
import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/render/json.js";
import { check, planText, trip } from "../helpers.js";

describe("figures the plan states", () => {
  it("are labelled 'plan', not confirmed, in the JSON result", () => {
    const text = planText(`fx: {EUR: "11.45"}\ncosts:\n  - {item: Audit, category: audit, amount: "100 EUR"}`);
    const json = JSON.parse(renderJson([check(text)]));
    const statuses = Object.fromEntries(
      json.plans[0].assumptions.map((a: { key: string; status: string; confirmed: boolean }) => [a.key, [a.status, a.confirmed]]),
    );
    expect(statuses).toMatchObject({ "fx.EUR": ["plan", false], on_cost: ["plan", false], hours_per_year: ["plan", false] });
  });

  it("warn when the plan's per diem replaces a different built-in one, showing both", () => {
    const text = planText(`per_diem_rates: {2023: {PL: 1}}\ntrips:\n${trip({})}`);
    const result = check(text);
    const finding = result.findings.find((f) => f.code === "RATE_OVERRIDDEN");
    expect(finding?.args).toMatchObject({ figure: "per_diem.2023.PL", value: "1", builtIn: "457", status: "confirmed" });
    // At the plan's figure: the body starts on line 9, `per_diem_rates: {2023: {PL: 1}}`, the 1 in column 29.
    expect(finding?.pos).toEqual({ line: 9, column: 29 });
    const assumption = result.budget!.assumptions.find((a) => a.key === "per_diem.2023.PL")!;
    expect([assumption.confirmation, assumption.source]).toEqual(["plan", { kind: "plan", path: "per_diem_rates.2023.PL" }]);
  });

  it("that are keyed wrongly quote the key, at the key: `{EUR: 11,5}` is a key 5, not a value", () => {
    // YAML reads `{EUR: 11,5}` as EUR: 11 and a key 5 without a value; `"25"` is no year.
    const result = check(planText(`fx: {EUR: 11,5}\nper_diem_rates: {"25": {PL: 500}}`));
    expect(result.findings.map((f) => [f.code, f.args.text, f.pos?.line, f.pos?.column])).toEqual([
      // Line 9, `fx: {EUR: 11,5}`: the 5 in column 14; line 10, the "25" in column 18.
      ["INVALID_CURRENCY", "5", 9, 14],
      ["INVALID_YEAR", "25", 10, 18],
    ]);
  });

  it("do not warn when the plan repeats the built-in figure", () => {
    const result = check(planText(`per_diem_rates: {2023: {PL: 457}}\ntrips:\n${trip({})}`));
    expect(result.findings.map((f) => f.code)).not.toContain("RATE_OVERRIDDEN");
  });
});

describe("travellers", () => {
  it("warn when one person is on two trips that overlap in time, and not when they only touch", () => {
    const people = "people:\n  - {id: anna, side: sweden, monthly_salary: 40000}\n";
    const overlapping = check(
      planText(
        `${people}trips:\n${trip({ id: "a", travellers: "[anna]" })}\n${trip({ id: "b", travellers: "[anna]", depart: "2023-03-15T08:00", return: "2023-03-17T18:00" })}`,
      ),
    );
    expect(overlapping.findings.filter((f) => f.code === "OVERLAPPING_TRIPS").map((f) => [f.args.id, f.args.trip, f.args.other])).toEqual([["anna", "b", "a"]]);
    // a returns 2023-03-16T18:00; b leaves at 18:00 the same day.
    const touching = check(
      planText(
        `${people}trips:\n${trip({ id: "a", travellers: "[anna]" })}\n${trip({ id: "b", travellers: "[anna]", depart: "2023-03-16T18:00", return: "2023-03-17T18:00" })}`,
      ),
    );
    expect(touching.findings.map((f) => f.code)).not.toContain("OVERLAPPING_TRIPS");
  });
});

describe("duplicate keys", () => {
  it("name the first key's position too", () => {
    const result = check(planText('per_diem_rates:\n  2023: {PL: 457}\n  "2023": {PL: 1}'));
    expect(result.findings.map((f) => [f.code, f.pos?.line, f.args.firstLine, f.args.firstColumn])).toEqual([["DUPLICATE_KEY", 11, 10, 3]]);
  });
});
