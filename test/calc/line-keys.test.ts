/**
 * Every line has a key that names it across versions of a plan (for `diff`), unique within the
 * budget: repeats of the same cost in the same year are counted, "#2" on.
 */
import { describe, expect, it } from "vitest";
import { check, planText } from "../helpers.js";

const keysOf = (text: string) => {
  const result = check(text);
  expect(result.verdict).toBe("fits");
  return result.budget!.lines.map((line) => `${line.key}=${line.amount.toString()}`);
};

describe("line keys", () => {
  it("are unique: a repeated cost and year gets #2, #3; another year or item does not", () => {
    const text = planText(
      [
        "costs:",
        "  - {item: Audit, category: audit, amount: 1000, year: 2023}",
        "  - {item: Audit, category: audit, amount: 2000, year: 2023}",
        "  - {item: Audit, category: audit, amount: 3000, year: 2024}",
        "  - {item: Translation, category: other, amount: 500, year: 2023}",
        "  - {item: Audit, category: audit, amount: 4000, year: 2023}",
      ].join("\n"),
      { phase: "project", years: "[2023, 2024]" },
    );
    expect(keysOf(text)).toEqual([
      "cost:Audit:2023=1000",
      "cost:Audit:2023#2=2000",
      "cost:Audit:2024=3000",
      "cost:Translation:2023=500",
      "cost:Audit:2023#3=4000",
    ]);
  });

  it("count a cost without a year in the plan's only year", () => {
    const text = planText(
      ["costs:", "  - {item: Audit, category: audit, amount: 1000, year: 2023}", "  - {item: Audit, category: audit, amount: 4000}"].join("\n"),
    );
    expect(keysOf(text)).toEqual(["cost:Audit:2023=1000", "cost:Audit:2023#2=4000"]);
  });

  it("keep each cost's position in the file, found when read: its mapping's brace", () => {
    const text = planText(
      ["costs:", "  - {item: Audit, category: audit, amount: 1000}", "", "  - {item: Translation, category: other, amount: 500}"].join("\n"),
    );
    // planText puts the body on line 9: the costs are on lines 10 and 12, their braces in column 5.
    const lines = check(text).budget!.lines;
    expect(lines.map((line) => `${line.pos.line}:${line.pos.column}`)).toEqual(["10:5", "12:5"]);
  });
});
