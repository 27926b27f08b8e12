/**
 * Properties over thousands of generated plans (fast-check):
 * - no input makes the check throw; it always ends in exit status 0, 1 or 2, and every finding
 *   carries a position in the file;
 * - for valid plans, totals equal the sum of the line items, each envelope's remaining
 *   amount is its limit minus its total, and every line is quantity × a rate in whole öre.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from "yaml";
import { getExitCode } from "../src/check/exit-code.js";
import { roundToOre, sumAmounts, ZERO } from "../src/model/money.js";
import { check } from "./helpers.js";

const budgets = new URL("../budgets/", import.meta.url);
const EXAMPLES = readdirSync(budgets)
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => readFileSync(new URL(name, budgets), "utf8"));

type Path = (string | number)[];

/** Every path to a value in a YAML document. */
function paths(node: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const path = [...prefix, String(pair.key.value)];
      out.push(path, ...paths(pair.value, path));
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const path = [...prefix, index];
      out.push(path, ...paths(item, path));
    });
  }
  return out;
}

const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(".inf", "-.nan", "1e400", "-5", "0", "", "2024-02-30T07:00", "2025-13-01T25:61", "450 XYZ", "44.53%", "null", "~", "[]", "{}"),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 16)),
);

type Mutation = { kind: "drop" | "rename" | "set"; pick: number; value: unknown; name: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("drop", "rename", "set"),
  pick: fc.nat(),
  value: fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 3 })),
  name: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("__proto__", "constructor", "fair", "travelers")),
});

/** Applies mutations to a plan's text through the YAML document model. */
function mutate(text: string, mutations: Mutation[]): string {
  const doc = parseDocument(text);
  for (const change of mutations) {
    const all = paths(doc.contents);
    if (all.length === 0) break;
    const path = all[change.pick % all.length]!;
    try {
      if (change.kind === "drop") doc.deleteIn(path);
      else if (change.kind === "set") doc.setIn(path, change.value);
      else if (typeof path[path.length - 1] === "string") {
        const value = doc.getIn(path, true) as Node | undefined;
        doc.deleteIn(path);
        const parent = path.slice(0, -1);
        if (parent.length === 0 || isMap(doc.getIn(parent, true))) doc.setIn([...parent, change.name], value ?? null);
      }
    } catch {
      // The yaml library's path API cannot reach numeric keys by their text (per_diem_rates: {2025: …}); skip.
    }
  }
  return doc.toString();
}

function assertWellFormed(text: string) {
  const result = check(text);
  expect(["fits", "over", "invalid"]).toContain(result.verdict);
  expect([0, 1, 2]).toContain(getExitCode([result]));
  for (const finding of result.findings) {
    expect(finding.pos, `${finding.code} has no position`).toBeDefined();
    expect(finding.pos!.line).toBeGreaterThanOrEqual(1);
    expect(finding.pos!.column).toBeGreaterThanOrEqual(1);
  }
  return result;
}

describe("properties", () => {
  it("never throws on mutated example plans, and places every finding", () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXAMPLES), fc.array(mutation, { minLength: 1, maxLength: 4 }), (text, mutations) => {
        assertWellFormed(mutate(text, mutations));
      }),
      { numRuns: 1500 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => void assertWellFormed(text)),
      { numRuns: 1000 },
    );
  });

  it("adds totals up from the lines and envelopes up from limits and totals, on generated valid plans", () => {
    const amount = fc.tuple(fc.nat({ max: 200_000 }), fc.nat({ max: 99 })).map(([kr, ore]) => `${kr}.${String(ore).padStart(2, "0")}`);
    const trip = fc.record({
      to: fc.constantFrom("PL", "SE", "UA", "KE", "ZW", "GT"),
      day: fc.integer({ min: 1, max: 20 }),
      nights: fc.integer({ min: 0, max: 6 }),
      departHour: fc.integer({ min: 0, max: 23 }),
      returnHour: fc.integer({ min: 0, max: 23 }),
      count: fc.integer({ min: 1, max: 8 }),
      fare: amount,
      lodging: fc.oneof(amount, fc.constantFrom("free", "none")),
      subsistence: fc.oneof(
        fc.constant("per-diem"),
        fc.constant("none"),
        amount.map((a) => `{per_day: ${a}}`),
      ),
      breakfasts: fc.integer({ min: 0, max: 6 }),
      paidBy: fc.constantFrom("icld", "municipality"),
      year: fc.constantFrom(2023, 2024),
    });
    const plan = fc.record({
      phase: fc.constantFrom("preparation", "project", "steering-group"),
      trips: fc.array(trip, { maxLength: 5 }),
      costs: fc.array(
        fc.tuple(
          fc.oneof(
            amount,
            amount.map((a) => `"${a} EUR"`),
          ),
          fc.constantFrom("audit", "venue", "other"),
          fc.constantFrom(2023, 2024),
        ),
        { maxLength: 4 },
      ),
      salary: fc.integer({ min: 20_000, max: 90_000 }),
      fx: fc.tuple(fc.integer({ min: 1, max: 30 }), fc.nat({ max: 9999 })).map(([whole, part]) => `${whole}.${String(part).padStart(4, "0")}`),
      hours: fc.array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom(2023, 2024)), { maxLength: 3 }),
    });
    const pad = (n: number) => String(n).padStart(2, "0");
    fc.assert(
      fc.property(plan, (p) => {
        const trips = p.trips.map((t) => {
          const back = t.day + t.nights;
          const returnHour = t.nights === 0 ? Math.max(t.departHour, t.returnHour) : t.returnHour;
          return `  - {to: ${t.to}, depart: ${t.year}-03-${pad(t.day)}T${pad(t.departHour)}:00, return: ${t.year}-03-${pad(back)}T${pad(returnHour)}:00, travellers: [{side: sweden, count: ${t.count}}], fare: ${t.fare}, lodging: ${t.lodging}, subsistence: ${t.subsistence}, meals_provided: {breakfast: ${Math.min(t.breakfasts, t.nights + 1)}}, paid_by: ${t.paidBy}}`;
        });
        const text = [
          "version: 1",
          "title: Generated",
          `phase: ${p.phase}`,
          "partner: {country: UA}",
          "years: [2023, 2024]",
          "defaults: {on_cost: 44.53%, hours_per_year: 1720}",
          `fx: {EUR: "${p.fx}"}`,
          `people:\n  - {id: anna, side: sweden, monthly_salary: ${p.salary}}`,
          trips.length ? `trips:\n${trips.join("\n")}` : "",
          p.costs.length ? `costs:\n${p.costs.map(([a, c, y]) => `  - {item: X, category: ${c}, amount: ${a}, year: ${y}}`).join("\n")}` : "",
          p.hours.length ? `work:\n${p.hours.map(([h, y]) => `  - {person: anna, hours: ${h}, year: ${y}}`).join("\n")}` : "",
        ].join("\n");
        const result = assertWellFormed(text);
        expect(result.verdict).not.toBe("invalid");
        const { lines, totals } = result.budget!;
        const icld = lines.filter((line) => line.paidBy === "icld");
        expect(totals.icld.equals(sumAmounts(icld.map((line) => line.amount)))).toBe(true);
        expect(totals.cofinanced.equals(sumAmounts(lines.filter((l) => l.paidBy !== "icld").map((l) => l.amount)))).toBe(true);
        expect(sumAmounts(totals.byCategory.values()).equals(totals.icld)).toBe(true);
        expect(sumAmounts(totals.byYear.values()).equals(totals.icld)).toBe(true);
        for (const envelope of result.envelopes) {
          expect(envelope.remaining.equals(envelope.limit.minus(envelope.total))).toBe(true);
          expect(envelope.fits).toBe(envelope.total.lessThanOrEqualTo(envelope.limit));
        }
        // Every line's rate is in whole öre, and its amount is the product shown beside it.
        for (const line of lines) {
          expect(line.rate.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(line.amount.equals(roundToOre(line.quantity.times(line.rate)))).toBe(true);
        }
        const envelopeSum = result.envelopes.reduce((sum, envelope) => sum.plus(envelope.total), ZERO);
        expect(envelopeSum.equals(totals.icld)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
