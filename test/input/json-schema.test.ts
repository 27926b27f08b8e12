/**
 * The JSON Schema for editors: generated from the zod schemas, kept in the repository at
 * schema/plan.schema.json (this test fails when that file is stale), accepting every example
 * and rejecting a typo.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { actualsJsonSchema, planJsonSchema } from "../../src/input/json-schema.js";
import { keyDescriptionsOf, personSchema, planSchema, tripSchema, workSchema } from "../../src/input/schema.js";
import { renderStarterPlan } from "../../src/render/starter-plan.js";
import { BUILT_IN_RATES } from "../../src/rates/index.js";

const committed = JSON.parse(readFileSync(new URL("../../schema/plan.schema.json", import.meta.url), "utf8"));
const budgets = new URL("../../budgets/", import.meta.url);
const examples = readdirSync(budgets).filter((name) => name.endsWith(".yaml"));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(committed);

describe("schema/plan.schema.json", () => {
  it("is what `icld-budget schema` prints (run `npm run schema` after changing the plan format)", () => {
    expect(committed).toEqual(planJsonSchema());
  });

  it("is that text byte for byte, keys in the same order (the actuals file's too)", () => {
    const text = (name: string) => readFileSync(new URL(`../../schema/${name}`, import.meta.url), "utf8");
    expect(`${JSON.stringify(planJsonSchema(), null, 2)}\n`).toBe(text("plan.schema.json"));
    expect(`${JSON.stringify(actualsJsonSchema(), null, 2)}\n`).toBe(text("actuals.schema.json"));
  });

  it("describes keys from the descriptions beside the zod schemas, which a check does not copy its schemas for", () => {
    // The same optional amount for a trip's fare, a person's and a work line's salary: one schema.
    expect(personSchema.shape.monthly_salary).toBe(workSchema.shape.monthly_salary);
    expect(tripSchema.shape.fare).toBe(workSchema.shape.monthly_salary);
    expect(keyDescriptionsOf(tripSchema)?.fare).toBe("Fare per traveller.");
    expect(keyDescriptionsOf(planSchema)?.fx).toBe("SEK per unit of each currency used.");
    // …and each key has its own description in the JSON Schema, the leaf's left to the others.
    const items = (key: string) =>
      (planJsonSchema().properties as Record<string, { items: { properties: Record<string, { description?: string }> } }>)[key]!.items;
    expect(items("trips").properties.fare!.description).toBe("Fare per traveller.");
    expect(items("people").properties.monthly_salary!.description).toBe("Monthly salary before on-costs (Swedish side).");
    expect(items("work").properties.monthly_salary!.description).toBe('An amount: kronor (4500) or "<number> <currency>" ("450 EUR").');
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

  it("uses only patterns other languages' validators know, and says nothing of a key's type", () => {
    const text = JSON.stringify(committed);
    expect(text).not.toMatch(/\\\\[pP]\{/); // no \p{L}: Python's re and others reject it
    const keySchemas: Record<string, unknown>[] = [];
    const walk = (node: unknown) => {
      if (typeof node !== "object" || node === null) return;
      const keys = (node as Record<string, unknown>).propertyNames;
      if (keys) keySchemas.push(keys as Record<string, unknown>);
      Object.values(node).forEach(walk);
    };
    walk(committed);
    // fx, per_diem_rates and its countries: a YAML key such as 2025 is a number to the YAML language server.
    expect(keySchemas).toHaveLength(3);
    expect(keySchemas.filter((keys) => "type" in keys)).toEqual([]);
  });
});

/** Python's jsonschema, where the machine has it, as a validator that is not JavaScript's. */
const python = spawnSync("python3", ["-c", "import jsonschema"], { encoding: "utf8" });

describe.skipIf(python.status !== 0)("schema/plan.schema.json in Python's jsonschema", () => {
  it("accepts every example and every starter plan, and rejects a typo", () => {
    const plans: Record<string, unknown> = {};
    for (const name of examples) plans[`budgets/${name}`] = parse(readFileSync(new URL(name, budgets), "utf8"));
    for (const phase of ["preparation", "project", "steering-group"] as const) {
      for (const lang of ["sv", "en"] as const) plans[`init ${phase} ${lang}`] = parse(renderStarterPlan(phase, lang, 2026, BUILT_IN_RATES, "schema.json"));
    }
    const typo = parse(readFileSync(new URL("preparation.yaml", budgets), "utf8"));
    typo.trips[0].fair = 1;
    plans.typo = typo;
    const script = [
      "import json, sys, jsonschema",
      "data = json.load(sys.stdin)",
      "validator = jsonschema.Draft202012Validator(data['schema'])",
      "print(json.dumps({name: [e.message for e in validator.iter_errors(plan)] for name, plan in data['plans'].items()}))",
    ].join("\n");
    const result = spawnSync("python3", ["-c", script], { input: JSON.stringify({ schema: committed, plans }), encoding: "utf8" });
    expect(result.stderr).toBe("");
    const errors = JSON.parse(result.stdout) as Record<string, string[]>;
    const { typo: typoErrors, ...rest } = errors;
    expect(Object.keys(rest)).toHaveLength(examples.length + 6);
    for (const [name, list] of Object.entries(rest)) expect([name, list]).toEqual([name, []]);
    expect(typoErrors!.join(" ")).toContain("'fair'");
  });
});
