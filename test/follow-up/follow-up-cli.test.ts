/**
 * follow-up through the real binary: bad input is every problem at once with file:row:column,
 * exit 2, nothing written; the actuals file has a JSON Schema kept fresh; and, over generated
 * ledgers in awkward dialects, nothing is lost.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { followUp } from "../../src/calc/follow-up.js";
import { parseActuals } from "../../src/input/actuals.js";
import { actualsJsonSchema } from "../../src/input/json-schema.js";
import { readLedgerCsv } from "../../src/input/ledger-csv.js";
import { sumAmounts } from "../../src/model/money.js";
import { EDITIONS } from "../../src/rates/icld-editions.js";
import { renderStarterActuals } from "../../src/render/starter-actuals.js";
import { check, planText } from "../helpers.js";

const BIN = new URL("../../bin/icld-budget.cjs", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;
const run = (args: string[], cwd = ROOT) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("follow-up: bad input", () => {
  it("reports every problem of the actuals file and of each ledger at once, exit 2, nothing written", () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-bad-"));
    writeFileSync(join(dir, "plan.yaml"), readFileSync(join(ROOT, "budgets/project.yaml")));
    writeFileSync(join(dir, "l.csv"), iconv.encode("Datum;Konto;Text;Belopp\n2024-02-30;7310;Flyg;100,00\n2024-03-01;7310;Tåg;tio\n", "win1252"));
    writeFileSync(join(dir, "l.se"), '#VER A 1 20240101 "x"\n{\n#TRANS 7310 {6} 1.00\n}\n');
    writeFileSync(join(dir, "a.yaml"), 'version: 1\nledger: [{file: l.csv}, {file: l.se}, {file: missing.csv}]\naccounts: {"7310": travel}\n');
    const { status, stdout, stderr } = run(["follow-up", "plan.yaml", "a.yaml", "-o", "out.json"], dir);
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("l.csv:2:1: error[LEDGER_BAD_DATE]");
    expect(stderr).toContain("l.csv:3:4: error[LEDGER_BAD_AMOUNT]");
    expect(stderr).toContain("l.se:3:3: error[SIE_SYNTAX]");
    // `ledger: [{file: l.csv}, {file: l.se}, {file: ` is 45 characters: the missing export's name is at column 46.
    expect(stderr).toContain("a.yaml:2:46: error[LEDGER_NOT_FOUND]: the ledger export missing.csv does not exist");
    expect(existsSync(join(dir, "out.json"))).toBe(false);

    // --format json to standard output says the same as JSON, as check's does: verdict "invalid"
    // and every finding of every file with its position; nothing on standard error.
    const json = run(["follow-up", "plan.yaml", "a.yaml", "--format", "json"], dir);
    expect([json.status, json.stderr]).toEqual([2, ""]);
    const [result] = JSON.parse(json.stdout).followups;
    expect([result.plan, result.actuals, result.verdict]).toEqual(["plan.yaml", "a.yaml", "invalid"]);
    expect(result.findings.map((f: { code: string; file: string; line: number; column: number }) => `${f.file}:${f.line}:${f.column} ${f.code}`)).toEqual([
      "l.csv:2:1 LEDGER_BAD_DATE",
      "l.csv:3:4 LEDGER_BAD_AMOUNT",
      "l.se:3:3 SIE_SYNTAX",
      "a.yaml:2:46 LEDGER_NOT_FOUND",
    ]);
    // An invalid plan too, with the actuals file's own problem: both files' findings at once.
    writeFileSync(join(dir, "bad-plan.yaml"), "version: 1\ntitle: x\nphase: preparation\nyears: [2023]\nregion: europe\ncolour: red\n");
    writeFileSync(join(dir, "bad-actuals.yaml"), "version: 1\nhour: []\n");
    const both = JSON.parse(run(["follow-up", "bad-plan.yaml", "bad-actuals.yaml", "--format", "json"], dir).stdout).followups[0];
    expect(both.findings.map((f: { code: string; file: string; line: number }) => `${f.file}:${f.line} ${f.code}`)).toEqual([
      "bad-plan.yaml:6 UNKNOWN_KEY",
      "bad-actuals.yaml:2 UNKNOWN_KEY",
    ]);
  });

  it("says so in one problem each when the plan and the actuals file are swapped, or an actuals file or rule edition is checked as a plan", () => {
    const swapped = run(["follow-up", "budgets/follow-up/2024.actuals.yaml", "budgets/project.yaml"]);
    expect(swapped.status).toBe(2);
    // Line 7 of the actuals file is its first key of an actuals file (as_of:); line 8 of the plan its title:.
    expect(swapped.stderr.match(/^\S+:\d+:\d+: error\[[A-Z_]+\]/gm)).toEqual([
      "budgets/follow-up/2024.actuals.yaml:7:1: error[ACTUALS_NOT_PLAN]",
      "budgets/project.yaml:8:1: error[PLAN_NOT_ACTUALS]",
    ]);
    const checked = run(["check", "--format", "json", "budgets/follow-up/2024.actuals.yaml"]);
    expect(checked.status).toBe(2);
    expect(JSON.parse(checked.stdout).plans[0].findings.map((f: { code: string; line: number; column: number }) => [f.code, f.line, f.column])).toEqual([
      ["ACTUALS_NOT_PLAN", 7, 1],
    ]);
    // A rule edition written by init, checked as a plan: one problem at its format: key.
    const dir = mkdtempSync(join(tmpdir(), "icld-kind-"));
    expect(run(["init", "--edition", "icld-2023", "-o", "mine.yaml"], dir).status).toBe(0);
    const formatLine = readFileSync(join(dir, "mine.yaml"), "utf8").split("\n").indexOf("format: 1") + 1;
    const edition = run(["check", "--format", "json", "mine.yaml"], dir);
    expect(JSON.parse(edition.stdout).plans[0].findings.map((f: { code: string; line: number }) => [f.code, f.line])).toEqual([
      ["EDITION_NOT_PLAN", formatLine],
    ]);
    // A plan with a typo in one key, or missing its title, is still a plan: its problems are listed.
    const typo = check(planText("costs: []").replace("title: Test plan\n", "").concat("\nhours: 5"));
    expect(typo.findings.map((f) => f.code).sort()).toEqual(["MISSING_KEY", "UNKNOWN_KEY"]);
  });

  it("after init --actuals, points to follow-up, not to check", () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-init-"));
    const { status, stderr } = run(["init", "--actuals", "-o", "a.actuals.yaml"], dir);
    expect(status).toBe(0);
    expect(stderr).toBe("Wrote a.actuals.yaml. Next: name its ledger exports and map their accounts, then: icld-budget follow-up <plan> a.actuals.yaml\n");
  });

  it("names the column a ledger lacks, and a header the actuals file names that the ledger lacks, in words", () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-bad-"));
    writeFileSync(join(dir, "l.csv"), "Datum;Konto;Text;Summa\n2024-03-20;7310;Flyg;100\n");
    writeFileSync(join(dir, "a.yaml"), 'version: 1\nledger: [{file: l.csv}]\naccounts: {"7310": travel}\n');
    writeFileSync(join(dir, "b.yaml"), 'version: 1\nledger: [{file: l.csv, columns: {amount: Belopp}}]\naccounts: {"7310": travel}\n');
    const missing = run(["follow-up", join(ROOT, "budgets/project.yaml"), "a.yaml"], dir);
    expect(missing.status).toBe(2);
    // The finding's position (row 1, column 1) once named the column: "no 1 column", "columns: {1: <header>}".
    expect(missing.stderr).toBe(
      "l.csv:1:1: error[MISSING_COLUMN]: no amount column: the file's headers are Datum, Konto, Text, Summa\n" +
        "  = help: name it in the actuals file (columns: {amount: <header>}); headers known for it: belopp, belopp sek, amount; or a debit (debet, debit) and a credit column (kredit, credit)\n",
    );
    const unknown = run(["follow-up", join(ROOT, "budgets/project.yaml"), "b.yaml"], dir);
    expect(unknown.stderr).toContain(
      'error[UNKNOWN_HEADER]: columns.amount names the header "Belopp", which the file does not have (it has Datum, Konto, Text, Summa)',
    );
  });

  it("reports a typo in the actuals file at its line and column, with the key meant", () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-bad-"));
    writeFileSync(join(dir, "a.yaml"), "version: 1\nhours:\n  - {person: anna, year: 2024, hour: 10}\n");
    const { status, stderr } = run(["follow-up", join(ROOT, "budgets/project.yaml"), join(dir, "a.yaml")]);
    expect(status).toBe(2);
    // `  - {person: anna, year: 2024, ` is 31 characters: the key starts in column 32.
    expect(stderr).toContain("a.yaml:3:32: error[UNKNOWN_KEY]");
    expect(stderr).toContain("a.yaml:3:5: error[MISSING_KEY]");
    expect(stderr).toContain("did you mean hours?");
  });

  it("exits 1 on an error finding (an unassigned row) and writes the report", () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-unassigned-"));
    writeFileSync(join(dir, "l.csv"), "Datum;Konto;Text;Belopp\n2024-03-01;6990;Porto;150,00\n");
    writeFileSync(join(dir, "a.yaml"), "version: 1\nledger: [{file: l.csv}]\n");
    const { status, stdout } = run(["follow-up", join(ROOT, "budgets/project.yaml"), join(dir, "a.yaml"), "--format", "json"]);
    expect(status).toBe(1);
    const json = JSON.parse(stdout).followups[0];
    expect([json.verdict, json.rows.unassigned, json.unassigned[0].amount]).toEqual(["within", 1, "150.00"]);
  });

  it("reports a ledger export that cannot be read at the file: naming it, with every other problem of the exports", () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-unread-"));
    writeFileSync(join(dir, "bad.csv"), "Datum;Konto;Text;Belopp\n2024-03-01;7310;Flyg;12x\n");
    mkdirSync(join(dir, "folder.csv"));
    writeFileSync(join(dir, "a.yaml"), 'version: 1\naccounts: {"7310": travel}\nledger:\n  - {file: gone.csv}\n  - {file: bad.csv}\n  - {file: folder.csv}\n');
    const { status, stdout, stderr } = run(["follow-up", join(ROOT, "budgets/project.yaml"), join(dir, "a.yaml")]);
    expect([status, stdout]).toEqual([2, ""]);
    // `  - {file: ` is 11 characters: each name starts in column 12, on the line that lists it.
    expect(stderr).toContain(
      `${join(dir, "a.yaml")}:4:12: error[LEDGER_NOT_FOUND]: the ledger export gone.csv does not exist (looked for ${join(dir, "gone.csv")})`,
    );
    expect(stderr).toContain(`${join(dir, "a.yaml")}:6:12: error[LEDGER_IS_DIRECTORY]: folder.csv is a folder, not a ledger export`);
    // The export that could be read has its own problem reported too, at its row and column.
    expect(stderr).toMatch(/bad\.csv:2:\d+: error\[LEDGER_BAD_AMOUNT\]/);
    expect(stderr).not.toContain("plan");
    // An actuals file that does not exist points to the starter, not to plans.
    const missing = run(["follow-up", join(ROOT, "budgets/project.yaml"), join(dir, "nope.yaml"), "--lang", "sv"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("fel[ACTUALS_NOT_FOUND]: filen finns inte");
    expect(missing.stderr).toContain("icld-budget init --actuals -o <fil>");
  });

  it("shows a person ten problems of one code and counts the rest, as check does; JSON lists every one", () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-many-"));
    writeFileSync(join(dir, "plan.yaml"), readFileSync(join(ROOT, "budgets/project.yaml")));
    // 25 rows whose amount is a word, and one whose date is impossible.
    const rows = Array.from({ length: 25 }, (_, i) => `2024-01-02;V${i};7310;Flyg;tio`);
    writeFileSync(join(dir, "l.csv"), `Datum;Verifikation;Konto;Text;Belopp\n${rows.join("\n")}\n2024-02-30;V99;7310;Tåg;100,00\n`);
    writeFileSync(join(dir, "a.yaml"), 'version: 1\nledger: [{file: l.csv}]\naccounts: {"7310": travel}\n');
    const text = run(["follow-up", "plan.yaml", "a.yaml", "--lang", "en"], dir);
    expect(text.status).toBe(2);
    const heads = text.stderr.split("\n").filter((line) => line.startsWith("l.csv:"));
    // Rows 2 to 11 (the header is row 1), then the date of row 27; the other 15 counted.
    expect(heads.map((line) => line.split(": ")[0])).toEqual([...Array.from({ length: 10 }, (_, i) => `l.csv:${i + 2}:5`), "l.csv:27:1"]);
    expect(text.stderr).toContain("… and 15 more LEDGER_BAD_AMOUNT (same cause; --format json lists every one)");
    const json = JSON.parse(run(["follow-up", "plan.yaml", "a.yaml", "--format", "json"], dir).stdout);
    expect(json.followups[0].findings.map((f: { code: string }) => f.code)).toEqual([...Array(25).fill("LEDGER_BAD_AMOUNT"), "LEDGER_BAD_DATE"]);
  });

  it("lists the problems of matching the actuals to a plan in each file's order of lines, each at the value that is wrong", () => {
    // The worked example's actuals against the three-year plan, which has other trip ids and no dana.
    const { status, stderr } = run(["follow-up", "budgets/project-3-years.yaml", "budgets/follow-up/2024.actuals.yaml", "--lang", "en"]);
    expect(status).toBe(2);
    const places = stderr.split("\n").flatMap((line) => /^budgets\/follow-up\/2024\.actuals\.yaml:(\d+:\d+): error\[(\w+)\]/.exec(line)?.slice(1, 3) ?? []);
    // Lines 22 and 23: an assign rule's trip; 27: an hours line's person; 30: an entry's trip (column 102).
    expect(places).toEqual(["22:37", "UNKNOWN_TRIP", "23:27", "UNKNOWN_TRIP", "27:14", "UNKNOWN_PERSON", "30:102", "UNKNOWN_TRIP"]);
  });

  it("refuses a ledger listed twice for the same project, and ledgers holding more than 16 MiB in all, before reading them", () => {
    // An actuals file that listed one 6 MB ledger 30 times held the tool for minutes and 4.4 GB.
    const dir = mkdtempSync(join(tmpdir(), "icld-listing-"));
    writeFileSync(join(dir, "l.csv"), "Datum;Konto;Projekt;Text;Belopp\n2024-03-01;7310;4711;Flyg;100,00\n2024-03-02;7310;4712;Tåg;50,00\n");
    writeFileSync(join(dir, "twice.yaml"), 'version: 1\naccounts: {"7310": travel}\nledger:\n  - {file: l.csv}\n  - {file: ./l.csv}\n');
    const twice = run(["follow-up", join(ROOT, "budgets/project.yaml"), join(dir, "twice.yaml"), "--lang", "sv"]);
    expect([twice.status, twice.stdout]).toEqual([2, ""]);
    expect(twice.stderr).toContain(`${join(dir, "twice.yaml")}:5:12: fel[LEDGER_LISTED_TWICE]: ./l.csv står två gånger (först på rad 4, kolumn 12)`);
    // The same export for two projects is two listings of different rows: 100 + 50 kr of travel.
    writeFileSync(
      join(dir, "projects.yaml"),
      'version: 1\naccounts: {"7310": travel}\nledger:\n  - {file: l.csv, project: "4711"}\n  - {file: l.csv, project: "4712"}\n',
    );
    const projects = run(["follow-up", join(ROOT, "budgets/project.yaml"), join(dir, "projects.yaml"), "--format", "json"]);
    expect([projects.status, JSON.parse(projects.stdout).followups[0].rows.sum_assigned]).toEqual([0, "150.00"]);
    // Two ledgers of 9 MiB each (no CSV at all: a ledger that were read would be refused as such).
    for (const name of ["a.csv", "b.csv"]) writeFileSync(join(dir, name), Buffer.alloc(9 * 1024 * 1024, 0x41));
    writeFileSync(join(dir, "big.yaml"), "version: 1\nledger: [{file: a.csv}, {file: b.csv}]\n");
    const big = run(["follow-up", join(ROOT, "budgets/project.yaml"), join(dir, "big.yaml")]);
    expect([big.status, big.stdout]).toEqual([2, ""]);
    expect(big.stderr).toContain(`error[TOO_MUCH_INPUT]: the files to read hold ${18 * 1024 * 1024} bytes in all, and one call reads at most 16777216`);
    expect(big.stderr).not.toContain("LEDGER_");
  });
});

describe("follow-up: a wrong as-of date", () => {
  it("warns of every row booked after it; a report shows ten of one code and counts the rest, JSON lists all", () => {
    const args = ["follow-up", "budgets/project.yaml", "budgets/follow-up/2024.actuals.yaml", "--as-of", "2024-03-01"];
    // Dated after 2024-03-01: six rows of the CSV (rows 2–7), three of the SIE file (rows 14, 19
    // and the #RTRANS of row 20, whose repeating #TRANS is skipped; the removed #BTRANS row and the
    // rows on the bank and supplier accounts are excluded, and not warned of) and the two entries.
    const json = JSON.parse(run([...args, "--format", "json"]).stdout);
    const after = json.followups[0].findings.filter((f: { code: string }) => f.code === "DATED_AFTER_AS_OF");
    expect(after.length).toBe(11);
    const text = run(args).stdout;
    expect(text.match(/\[DATED_AFTER_AS_OF\]/g)?.length).toBe(10);
    expect(text).toContain("… and 1 more DATED_AFTER_AS_OF (same cause; --format json lists every one)");
    const markdown = run([...args, "--format", "markdown", "--lang", "sv"]).stdout;
    expect(markdown).toContain("- … och 1 till av DATED_AFTER_AS_OF (samma orsak; --format json listar alla)");
  });
});

describe("schema/actuals.schema.json", () => {
  const committed = JSON.parse(readFileSync(join(ROOT, "schema/actuals.schema.json"), "utf8"));
  const validate = new Ajv2020({ strict: false }).compile(committed);

  it("is what `icld-budget schema --actuals` prints (npm run schema rewrites it)", () => {
    expect(committed).toEqual(actualsJsonSchema());
  });

  it("accepts the worked example and the starter file, and rejects a typo", () => {
    const example = parse(readFileSync(join(ROOT, "budgets/follow-up/2024.actuals.yaml"), "utf8"));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    for (const lang of ["sv", "en"] as const) {
      const starter = renderStarterActuals(lang, 2025, "schema.json");
      expect(validate(parse(starter)), JSON.stringify(validate.errors)).toBe(true);
      expect(parseActuals(starter, "s.yaml").ok).toBe(true);
    }
    expect(validate({ ...example, ledgers: [] })).toBe(false);
  });
});

describe("nothing is lost", () => {
  const plan = check(planText("costs:\n  - {item: Audit, category: audit, amount: 10000}"));
  const amount = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 99 }));
  const format = fc.constantFrom("comma", "point", "spaced", "nbsp");
  const text = fc.oneof(
    fc.constantFrom("Flyg", "Hotell; Rzeszów", 'Tolk "Anna"', "Återbetalning", "Taxi\tnatt", "", "Rad, med komma"),
    fc.string({ maxLength: 12 }).filter((s) => !/[\r\n"]/.test(s)),
  );
  const row = fc.record({
    year: fc.constantFrom(2022, 2023, 2024),
    account: fc.constantFrom("7310", "6420", "6990", "1930", "2440", "3010"),
    amount,
    text,
  });
  const written = (sign: boolean, whole: number, cents: number, style: string) => {
    const digits = String(whole);
    const grouped = style === "spaced" ? digits.replace(/\B(?=(\d{3})+$)/g, " ") : style === "nbsp" ? digits.replace(/\B(?=(\d{3})+$)/g, "\u00a0") : digits;
    return `${sign ? "-" : ""}${grouped}${style === "point" ? "." : ","}${String(cents).padStart(2, "0")}`;
  };

  it("every generated ledger row is assigned, unassigned or excluded, and the sums add up to what was read", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        format,
        fc.constantFrom(";", "\t"),
        fc.constantFrom("\n", "\r\n"),
        (rows, style, separator, eol) => {
          const quote = (field: string) =>
            field.includes(separator) || field.includes('"') || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
          const lines = ["Datum", "Konto", "Text", "Belopp"].join(separator);
          const body = rows.map((r) => [`${r.year}-06-15`, r.account, quote(r.text), written(r.amount[0], r.amount[1], r.amount[2], style)].join(separator));
          const read = readLedgerCsv(iconv.encode([lines, ...body].join(eol) + eol, "win1252"), "l.csv", {});
          expect(read.problems).toEqual([]);
          expect(read.rows).toHaveLength(rows.length);
          const actuals = parseActuals('version: 1\naccounts: {"7310": travel, "6420": audit}', "a.yaml");
          if (!actuals.ok) throw new Error("actuals");
          const { followUp: result } = followUp(plan, actuals.actuals, read.rows, EDITIONS[1]!, "2023-12-31");
          const r = result.reconciliation;
          expect(r.read).toBe(rows.length);
          expect(r.assigned + r.unassigned + r.excluded).toBe(r.read);
          expect(r.sumAssigned.plus(r.sumUnassigned).plus(r.sumExcluded).equals(r.sumRead)).toBe(true);
          // What was read is what was written, to the öre.
          const cents = rows.reduce((sum, x) => sum + (x.amount[0] ? -1 : 1) * (x.amount[1] * 100 + x.amount[2]), 0);
          expect(r.sumRead.times(100).toNumber()).toBe(cents === 0 ? 0 : cents);
          expect(sumAmounts(result.rows.filter((x) => x.status === "assigned").map((x) => x.amount)).equals(result.actual.plus(result.cofinanced))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
