/**
 * The report in every format. budgets/project.yaml worked out by hand:
 * - Rzeszów (PL 2024, 562 kr; 5 travellers, 4 nights, 5 full days): fares 24 000, hotel 22 000,
 *   per diem 25 × 562 = 14 050, breakfasts −20 × 84.30 = −1 686, minibus 260 EUR × 11.45 = 2 977,
 *   climate 1 500 → 62 841;
 * - partner visit (6 travellers, 5 nights, 6 days): 39 000 + 40 500 + 19 800 + 5 000 + 8 000
 *   + visas 6 × 80 EUR × 11.45 = 5 496 → 117 796; the interpreter, 12 000, is co-financed;
 * - work, at hourly costs in whole öre: Anna 20 % of 1 720 h = 344 h × 484.01 (48 000 × 12 ÷ 1 720
 *   × 1.4453) = 166 499.44; Carl 100 h × 423.51 (42 000) = 42 351.00; Dana 40 h × 520 = 20 800
 *   → 229 650.44; audit 12 000;
 * - ICLD total 422 287.44 of 450 000 (93.8 %), co-financing 12 000.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { Decimal, sumAmounts } from "../../src/model/money.js";
import { renderReportCsv } from "../../src/render/report-csv.js";
import { renderReportHtml } from "../../src/render/report-html.js";
import { renderReportMarkdown } from "../../src/render/report-markdown.js";
import { buildReportModel, fullness } from "../../src/render/report-model.js";
import { renderReportText } from "../../src/render/report-text.js";
import { amountsOf, check, planText, trip } from "../helpers.js";

const BIN = new URL("../../bin/icld-budget.cjs", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
const PLAN = "budgets/project.yaml";
const result = check(readFileSync(join(ROOT, PLAN), "utf8"));
const model = (lang: "sv" | "en") => buildReportModel({ ...result, file: PLAN }, lang);

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it (then read the diff before committing). */
function golden(name: string, actual: string) {
  const path = new URL(`../fixtures/report/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** The report's CSV read back with csv-parse, the library the follow-up reads ledgers with. */
function parseCsv(text: string, separator: string): string[][] {
  return parse(text, { delimiter: separator, relax_quotes: false }) as string[][];
}

describe("the report's figures", () => {
  it("adds up to the hand-worked totals", () => {
    const m = model("en");
    expect(m.categoryTotal.total.toFixed(2)).toBe("422287.44");
    // A trip's total is its whole cost, co-financed lines included: 117 796 + the interpreter's 12 000.
    expect(m.trips.map((trip) => trip.total.toFixed(2))).toEqual(["62841.00", "129796.00"]);
    // Hourly costs in öre: 48 000 × 12 ÷ 1 720 × 1.4453 = 484.0064… → 484.01, × 344 h = 166 499.44;
    // 42 000 × 12 ÷ 1 720 × 1.4453 = 423.5065… → 423.51, × 100 h = 42 351.00; 40 h × 520 = 20 800.
    expect(m.work.map((w) => [w.hours.toString(), w.hourlyCost.toFixed(2), w.amount.toFixed(2)])).toEqual([
      ["344", "484.01", "166499.44"],
      ["100", "423.51", "42351.00"],
      ["40", "520.00", "20800.00"],
    ]);
    expect(sumAmounts(m.cofinanced.map((line) => line.amount)).toFixed(2)).toBe("12000.00");
    expect(m.envelopes[0]!.used.toFixed(3)).toBe("0.938");
    expect(m.work[1]!.derivation).toBe("42,000 × 12 ÷ 1,720 h × (1 + 44.53 %)");
  });
});

describe("assumptions", () => {
  it("show a figure the plan states with every decimal it has, as it was multiplied by", () => {
    const text = planText('fx: {EUR: 11.1234567}\ncosts:\n  - {item: Venue, category: venue, amount: "100 EUR"}');
    const fx = check(text.replace("on_cost: 44.53%", "on_cost: 44.531234567%"));
    const rows = (lang: "sv" | "en") => buildReportModel({ ...fx, file: "fx.yaml" }, lang).assumptions.map((a) => a.value);
    expect(rows("en")).toEqual(expect.arrayContaining(["11.1234567 SEK/EUR", "44.531234567 %"]));
    expect(rows("sv")).toEqual(expect.arrayContaining(["11,1234567 kr/EUR", "44,531234567 %"]));
    // 100 EUR × 11.1234567 = 1 112.34567 → 1 112.35
    expect(amountsOf(fx, "Venue")).toEqual(["1112.35"]);
  });
});

describe("golden files", () => {
  it("markdown, Swedish and English", () => {
    golden("project.sv.md", renderReportMarkdown(model("sv")));
    golden("project.en.md", renderReportMarkdown(model("en")));
  });
  it("csv, for programs and for Swedish Excel", () => {
    golden("project.en.csv", renderReportCsv(model("en")));
    golden("project.sv.excel.csv", renderReportCsv(model("sv"), "excel-sv"));
  });
  it("terminal text and HTML", () => {
    golden("project.sv.txt", renderReportText(model("sv")));
    golden("project.en.html", renderReportHtml(model("en")));
  });
});

describe("csv", () => {
  it("sums to the JSON totals, with the columns programs need", () => {
    const json = JSON.parse(run(["report", PLAN, "--format", "json"]).stdout.toString()).plans[0];
    const [head, ...rows] = parseCsv(renderReportCsv(model("en")), ",");
    expect(head).toEqual(["plan", "year", "category", "label", "quantity", "unit", "rate", "amount", "paid_by", "line", "column"]);
    const amount = (payer: (p: string) => boolean) => sumAmounts(rows.filter((r) => payer(r[8]!)).map((r) => new Decimal(r[7]!)));
    expect(amount((p) => p === "icld").toFixed(2)).toBe(json.totals.icld);
    expect(amount((p) => p !== "icld").toFixed(2)).toBe(json.totals.cofinanced);
  });

  it("in the Swedish Excel dialect: a byte-order mark, semicolons, decimal commas", () => {
    const text = renderReportCsv(model("sv"), "excel-sv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [, ...rows] = parseCsv(text.slice(1), ";");
    expect(rows.find((r) => r[3]!.includes("traktamente"))!.slice(4, 8)).toEqual(["25", "day", "562,00", "14050,00"]); // categories and units stay codes
  });

  it("neutralises text that Excel would take for a formula, and keeps negative amounts numbers", () => {
    const text = planText(
      `costs:\n  - {item: "=HYPERLINK(\\"http://x\\")", category: audit, amount: 100}\n  - {item: "+1 extra", category: audit, amount: 1}\n  - {item: "@sum", category: audit, amount: 1}\n  - {item: "-minus", category: audit, amount: 1}\n  - {item: "\\tTab", category: audit, amount: 1}\ntrips:\n${trip({ meals_provided: "{breakfast: 1}" })}`,
    );
    const checked = check(text);
    const excel = parseCsv(renderReportCsv(buildReportModel(checked, "en"), "excel-sv").slice(1), ";").slice(1);
    const labels = excel.map((r) => r[3]!);
    expect(labels.filter((label) => /^[=+\-@\t]/.test(label))).toEqual([]);
    expect(labels).toContain('\'=HYPERLINK("http://x")');
    expect(labels).toContain("'\tTab");
    // The free breakfast is a negative amount: 15 % × 457 = 68.55, a number in the cell.
    expect(excel.find((r) => r[3]!.includes("breakfast"))!.slice(6, 8)).toEqual(["-68,55", "-68,55"]);
    // For programs, the text is left as written.
    expect(parseCsv(renderReportCsv(buildReportModel(checked, "en")), ",").some((r) => r[3] === '=HYPERLINK("http://x")')).toBe(true);
  });
});

describe("html", () => {
  const html = renderReportHtml(model("en"));
  it("is self-contained: no external resources", () => {
    expect(html).not.toMatch(/\b(src|href)\s*=|url\(|@import|https?:\/\//i);
  });
  it("shows the figures, a chart per envelope and the assumptions", () => {
    expect(html).toContain("SEK 422,287.44");
    expect(html).toContain("93.8%");
    expect(html.match(/<svg/g)).toHaveLength(1);
    expect(html).toContain("<title>Work effort: SEK 229,650.44</title>");
    expect(html).toContain("Skatteverket SKV A 2023:18");
    expect(html).toContain("@page { size: A4;");
  });
});

describe("markdown", () => {
  it("shows a plan's text as text, never as HTML, when a memo is made from it", () => {
    const hostile = check(
      planText('costs:\n  - {item: "Print | <img src=x onerror=alert(1)>", category: other, amount: 10}').replace(
        "title: Test plan",
        'title: "Plan <b>bold</b>"',
      ),
    );
    const markdown = renderReportMarkdown(buildReportModel({ ...hostile, file: "plan.yaml" }, "en"));
    // Rendered as GitHub and a memo converter would: the tags are text, the table keeps its columns.
    const html = marked.parse(markdown, { gfm: true, async: false }) as string;
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain("<h1>Plan &lt;b&gt;bold&lt;/b&gt;</h1>");
    expect(html).toContain("<td>Print | &lt;img src=x onerror=alert(1)&gt;</td>");
    // A placeholder of the tool's own (the hint of a finding) is shown too, not dropped as an unknown tag.
    // (A hint's `<id>` looks like a tag to a Markdown reader; one with spaces would not.)
    const withHint = { ...hostile, findings: [...hostile.findings, { code: "WORK_WHO_MISSING", severity: "warning" as const, args: {} }] };
    const hinted = marked.parse(renderReportMarkdown(buildReportModel({ ...withHint, file: "plan.yaml" }, "en")), { gfm: true, async: false }) as string;
    expect(hinted).toContain("add person: &lt;id&gt; or role: &lt;title&gt;");
  });
});

describe("xlsx", () => {
  it("reads back with amounts as numbers, and totals whose formulas carry the check's figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-xlsx-"));
    const file = join(dir, "budget.xlsx");
    expect(run(["report", PLAN, "-o", file, "--lang", "sv"]).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Sammanfattning", "Poster"]);
    const summary = workbook.getWorksheet("Sammanfattning")!;
    const totalRow = summary.getRows(1, summary.rowCount)!.find((row) => row.getCell(1).value === "Summa")!;
    const total = totalRow.getCell(2).value as { formula: string; result: number };
    expect(total.formula).toMatch(/^SUM\(B\d+:B\d+\)$/);
    expect(total.result).toBe(422287.44);
    expect(totalRow.getCell(2).numFmt).toBe('#,##0.00 "kr"');
    // Line items: ICLD's lines and their total, then the co-financing apart with its own total;
    // each amount is the formula quantity × rate, carrying its value.
    const items = workbook.getWorksheet("Poster")!;
    const rows = items.getRows(1, items.rowCount)!;
    const formulaOf = (row: ExcelJS.Row) => row.getCell(7).value as { formula: string; result: number };
    const totals = rows.filter((row) => String(row.getCell(1).value).startsWith("Summa"));
    expect(totals.map((row) => [row.getCell(1).value, formulaOf(row).result])).toEqual([
      ["Summa, betalas av ICLD", 422287.44],
      ["Summa medfinansiering", 12000],
    ]);
    const icldRows = rows.slice(1, rows.indexOf(totals[0]!));
    expect(icldRows.every((row) => row.getCell(8).value === "ICLD")).toBe(true);
    expect(icldRows.map((row) => formulaOf(row).formula)).toEqual(icldRows.map((row) => `ROUND(D${row.number}*F${row.number},2)`));
    // Every formula's value is the product of the cells it names: 344 × 484.01 = 166 499.44 among them.
    for (const row of icldRows) {
      expect(
        new Decimal(row.getCell(4).value as number)
          .times(row.getCell(6).value as number)
          .toDecimalPlaces(2)
          .toNumber(),
      ).toBe(formulaOf(row).result);
    }
    expect(sumAmounts(icldRows.map((row) => new Decimal(formulaOf(row).result))).toFixed(2)).toBe("422287.44");
    expect(formulaOf(totals[0]!).formula).toBe(`SUM(G2:G${icldRows.length + 1})`);
    expect(icldRows.find((row) => String(row.getCell(1).value).includes("traktamente"))!.getCell(9).value).toContain(
      "avresa 2024-04-15 07:00 (före 12:00: hel dag)",
    );
    expect(rows.some((row) => row.getCell(1).value === "Medfinansiering (räknas inte mot ramarna)")).toBe(true);
  });
});

describe("report command", () => {
  const dir = mkdtempSync(join(tmpdir(), "icld-report-"));

  it("takes the format from the file's extension and the language from LANG", () => {
    const file = join(dir, "memo.md");
    expect(run(["report", PLAN, "-o", file], { LANG: "sv_SE.UTF-8" }).status).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("## Ramar");
    expect(run(["report", PLAN, "-o", "-", "--format", "markdown"], { LANG: "en_US.UTF-8" }).stdout.toString()).toContain("## Envelopes");
  });

  it("never writes onto the plan, nor over a file without --force, and leaves no temporary file", () => {
    const plan = join(dir, "plan.yaml");
    writeFileSync(plan, readFileSync(join(ROOT, PLAN)));
    const onPlan = run(["report", plan, "-o", plan, "--format", "markdown"]);
    expect(onPlan.status).toBe(2);
    expect(onPlan.stderr).toContain("is one of the files being read");
    const existing = join(dir, "existing.html");
    writeFileSync(existing, "keep");
    expect(run(["report", plan, "-o", existing]).status).toBe(2);
    expect(readFileSync(existing, "utf8")).toBe("keep");
    expect(run(["report", plan, "-o", existing, "--force"]).status).toBe(0);
    expect(readFileSync(existing, "utf8")).toContain("<!DOCTYPE html>");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses an unknown extension and an invalid plan, writing nothing", () => {
    expect(run(["report", PLAN, "-o", join(dir, "memo.docx")]).status).toBe(2);
    expect(existsSync(join(dir, "memo.docx"))).toBe(false);
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "version: 1\ntitle: x\n");
    expect(run(["report", bad, "-o", join(dir, "bad.md")]).status).toBe(2);
    expect(existsSync(join(dir, "bad.md"))).toBe(false);
    // JSON to standard output is check's, an invalid plan's too: verdict "invalid" and its
    // findings there (phase and years missing, and neither a partner country nor a region),
    // nothing on standard error; to a file, nothing is written.
    const json = run(["report", bad, "--format", "json"]);
    expect([json.status, json.stderr.toString()]).toEqual([2, ""]);
    const [plan] = JSON.parse(json.stdout.toString()).plans;
    expect([plan.file, plan.verdict, plan.findings.map((f: { code: string }) => f.code)]).toEqual([
      bad,
      "invalid",
      ["MISSING_KEY", "MISSING_KEY", "MISSING_REGION"],
    ]);
    expect(run(["report", bad, "--format", "json", "-o", join(dir, "bad.json")]).status).toBe(2);
    expect(existsSync(join(dir, "bad.json"))).toBe(false);
  });
});

describe("terminal bars", () => {
  it("colours by fullness: under 90 % green, to 100 % yellow, over red", () => {
    expect([fullness(new Decimal("0.899")), fullness(new Decimal("0.9")), fullness(new Decimal("1")), fullness(new Decimal("1.0001"))]).toEqual([
      "low",
      "high",
      "high",
      "over",
    ]);
    // 93.8 % of 24 cells is 22.5 → 23 filled.
    expect(renderReportText(model("en"))).toContain(`${"█".repeat(23)}${"░".repeat(1)}`);
  });
});
