/**
 * The JSON Schema of the plan format, generated from the same zod schemas the tool validates
 * with, for editors (yaml-language-server) and other tools. Numbers are read from their source
 * text, so numeric fields accept a YAML number or a string of digits.
 */
import * as z from "zod/mini";
import { actualsSchema } from "./actuals.js";
import { planSchema } from "./schema.js";

const NUMERIC: Readonly<Record<string, object>> = {
  amount: {
    anyOf: [
      { type: "number", minimum: 0 },
      { type: "string", pattern: "^\\s*\\d+(\\.\\d+)?(\\s+[A-Za-z]{3})?\\s*$" },
    ],
    description: 'An amount: kronor (4500) or "<number> <currency>" ("450 EUR").',
  },
  "signed-amount": {
    anyOf: [{ type: "number" }, { type: "string", pattern: "^\\s*[+-]?\\d+(\\.\\d+)?(\\s+[A-Za-z]{3})?\\s*$" }],
  },
  number: {
    anyOf: [
      { type: "number", minimum: 0 },
      { type: "string", pattern: "^\\d+(\\.\\d+)?$" },
    ],
  },
  integer: {
    anyOf: [
      { type: "integer", minimum: 0 },
      { type: "string", pattern: "^\\d+$" },
    ],
  },
  percent: {
    anyOf: [
      { type: "number", minimum: 0, maximum: 1 },
      { type: "string", pattern: "^\\d+(\\.\\d+)?\\s*%$" },
    ],
    description: "A percentage: 44.53% or 0.4453.",
  },
};

/** The plan format as a JSON Schema (draft 2020-12). */
export function planJsonSchema(): Record<string, unknown> {
  return { ...toJsonSchema(planSchema), title: "icld-budget plan, format version 1" };
}

/** The actuals file (follow-up) as a JSON Schema (draft 2020-12). */
export function actualsJsonSchema(): Record<string, unknown> {
  return { ...toJsonSchema(actualsSchema), title: "icld-budget actuals file, format version 1" };
}

/** A zod schema as a JSON Schema for editors: numbers as YAML numbers or strings of digits, version as the number 1. */
function toJsonSchema(zodSchema: z.ZodMiniType): Record<string, unknown> {
  const schema = z.toJSONSchema(zodSchema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      const meta = z.globalRegistry.get(ctx.zodSchema) as { numeric?: string; description?: string } | undefined;
      const numeric = meta?.numeric ? NUMERIC[meta.numeric] : undefined;
      if (!numeric) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, numeric, meta?.description ? { description: meta.description } : {});
    },
  }) as Record<string, unknown>;
  // The version is written as the number 1.
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  properties.version = { const: 1, description: "Format version: 1." };
  untypeKeys(schema);
  return schema;
}

/**
 * Key schemas say nothing of type: in JSON a key is always a string, but the YAML language
 * server takes `2025:` for a number and flagged the years of per_diem_rates as "Incorrect
 * type. Expected string". The pattern still holds the key to its form.
 */
function untypeKeys(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(untypeKeys);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  const keys = record.propertyNames as Record<string, unknown> | undefined;
  if (keys && keys.type === "string") delete keys.type;
  Object.values(record).forEach(untypeKeys);
}
