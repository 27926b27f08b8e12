/**
 * The JSON Schema of the plan format, generated from the same zod schemas the tool validates
 * with, for editors (yaml-language-server) and other tools. Numbers are read from their source
 * text, so numeric fields accept a YAML number or a string of digits.
 */
import * as z from "zod/mini";
import { actualsSchema } from "./actuals.js";
import { keyDescriptionsOf, planSchema } from "./schema.js";

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
  describeKeys(zodSchema, schema);
  // The version is written as the number 1.
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  properties.version = { const: 1, description: "Format version: 1." };
  untypeKeys(schema);
  return schema;
}

type JsonNode = { [key: string]: unknown };
type Def = {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  valueType?: z.ZodMiniType;
};

/**
 * Writes the descriptions of mappings' keys (schema.ts, `mapping`) on their properties, walking
 * the zod schema and its JSON Schema together. A property's JSON may be shared with other keys of
 * the same zod schema, so a described one is replaced by a copy rather than changed.
 */
function describeKeys(zodSchema: z.ZodMiniType, json: unknown): void {
  if (typeof json !== "object" || json === null) return;
  const node = json as JsonNode;
  const def = zodSchema._zod.def as unknown as Def;
  if (def.type === "object" && def.shape) {
    const properties = node.properties as Record<string, JsonNode> | undefined;
    const described = keyDescriptionsOf(zodSchema);
    for (const [key, child] of Object.entries(def.shape)) {
      if (!properties?.[key]) continue;
      const description = described?.[key];
      // Where zod would write a described copy's: first for an optional key (whose inner schema's
      // keys come after the copy's own), otherwise after the schema's own keys (or in the place of
      // its own description).
      if (description !== undefined)
        properties[key] =
          (child._zod.def as unknown as Def).type === "optional"
            ? Object.assign({ description }, properties[key], { description })
            : { ...properties[key], description };
      describeKeys(child, properties[key]);
    }
  } else if (def.type === "optional" && def.innerType) describeKeys(def.innerType, node);
  else if (def.type === "array" && def.element) describeKeys(def.element, node.items);
  else if (def.type === "record" && def.valueType) describeKeys(def.valueType, node.additionalProperties);
  else if (def.type === "union" && def.options) {
    const branches = node.anyOf as unknown[] | undefined;
    def.options.forEach((option, index) => {
      describeKeys(option, branches?.[index]);
    });
  }
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
