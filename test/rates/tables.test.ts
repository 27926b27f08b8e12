/**
 * The reference tables are data (src/rates/data/*.csv, src/rates/editions/*.yaml), compiled
 * into src/rates/built-in-tables.ts. These tests tie them to their sources: every figure of the
 * published lists kept in the steering repository's shared/data (where that folder is beside
 * the project, as in CI), and spot checks worked out from the lists themselves.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { BUILT_IN_RATES } from "../../src/rates/index.js";
import { normalbeloppByYear } from "../../src/rates/normalbelopp.js";
import { EDITIONS } from "../../src/rates/icld-editions.js";
import { DEFAULT_HOURS_PER_YEAR, DEFAULT_ON_COST } from "../../src/rates/salary.js";
import { readDomestic, readEdition, readNormalbelopp, TableError, TableErrors } from "../../src/rates/read-tables.js";
import { describeTableProblem } from "../../src/check/messages.js";
import { amountsOf, check, planText, trip } from "../helpers.js";

const ROOT = new URL("../../", import.meta.url);
const SHARED = new URL("../shared/data/", ROOT);
const hasShared = existsSync(SHARED);
const sharedCsv = (name: string) => parse(readFileSync(new URL(name, SHARED), "utf8"), { columns: true, bom: true }) as Record<string, string>[];

const foreign = (year: number, code: string) => BUILT_IN_RATES.normalbelopp[year]?.countries[code];

describe("built-in tables", () => {
  it("are compiled from the data files as they are now", () => {
    const result = spawnSync(process.execPath, ["scripts/compile-rates.mjs", "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("hold each year's list as the reader of src/rates/data/normalbelopp.csv makes it, each list's entries sharing its source", () => {
    const file = "src/rates/data/normalbelopp.csv";
    const read = normalbeloppByYear(readNormalbelopp(readFileSync(new URL(file, ROOT), "utf8"), file));
    expect(Object.keys(BUILT_IN_RATES.normalbelopp)).toEqual(Object.keys(read));
    for (const year of Object.keys(read).map(Number)) expect([year, BUILT_IN_RATES.normalbelopp[year]]).toEqual([year, read[year]]);
    // A year's entries share one object per source (2024: one for 168 countries).
    const sources = new Set(Object.values(BUILT_IN_RATES.normalbelopp[2024]!.countries).map((entry) => entry.source));
    expect(sources.size).toBe(1);
  });

  it("hold Skatteverket's lists: 2023 and 2024 in full, 2025 and 2026 as far as known, with their statuses", () => {
    expect(Object.keys(BUILT_IN_RATES.normalbelopp[2023]!.countries)).toHaveLength(167);
    expect(Object.keys(BUILT_IN_RATES.normalbelopp[2024]!.countries)).toHaveLength(168);
    expect(foreign(2023, "PL")).toMatchObject({ amount: "457", confirmation: "confirmed" });
    expect(foreign(2024, "PL")).toMatchObject({
      amount: "562",
      confirmation: "confirmed",
      source: {
        kind: "text",
        en: "Skatteverket SKV A 2023:18 (list for tax year 2024)",
        sv: "Skatteverket SKV A 2023:18 (normalbelopp för beskattningsåret 2024)",
      },
    });
    expect(foreign(2023, "ZW")!.amount).toBe("260");
    expect(foreign(2024, "ZW")!.amount).toBe("660");
    expect(BUILT_IN_RATES.normalbelopp[2023]!.otherCountries!.amount).toBe("456");
    expect(foreign(2025, "UA")).toMatchObject({ amount: "334", confirmation: "secondary" });
    expect(BUILT_IN_RATES.normalbelopp[2025]!.otherCountries).toBeUndefined();
    // 2026 comes from a payroll program's source code: it counts as unconfirmed.
    expect(foreign(2026, "PL")).toMatchObject({ amount: "597", confirmation: "unconfirmed" });
    expect(foreign(2026, "PL")!.source).toMatchObject({ en: expect.stringContaining("OpenHR"), sv: expect.stringContaining("OpenHR") });
    expect(BUILT_IN_RATES.normalbelopp[2026]!.otherCountries!.amount).toBe("493");
    expect(BUILT_IN_RATES.domestic[2024]).toMatchObject({
      fullDay: "290",
      lunchAndDinnerDeduction: "203",
      allMealsDeduction: "261",
      confirmation: "confirmed",
    });
    expect(BUILT_IN_RATES.domestic[2026]).toMatchObject({ fullDay: "300", confirmation: "secondary" });
    expect([DEFAULT_ON_COST.rate, DEFAULT_ON_COST.confirmation]).toEqual(["0.4453", "confirmed"]);
    expect([DEFAULT_HOURS_PER_YEAR.hours, DEFAULT_HOURS_PER_YEAR.confirmation]).toEqual(["1720", "unconfirmed"]);
  });

  it.skipIf(!hasShared)("agree with every figure of the published lists in shared/data", () => {
    const rows = [...sharedCsv("skatteverket-normalbelopp.csv"), ...sharedCsv("skatteverket-normalbelopp-2025-2026.csv")];
    expect(rows).toHaveLength(341 + 65);
    for (const row of rows) {
      const year = BUILT_IN_RATES.normalbelopp[Number(row.year)]!;
      const entry = row.country_code === "" ? year.otherCountries : year.countries[row.country_code!];
      expect([row.year, row.country_code, entry?.amount]).toEqual([row.year, row.country_code, row.normalbelopp_sek]);
    }
    for (const row of sharedCsv("skatteverket-domestic.csv")) {
      expect(BUILT_IN_RATES.domestic[Number(row.year)]).toMatchObject({
        fullDay: row.full_day_sek,
        night: row.night_sek,
        breakfastDeduction: row.breakfast_deduction_sek,
        allMealsDeduction: row.all_meals_deduction_sek,
      });
    }
    for (const row of sharedCsv("icld-envelopes.csv")) {
      const rule = EDITIONS.find((edition) => edition.id === row.edition)!.envelopes.find(
        (e) => e.phase === row.phase && e.partnership === row.partnership && e.region === row.region,
      )!;
      expect([rule.kind, rule.limit, rule.parts[0]?.limit ?? ""]).toEqual([row.kind, row.limit_sek, row.work_limit_sek]);
      expect(rule.confirmation === "confirmed").toBe(row.confirmed === "yes");
    }
  });

  it("label icld-2023's steering-group work share as carried over from icld-2020, unconfirmed", () => {
    const rule = EDITIONS[1]!.envelopes.find((e) => e.phase === "steering-group" && e.partnership === "bilateral")!;
    expect(rule.confirmation).toBe("confirmed");
    expect(rule.parts).toEqual([expect.objectContaining({ category: "work", limit: "150000", confirmation: "unconfirmed" })]);
    expect(rule.parts[0]!.source).toMatchObject({
      en: expect.stringMatching(/^carried over from icld-2020/),
      sv: expect.stringMatching(/^överförd från icld-2020/),
    });
  });
});

describe("a 2026 trip to Poland", () => {
  it("is priced with the built-in 2026 figure and a warning that names its source, with no rate typed", () => {
    // 07:00 out, 18:00 home after 3 nights: 3.5 days × 597 = 2 089.50.
    const result = check(planText(`trips:\n${trip({ depart: "2026-03-09T07:00", return: "2026-03-12T18:00" })}`, { years: "[2026]" }));
    expect(result.verdict).toBe("fits");
    expect(amountsOf(result, "per diem")).toEqual(["2089.50"]);
    const warning = result.findings.find((f) => f.code === "UNCONFIRMED_FIGURE" && f.args.figure === "per_diem.2026.PL");
    expect(warning?.args).toMatchObject({ status: "unconfirmed", value: "597" });
    expect(String(warning?.args.source)).toContain("OpenHR");
  });
});

describe("table readers", () => {
  const header = "year,country_code,country_sv,normalbelopp_sek,status,source\n";
  const fails = (read: () => unknown) => {
    try {
      read();
    } catch (error) {
      if (error instanceof TableError) return [error.row, error.column, error.what.problem];
      throw error;
    }
    return undefined;
  };

  it("name the row and column of a bad figure, status, code, duplicate or missing column", () => {
    expect(fails(() => readNormalbelopp(`${header}2026,PL,Polen,597,code,x\n2026,DE,Tyskland,7 60,code,x\n`, "t.csv"))).toEqual([
      3,
      "normalbelopp_sek",
      "not-a",
    ]);
    expect(fails(() => readNormalbelopp(`${header}2026,PL,Polen,597,sure,x\n`, "t.csv"))).toEqual([2, "status", "not-a"]);
    expect(fails(() => readNormalbelopp(`${header}2026,QQ,Nowhere,597,code,x\n`, "t.csv"))).toEqual([2, "country_code", "not-a-country"]);
    expect(fails(() => readNormalbelopp(`${header}2026,PL,Polen,597,code,x\n2026,PL,Polen,598,code,y\n`, "t.csv"))).toEqual([
      3,
      "country_code",
      "listed-twice",
    ]);
    expect(fails(() => readNormalbelopp("year,country_code,amount\n2026,PL,597\n", "t.csv"))).toEqual([1, "country_sv", "missing-column"]);
    expect(fails(() => readDomestic("year,full_day_sek\n2026,300\n", "t.csv"))).toEqual([1, "half_day_sek", "missing-column"]);
    expect(fails(() => readNormalbelopp(`${header}2026,PL,Polen,597,code,x\n`, "t.csv"))).toBeUndefined();
  });

  /** Each problem of an edition file, worded as a finding shows it (English or Swedish). */
  const editionProblems = (text: string, lang: "sv" | "en" = "en") => {
    try {
      readEdition(text, "e.yaml");
    } catch (error) {
      if (!(error instanceof TableErrors)) throw error;
      return error.errors.map((each) => describeTableProblem({ row: each.row, column: each.column, ...each.what }, lang));
    }
    return [];
  };

  it("refuse an edition that leaves a category without eligibility or gives a slot two envelopes, at the line and column", () => {
    const text = readFileSync(new URL("src/rates/editions/icld-2020.yaml", ROOT), "utf8");
    expect(readEdition(text, "e.yaml").id).toBe("icld-2020");
    const eligible = text.split("\n").indexOf("eligible:") + 1;
    // A missing key is shown where the mapping it belongs in starts: the line after `eligible:`, column 3.
    expect(editionProblems(text.replace("  other: unconfirmed\n", ""))).toEqual([`line ${eligible + 1}, column 3, eligible.other: missing`]);
    const added = "  - {phase: project, partnership: bilateral, region: europe, period: year, kind: max, limit: 1}\n";
    const doubled = text.replace("envelopes:\n", `envelopes:\n${added}`);
    // The second of the two is named: the built-in one, now envelopes[10].
    const lines = doubled.split("\n");
    const second =
      lines.findIndex((line, index) => index > lines.indexOf(added.trimEnd()) && line.includes("phase: project, partnership: bilateral, region: europe")) + 1;
    expect(second).toBeGreaterThan(0);
    expect(editionProblems(doubled)).toEqual([`line ${second}, column 5, envelopes[10]: project bilateral europe has two envelopes`]);
  });

  it("report every problem of an edition file at once, in file order, in the tool's words in both languages", () => {
    const text = [
      "format: 2", // 1
      "id: My Ed", // 2
      "title: 5", // 3
      "colour: red", // 4
      'source: ""', // 5
      "status: maybe", // 6
      "applies: {from: 2027-02-29, to: soon}", // 7
      "envelopes:", // 8
      "  - {phase: prep, partnership: bilateral, region: any, period: phase, kind: maximum, limit: -5, of_which: {category: work}}", // 9
      "eligible: {travel: yes, work: maybe, beer: yes}", // 10
    ].join("\n");
    expect(editionProblems(text)).toEqual([
      "line 1, column 9, format: 2 is not one of 1",
      "line 2, column 5, id: \"My Ed\" is not an id of lower-case letters, digits, '.', '_' and '-' (my-programme)",
      "line 3, column 8, title: 5 is not a text",
      "line 4, column 1, colour: not a key of an edition file",
      "line 5, column 9, source: empty",
      'line 6, column 9, status: "maybe" is not one of confirmed, secondary, unconfirmed, code',
      'line 7, column 17, applies.from: "2027-02-29" is not a date (2027-01-01)',
      'line 7, column 33, applies.to: "soon" is not a date (2027-01-01)',
      'line 9, column 13, envelopes[0].phase: "prep" is not one of preparation, project, steering-group',
      'line 9, column 77, envelopes[0].kind: "maximum" is not one of max, guide',
      "line 9, column 93, envelopes[0].limit: -5 is not an amount in plain digits",
      'line 9, column 107, envelopes[0].of_which: {"category":"work"} is not a list',
      "line 10, column 11, eligible: lodging, subsistence, audit, visa, insurance, interpretation, translation, venue, local-transport, climate-compensation, communication, other missing",
      'line 10, column 31, eligible.work: "maybe" is not one of yes, no, unconfirmed',
      "line 10, column 38, eligible.beer: not a key of an edition file",
    ]);
    expect(editionProblems("format: 1\nid: x\ntitle: [\n", "sv")).toEqual([expect.stringMatching(/^rad 4, kolumn 1: /)]);
    expect(editionProblems('format: 1\nid: "x\\u001b[31m"\n', "sv")).toEqual([
      "rad 2, kolumn 5, id: texten innehåller styrtecknet U+001B, som en terminal skulle ta för ett kommando",
    ]);
    expect(editionProblems("format: 1\nid: x\nsource: s\nsource: t\n")).toEqual(["line 4, column 1: Map keys must be unique"]);
  });
});
