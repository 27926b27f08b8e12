/**
 * A small reader for SIE 4 files (type 4E/4I), the Swedish standard for accounting exports, for
 * the follow-up: no maintained SIE reader exists on npm. Only what a follow-up needs is read:
 *
 * - the verifications (`#VER serie vernr verdatum vertext …`) and their rows
 *   (`#TRANS kontonr {objektlista} belopp transdat transtext …`), a row's date being its own
 *   transdat or else its verification's date;
 * - `#RTRANS` (a row added afterwards) counts, and the `#TRANS` that follows it to repeat it for
 *   readers that do not know `#RTRANS` is skipped, as the standard asks;
 * - `#BTRANS` (a row removed afterwards) is no cost: it is returned marked `removed`, so that it
 *   is accounted for and excluded;
 * - `#DIM` names the dimensions; the project is dimension 6 unless a `#DIM` names another
 *   "Projekt"; the object of that dimension in a row's object list is its project.
 *
 * Files are in code page 437 (`#FORMAT PC8`), decoded by iconv-lite. Every other label is
 * skipped. A line that cannot be read, or that is neither a label nor a brace, is a problem with
 * its line and field.
 */
import { controlCharacterIn } from "../model/control-character.js";
import { Decimal, MAX_AMOUNT_EXPONENT } from "../model/money.js";
import { decodeLedgerText } from "./ledger-csv.js";
import { readLedgerDate, type LedgerProblem, type LedgerRead, type LedgerRow } from "./ledger-row.js";

/** SIE's standard dimension for projects. */
const PROJECT_DIMENSION = "6";

/**
 * The fields of a line: words, "quoted strings" (with \" inside) and {object lists}, separated
 * by spaces or tabs. Returns undefined for a quote or brace that is not closed.
 */
export function splitSieLine(line: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  while (i < line.length) {
    const char = line[i]!;
    if (char === " " || char === "\t") {
      i++;
      continue;
    }
    if (char === '"') {
      let value = "";
      i++;
      for (;;) {
        if (i >= line.length) return undefined;
        const c = line[i]!;
        if (c === "\\" && i + 1 < line.length) {
          value += line[i + 1];
          i += 2;
        } else if (c === '"') {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      fields.push(value);
    } else if (char === "{") {
      const end = line.indexOf("}", i);
      if (end < 0) return undefined;
      fields.push(line.slice(i, end + 1));
      i = end + 1;
    } else {
      let end = i;
      while (end < line.length && line[end] !== " " && line[end] !== "\t") end++;
      fields.push(line.slice(i, end));
      i = end;
    }
  }
  return fields;
}

/** An object list `{"1" "456" "6" "47"}` as dimension → object. */
function objectList(field: string): Map<string, string> | undefined {
  const inner = splitSieLine(field.slice(1, -1));
  if (!inner || inner.length % 2 !== 0) return undefined;
  const objects = new Map<string, string>();
  for (let i = 0; i < inner.length; i += 2) objects.set(inner[i]!, inner[i + 1]!);
  return objects;
}

/** Reads a SIE 4 file's verification rows. `file` names it in rows and problems. */
export function readSie(bytes: Uint8Array, file: string, encoding: "utf-8" | "windows-1252" | "cp437" = "cp437"): LedgerRead {
  const problems: LedgerProblem[] = [];
  const rows: LedgerRow[] = [];
  const text = decodeLedgerText(bytes, encoding);
  const lines = text.split(/\r\n|\n|\r/);
  let projectDimension = PROJECT_DIMENSION;
  let verification: { series: string; number: string; date?: ReturnType<typeof readLedgerDate>; text: string } | undefined;
  let skipNextTrans = false;
  let inBlock = false;

  lines.forEach((raw, index) => {
    // A DOS program may end the file with Ctrl-Z (SUB), which is no line of it.
    const line = raw.replace(/\u001a+$/, "").trim();
    const row = index + 1;
    if (line === "") return;
    if (line === "{") {
      inBlock = true;
      return;
    }
    if (line === "}") {
      inBlock = false;
      verification = undefined;
      skipNextTrans = false;
      return;
    }
    // Every SIE line is a label (#…) or a brace: anything else (a #TRANS that lost its #) is said,
    // not skipped, so that no row is lost unseen.
    if (!line.startsWith("#")) {
      problems.push({ code: "SIE_SYNTAX", row, column: 1, args: { problem: "not-a-label" } });
      return;
    }
    const fields = splitSieLine(line);
    if (!fields) {
      problems.push({ code: "SIE_SYNTAX", row, column: 1, args: { problem: "not-closed" } });
      return;
    }
    const label = fields[0]!.toUpperCase();
    // A verification's and a row's texts are printed in a follow-up: none may hold a control character.
    const printed = label === "#VER" || label === "#TRANS" || label === "#RTRANS" || label === "#BTRANS";
    const codes = printed ? fields.map(controlCharacterIn) : [];
    const controlled = codes.findIndex((code) => code !== undefined);
    if (controlled >= 0) problems.push({ code: "CONTROL_CHARACTER", row, column: controlled + 1, args: { code: codes[controlled]! } });
    if (label === "#DIM" && /projekt/i.test(fields[2] ?? "")) projectDimension = fields[1] ?? PROJECT_DIMENSION;
    if (label === "#VER") {
      const date = readLedgerDate(fields[3] ?? "");
      if (!date) problems.push({ code: "LEDGER_BAD_DATE", row, column: 4, args: { text: fields[3] ?? "" } });
      verification = { series: fields[1] ?? "", number: fields[2] ?? "", text: fields[4] ?? "", ...(date ? { date } : {}) };
      skipNextTrans = false;
      return;
    }
    if (label !== "#TRANS" && label !== "#RTRANS" && label !== "#BTRANS") return;
    if (controlled >= 0) return;
    if (!inBlock || !verification) {
      problems.push({ code: "SIE_ROW_OUTSIDE_VERIFICATION", row, column: 1, args: { label } });
      return;
    }
    if (label === "#TRANS" && skipNextTrans) {
      // The repetition of the #RTRANS just before it, for readers that do not know #RTRANS.
      skipNextTrans = false;
      return;
    }
    skipNextTrans = label === "#RTRANS";
    const [, account = "", objects = "{}", amountText = "", dateText = "", rowText = ""] = fields;
    if (!/^\d+$/.test(account)) problems.push({ code: "SIE_BAD_ACCOUNT", row, column: 2, args: { text: account } });
    const list = objects.startsWith("{") ? objectList(objects) : undefined;
    if (!list) problems.push({ code: "SIE_SYNTAX", row, column: 3, args: { problem: "object-list", text: objects } });
    const amount = /^-?\d+(\.\d+)?$/.test(amountText) ? new Decimal(amountText) : undefined;
    const tooLarge = amount !== undefined && amount.e >= MAX_AMOUNT_EXPONENT;
    // Kronor are booked in öre: a row with fractions of an öre would be summed as written and shown
    // rounded, so that the report's rows would not add up to its totals. (SIE writes no thousands
    // separators, so 100.500, whole öre, is read as written.)
    const fractionOfOre = amount !== undefined && amount.decimalPlaces() > 2;
    if (!amount) problems.push({ code: "LEDGER_BAD_AMOUNT", row, column: 4, args: { text: amountText } });
    else if (tooLarge) problems.push({ code: "LEDGER_AMOUNT_TOO_LARGE", row, column: 4, args: { text: amountText } });
    else if (fractionOfOre)
      problems.push({ code: "LEDGER_AMOUNT_DECIMALS", row, column: 4, args: { text: amountText, decimals: amountText.split(".")[1]!.length, format: "sie" } });
    const date = dateText !== "" ? readLedgerDate(dateText) : verification.date;
    if (dateText !== "" && !date) problems.push({ code: "LEDGER_BAD_DATE", row, column: 5, args: { text: dateText } });
    if (!date || !list || !amount || tooLarge || fractionOfOre || !/^\d+$/.test(account)) return;
    const project = list.get(projectDimension);
    rows.push({
      file,
      row,
      date: { day: date.day, text: date.text },
      year: date.year,
      amount,
      account,
      text: rowText || verification.text,
      voucher: `${verification.series}${verification.number}`,
      ...(project ? { project } : {}),
      ...(label === "#BTRANS" ? { removed: true } : {}),
    });
  });
  return { rows, problems };
}
