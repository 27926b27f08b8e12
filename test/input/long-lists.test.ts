/**
 * Long lists (a thousand elements or more) are checked by parsers that zod generates for the
 * element schemas. They must give exactly what the ordinary parsers give: the same plan, and the
 * same findings at the same places when some elements are wrong.
 */
import { describe, expect, it } from "vitest";
import { parseFastYaml } from "../../src/input/fast-yaml.js";
import { LONG_LIST, planSchema, planSchemaFor } from "../../src/input/schema.js";
import { toMachineString } from "../../src/model/money.js";
import { check, codesAt, planText } from "../helpers.js";

const COUNT = 1500;
/** Cost i costs (i mod 97 + 1) kronor and (i mod 100) öre. */
const costLine = (i: number) => `  - {item: Cost ${i}, category: audit, amount: ${(i % 97) + 1}.${String(i % 100).padStart(2, "0")}}`;
const costs = (line: (i: number) => string = costLine) => `costs:\n${Array.from({ length: COUNT }, (_, i) => line(i)).join("\n")}`;
/** planText puts the body on line 9: "costs:", then cost i on line 10 + i. */
const lineOf = (i: number) => 10 + i;

describe("long lists", () => {
  it("uses the generated parsers from LONG_LIST elements on", () => {
    expect(COUNT).toBeGreaterThanOrEqual(LONG_LIST);
  });

  it("gives the same plan as the ordinary parser", () => {
    const raw = parseFastYaml(planText(costs()))!.value;
    const ordinary = planSchema.safeParse(raw);
    const generated = planSchemaFor(["costs"]).safeParse(raw);
    expect(generated.success).toBe(true);
    expect(generated).toEqual(ordinary);
  });

  it("prices every line: the total is the sum worked out in öre", () => {
    let ore = 0;
    for (let i = 0; i < COUNT; i++) ore += ((i % 97) + 1) * 100 + (i % 100);
    const result = check(planText(costs()));
    expect(result.verdict).toBe("fits");
    expect(result.budget!.lines).toHaveLength(COUNT);
    expect(toMachineString(result.budget!.totals.icld)).toBe((ore / 100).toFixed(2));
  });

  it("reports wrong elements as the ordinary parser does, at their lines", () => {
    const result = check(
      planText(
        costs((i) =>
          i === 700 ? "  - {item: Cost 700, category: audit, amount: -5}"
          : i === 1200 ? "  - {item: Cost 1200, category: audti, amout: 5}"
          : costLine(i)),
      ),
    );
    // "  - {item: Cost 700, category: audit, amount: " is 46 characters: the value is at column 47.
    // "  - {item: Cost 1200, category: " is 32: "audti" at 33; "amout" follows ", " at 40; the
    // mapping that lacks amount starts with its brace at column 5.
    expect(codesAt(result.findings)).toEqual([
      `NEGATIVE_NUMBER@${lineOf(700)}:47`,
      `MISSING_KEY@${lineOf(1200)}:5`,
      `INVALID_CHOICE@${lineOf(1200)}:33`,
      `UNKNOWN_KEY@${lineOf(1200)}:40`,
    ]);
    expect(result.findings.find((finding) => finding.code === "UNKNOWN_KEY")!.args.suggestion).toBe("amount");
  });
});
