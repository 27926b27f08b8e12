/** Builders for plans in tests: a valid header plus whatever the test is about. */
import { checkPlanText, type PlanResult } from "../src/check/check-plan.js";
import { toMachineString } from "../src/model/money.js";
import { lineLabel } from "../src/model/line-label.js";
import type { Finding } from "../src/model/types.js";
import { BUILT_IN_RATES } from "../src/rates/index.js";

export interface Header {
  phase?: string;
  rules?: string;
  years?: string;
  extra?: string;
}

/** A plan's text: a header (preparation, icld-2023, Ukraine, 2023 unless said) and a body. */
export function planText(body: string, header: Header = {}): string {
  return [
    "version: 1",
    "title: Test plan",
    `phase: ${header.phase ?? "preparation"}`,
    `rules: ${header.rules ?? "icld-2023"}`,
    "partner: {municipality: Shatsk, country: UA}",
    `years: ${header.years ?? "[2023]"}`,
    "defaults: {on_cost: 44.53%, hours_per_year: 1720}",
    header.extra ?? "",
    body,
  ].join("\n");
}

/** Checks a plan's text with the built-in rates. */
export function check(text: string): PlanResult {
  return checkPlanText(text, "test.yaml", BUILT_IN_RATES);
}

/** The amounts of a result's lines whose label contains `part`, as machine strings. */
export function amountsOf(result: PlanResult, part: string): string[] {
  return (result.budget?.lines ?? []).filter((line) => lineLabel(line.what).includes(part)).map((line) => toMachineString(line.amount));
}

/** Codes of findings with their positions: "CODE@line:column". */
export function codesAt(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.code}@${finding.pos?.line}:${finding.pos?.column}`);
}

/** A trip in flow style, with defaults for the keys a test does not care about. */
export function trip(fields: Record<string, string>): string {
  const all = {
    to: "PL",
    depart: "2023-03-13T07:00",
    return: "2023-03-16T18:00",
    travellers: "[{side: sweden, count: 1}]",
    lodging: "free",
    subsistence: "per-diem",
    ...fields,
  };
  return `  - {${Object.entries(all)
    .map(([key, value]) => `${key}: ${value}`)
    .join(", ")}}`;
}

/** The 1-based line and column where `needle` first appears in `text` (its `nth` occurrence). */
export function positionOf(text: string, needle: string, nth = 1): string {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, index).split("\n");
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}
