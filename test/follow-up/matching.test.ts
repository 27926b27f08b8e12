/**
 * Matching rows to the plan, and the findings of a follow-up, each worked out by hand on a small
 * plan: preparation 2023 (240 000 kr), anna (Swedish, 45 000 kr a month: 453.76 kr an hour),
 * olena (partner side), one trip "rzeszow" (fare 2 × 4 500 = 9 000 budgeted), audit 10 000.
 */
import { describe, expect, it } from "vitest";
import { followUp } from "../../src/calc/follow-up.js";
import { parseActuals } from "../../src/input/actuals.js";
import { readLedgerCsv } from "../../src/input/ledger-csv.js";
import { EDITIONS } from "../../src/rates/icld-editions.js";
import { check, planText } from "../helpers.js";

const PLAN = check(
  planText(
    [
      "people:",
      "  - {id: anna, name: Anna, side: sweden, monthly_salary: 45000}",
      "  - {id: olena, name: Olena, side: partner}",
      "trips:",
      "  - {id: rzeszow, to: PL, depart: 2023-03-13T07:00, return: 2023-03-16T18:00, travellers: [{side: sweden, count: 2}], fare: 4500, lodging: free, subsistence: none}",
      "work:",
      "  - {person: anna, hours: 100}",
      "costs:",
      "  - {item: Audit, category: audit, amount: 10000}",
    ].join("\n"),
  ),
);

const ACCOUNTS = 'accounts: {"7310": travel, "6420": audit, "73": other}';

/** Follows the plan up with an actuals file (its body after the version) and ledgers (CSV texts by name). */
function follow(body: string, ledgers: Record<string, string> = {}) {
  const parsed = parseActuals(`version: 1\nas_of: 2023-12-31\n${body}`, "a.yaml");
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  const rows = Object.entries(ledgers).flatMap(([name, text]) => {
    const read = readLedgerCsv(Buffer.from(text), name, {});
    expect(read.problems).toEqual([]);
    return read.rows;
  });
  return followUp(PLAN, parsed.actuals, rows, EDITIONS[1]!, "2023-12-31");
}
const codes = (result: ReturnType<typeof follow>) => result.followUp.findings.map((f) => [f.code, f.severity]);
const ledger = (...rows: string[]) => `Datum;Verifikation;Konto;Text;Belopp\n${rows.join("\n")}\n`;

describe("matching", () => {
  it("assigns a trip by a text pattern in any case, in linear time, and refuses a pattern RE2 does not take", () => {
    const result = follow(`${ACCOUNTS}\nassign:\n  - {text: "(a+)+$", trip: rzeszow}\n  - {text: "rzesz(ó|o)w", trip: rzeszow}`, {
      // (a+)+$ against 33 letters and a "!" backtracks exponentially in JavaScript's engine (minutes); RE2 answers at once.
      "l.csv": ledger(`2023-03-01;V1;7310;${"a".repeat(33)}!;100,00`, "2023-03-02;V2;7310;Tåg RZESZÓW;200,00", "2023-03-03;V3;7310;AAAA;300,00"),
    });
    expect(result.followUp.rows.map((row) => [row.text, row.trip ?? ""])).toEqual([
      [`${"a".repeat(33)}!`, ""],
      ["Tåg RZESZÓW", "rzeszow"],
      ["AAAA", "rzeszow"],
    ]);
    const refused = parseActuals('version: 1\nas_of: 2023-12-31\naccounts: {"7310": travel}\nassign:\n  - {text: "Rzesz(?=ów)", trip: rzeszow}\n', "a.yaml");
    expect(refused.ok ? [] : refused.findings.map((f) => [f.code, f.pos])).toEqual([["INVALID_PATTERN", { line: 5, column: 12 }]]);
  });

  it("maps accounts by their longest prefix, and leaves an unmapped account unassigned (an error, with the nearest mapping)", () => {
    const result = follow(ACCOUNTS, {
      "l.csv": ledger("2023-03-01;V1;7310;Flyg;9 200,00", "2023-04-01;V2;7355;Taxi;300,00", "2023-05-01;V3;6421;Porto;150,00"),
    });
    expect(result.followUp.rows.map((r) => [r.account, r.category ?? "", r.status])).toEqual([
      ["7310", "travel", "assigned"],
      ["7355", "other", "assigned"],
      ["6421", "", "unassigned"],
    ]);
    const unassigned = result.followUp.findings.find((f) => f.code === "UNASSIGNED_ROW")!;
    expect([unassigned.severity, unassigned.args.suggestion, unassigned.pos]).toEqual(["error", "6420", { line: 4, column: 1 }]);
    expect(result.followUp.reconciliation).toMatchObject({ read: 3, assigned: 2, unassigned: 1, excluded: 0 });
    expect(result.followUp.reconciliation.sumUnassigned.toFixed(2)).toBe("150.00");
  });

  it("gives a row to a trip by its trip column or the first pattern its text matches", () => {
    const result = follow(`${ACCOUNTS}\nassign:\n  - {text: "rzesz[oó]w", trip: rzeszow}`, {
      "l.csv": "Datum;Konto;Text;Belopp;Resa\n2023-03-01;7310;Flyg RZESZÓW;9 200,00;\n2023-03-02;7310;Tåg;100,00;rzeszow\n2023-03-03;7310;Tåg hem;50,00;\n",
    });
    expect(result.followUp.rows.map((r) => r.trip ?? "")).toEqual(["rzeszow", "rzeszow", ""]);
    // The trip's budget is its fares, 2 × 4 500; booked on it 9 200 + 100.
    expect(result.followUp.trips.map((t) => [t.id, t.budget.toFixed(2), t.actual.toFixed(2)])).toEqual([["rzeszow", "9000.00", "9300.00"]]);
  });

  it("takes an entry with a minus as a credit that reduces its category, as a ledger's credit row", () => {
    // Audit: 10 500 booked, a refund of 1 200 promised and one of 458.50 typed as text:
    // 10 500 − 1 200 − 458.50 = 8 841.50.
    const result = follow(
      `${ACCOUNTS}\nentries:\n  - {date: 2023-06-02, item: Refund, category: audit, amount: -1200}\n  - {date: 2023-06-03, item: Fee back, category: audit, amount: "-458.50 SEK"}`,
      { "l.csv": ledger("2023-06-01;V1;6420;Revision;10 500,00") },
    );
    expect(result.followUp.rows.map((row) => [row.source, row.amount.toFixed(2), row.status])).toEqual([
      ["ledger", "10500.00", "assigned"],
      ["entry", "-1200.00", "assigned"],
      ["entry", "-458.50", "assigned"],
    ]);
    expect(result.followUp.byCategory.get("audit")!.actual.toFixed(2)).toBe("8841.50");
    // A word that is no amount is still refused.
    const refused = parseActuals("version: 1\nentries:\n  - {date: 2023-06-02, item: Refund, category: audit, amount: minus 5}\n", "a.yaml");
    expect(refused.ok ? [] : refused.findings.map((f) => [f.code, f.pos])).toEqual([["INVALID_AMOUNT", { line: 3, column: 63 }]]);
  });

  it("refuses a trip or person the plan does not have, naming the nearest", () => {
    const result = follow(
      `${ACCOUNTS}\nassign:\n  - {text: x, trip: rzeszov}\nhours:\n  - {person: ana, year: 2023, hours: 10}\nentries:\n  - {date: 2023-05-01, item: Taxi, category: other, amount: 40, trip: rzesow}`,
    );
    // At the value that is wrong: the trip's id in the rule and in the entry (line 9, column 71),
    // the person's (line 7, "ana" at column 14); in the order they are found (the command sorts them).
    expect(result.problems.map((p) => [p.code, p.args.suggestion, p.pos])).toEqual([
      ["UNKNOWN_TRIP", "rzeszow", { line: 5, column: 21 }],
      ["UNKNOWN_TRIP", "rzeszow", { line: 9, column: 71 }],
      ["UNKNOWN_PERSON", "anna", { line: 7, column: 14 }],
    ]);
  });

  it("places a ledger row's unknown category, trip or payer at its field", () => {
    const header = "Datum;Verifikation;Konto;Text;Belopp;Kategori;Resa;Betalas av";
    const result = follow(ACCOUNTS, {
      "l.csv": `${header}\n2023-03-01;V1;7310;Flyg;100,00;resor;;\n2023-03-02;V2;7310;Tåg;200,00;travel;rzesow;kommun\n`,
    });
    // Kategori is the 6th field, Resa the 7th, Betalas av the 8th; the header is line 1.
    expect(result.problems.map((p) => [p.code, p.file, p.pos])).toEqual([
      ["UNKNOWN_CATEGORY", "l.csv", { line: 2, column: 6 }],
      ["UNKNOWN_PAYER", "l.csv", { line: 3, column: 8 }],
      ["UNKNOWN_TRIP", "l.csv", { line: 3, column: 7 }],
    ]);
  });

  it("refuses an amount in a currency the plan has no rate for, at its entry", () => {
    const result = follow(
      'entries:\n  - {date: 2023-05-01, item: Taxi, category: other, amount: "40 PLN"}\nhours:\n  - {person: anna, year: 2023, hours: 1, hourly_cost: "30 EUR"}',
    );
    // At the amount in that currency: the entry's (column 61), the hours' hourly cost (column 55).
    expect(result.problems.map((p) => [p.code, p.args.currency, p.pos])).toEqual([
      ["MISSING_FX_RATE", "PLN", { line: 4, column: 61 }],
      ["MISSING_FX_RATE", "EUR", { line: 6, column: 55 }],
    ]);
  });

  it("prices hours at the plan's hourly cost: 10 h × 453.76 = 4 537.60; a partner's hours are not eligible", () => {
    const result = follow("hours:\n  - {person: anna, year: 2023, hours: 10}\n  - {person: olena, year: 2023, hours: 5, hourly_cost: 300}");
    expect(result.followUp.rows.map((r) => r.amount.toFixed(2))).toEqual(["4537.60", "1500.00"]);
    expect(codes(result)).toEqual([["NOT_ELIGIBLE", "error"]]);
    // At olena's line of the actuals file (line 5: version and as_of come first), named as such:
    // the report places a finding without a file in the plan.
    expect(result.followUp.findings.map((f) => [f.args.file, f.pos])).toEqual([["a.yaml", { line: 5, column: 5 }]]);
    expect(result.followUp.work.map((w) => [w.person, w.hoursBudget.toString(), w.hoursActual.toString(), w.budget.toFixed(2), w.actual.toFixed(2)])).toEqual([
      ["anna", "100", "10", "45376.00", "4537.60"],
      // Claimed from ICLD all the same, which is the error.
      ["olena", "0", "5", "0.00", "1500.00"],
    ]);
  });
});

describe("findings", () => {
  it("warns of the same voucher and amount twice, across files", () => {
    const result = follow(ACCOUNTS, { "a.csv": ledger("2023-03-01;V1;6420;Revision;5 000,00"), "b.csv": ledger("2023-03-01;V1;6420;Revision;5 000,00") });
    expect(result.followUp.findings.map((f) => [f.code, f.args.file, f.args.firstFile])).toEqual([["DUPLICATE_VOUCHER", "b.csv", "a.csv"]]);
  });

  it("warns of a voucher's amount twice in one file only when the whole row repeats; an entry by hand since booked is warned of", () => {
    const result = follow(`${ACCOUNTS}\nentries:\n  - {date: 2023-03-02, item: Tåg, category: travel, amount: 450, voucher: V7}`, {
      "l.csv": ledger(
        "2023-03-01;V1;7310;Traktamente Anna;562,00",
        "2023-03-01;V1;7310;Traktamente Bertil;562,00", // two travellers' per diems: two costs
        "2023-03-01;V2;7310;Flyg;4 500,00",
        "2023-03-01;V2;7310;Flyg;4 500,00", // the same row again: row 5
        "2023-03-02;V7;7310;Tåg Västerås;450,00", // booked since it was entered by hand
      ),
    });
    expect(
      result.followUp.findings.filter((f) => f.code === "DUPLICATE_VOUCHER").map((f) => [f.args.file, f.pos?.line, f.args.firstFile, f.args.firstRow]),
    ).toEqual([
      ["l.csv", 5, "l.csv", 4],
      ["a.yaml", 5, "l.csv", 6],
    ]);
  });

  it("warns of salary counted from hours and from salary rows in one year", () => {
    const result = follow(`accounts: {"7010": work}\nhours:\n  - {person: anna, year: 2023, hours: 10}`, {
      "l.csv": ledger("2023-06-25;L9;7010;Lön juni;20 000,00"),
    });
    expect(codes(result)).toEqual([["SALARY_TWICE", "warning"]]);
  });

  it("warns when a category goes over its budget by more than the tolerance: audit 11 001 against 10 000 at 10 %", () => {
    expect(codes(follow(ACCOUNTS, { "l.csv": ledger("2023-06-01;V1;6420;Revision;11 000,00") }))).toEqual([]);
    const over = follow(ACCOUNTS, { "l.csv": ledger("2023-06-01;V1;6420;Revision;11 001,00") });
    expect(over.followUp.findings.map((f) => [f.code, f.args.subject, f.args.name])).toEqual([["OVER_BUDGET", "category", "audit"]]);
    expect(codes(follow(`${ACCOUNTS}\ntolerance: 20%`, { "l.csv": ledger("2023-06-01;V1;6420;Revision;11 001,00") }))).toEqual([]);
  });

  it("errs when the actual passes the maximum, and warns when the forecast would", () => {
    // 240 000 max. Actual 235 000 of audit: budget ahead is work 45 376 (no hours yet): forecast 280 376.
    const forecast = follow(ACCOUNTS, { "l.csv": ledger("2023-06-01;V1;6420;Revision;235 000,00") });
    const envelope = forecast.followUp.envelopes[0]!;
    expect([envelope.actual.toFixed(2), envelope.forecast.toFixed(2), envelope.fits, envelope.forecastFits]).toEqual(["235000.00", "280376.00", true, false]);
    expect(forecast.followUp.findings.map((f) => f.code)).toContain("FORECAST_OVER_ENVELOPE");
    const over = follow(ACCOUNTS, { "l.csv": ledger("2023-06-01;V1;6420;Revision;240 000,01") });
    expect(over.followUp.findings.filter((f) => f.code === "ACTUAL_OVER_ENVELOPE").map((f) => [f.severity, f.args.over])).toEqual([["error", "0.01"]]);
  });

  it("warns of a ledger row or entry dated after the day the books were read, not of hours or excluded rows", () => {
    const parsed = parseActuals(
      `version: 1\nas_of: 2023-06-30\n${ACCOUNTS}\nhours:\n  - {person: anna, year: 2023, hours: 1}\nentries:\n  - {date: 2023-07-01, item: Taxi, category: other, amount: 100}\n  - {date: 2023-06-30, item: Buss, category: other, amount: 50}`,
      "a.yaml",
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    const read = readLedgerCsv(
      Buffer.from(ledger("2023-06-30;V1;7310;Flyg;100,00", "2023-07-01;V2;7310;Tåg;200,00", "2024-01-02;V3;7310;Buss;300,00")),
      "l.csv",
      {},
    );
    const result = followUp(PLAN, parsed.actuals, read.rows, EDITIONS[1]!, "2023-12-31");
    const after = result.followUp.findings.filter((f) => f.code === "DATED_AFTER_AS_OF");
    // Row 3 of the ledger and the first entry (line 7); the row of 2024 is excluded (outside the plan's years) and only said so.
    expect(after.map((f) => [f.args.file, f.pos?.line, f.args.date, f.args.asOf])).toEqual([
      ["l.csv", 3, "2023-07-01", "2023-06-30"],
      ["a.yaml", 7, "2023-07-01", "2023-06-30"],
    ]);
    expect(after.every((f) => f.severity === "warning")).toBe(true);
  });

  it("lists hours of a year outside the plan among the excluded rows, not as a row of the salary statement", () => {
    const result = follow(`${ACCOUNTS}\nhours:\n  - {person: anna, year: 2023, hours: 10}\n  - {person: anna, year: 2022, hours: 5}`);
    expect(result.followUp.rows.map((r) => [r.year, r.status, r.amount.toFixed(2)])).toEqual([
      [2023, "assigned", "4537.60"],
      [2022, "excluded", "2268.80"], // 5 h × 453.76
    ]);
    expect(result.followUp.work.map((w) => [w.person, w.year, w.hoursActual.toString(), w.actual.toFixed(2)])).toEqual([["anna", 2023, "10", "4537.60"]]);
    expect(codes(result)).toEqual([["OUTSIDE_PLAN_YEARS", "warning"]]);
  });

  it("excludes rows outside the plan's years with a warning, and keeps co-financing apart", () => {
    const result = follow(`${ACCOUNTS}\nentries:\n  - {date: 2023-05-01, item: Tolk, category: interpretation, amount: 2000, paid_by: municipality}`, {
      "l.csv": ledger("2022-12-30;V0;7310;Förskott;1 000,00", "2023-03-01;V1;7310;Flyg;100,00"),
    });
    expect(result.followUp.rows.map((r) => [r.status, r.because ?? ""])).toEqual([
      ["excluded", "outside-plan-years"],
      ["assigned", ""],
      ["assigned", ""],
    ]);
    expect([result.followUp.actual.toFixed(2), result.followUp.cofinanced.toFixed(2)]).toEqual(["100.00", "2000.00"]);
    expect(codes(result)).toEqual([["OUTSIDE_PLAN_YEARS", "warning"]]);
  });
});
