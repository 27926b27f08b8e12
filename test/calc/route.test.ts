/**
 * A trip through several countries (`route:`): Skatteverket pays each day the per diem of the
 * country where the longest part of the day between 06:00 and 24:00 was spent. Every figure worked
 * out by hand from the 2024 tables: Poland 562 kr a day (night allowance 281), Ukraine 393 kr
 * (196.50); a free breakfast abroad is 15 % of the day's amount.
 */
import { describe, expect, it } from "vitest";
import { routeCountryAt, routeCountryOn, routeStretches } from "../../src/calc/trip-days.js";
import { dayNumber, type LocalDateTime } from "../../src/input/leaves.js";
import { toMachineString } from "../../src/model/money.js";
import { check, codesAt, planText } from "../helpers.js";

const lines = (text: string) =>
  check(text).budget!.lines.map((line) => [line.key, toMachineString(line.quantity), toMachineString(line.rate), toMachineString(line.amount)]);
const time = (text: string): LocalDateTime => {
  const [date, clock] = text.split("T") as [string, string];
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = clock.split(":").map(Number) as [number, number];
  return { day: dayNumber(y, m, d)!, year: y, minutes: hh * 60 + mm, text };
};
const dayOf = (date: string) => time(`${date}T00:00`).day;

/** Västerås → Rzeszów (PL) → Shatsk (UA) → back through Poland, two travellers, 15–19 April 2024. */
const shatsk = (fields: { route?: string; extra?: string } = {}) =>
  planText(
    [
      "trips:",
      "  - id: shatsk",
      "    to: UA",
      "    depart: 2024-04-15T06:00",
      "    return: 2024-04-19T20:00",
      `    route: ${fields.route ?? "[{country: PL, until: 2024-04-16T14:00}, {country: UA, until: 2024-04-18T10:00}, {country: PL}]"}`,
      "    travellers: [{side: sweden, count: 2}]",
      "    lodging: none",
      "    subsistence: per-diem",
      ...(fields.extra ? [fields.extra] : []),
    ].join("\n"),
    { phase: "project", years: "[2024]" },
  );

describe("the country of a day along a route", () => {
  const depart = time("2024-04-15T06:00");
  const back = time("2024-04-19T20:00");
  const route = [{ country: "PL", until: time("2024-04-16T14:00") }, { country: "UA", until: time("2024-04-18T10:00") }, { country: "PL" }];

  it("is the country of the longest part of 06:00–24:00, and a night's is the country at its midnight", () => {
    // 16 April: Poland 06–14 (8 h), Ukraine 14–24 (10 h); 18 April: Ukraine 06–10 (4 h), Poland 10–24 (14 h).
    const days = ["2024-04-15", "2024-04-16", "2024-04-17", "2024-04-18", "2024-04-19"];
    expect(days.map((date) => routeCountryOn(routeStretches(depart, back, route), dayOf(date)))).toEqual(["PL", "UA", "UA", "PL", "PL"]);
    // The nights that start on 15–18 April, at the midnight after each.
    expect(days.slice(0, 4).map((date) => routeCountryAt(routeStretches(depart, back, route), (dayOf(date) + 1) * 1440))).toEqual(["PL", "UA", "UA", "PL"]);
  });

  it("goes to the country reached first on a tie, and ignores the hours before 06:00", () => {
    // Poland 06–15 and Ukraine 15–24: nine hours each.
    const tie = [{ country: "PL", until: time("2024-04-16T15:00") }, { country: "UA" }];
    expect(routeCountryOn(routeStretches(depart, back, tie), dayOf("2024-04-16"))).toBe("PL");
    // Ukraine from 00:00 to 05:00, Poland from 05:00: the night hours do not count.
    const night = [{ country: "UA", until: time("2024-04-16T05:00") }, { country: "PL" }];
    expect(routeCountryOn(routeStretches(depart, back, night), dayOf("2024-04-16"))).toBe("PL");
  });
});

describe("a trip with a route", () => {
  it("is paid each day at its country's figure: 3 Polish days and 2 Ukrainian ones, and the nights likewise", () => {
    // Per diem: 2 travellers × 3 days × 562 = 3 372 and 2 × 2 × 393 = 1 572 (not 2 × 5 × 393 = 3 930).
    // Night allowance: nights of 15 and 18 April in Poland, 2 × 2 × 281 = 1 124; of 16 and 17 in
    // Ukraine, 2 × 2 × 196.50 = 786.
    expect(lines(shatsk())).toEqual([
      ["trip:shatsk/night-allowance:PL", "4.00", "281.00", "1124.00"],
      ["trip:shatsk/night-allowance:UA", "4.00", "196.50", "786.00"],
      ["trip:shatsk/per-diem:PL", "6.00", "562.00", "3372.00"],
      ["trip:shatsk/per-diem:UA", "4.00", "393.00", "1572.00"],
    ]);
    expect(check(shatsk()).findings).toEqual([]);
    // Each per diem line says which days it pays, each night allowance which nights (explain shows them).
    const days = check(shatsk()).budget!.lines.flatMap((line) => (line.what.kind === "per-diem" ? [[line.what.country, line.what.routeDays]] : []));
    expect(days).toEqual([
      ["PL", ["2024-04-15", "2024-04-18", "2024-04-19"]],
      ["UA", ["2024-04-16", "2024-04-17"]],
    ]);
    const nights = check(shatsk()).budget!.lines.flatMap((line) => (line.what.kind === "night-allowance" ? [[line.what.country, line.what.routeNights]] : []));
    expect(nights).toEqual([
      ["PL", ["2024-04-15", "2024-04-18"]],
      ["UA", ["2024-04-16", "2024-04-17"]],
    ]);
  });

  it("in one country is the trip without one, its keys unchanged; a route's country replaces `to`", () => {
    const without = planText(
      "trips:\n  - {id: shatsk, to: UA, depart: 2024-04-15T06:00, return: 2024-04-19T20:00, travellers: [{side: sweden, count: 2}], lodging: none, subsistence: per-diem}",
      { phase: "project", years: "[2024]" },
    );
    expect(lines(shatsk({ route: "[{country: UA}]" }))).toEqual(lines(without));
    // Five days in Poland: 2 × 5 × 562 = 5 620; four nights 2 × 4 × 281 = 2 248.
    expect(lines(shatsk({ route: "[{country: PL}]" }))).toEqual([
      ["trip:shatsk/night-allowance", "8.00", "281.00", "2248.00"],
      ["trip:shatsk/per-diem", "10.00", "562.00", "5620.00"],
    ]);
  });

  it("deducts a free meal given by date at that day's country: a breakfast in Ukraine on 16 April is 15 % × 393", () => {
    const meals = shatsk({ extra: "    meals_provided: [{date: 2024-04-16, breakfast: true}]" });
    // 0.15 × 393 = 58.95 for each of the two travellers.
    expect(lines(meals).find(([key]) => key === "trip:shatsk/free-meals-2024-04-16")).toEqual([
      "trip:shatsk/free-meals-2024-04-16",
      "2.00",
      "-58.95",
      "-117.90",
    ]);
  });

  it("refuses free meals counted over a trip through several countries, and route times out of order, at their places", () => {
    const counted = check(shatsk({ extra: "    meals_provided: {breakfast: 2}" }));
    expect(counted.findings.map((f) => [f.code, f.args.countries])).toEqual([["ROUTE_MEALS_NEED_DATES", "PL, UA"]]);
    // Line 13 is the route; each stretch is in its own {…}.
    const text = shatsk({
      route: "[{country: PL}, {country: UA, until: 2024-04-14T10:00}, {country: PL, until: 2024-04-20T10:00}, {country: UA, until: 2024-04-19T10:00}]",
    });
    const line = text.split("\n").findIndex((l) => l.startsWith("    route:")) + 1;
    const column = (part: string) => text.split("\n")[line - 1]!.indexOf(part) + 1;
    const result = check(text);
    expect(codesAt(result.findings)).toEqual([
      `ROUTE_TIMES@${line}:${column("{country: PL}")}`,
      `ROUTE_TIMES@${line}:${column("2024-04-14T10:00")}`,
      `ROUTE_TIMES@${line}:${column("2024-04-20T10:00")}`,
      `ROUTE_TIMES@${line}:${column("2024-04-19T10:00")}`,
    ]);
    expect(result.findings.map((f) => f.args.problem)).toEqual(["until-missing", "order", "order", "last-until"]);
  });

  it("needs a figure for each country and year it is paid in, and no other", () => {
    // The built-in tables have no Polish figure for 2025.
    const result = check(shatsk().replaceAll("2024", "2025"));
    expect(result.findings.map((f) => [f.code, f.args.country, f.args.year])).toEqual([["MISSING_PER_DIEM_RATE", "PL", 2025]]);
    // In Poland only from 23:00 to 01:00, in a hotel: no day and no night allowance is Polish, so
    // no Polish figure is needed. Five Ukrainian days of 2025 at 334 kr: 2 × 5 × 334 = 3 340.
    const night = shatsk({ route: "[{country: UA, until: 2025-04-16T23:00}, {country: PL, until: 2025-04-17T01:00}, {country: UA}]" })
      .replaceAll("2024", "2025")
      .replace("lodging: none", "lodging: 1000");
    // (Ukraine's 2025 figure is from a secondary source, which is said; nothing is missing.)
    expect(check(night).findings.map((f) => [f.code, f.args.figure])).toEqual([["UNCONFIRMED_FIGURE", "per_diem.2025.UA"]]);
    expect(lines(night)).toEqual([
      ["trip:shatsk/lodging", "8.00", "1000.00", "8000.00"],
      ["trip:shatsk/per-diem", "10.00", "334.00", "3340.00"],
    ]);
  });
});
