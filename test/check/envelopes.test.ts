/**
 * Envelopes, money in other currencies, work and co-financing, each figure worked out by hand
 * from domain.md and plan-format.md.
 */
import { describe, expect, it } from "vitest";
import { getExitCode } from "../../src/check/exit-code.js";
import { lineLabel } from "../../src/model/line-label.js";
import { toMachineString } from "../../src/model/money.js";
import { amountsOf, check, planText } from "../helpers.js";

const cost = (amount: string, more = "") => `  - {item: Cost, category: audit, amount: ${amount}${more}}`;

describe("the preparation envelope (icld-2023, Europe: 240 000 kr max for the phase)", () => {
  it("fits a plan exactly at the cap, with nothing remaining", () => {
    const result = check(planText(`costs:\n${cost("240000")}`));
    expect(result.envelopes.map((e) => [e.id, e.period, e.kind, toMachineString(e.limit), toMachineString(e.remaining), e.fits])).toEqual([
      ["preparation", "phase", "max", "240000.00", "0.00", true],
    ]);
    expect(result.verdict).toBe("fits");
    expect(getExitCode([result])).toBe(0);
  });

  it("does not fit one öre over: ENVELOPE_EXCEEDED, an error, exit 1", () => {
    const result = check(planText(`costs:\n${cost("240000.01")}`));
    expect(toMachineString(result.envelopes[0]!.remaining)).toBe("-0.01");
    expect(result.findings.map((f) => [f.code, f.severity, f.args.over])).toEqual([["ENVELOPE_EXCEEDED", "error", "0.01"]]);
    expect(result.verdict).toBe("over");
    expect(getExitCode([result])).toBe(1);
  });

  it("uses the region's figure: a Kenyan partner under icld-2020 has 275 000 kr", () => {
    const text = planText(`costs:\n${cost("250000")}`, { rules: "icld-2020" }).replace("country: UA", "country: KE");
    const result = check(text);
    expect(toMachineString(result.envelopes[0]!.limit)).toBe("275000.00");
    expect(result.plan!.region).toBe("africa-asia");
    expect(result.verdict).toBe("fits");
  });

  it("warns that a carried-over icld-2023 figure is unconfirmed (trilateral preparation, 275 000 kr)", () => {
    const result = check(planText(`costs:\n${cost("1000")}`, { extra: "partnership: trilateral" }));
    expect(toMachineString(result.envelopes[0]!.limit)).toBe("275000.00");
    expect(result.findings.map((f) => f.code)).toEqual(["UNCONFIRMED_FIGURE"]);
  });

  it("treats a Latin American partner as Africa/Asia and says the placement is unconfirmed", () => {
    const result = check(planText(`costs:\n${cost("1000")}`, { rules: "icld-2020" }).replace("country: UA", "country: CO"));
    expect(result.plan!.region).toBe("africa-asia");
    expect(result.findings.map((f) => [f.code, f.args.figure])).toEqual([["UNCONFIRMED_FIGURE", "region"]]);
  });
});

describe("project and steering-group envelopes apply to each year", () => {
  it("flags only the year over its cap in a three-year project", () => {
    const result = check(
      planText(`costs:\n${cost("100000", ", year: 2024")}\n${cost("450000.01", ", year: 2025")}\n${cost("450000", ", year: 2026")}`, {
        phase: "project",
        years: "[2024, 2025, 2026]",
      }),
    );
    expect(result.envelopes.map((e) => [e.period, toMachineString(e.total), e.fits])).toEqual([
      [2024, "100000.00", true],
      [2025, "450000.01", false],
      [2026, "450000.00", true],
    ]);
    expect(result.findings.map((f) => [f.code, f.args.period])).toEqual([["ENVELOPE_EXCEEDED", "2025"]]);
  });

  it("points at a year where `years:` writes it, in whatever order: the envelope's 2024 and the funding's 2027", () => {
    // Line 6 is `years: [2027, 2024]`: "2027" at column 9, "2024" at column 15.
    const result = check(planText(`costs:\n${cost("450000.01", ", year: 2024")}`, { phase: "project", years: "[2027, 2024]" }));
    expect(result.findings.map((f) => [f.code, f.args.period ?? f.args.year, f.pos])).toEqual([
      ["ENVELOPE_EXCEEDED", "2024", { line: 6, column: 15 }],
      ["ICLD_FUNDING_ENDS", 2027, { line: 6, column: 9 }],
    ]);
  });

  it("warns (GUIDE_EXCEEDED), not errs, when the steering group's work share passes 150 000 kr", () => {
    // 160 h × 1 000 kr = 160 000 kr of work: over the 150 000 guide, while 160 000 is under 300 000.
    const result = check(planText(`work:\n  - {role: Chair, hourly_cost: 1000, hours: 160}`, { phase: "steering-group", years: "[2024]" }));
    const [year] = result.envelopes;
    expect([year!.kind, toMachineString(year!.total), year!.fits]).toEqual(["guide", "160000.00", true]);
    expect(year!.parts.map((p) => [p.id, toMachineString(p.limit), toMachineString(p.remaining), p.fits])).toEqual([
      ["steering-group.work", "150000.00", "-10000.00", false],
    ]);
    // icld-2023's work share is carried over from icld-2020: the result says it rests on it.
    expect(result.findings.map((f) => [f.code, f.severity, f.args.figure ?? ""])).toEqual([
      ["UNCONFIRMED_FIGURE", "warning", "envelope.icld-2023.steering-group.bilateral.any.work"],
      ["GUIDE_EXCEEDED", "warning", ""],
    ]);
    expect(getExitCode([result])).toBe(0);
    expect(getExitCode([result], { strict: true })).toBe(1);
  });

  it("rejects a project of four years", () => {
    const result = check(planText("", { phase: "project", years: "[2023, 2024, 2025, 2026]" }));
    expect(result.findings.map((f) => f.code)).toEqual(["TOO_MANY_YEARS"]);
    expect(getExitCode([result])).toBe(2);
  });
});

describe("money in other currencies", () => {
  it("converts exactly at the plan's rate: 450 EUR at 11.45 = 5 152.50 kr per traveller", () => {
    const text = planText(
      `trips:\n  - {to: PL, depart: 2023-03-13T07:00, return: 2023-03-14T18:00, travellers: [{side: sweden, count: 3}], fare: "450 EUR", lodging: free, subsistence: none,\n     extras: [{item: Visa, category: visa, amount: "60 EUR", per: traveller}]}`,
      { extra: 'fx: {EUR: "11.4532"}' },
    );
    const result = check(text);
    // A price converted to kronor is quoted in whole öre, and the line is quantity × that price:
    // 450 × 11.4532 = 5 153.94, × 3 = 15 461.82; 60 × 11.4532 = 687.192 → 687.19, × 3 = 2 061.57.
    expect(amountsOf(result, "fare")).toEqual(["15461.82"]);
    expect(amountsOf(result, "Visa")).toEqual(["2061.57"]);
  });

  it("converts a cost line too, and its label says at which rate: 200.5 EUR at 11.4532 = 2 296.37 kr", () => {
    const result = check(planText(`costs:\n  - {item: Conference fee, category: other, amount: "200.5 EUR"}`, { extra: 'fx: {EUR: "11.4532"}' }));
    // 200.5 × 11.4532 = 2 296.3666 → 2 296.37 (rounded to öre once, on the line).
    expect(amountsOf(result, "Conference fee")).toEqual(["2296.37"]);
    expect(lineLabel(result.budget!.lines[0]!.what)).toBe("Conference fee (200.5 EUR at 11.4532 SEK/EUR)");
  });
});

describe("work", () => {
  it("prices a share of full time: 10 % for 6 months of 1 720 h = 86 h at 45 000 kr and 44.53 % (453.76 kr an hour) = 39 023.36 kr", () => {
    const result = check(planText(`people:\n  - {id: anna, side: sweden, monthly_salary: 45000}\nwork:\n  - {person: anna, share: 10%, months: 6}`));
    const [line] = result.budget!.lines;
    expect([line!.quantity.toString(), toMachineString(line!.amount)]).toEqual(["86", "39023.36"]);
  });

  it("uses the built-in defaults when the plan has none, and lists them as assumptions", () => {
    const text = planText(`people:\n  - {id: anna, side: sweden, monthly_salary: 45000}\nwork:\n  - {person: anna, hours: 10}`).replace(
      "defaults: {on_cost: 44.53%, hours_per_year: 1720}",
      "",
    );
    const result = check(text);
    expect(toMachineString(result.budget!.lines[0]!.amount)).toBe("4537.60"); // 10 × 453.76
    expect(result.budget!.assumptions.filter((a) => a.isDefault).map((a) => [a.key, a.value.toString()])).toEqual([
      ["hours_per_year", "1720"],
      ["on_cost", "0.4453"],
    ]);
    // ICLD's own divisor is not confirmed: the result says so.
    expect(result.findings.map((f) => [f.code, f.args.figure])).toEqual([["UNCONFIRMED_FIGURE", "hours_per_year"]]);
  });

  it("does not let ICLD pay a partner-side salary (NOT_ELIGIBLE, exit 1)", () => {
    const result = check(planText(`people:\n  - {id: olena, side: partner, monthly_salary: 20000}\nwork:\n  - {person: olena, hours: 10}`));
    expect(result.findings.map((f) => [f.code, f.args.reason])).toEqual([["NOT_ELIGIBLE", "partner-salary"]]);
    expect(getExitCode([result])).toBe(1);
  });
});

describe("co-financing and eligibility", () => {
  it("shows co-financed costs but keeps them out of the envelope", () => {
    const result = check(planText(`costs:\n${cost("200000")}\n${cost("50000", ", paid_by: municipality")}`));
    expect(toMachineString(result.budget!.totals.icld)).toBe("200000.00");
    expect(toMachineString(result.budget!.totals.cofinanced)).toBe("50000.00");
    expect(toMachineString(result.envelopes[0]!.total)).toBe("200000.00");
    expect(result.verdict).toBe("fits");
  });

  it("warns of an ICLD-paid interpreter (eligibility unconfirmed) but not of a co-financed one", () => {
    const result = check(
      planText(
        `costs:\n  - {item: Interpreter, category: interpretation, amount: 3000}\n  - {item: Interpreter, category: interpretation, amount: 3000, paid_by: municipality}`,
      ),
    );
    expect(result.findings.map((f) => [f.code, f.pos?.line])).toEqual([["ELIGIBILITY_UNCONFIRMED", 10]]);
  });

  it("warns of costs after 2026, when ICLD's funding ends", () => {
    const result = check(planText(`costs:\n${cost("1000")}`, { years: "[2027]" }));
    expect(result.findings.map((f) => [f.code, f.args.year])).toEqual([["ICLD_FUNDING_ENDS", 2027]]);
    expect(getExitCode([result])).toBe(0);
  });
});
