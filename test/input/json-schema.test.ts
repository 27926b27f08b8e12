/**
 * The JSON Schema for editors: generated from the zod schemas, kept in the repository at
 * schema/plan.schema.json (this test fails when that file is stale), accepting every example
 * and rejecting a typo.
 */
import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { planJsonSchema } from "../../src/input/json-schema.js";

const committed = JSON.parse(readFileSync(new URL("../../schema/plan.schema.json", import.meta.url), "utf8"));
const budgets = new URL("../../budgets/", import.meta.url);
const examples = readdirSync(budgets).filter((name) => name.endsWith(".yaml"));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(committed);

describe("schema/plan.schema.json", () => {
  it("is what `icld-budget schema` prints (run `npm run schema` after changing the plan format)", () => {
    expect(committed).toEqual(planJsonSchema());
  });

  for (const name of examples) {
    it(`accepts budgets/${name}, which points editors at it`, () => {
      const text = readFileSync(new URL(name, budgets), "utf8");
      expect(text.startsWith("# yaml-language-server: $schema=../schema/plan.schema.json\n")).toBe(true);
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it("rejects a typo in a key, naming it", () => {
    const plan = parse(readFileSync(new URL("preparation.yaml", budgets), "utf8"));
    plan.trips[0].fair = plan.trips[0].fare;
    delete plan.trips[0].fare;
    expect(validate(plan)).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ keyword: "additionalProperties", params: { additionalProperty: "fair" } }));
  });

  it("rejects a phase that does not exist", () => {
    const plan = parse(readFileSync(new URL("preparation.yaml", budgets), "utf8"));
    plan.phase = "preperation";
    expect(validate(plan)).toBe(false);
  });
});
