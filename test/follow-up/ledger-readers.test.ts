/**
 * Ledger exports as Swedish systems and Excel write them, and SIE 4 files: every figure read
 * digit for digit, every problem at its row and column.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readLedgerCsv } from "../../src/input/ledger-csv.js";
import { readLedgerAmount, readLedgerDate } from "../../src/input/ledger-row.js";
import { readSie, splitSieLine } from "../../src/input/sie.js";

const csv = (text: string, source = {}) => readLedgerCsv(Buffer.from(text, "utf8"), "l.csv", source);
const summary = (read: ReturnType<typeof csv>) => ({
  rows: read.rows.map((row) => [row.row, row.date.text, row.account ?? "", row.amount.toFixed(2), row.text]),
  problems: read.problems.map((p) => `${p.code}@${p.row}:${p.column}`),
});

describe("ledger amounts and dates", () => {
  it("reads decimal commas and points, spaces and no-break spaces between thousands, and signs", () => {
    const read = (text: string) => readLedgerAmount(text)?.value.toFixed(2);
    expect(["-1 234,50", "1\u00a0234,50", "1234.50", "+12", "\u2212850,00", "0,05", "1 000 000"].map(read)).toEqual([
      "-1234.50",
      "1234.50",
      "1234.50",
      "12.00",
      "-850.00",
      "0.05",
      "1000000.00",
    ]);
    expect(["1.234,50", "12 34", "1,2,3", "abc", "", "1e3", "12,"].map(read)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("reads 2025-03-12, 20250312 and 2025-03-12 00:00:00, and refuses impossible dates", () => {
    expect(["2025-03-12", "20250312", "2025-03-12 00:00:00", "2025-03-12T08:30"].map((t) => readLedgerDate(t)?.text)).toEqual([
      "2025-03-12",
      "2025-03-12",
      "2025-03-12",
      "2025-03-12",
    ]);
    expect(["2025-02-30", "20251301", "2025-0312", "12/03/2025"].map((t) => readLedgerDate(t))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe("CSV exports", () => {
  it("reads Swedish Excel's dialect: Windows-1252, semicolons, decimal commas, CRLF", () => {
    const bytes = iconv.encode(
      "Bokföringsdatum;Konto;Text;Belopp\r\n2024-03-20;7310;Flyg Rzeszów;24 350,00\r\n2024-05-15;7310;Återbetalning;-850,00\r\n",
      "win1252",
    );
    expect(summary(readLedgerCsv(bytes, "l.csv", {}))).toEqual({
      rows: [
        [2, "2024-03-20", "7310", "24350.00", "Flyg Rzeszów"],
        [3, "2024-05-15", "7310", "-850.00", "Återbetalning"],
      ],
      problems: [],
    });
  });

  it("reads a ledger that books debit and credit in two columns: the amount is the debit less the credit", () => {
    const text = [
      "Datum;Konto;Text;Debet;Kredit",
      "2024-03-20;7310;Flyg;1 234,50;",
      "2024-03-21;7310;Återbetalning;;200,00",
      "2024-03-22;7310;Rättelse;100,00;40,00",
    ].join("\n");
    // A cost is positive, a credit negative, as in an amount column: 1 234,50; −200,00; 100,00 − 40,00.
    expect(summary(csv(text))).toEqual({
      rows: [
        [2, "2024-03-20", "7310", "1234.50", "Flyg"],
        [3, "2024-03-21", "7310", "-200.00", "Återbetalning"],
        [4, "2024-03-22", "7310", "60.00", "Rättelse"],
      ],
      problems: [],
    });
    // A row with neither side, a side that is no amount, and a decimal point where the other rows have a comma (in either column).
    const bad = `${text}\n2024-03-23;7310;Tom;;\n2024-03-24;7310;Fel;;tio\n2024-03-25;7310;Punkt;;5.50\n`;
    expect(summary(csv(bad)).problems).toEqual(["LEDGER_NO_AMOUNT@5:4", "LEDGER_BAD_AMOUNT@6:5", "AMBIGUOUS_DECIMAL@7:5"]);
    // The comma it differs from is in the other column: the finding names that column.
    expect(csv(bad).problems[2]!.args).toMatchObject({ text: "5.50", otherRow: 2, otherColumn: "Debet" });
    // An amount column is taken before a debit and a credit; one of the two alone is no amount.
    expect(summary(csv("Datum;Konto;Belopp;Debet;Kredit\n2024-03-20;7310;5;1;\n")).rows.map((row) => row[3])).toEqual(["5.00"]);
    expect(summary(csv("Datum;Konto;Debet\n2024-03-20;7310;1\n")).problems).toEqual(["MISSING_COLUMN@1:1"]);
  });

  it("reads Excel's Unicode text: UTF-16 with its byte-order mark, little- or big-endian, tab separated", () => {
    const text = "Bokföringsdatum\tKonto\tText\tBelopp\r\n2024-03-20\t7310\tFlyg Rzeszów\t24 350,00\r\n";
    const expected = { rows: [[2, "2024-03-20", "7310", "24350.00", "Flyg Rzeszów"]], problems: [] };
    // Read as Windows-1252, as before, these bytes gave "ÿþB\0o\0k\0…" for the first header.
    expect(summary(readLedgerCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]), "l.txt", {}))).toEqual(expected);
    const bigEndian = Buffer.from(text, "utf16le").swap16();
    expect(summary(readLedgerCsv(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]), "l.txt", {}))).toEqual(expected);
    // Half a character at the end is no text.
    expect(summary(readLedgerCsv(Buffer.from([0xff, 0xfe, 0x44, 0x00, 0x61]), "l.txt", {})).problems).toEqual(["LEDGER_ENCODING@1:1"]);
  });

  it("reads UTF-8 with a byte-order mark, commas and quoted fields, tabs, and headers in any case or accent", () => {
    expect(summary(csv('\uFEFFDate,Account,Description,Amount\n2024-01-02,6420,"Audit, part 1",1234.50\n'))).toEqual({
      rows: [[2, "2024-01-02", "6420", "1234.50", "Audit, part 1"]],
      problems: [],
    });
    expect(summary(csv("DATUM\tKONTO\tBENAMNING\tBELOPP SEK\n20240102\t6420\tRevision\t1 000,00\n"))).toEqual({
      rows: [[2, "2024-01-02", "6420", "1000.00", "Revision"]],
      problems: [],
    });
  });

  it("takes the columns the actuals file names for headers it does not know, and names a header that is not there", () => {
    const text = "Bokf.dag;Kto;Beskr;Summa\n2024-01-02;6420;Revision;1000\n";
    expect(summary(csv(text, { columns: { date: "Bokf.dag", account: "Kto", text: "Beskr", amount: "Summa" } })).rows).toEqual([
      [2, "2024-01-02", "6420", "1000.00", "Revision"],
    ]);
    const wrong = csv(text, { columns: { date: "Bokf.dagen", account: "Kto", amount: "Summa" } });
    expect(wrong.problems.map((p) => [p.code, p.args.suggestion])).toEqual([["UNKNOWN_HEADER", "Bokf.dag"]]);
    expect(csv(text).problems.map((p) => [p.code, p.args.column])).toEqual([
      ["MISSING_COLUMN", "date"],
      ["MISSING_COLUMN", "amount"],
      ["MISSING_COLUMN", "account"],
    ]);
  });

  it("reports every unreadable row at once, at its row and column", () => {
    const read = csv("Datum;Konto;Belopp\n2024-01-02;7310;100,00\n2024-02-30;7310;100,00\n2024-03-01;7310;tio\n2024-03-02;7310;1.234\n");
    expect(read.problems.map((p) => `${p.code}@${p.row}:${p.column}`)).toEqual(["LEDGER_BAD_DATE@3:1", "LEDGER_BAD_AMOUNT@4:3", "AMBIGUOUS_DECIMAL@5:3"]);
    expect(read.problems[2]!.args).toMatchObject({ text: "1.234", otherRow: 2 });
    expect(read.problems[2]!.args).not.toHaveProperty("otherColumn");
  });

  it("refuses an amount with more than two decimals: 1.234 is most likely 1 234 kr, which would be read as 1,23 kr", () => {
    // Row 2 sets no decimal mark (it is refused), so row 3's point is the column's; row 4 has its
    // point and three decimals; row 5's comma is ambiguous against row 3's point, which says more
    // (and with three decimals it is left out too).
    const read = csv("Datum;Konto;Belopp\n2024-01-02;7310;1.234\n2024-01-03;7310;100.50\n2024-01-04;7310;0.125\n2024-01-05;7310;12,345\n");
    expect(summary(read)).toEqual({
      rows: [[3, "2024-01-03", "7310", "100.50", ""]],
      problems: ["LEDGER_AMOUNT_DECIMALS@2:3", "LEDGER_AMOUNT_DECIMALS@4:3", "AMBIGUOUS_DECIMAL@5:3"],
    });
    expect(read.problems[0]!.args).toEqual({ text: "1.234", decimals: 3 });
  });

  it("refuses a control character in a text it would print (a terminal's command), at its row and column", () => {
    const read = csv(
      "Datum;Konto;Text;Verifikation;Belopp\n2024-01-02;7310;Flyg \u001b[31mröd;A1;100,00\n2024-01-03;7310;Hotell;A\u009b2;200,00\n2024-01-04;7310;Tåg\tRzeszów;A3;300,00\n",
    );
    expect(summary(read)).toEqual({
      rows: [[4, "2024-01-04", "7310", "300.00", "Tåg\tRzeszów"]],
      problems: ["CONTROL_CHARACTER@2:3", "CONTROL_CHARACTER@3:4"],
    });
    expect(read.problems.map((p) => p.args.code)).toEqual(["U+001B", "U+009B"]);
    const sie = readSie(
      iconv.encode(
        ['#VER A 1 20240301 "Resa \u001b[31m"', "{", '#TRANS 7310 {} 100.00 20240301 "ok"', '#TRANS 7310 {} 200.00 20240301 "fel\u0007"', "}"].join("\r\n"),
        "cp437",
      ),
      "f.se",
    );
    expect(sie.problems.map((p) => `${p.code}@${p.row}:${p.column}:${p.args.code}`)).toEqual(["CONTROL_CHARACTER@1:5:U+001B", "CONTROL_CHARACTER@4:6:U+0007"]);
  });

  it("says a SIE line that is neither a label nor a brace (a #TRANS that lost its #), instead of skipping a cost unseen", () => {
    const sie = readSie(
      iconv.encode(['#VER A 1 20240301 "Resa"', "{", "#TRANS 7310 {} 100.00", "TRANS 7310 {} 2500.00", "}", "\u001a"].join("\r\n"), "cp437"),
      "f.se",
    );
    expect([sie.rows.map((r) => r.amount.toFixed(2)), sie.problems.map((p) => `${p.code}@${p.row}:${p.column}:${p.args.problem}`)]).toEqual([
      ["100.00"],
      ["SIE_SYNTAX@4:1:not-a-label"],
    ]);
  });

  it("refuses an amount of a trillion kronor or more, as a plan does, and keeps one just under it", () => {
    const read = csv("Datum;Konto;Belopp\n2024-01-02;7310;999 999 999 999,99\n2024-01-03;7310;1 000 000 000 000,00\n2024-01-04;7310;-99999999999999999999\n");
    expect(summary(read)).toEqual({
      rows: [[2, "2024-01-02", "7310", "999999999999.99", ""]],
      problems: ["LEDGER_AMOUNT_TOO_LARGE@3:3", "LEDGER_AMOUNT_TOO_LARGE@4:3"],
    });
    const sieRead = readSie(
      iconv.encode(['#VER A 1 20240301 "x"', "{", "#TRANS 6420 {} 1000000000000.00", "#TRANS 6420 {} 999999999999.99", "}"].join("\r\n"), "cp437"),
      "f.se",
    );
    expect([sieRead.rows.map((r) => r.amount.toFixed(2)), sieRead.problems.map((p) => `${p.code}@${p.row}:${p.column}`)]).toEqual([
      ["999999999999.99"],
      ["LEDGER_AMOUNT_TOO_LARGE@3:4"],
    ]);
  });

  it("reports a quote left open with its row", () => {
    const read = csv('Datum;Konto;Belopp\n2024-01-02;7310;"100,00\n');
    expect(read.problems.map((p) => p.code)).toEqual(["LEDGER_CSV_SYNTAX"]);
  });
});

describe("SIE 4 files", () => {
  const sie = (lines: string[]) => readSie(iconv.encode(lines.join("\r\n"), "cp437"), "f.se");

  it("splits fields with quotes, escaped quotes and object lists", () => {
    expect(splitSieLine('#TRANS 7310 {6 "47 11"} -1.50 20240102 "Flyg \\"Warszawa\\"" 1')).toEqual([
      "#TRANS",
      "7310",
      '{6 "47 11"}',
      "-1.50",
      "20240102",
      'Flyg "Warszawa"',
      "1",
    ]);
    expect(splitSieLine('#VER A 1 20240102 "open')).toBeUndefined();
  });

  it("reads verification rows in code page 437, counts #RTRANS and skips the #TRANS that repeats it, keeps #BTRANS as removed", () => {
    const read = sie([
      "#FLAGGA 0",
      "#FORMAT PC8",
      '#DIM 6 "Projekt"',
      '#VER A 7 20240301 "Hotell Rzeszów"',
      "{",
      '#TRANS 7320 {6 "4711"} 2000.00',
      '#RTRANS 7320 {6 "4711"} 150.00 20240305 "Tillägg"',
      '#TRANS 7320 {6 "4711"} 150.00 20240305 "Tillägg"',
      '#BTRANS 7320 {6 "4711"} 99.00',
      "#TRANS 1930 {} -2150.00",
      "}",
    ]);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.row, r.account, r.amount.toFixed(2), r.date.text, r.text, r.project ?? "", r.voucher, r.removed ?? false])).toEqual([
      [6, "7320", "2000.00", "2024-03-01", "Hotell Rzeszów", "4711", "A7", false],
      [7, "7320", "150.00", "2024-03-05", "Tillägg", "4711", "A7", false],
      [9, "7320", "99.00", "2024-03-01", "Hotell Rzeszów", "4711", "A7", true],
      [10, "1930", "-2150.00", "2024-03-01", "Hotell Rzeszów", "", "A7", false],
    ]);
  });

  it("takes the project from the dimension a #DIM calls Projekt", () => {
    const read = sie(['#DIM 20 "Projekt"', '#VER A 1 20240301 "x"', "{", '#TRANS 6420 {1 "100" 20 "P9"} 10.00', "}"]);
    expect(read.rows.map((r) => r.project)).toEqual(["P9"]);
  });

  it("refuses a SIE amount with fractions of an öre, which the report would show rounded, and reads whole öre written with more decimals", () => {
    const read = sie(['#VER A 1 20240301 "x"', "{", "#TRANS 6420 {} 100.505", "#TRANS 6420 {} 100.500", "#TRANS 6420 {} -0.0001", "#TRANS 6420 {} 7.25", "}"]);
    expect([read.rows.map((r) => `${r.row}:${r.amount.toFixed(2)}`), read.problems.map((p) => `${p.code}@${p.row}:${p.column}`)]).toEqual([
      ["4:100.50", "6:7.25"],
      ["LEDGER_AMOUNT_DECIMALS@3:4", "LEDGER_AMOUNT_DECIMALS@5:4"],
    ]);
    expect(read.problems.map((p) => p.args)).toEqual([
      { text: "100.505", decimals: 3, format: "sie" },
      { text: "-0.0001", decimals: 4, format: "sie" },
    ]);
  });

  it("reports rows it cannot read, at their line and field", () => {
    const read = sie(['#VER A 1 2024030 "x"', "{", "#TRANS 6420 {} 10,00", "#TRANS X1 {} 10.00", "#TRANS 6420 {6} 10.00", "}", "#TRANS 6420 {} 1.00"]);
    expect(read.problems.map((p) => `${p.code}@${p.row}:${p.column}`)).toEqual([
      "LEDGER_BAD_DATE@1:4",
      "LEDGER_BAD_AMOUNT@3:4",
      "SIE_BAD_ACCOUNT@4:2",
      "SIE_SYNTAX@5:3",
      "SIE_ROW_OUTSIDE_VERIFICATION@7:1",
    ]);
    // What cannot be read travels as a code and the text as written; each language words it.
    expect(read.problems.find((p) => p.code === "SIE_SYNTAX")?.args).toEqual({ problem: "object-list", text: "{6}" });
    expect(sie(['#VER A 1 20240301 "x', "{", "}"]).problems.map((p) => [p.code, p.args])).toEqual([["SIE_SYNTAX", { problem: "not-closed" }]]);
  });
});
