/**
 * One reader: the same plan written in block style, in flow style and as JSON (which is YAML
 * too) gives the same priced result, whatever the line ends, separating white space and
 * comments. The plans are generated, with the awkward cases a hand-written file has: CRLF line
 * ends, tabs after a colon or before a comment, comments after values, quoted text with
 * colons, hashes and non-ASCII letters, repeated items.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toMachineString } from "../../src/model/money.js";
import { check } from "../helpers.js";

/** A scalar as written: plain number text, or text to be quoted. */
type Scalar = { num: string } | { str: string };
type Value = Scalar | Value[] | { [key: string]: Value };

const isScalar = (value: Value): value is Scalar => !Array.isArray(value) && ("num" in value || "str" in value) && Object.keys(value).length === 1;
const num = (text: string): Scalar => ({ num: text });
const str = (text: string): Scalar => ({ str: text });
/** The keys every plan here starts with. */
const header = (title: string, phase: string, year: string): { [key: string]: Value } => ({
  version: num("1"),
  title: str(title),
  phase: str(phase),
  rules: str("icld-2023"),
  partner: { municipality: str("Shatsk"), country: str("UA") },
  years: [num(year)],
  defaults: { on_cost: str("44.53%"), hours_per_year: num("1720") },
});

interface Layout {
  readonly eol: "\n" | "\r\n";
  /** White space after a `key:` or between flow items. */
  readonly gap: " " | "\t" | "  ";
  /** A comment after some values (block style), with the white space before it. */
  readonly comment: "" | " # checked" | "\t# note";
}

const scalarText = (value: Scalar) => ("num" in value ? value.num : JSON.stringify(value.str));

function flow(value: Value, gap: string): string {
  if (isScalar(value)) return scalarText(value);
  if (Array.isArray(value)) return `[${value.map((v) => flow(v, gap)).join(`,${gap}`)}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}:${gap}${flow(v, gap)}`)
    .join(`,${gap}`)}}`;
}

function block(value: { [key: string]: Value }, layout: Layout, indent = ""): string[] {
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (isScalar(v)) lines.push(`${indent}${key}:${layout.gap}${scalarText(v)}${layout.comment}`);
    else if (Array.isArray(v)) {
      lines.push(`${indent}${key}:`);
      for (const item of v) {
        if (isScalar(item) || Array.isArray(item)) lines.push(`${indent}  -${layout.gap === "\t" ? " " : layout.gap}${flow(item, " ")}`);
        else {
          const inner = block(item, layout, `${indent}    `);
          lines.push(`${indent}  - ${inner[0]!.trimStart()}`, ...inner.slice(1));
        }
      }
    } else lines.push(`${indent}${key}:`, ...block(v, layout, `${indent}  `));
  }
  return lines;
}

function json(value: Value): string {
  if (isScalar(value)) return scalarText(value);
  if (Array.isArray(value)) return `[${value.map(json).join(",")}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}:${json(v)}`)
    .join(",")}}`;
}

const money = fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 })).map(([kr, ore]) => num(`${kr}.${String(ore).padStart(2, "0")}`));
const words = fc.constantFrom("Audit", "Revision: år 2", "Venue #3", "Tolk – Kyiv", "Visa\tfees", "Hotell 'Rzeszów'");
const cost = fc.record({
  item: words.map(str),
  category: fc.constantFrom("audit", "venue", "visa", "climate-compensation").map(str),
  amount: money,
});
const trip = fc.record({
  to: fc.constantFrom("PL", "SE", "UA").map(str),
  depart: fc.constantFrom("2023-03-13T07:00", "2023-05-02T13:30").map(str),
  return: fc.constantFrom("2023-06-16T18:00", "2023-06-17T20:15").map(str),
  travellers: fc.constant([{ side: str("sweden"), count: num("2") }] as Value[]),
  fare: money,
  lodging: fc.oneof(money, fc.constant(str("free"))),
  subsistence: fc.constant(str("per-diem")),
});
const plan = fc
  .record({ costs: fc.array(cost, { minLength: 1, maxLength: 6 }), trips: fc.array(trip, { maxLength: 2 }) })
  .map(({ costs, trips }): { [key: string]: Value } => ({
    ...header("Styles: block, flow, JSON", "preparation", "2023"),
    // A cost repeated (the same item twice) must be priced twice in every style.
    costs: [...costs, costs[0]!],
    ...(trips.length > 0 ? { trips } : {}),
  }));
const layout = fc.record({
  eol: fc.constantFrom("\n" as const, "\r\n" as const),
  gap: fc.constantFrom(" " as const, "\t" as const, "  " as const),
  comment: fc.constantFrom("" as const, " # checked" as const, "\t# note" as const),
});

/** What a result prices: every line's amount and label, the totals and the verdict. */
function priced(text: string) {
  const result = check(text);
  return {
    verdict: result.verdict,
    codes: result.findings.map((finding) => finding.code),
    amounts: result.budget?.lines.map((line) => toMachineString(line.amount)),
    total: result.budget && toMachineString(result.budget.totals.icld),
  };
}

describe("block, flow and JSON", () => {
  it("price the same plan the same, whatever the line ends, tabs and comments", () => {
    fc.assert(
      fc.property(plan, layout, (value, how) => {
        const blockText = block(value, how).join(how.eol) + how.eol;
        const flowText = `{${Object.entries(value)
          .map(([k, v]) => `${k}:${how.gap}${flow(v, how.gap)}`)
          .join(`,${how.eol}  `)}}${how.eol}`;
        const jsonText = json(value);
        const expected = priced(jsonText);
        expect(expected.verdict).not.toBe("invalid");
        expect(priced(blockText)).toEqual(expected);
        expect(priced(flowText)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("prices a plan of 20 000 cost lines minified onto one line as it prices it over many", () => {
    const costs: Value[] = Array.from({ length: 20_000 }, (_, i) => ({
      item: str(`Cost ${i}`),
      category: str("audit"),
      amount: num(`${(i % 97) + 1}.${String(i % 100).padStart(2, "0")}`),
    }));
    const value: { [key: string]: Value } = { ...header("Minified", "project", "2024"), costs };
    const minified = priced(json(value));
    // Worked out: cost i is (i mod 97 + 1) kronor and (i mod 100) öre; over 20 000 lines the
    // kronor sum to Σ(i mod 97 + 1) and the öre to 200 × (0 + … + 99) = 990 000 öre = 9 900 kr.
    let kronor = 0;
    for (let i = 0; i < 20_000; i++) kronor += (i % 97) + 1;
    expect(minified.total).toBe(`${kronor + 9900}.00`);
    expect(priced(block(value, { eol: "\n", gap: " ", comment: "" }).join("\n"))).toEqual(minified);
  });
});
