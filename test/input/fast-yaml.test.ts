/**
 * The fast YAML reader against the yaml library: wherever the fast reader takes a text, it must
 * give the same data and the same offset for every key and value; where it gives up, the full
 * parser takes over. Checked on the examples, the fixtures and thousands of generated texts.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { fastOffset, parseFastYaml } from "../../src/input/fast-yaml.js";
import { offsetOf, yamlToValue, type PlainValue } from "../../src/input/yaml-to-value.js";

type Path = (string | number)[];

function paths(value: PlainValue, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...paths(item, [...prefix, i])]);
  if (value && typeof value === "object") return Object.keys(value).flatMap((key) => [[...prefix, key], ...paths(value[key]!, [...prefix, key])]);
  return [];
}

/** Returns whether the fast reader took the text; if it did, asserts it agrees with the yaml library. */
function agrees(text: string): boolean {
  const fast = parseFastYaml(text);
  if (!fast) return false;
  const doc = parseDocument(text, { uniqueKeys: true });
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  const full = yamlToValue(doc);
  expect(fast.value).toEqual(full);
  for (const path of paths(full)) {
    for (const anchor of ["key", "value"] as const) {
      if (anchor === "key" && typeof path[path.length - 1] === "number") continue;
      expect(fastOffset(fast.root, path, anchor), `${anchor} of ${path.join(".")}`).toBe(offsetOf(doc, path, anchor));
    }
  }
  return true;
}

const files = (folder: string) => {
  const dir = new URL(folder, import.meta.url);
  return readdirSync(dir).filter((name) => name.endsWith(".yaml")).map((name) => readFileSync(new URL(name, dir), "utf8"));
};

describe("fast YAML reader", () => {
  it("takes every example plan, agreeing with the yaml library on data and positions", () => {
    for (const text of files("../../budgets/")) expect(agrees(text)).toBe(true);
  });

  it("agrees wherever it takes an invalid fixture, and gives up on aliases, tabs, duplicate keys and several documents", () => {
    for (const text of files("../fixtures/invalid/")) agrees(text);
    expect(parseFastYaml("a: &x 1\nb: *x\n")).toBeUndefined();
    expect(parseFastYaml("a:\n\tb: 1\n")).toBeUndefined();
    expect(parseFastYaml("a: 1\na: 2\n")).toBeUndefined();
    expect(parseFastYaml("a: 1\n---\nb: 2\n")).toBeUndefined();
    expect(parseFastYaml("a: |\n  text\n")).toBeUndefined();
    expect(parseFastYaml("a: plain\n  continued\n")).toBeUndefined();
  });

  it("reads CRLF line ends, comments, quotes and flow collections over several lines", () => {
    expect(agrees("a: 1\r\nb: 'it''s'   # note\r\nc: \"x\\\"y\"\r\n")).toBe(true);
    expect(agrees("list:\n- {a: 1,\n   b: [x, y]}\n- plain text, with comma\nnext:\n  deep:\n    - 1\n    - ~\n")).toBe(true);
  });

  it("agrees on one-line flow mappings, read by splitting, and on those it leaves to the careful reading", () => {
    expect(agrees("- {item: Cost 1, category: audit, amount: 12.50}\n- {a : b,  c:d: e , t: 07:00, n: -5, z: ~}\n")).toBe(true);
    expect(agrees("- {a: x\u00a0, b: y}\n- { }\n- {}\n- {a: 1,}\n- {a:, b: 1}\n- {R&D: x, q: 'y'}\n")).toBe(true);
    expect(parseFastYaml("- {a: 1, a: 2}\n")).toBeUndefined(); // duplicate key: the full parser reports it
    expect(parseFastYaml("- {a: b: c}\n")).toBeUndefined();
  });

  it("agrees with the yaml library on generated plan-like texts", () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/);
    const scalar = fc.oneof(word, fc.integer().map(String), fc.constantFrom("null", "~", "true", "1.50", "2024-03-01T07:00", "'q''s'", '"d"', "450 EUR", "[]", "{}"));
    const flow: fc.Arbitrary<string> = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, scalar, tie("map"), tie("seq")),
      map: fc.array(fc.tuple(word, tie("value")), { maxLength: 3 }).map((entries) => `{${entries.map(([k, v]) => `${k}: ${v}`).join(", ")}}`),
      seq: fc.array(tie("value"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    })).value as fc.Arbitrary<string>;
    const block = (indent: number, depth: number): fc.Arbitrary<string> => {
      const pad = " ".repeat(indent);
      const leaf = fc.tuple(word, fc.oneof(scalar, flow), fc.boolean()).map(([k, v, comment]) => `${pad}${k}: ${v}${comment ? "  # c" : ""}`);
      if (depth === 0) return fc.uniqueArray(leaf, { minLength: 1, maxLength: 4, selector: (line) => line.trim().split(":")[0] }).map((l) => l.join("\n"));
      const nestedMap = fc.tuple(word, block(indent + 2, depth - 1)).map(([k, body]) => `${pad}${k}:\n${body}`);
      const nestedSeq = fc.tuple(word, fc.array(fc.oneof(scalar, flow, block(0, depth - 1).map((b) => b.split("\n").map((l, i) => (i === 0 ? l : `  ${l}`)).join("\n"))), { minLength: 1, maxLength: 3 }))
        .map(([k, items]) => `${pad}${k}:\n${items.map((item) => `${pad}  - ${item.split("\n").join(`\n${pad}  `)}`).join("\n")}`);
      return fc.uniqueArray(fc.oneof(leaf, nestedMap, nestedSeq), { minLength: 1, maxLength: 4, selector: (entry) => entry.trim().split(":")[0] }).map((l) => l.join("\n"));
    };
    let taken = 0;
    fc.assert(
      fc.property(block(0, 2), (text) => {
        if (agrees(`${text}\n`)) taken++;
      }),
      { numRuns: 1000 },
    );
    expect(taken).toBeGreaterThan(500); // most generated texts are simple enough for the fast reader
  });
});
