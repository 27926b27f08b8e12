/**
 * The worked example in budgets/follow-up/, against budgets/project.yaml, run the way a user runs
 * it. Worked out by hand from the files (books read on 2024-09-30):
 *
 * Ledger CSV (Swedish Excel: semicolons, decimal commas, Windows-1252), project 4711:
 *   flights 24 350,00 − refund 850,00 = 23 500 travel; hotel 21 800 lodging; per diem 12 364;
 *   minibus 3 010,50 local transport — all in Rzeszów, so on that trip (60 674,50);
 *   climate compensation 1 500 (no trip); excluded: 9 999 of project 4712, 2 000 dated 2023.
 * SIE (code page 437): audit 12 500 (its other side, account 2440, excluded); visa 916 and an
 *   added row (#RTRANS) of 458, whose repeated #TRANS is skipped, on the partners' visit;
 *   a removed row (#BTRANS) of 500 and the bank side −1 374 excluded.
 * Entries: an interpreter 3 000 paid by the municipality (co-financing); a venue deposit
 *   100 EUR × 11.45 = 1 145 on the visit.
 * Hours at the plan's hourly costs: Anna 200 × 484.01 = 96 802.00; Carl 60 × 423.51 = 25 410.60;
 *   Dana 24 × 520 = 12 480.00 → 134 692.60.
 * ICLD actual: 23 500 + 21 800 + 12 364 + 3 010.50 + 1 500 + 12 500 + 1 374 + 1 145 + 134 692.60
 *   = 211 886.10 of 450 000: 238 113.90 remaining.
 * Forecast: the visit (departing 2024-10-07) at its budget 117 796 less 2 519 booked = 115 277;
 *   work 229 650.44 − 134 692.60 = 94 957.84; audit 12 000 − 12 500 → 0; so
 *   211 886.10 + 210 234.84 = 422 120.94.
 * Rows: 8 + 6 + 2 + 3 = 19 read (213 511.10), 14 assigned (214 886.10), 0 unassigned,
 *   5 excluded (9 999 + 2 000 − 12 500 + 500 − 1 374 = −1 375.00).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/money.js";

const BIN = new URL("../../bin/icld-budget.cjs", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
const ARGS = ["follow-up", "budgets/project.yaml", "budgets/follow-up/2024.actuals.yaml"];

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the worked follow-up example", () => {
  const { status, stdout, stderr } = run([...ARGS, "--format", "json"]);
  const json = JSON.parse(stdout).followups[0];

  it("fits, with one warning, exit 0", () => {
    expect([status, stderr]).toEqual([0, ""]);
    expect(json.verdict).toBe("within");
    expect(json.findings.map((f: { code: string; file: string; line: number }) => [f.code, f.file, f.line])).toEqual([
      ["OUTSIDE_PLAN_YEARS", "huvudbok-2024.csv", 9],
    ]);
  });

  it("gives the envelope's budget, actual, remaining and forecast to the öre", () => {
    expect(json.envelopes).toEqual([
      {
        id: "project",
        period: 2024,
        kind: "max",
        limit: "450000.00",
        budget: "422287.44",
        actual: "211886.10",
        remaining: "238113.90",
        forecast: "422120.94",
        fits: true,
        forecast_fits: true,
        parts: [],
      },
    ]);
    expect([json.actual, json.cofinanced]).toEqual(["211886.10", "3000.00"]);
  });

  it("accounts for every row: read = assigned + unassigned + excluded", () => {
    expect(json.rows).toEqual({
      read: 19,
      assigned: 14,
      unassigned: 0,
      excluded: 5,
      sum_read: "213511.10",
      sum_assigned: "214886.10",
      sum_unassigned: "0.00",
      sum_excluded: "-1375.00",
    });
    expect(json.excluded.map((r: { file: string; row: number; reason: string; amount: string }) => [r.file, r.row, r.reason, r.amount])).toEqual([
      ["huvudbok-2024.csv", 8, "other-project", "9999.00"],
      ["huvudbok-2024.csv", 9, "outside-plan-years", "2000.00"],
      ["revision-2024.se", 15, "not-a-cost-account", "-12500.00"],
      ["revision-2024.se", 22, "removed", "500.00"],
      ["revision-2024.se", 23, "not-a-cost-account", "-1374.00"],
    ]);
    // The assigned rows hold ICLD's actual and the co-financing: 211 886.10 + 3 000 = 214 886.10.
    expect(new Decimal(json.actual).plus(json.cofinanced).toFixed(2)).toBe(json.rows.sum_assigned);
  });

  it("compares budget and actual by category, trip and person", () => {
    expect(json.by_category).toEqual({
      travel: { budget: "63000.00", actual: "23500.00" },
      lodging: { budget: "62500.00", actual: "21800.00" },
      subsistence: { budget: "32164.00", actual: "12364.00" },
      work: { budget: "229650.44", actual: "134692.60" },
      audit: { budget: "12000.00", actual: "12500.00" },
      visa: { budget: "5496.00", actual: "1374.00" },
      venue: { budget: "8000.00", actual: "1145.00" },
      "local-transport": { budget: "7977.00", actual: "3010.50" },
      "climate-compensation": { budget: "1500.00", actual: "1500.00" },
    });
    expect(json.trips).toEqual([
      { id: "workshop-rzeszow", budget: "62841.00", actual: "60674.50", ahead: false },
      { id: "visit-vasteras", budget: "117796.00", actual: "2519.00", ahead: true },
    ]);
    expect(json.work.map((w: Record<string, string>) => [w.person, w.hourly_cost, w.hours_budget, w.hours_actual, w.budget, w.actual])).toEqual([
      ["anna", "484.01", "344", "200", "166499.44", "96802.00"],
      ["carl", "423.51", "100", "60", "42351.00", "25410.60"],
      ["dana", "520.00", "40", "24", "20800.00", "12480.00"],
    ]);
  });

  it("reads the same with the books read later: --as-of after the visit leaves nothing of it ahead", () => {
    const later = JSON.parse(run([...ARGS, "--format", "json", "--as-of", "2024-10-31"]).stdout).followups[0];
    // 211 886.10 + work 94 957.84 (the visit is behind: nothing more of it).
    expect([later.as_of, later.envelopes[0].forecast]).toEqual(["2024-10-31", "306843.94"]);
    expect(run([...ARGS, "--as-of", "2024-13-01"]).status).toBe(2);
  });

  it("is a Swedish report a controller hands in: Budget, Utfall, Kvar, Prognos, Avvikelse", () => {
    const table = run([...ARGS, "--lang", "sv"]).stdout;
    for (const word of ["Budget", "Utfall", "Kvar", "Prognos", "Avvikelse", "Lönesammanställning", "Avstämning", "Medfinansiering"])
      expect(table).toContain(word);
    expect(table).toContain("│ Projekt │ 2024   │ 450 000 kr (högsta belopp) │ 422 287,44 kr │ 211 886,10 kr │ 238 113,90 kr │ 422 120,94 kr │ ryms │");
    const markdown = run([...ARGS, "--lang", "sv", "--format", "markdown"]).stdout;
    expect(markdown).toContain("| Anna Andersson | 2024 | 48 000 kr | 44,53 % | 1 720 | 484,01 kr | 344 | 200 | 166 499,44 kr | 96 802 kr |");
    const html = run([...ARGS, "--format", "html"]).stdout;
    expect(html).toContain("SEK 422,120.94");
    expect(html).not.toMatch(/\b(src|href)\s*=|https?:\/\//i);
  });

  it("lists every row as CSV, and they sum to the reconciliation", () => {
    const csv = run([...ARGS, "--format", "csv"])
      .stdout.trim()
      .split("\r\n");
    expect(csv[0]).toBe("file,row,source,date,year,account,voucher,text,category,trip,paid_by,amount,status,reason");
    expect(csv).toHaveLength(20);
    const cents = (status: string) =>
      csv
        .slice(1)
        .filter((line) => line.split(",").at(-2) === status)
        .reduce((sum, line) => sum + Math.round(Number(line.split(",").at(-3)) * 100), 0);
    expect([cents("assigned"), cents("excluded")]).toEqual([21488610, -137500]);
  });

  it("writes the CSV for Swedish Excel with --csv-dialect excel-sv: a ledger text that Excel would run as a formula stays text", () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-followup-csv-"));
    for (const name of ["2024.actuals.yaml", "revision-2024.se"]) copyFileSync(join(ROOT, "budgets/follow-up", name), join(dir, name));
    // One more row, its text a formula (Windows-1252 like the rest of the export).
    const ledger = readFileSync(join(ROOT, "budgets/follow-up/huvudbok-2024.csv"));
    writeFileSync(
      join(dir, "huvudbok-2024.csv"),
      Buffer.concat([ledger, Buffer.from('2024-05-02;L-150;7310;4711;"=HYPERLINK(""http://x"")";100,00\r\n', "latin1")]),
    );
    const result = spawnSync(process.execPath, [BIN, ...ARGS.slice(0, 2), join(dir, "2024.actuals.yaml"), "--format", "csv", "--csv-dialect", "excel-sv"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    });
    const lines = result.stdout.split("\r\n");
    expect(lines[0]).toBe("\uFEFFfile;row;source;date;year;account;voucher;text;category;trip;paid_by;amount;status;reason");
    const formula = lines.find((line) => line.includes("HYPERLINK"))!;
    expect(formula.split(";").slice(6, 8)).toEqual(["L-150", '"\'=HYPERLINK(""http://x"")"']);
    expect(formula.split(";").at(-3)).toBe("100,00");
    // A credit stays a number (no apostrophe), with a decimal comma.
    expect(
      lines
        .find((line) => line.includes("L-151"))
        ?.split(";")
        .at(-3),
    ).toMatch(/^-\d+,\d\d$/);
  });

  it("writes a workbook whose reconciliation formulas carry their values", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "icld-followup-")), "2024.xlsx");
    expect(run([...ARGS, "--lang", "sv", "-o", file]).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("Avstämning")!;
    const totals = sheet.getRows(1, sheet.rowCount)!.filter((row) => typeof row.getCell(8).value === "object" && row.getCell(8).value !== null);
    // exceljs's reader leaves out a result of 0 (the file holds <v>0</v>): read as 0.
    expect(totals.map((row) => [row.getCell(1).value, (row.getCell(8).value as { formula: string; result?: number }).result ?? 0])).toEqual([
      ["Inlästa", 213511.1],
      ["Fördelade", 214886.1],
      ["Ofördelade", 0],
      ["Uteslutna", -1375],
    ]);
    expect((totals[1]!.getCell(8).value as { formula: string }).formula).toBe('SUMIF(I2:I20,"Fördelade",H2:H20)');
  });
});
