/**
 * explain on the worked case of docs/rules.md and budgets/preparation.yaml: the steps of two
 * trips and one work line, worked out by hand.
 * - Rzeszów: 4 travellers, 07:00 out (full day), 2 days between, 18:00 home (half day):
 *   3.5 days × 4 = 14 days × 457 = 6 398; breakfasts 3 × 4 = 12 × 15 % × 457 (68.55) = −822.60.
 * - Västerås: food 4 × 6 days × 500 = 12 000.
 * - Anna: 150 h × 453.76 (45 000 × 12 ÷ 1 720 × 1.4453, in öre) = 68 064.
 * - 3 909.40 left buys 8 whole hours at the plan's average 453.76 kr.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { explainJson, explainPlan, renderExplainText } from "../../src/render/explain.js";
import { renderJson } from "../../src/render/json.js";
import { check, planText, trip } from "../helpers.js";

const result = check(readFileSync(new URL("../../budgets/preparation.yaml", import.meta.url), "utf8"));

describe("explain", () => {
  const text = renderExplainText(explainPlan(result, "en")!);

  it("traces the per diem of the Rzeszów trip to its days, rules and table", () => {
    expect(text).toContain("per diem PL 2023, 3 full + 1 half days: 14 days × SEK 457 = SEK 6,398");
    expect(text).toContain("depart 2023-03-13 07:00 (before 12:00: full day)");
    expect(text).toContain("2 days between (full)");
    expect(text).toContain("return 2023-03-16 18:00 (at 19:00 or earlier: half day)");
    expect(text).toContain("rate: SEK 457 a day, per diem Polen (PL) 2023  [Skatteverket SKV A 2022:31 (list for tax year 2023) (confirmed)]");
    expect(text).toContain("free breakfasts deducted: 12 breakfasts × -SEK 68.55 = -SEK 822.60");
    expect(text).toContain("15 % × SEK 457 = SEK 68.55");
    // The category adds the per diem and the food and subtracts the deduction: 6 398 − 822.60 + 12 000.
    expect(text).toContain("Per diem and food: SEK 6,398 − SEK 822.60 + SEK 12,000");
  });

  it("traces the Västerås visit's food and a work line to its hourly cost", () => {
    expect(text).toContain("Study visit to Västerås: food: 24 days × SEK 500 = SEK 12,000");
    expect(text).toContain("Work: Anna Andersson, 150 h: 150 hours × SEK 453.76 = SEK 68,064");
    expect(text).toContain("hourly cost: SEK 453.76: 45,000 × 12 ÷ 1,720 h × (1 + 44.53 %)");
    // Each input where the plan writes it: the salary on anna's line, the defaults on line 15.
    expect(text).toContain("monthly salary: SEK 45,000  [test.yaml:18:101]");
    expect(text).toContain("working hours per year: 1,720 hours  [test.yaml:15:45]");
    expect(text).toContain("salary on-costs: 44.53 %  [test.yaml:15:21]");
  });

  it("says of an input the plan does not state that it is a built-in default, with its source and status", () => {
    const withoutDefaults = check(readFileSync(new URL("../../budgets/preparation.yaml", import.meta.url), "utf8").replace(/^defaults:.*$/m, ""));
    const steps = renderExplainText(explainPlan(withoutDefaults, "sv", "anna")!);
    expect(steps).toContain("månadslön: 45 000 kr  [test.yaml:18:101]");
    expect(steps).toMatch(/årsarbetstid: 1 720 timmar {2}\[standardvärde: vanlig grund i EU-program .*\(obekräftad\)\]/);
    expect(steps).toMatch(/personalkostnadspålägg: 44,53 % {2}\[standardvärde: SKR:s PO-pålägg 2023 .*\(bekräftad\)\]/);
  });

  it("ends an envelope with what still fits, and narrows to a trip, a person or a line", () => {
    expect(text).toContain("limit SEK 240,000 − ICLD total SEK 236,090.60 = remaining SEK 3,909.40 (fits)");
    expect(text).toContain("SEK 3,909.40 buys about 8 hours of Swedish work at SEK 453.76/h");
    const json = explainJson(explainPlan(result, "sv", "anna")!) as { step: string; result: string; children: { step: string }[] }[];
    expect(json.map((node) => [node.step, node.result])).toEqual([["Arbetsinsats: Anna Andersson, 150 h", "68064.00"]]);
    expect(json[0]!.children[0]!.step).toBe("timkostnad: 453,76 kr");
    expect(explainPlan(result, "en", "budgets/preparation.yaml:44")!.map((node) => node.result?.toFixed(2))).toEqual(["12000.00"]);
  });

  it("is in check's JSON for each line that has steps, and not for a plain cost line", () => {
    const lines = JSON.parse(renderJson([result])).plans[0].lines as { label: string; derivation?: { step: string }[] }[];
    const perDiem = lines.find((line) => line.label.includes("per diem"))!;
    expect(perDiem.derivation!.map((step) => step.step)).toEqual([
      "depart 2023-03-13 07:00 (before 12:00: full day)",
      "2 days between (full)",
      "return 2023-03-16 18:00 (at 19:00 or earlier: half day)",
      "rate: SEK 457 a day, per diem Polen (PL) 2023",
    ]);
    expect(lines.find((line) => line.label === "Audit")!.derivation).toBeUndefined();
  });
  it("says of a return day home before 06:00 that it is no per diem day, in either language", () => {
    // 11:00 out (full day), two days between, home 05:00 on the fourth day: 3 × 457 = 1 371.
    const early = check(planText(`trips:\n${trip({ depart: "2023-03-13T11:00", return: "2023-03-16T05:00" })}`));
    const en = renderExplainText(explainPlan(early, "en")!);
    expect(en).toContain("per diem PL 2023, 3 full + 0 half days: 3 days × SEK 457 = SEK 1,371");
    expect(en).toContain("return 2023-03-16 05:00 (before 06:00: no per diem day, the night being 00:00–06:00)");
    expect(renderExplainText(explainPlan(early, "sv")!)).toContain("hemkomst 2023-03-16 05:00 (före 06:00: ingen traktamentsdag, natten är 00:00–06:00)");
  });
});
