/**
 * The wording of every finding, and of the command line's own lines (src/cli/words.ts), in one
 * place per language: English here, Swedish in messages-sv.ts. Findings are data (code + args);
 * these modules say what is wrong and how to fix it. Tests assert codes and numbers, not these
 * sentences.
 */
import { visible } from "../model/control-character.js";
import type { Finding } from "../model/types.js";
import { TABLE_STATUSES } from "../rates/table-rows.js";
import type { Confirmation } from "../model/confirmation.js";
import { Decimal } from "../model/money.js";
import { formatSek } from "../render/format.js";
import { describeFigure, figureWithValue, REPORT_LABELS } from "../render/labels.js";
import { messagesSv, TABLE_WORDS_SV } from "./messages-sv.js";
import { systemErrorIn } from "./system-error.js";
import { placeTableProblem, type TableProblemWords } from "./table-problem.js";

export interface Wording {
  readonly message: string;
  readonly hint?: string;
}

/** How each expected kind of value is described. */
const EXPECTED: Readonly<Record<string, string>> = {
  amount: 'an amount: kronor (4500) or "<number> <currency>" ("450 EUR")',
  number: "a number (120 or 7.5)",
  "whole-number": "a whole number (3)",
  percent: "a percentage (44.53% or 0.4453)",
  year: "a year (2025)",
  "date-time": "a local date and time (2025-03-10T07:00)",
  country: "an ISO country code (PL, UA, SE)",
  currency: "a currency code (EUR)",
  text: "text",
  id: "an id (letters, digits, - _ .)",
  mapping: "a mapping (key: value lines)",
  list: "a list (- item lines or [a, b])",
  lodging: 'lodging: an amount per night (1000 or "90 EUR"), {per_night, nights}, free (hosted) or none (night allowance)',
  subsistence: "subsistence: per-diem, {per_day: <amount>} or none",
  traveller: "a traveller: a person's id, or a group {side: sweden|partner, count: N}",
  version: "1 (the only plan format version)",
  date: "a date (2025-03-10)",
  meals: "free meals: counts over the trip ({breakfast: 3, dinner: 1}) or a list of days ([{date: 2025-03-10, breakfast: true}])",
  "yes-no": "true or false",
};

const expected = (kind: unknown) => EXPECTED[String(kind)] ?? String(kind);
/**
 * What the system said when a file could not be read or written (`writing`), in words, with its
 * code (system-error.ts). The words are made when a finding is worded, as the tables below are,
 * not at start-up.
 */
const systemError = (code: unknown, writing = false) =>
  systemErrorIn(
    {
      ENOENT: "it does not exist",
      ENOTDIR: "a part of its path is not a folder",
      EISDIR: "it is a folder",
      EACCES: "permission denied",
      EPERM: "permission denied",
      EROFS: "the file system is read-only",
      ENOSPC: "no space is left on the disk",
      EMFILE: "too many files are open",
      noFolder: "its folder does not exist",
    },
    code,
    writing,
  );
/** "check skips the actuals file (*.actuals.yaml)", or "the 2 actuals files". */
const skippedActuals = (count: unknown) =>
  Number(count) === 1 ? "check skips the actuals file (*.actuals.yaml)" : `check skips the ${count} actuals files (*.actuals.yaml)`;
/** What was expected, in a few words, where its name does not read as English (the hint says it in full). */
const expectedShort = (kind: unknown) =>
  ({ "yes-no": "true or false", "date-time": "a date and time", "whole-number": "a whole number" })[String(kind)] ?? String(kind).replace(/-/g, " ");
/** A figure and its value in words: "per diem Polen (PL) 2026 = SEK 597 a day". */
const figure = (key: unknown, value: unknown) => figureWithValue(String(key), String(value), "en");
const at = (args: Finding["args"]) => (args.path ? `${args.path}: ` : "");
const didYouMean = (args: Finding["args"]) => (args.suggestion !== undefined ? `did you mean ${args.suggestion}?` : undefined);
/** A machine amount ("189420.60") in English form ("SEK 189,420.60"), as the English tables show it; other text as it is. */
const sek = (value: unknown) => (/^-?\d+(\.\d+)?$/.test(String(value)) ? formatSek(new Decimal(String(value)), "en") : `${value} kr`);

export type Describe = (args: Finding["args"]) => Wording;

/** Every finding code worded in English, made on first use (see messagesOf). */
function messagesEn(): Readonly<Record<string, Describe>> {
  return (english ??= {
    // Whole files
    FILE_NOT_FOUND: () => ({ message: "file not found", hint: "check the path; plans are YAML files such as budgets/preparation.yaml" }),
    NO_MATCH: (a) =>
      a.skipped
        ? {
            message: `no plan matches ${a.pattern}: ${skippedActuals(a.skipped)} it matches`,
            hint: "an actuals file is read by icld-budget follow-up <plan> <actuals>; give check the plans",
          }
        : { message: `no file matches ${a.pattern}`, hint: "check the pattern; quote it so that the tool, not the shell, expands it" },
    NO_PLANS: (a) =>
      a.skipped
        ? {
            message: `no plan files (*.yaml, *.yml) in ${a.where}: ${skippedActuals(a.skipped)} there`,
            hint: "an actuals file is read by icld-budget follow-up <plan> <actuals>; give check the plans",
          }
        : { message: `no plan files (*.yaml, *.yml) in ${a.where}`, hint: "name plan files or a folder that holds them" },
    TOO_MANY_FILES: (a) => ({
      message: `${a.count} files to check, and one call checks at most ${a.max}`,
      hint: "name the folder that holds the plans, or check them in several calls",
    }),
    TOO_MUCH_INPUT: (a) => ({
      message: `the files to read hold ${a.bytes} bytes in all, and one call reads at most ${a.max} (as much as one file may hold)`,
      hint: "name the folder that holds the plans, or check them in several calls",
    }),
    IS_DIRECTORY: () => ({ message: "is a directory, not a plan file", hint: "name the plan files inside it" }),
    UNREADABLE: (a) => ({ message: `cannot read the file: ${systemError(a.detail)}`, hint: "check its permissions" }),
    BINARY_FILE: () => ({ message: "is not a text file (binary or not UTF-8)", hint: "a plan is a YAML text file saved as UTF-8" }),
    EMPTY_FILE: (a) =>
      a.loneCr
        ? {
            message:
              "the file reads as empty: its lines end in a carriage return alone (␍), which the YAML reader does not take as a line break, so the whole file reads as one line with no content",
            hint: "save the file with LF or CRLF line ends",
          }
        : { message: "the file is empty", hint: "start from `icld-budget init --phase preparation` or an example in budgets/" },
    FILE_TOO_LARGE: (a) => ({
      // Without bytes: reading stopped one byte past the limit (a device, a pipe), so the size is unknown.
      message:
        a.bytes === undefined
          ? `the file is too large (more than the ${a.max} bytes a file may have)`
          : `the file is too large (${a.bytes} bytes; at most ${a.max})`,
      hint: "a plan is a few kilobytes: split it, or check that this is the right file",
    }),
    MULTIPLE_DOCUMENTS: (a) => ({
      message: `the file holds ${a.count} YAML documents; a plan is one`,
      hint: "remove the `---` line, or put each plan in its own file",
    }),
    NOT_A_MAPPING: (a) => ({
      message: `a plan is a mapping of keys (version, title, phase, …), but this is ${a.received}`,
      hint: "start the file with `version: 1`",
    }),
    TOO_DEEP: (a) => ({ message: `the YAML is nested too deeply (more than ${a.max} levels)`, hint: "a plan is at most a few levels deep" }),
    ALIAS_BOMB: (a) => ({
      message: `the aliases (*name) here expand to more than ${a.max} values`,
      hint: "a plan needs no such repetition: write the values out, or repeat less",
    }),
    TOO_MANY_LINES: (a) => ({
      message: `the file has ${a.lines} lines; a plan may have at most ${a.max}`,
      hint: "split it into several plans, or check that this is the right file",
    }),
    TOO_MANY_PROBLEMS: (a) => ({
      // counted "at-least": the lists were cut before validating (parse-plan.ts), so there may be more.
      message: `and ${a.counted === "at-least" ? "at least " : ""}${a.count} more problems (${a.codes}) after the first ${a.shown}`,
      hint: "fix the problems above first; many of one kind usually have one cause",
    }),
    // YAML
    YAML_SYNTAX: (a) => ({
      message: `YAML syntax: ${a.detail}`,
      hint: a.loneCr
        ? "this line holds a carriage return alone (␍) where a line should end, which the YAML reader does not take as a line break: save the file with LF or CRLF line ends"
        : "check indentation, colons and quotes on this line",
    }),
    DUPLICATE_KEY: (a) => ({
      message: `duplicate key: ${a.key} is written twice in this mapping (first at line ${a.firstLine}, column ${a.firstColumn})`,
      hint: 'each key may appear once in a mapping (2025 and "2025" are the same key); remove or merge one',
    }),
    TAB_INDENT: () => ({ message: "tab used for indentation", hint: "YAML indents with spaces only; replace the tab with spaces" }),
    // Schema
    ACTUALS_NOT_PLAN: (a) => ({
      message: `this is an actuals file (it has ${a.key}:), the follow-up's input, not a plan`,
      hint: "follow a plan up with it: icld-budget follow-up <plan> <this file>",
    }),
    EDITION_NOT_PLAN: (a) => ({
      message: `this is a rule edition (it has ${a.key}:), not a plan`,
      hint: "name it in a plan to check that plan against it: rules: <this file>",
    }),
    PLAN_NOT_ACTUALS: (a) => ({
      message: `this is a plan (it has ${a.key}:), not an actuals file`,
      hint: "the plan comes first: icld-budget follow-up <plan> <actuals>",
    }),
    UNKNOWN_KEY: (a) => ({ message: `unknown key "${a.key}"`, hint: didYouMean(a) ?? `the keys allowed here are: ${a.known}` }),
    MISSING_KEY: (a) => ({
      message: `missing key "${a.key}"${a.path && a.path !== a.key ? ` (${a.path})` : ""}`,
      hint: `add ${a.key}: ${a.allowed ? `one of ${a.allowed}` : expected(a.expected)}`,
    }),
    INVALID_TYPE: (a) => ({
      message: `${at(a)}expected ${expectedShort(a.expected)}, found ${a.received}`,
      hint: didYouMean(a) ?? (a.boolean !== undefined ? `write ${a.boolean} (YAML 1.2 reads ${a.received} as text)` : `write ${expected(a.expected)}`),
    }),
    INVALID_CHOICE: (a) => ({ message: `${at(a)}${a.value} is not allowed`, hint: `${didYouMean(a) ? `${didYouMean(a)} ` : ""}allowed: ${a.allowed}` }),
    INVALID_AMOUNT: (a) => ({ message: `${at(a)}"${a.text}" is not an amount`, hint: `write ${expected("amount")}` }),
    INVALID_NUMBER: (a) => ({ message: `${at(a)}"${a.text}" is not ${expected(a.expected)}`, hint: "write plain digits, with a point for decimals" }),
    NOT_FINITE: (a) => ({ message: `${at(a)}${a.text} is not a finite number`, hint: "write the number as plain digits, such as 4500 or 7.5" }),
    EXPONENT_NUMBER: (a) => ({
      message: `${at(a)}${a.text} is written with an exponent`,
      hint: "write the number out in full (amounts are read exactly, digit by digit)",
    }),
    NEGATIVE_NUMBER: (a) => ({
      message: `${at(a)}${a.text} is negative`,
      hint: "amounts and quantities are zero or more; a saving is a smaller cost, not a negative one",
    }),
    NUMBER_TOO_LARGE: (a) => ({ message: `${at(a)}${a.text} is implausibly large`, hint: "check for extra digits" }),
    NOT_POSITIVE: (a) => ({ message: `${at(a)}must be more than zero` }),
    INVALID_PERCENT: (a) => ({ message: `${at(a)}"${a.text}" is not a percentage from 0 to 100 %`, hint: "write 44.53% or 0.4453" }),
    INVALID_YEAR: (a) => ({ message: `${at(a)}"${a.text}" is not a year`, hint: "write a year from 2000 to 2100, such as 2025" }),
    INVALID_DATE_TIME: (a) => ({
      message: `${at(a)}"${a.text}" is not a date and time`,
      hint: "write local date and time as 2025-03-10T07:00 (the time decides full or half per diem days)",
    }),
    IMPOSSIBLE_DATE: (a) => ({ message: `${at(a)}${a.text} is not a date in the calendar`, hint: "check the day of the month" }),
    IMPOSSIBLE_TIME: (a) => ({ message: `${at(a)}${a.text} is not a time of day`, hint: "hours 00–23, minutes 00–59" }),
    UNKNOWN_COUNTRY: (a) => ({
      message: `${at(a)}"${a.text}" is not an ISO country code`,
      hint: didYouMean(a) ?? "use the two-letter ISO 3166 code: PL for Poland, UA for Ukraine, SE for Sweden",
    }),
    INVALID_DATE: (a) => ({ message: `${at(a)}"${a.text}" is not a date`, hint: "write a date as 2025-03-10" }),
    DUPLICATE_TRAVELLER: (a) => ({
      message: `${a.id} is listed twice among the trip's travellers and would be priced twice`,
      hint: "list each person once; add a group {side, count} for people not yet named",
    }),
    MEALS_EXCEED_DAYS: (a) => ({
      message: `${a.count} free ${a.meal}s per traveller on a trip of ${a.days} day${a.days === 1 ? "" : "s"}`,
      hint: "free meals are counted per traveller over the trip: at most one of each kind a day",
    }),
    NIGHTS_EXCEED_TRIP: (a) => ({
      message: `${a.nights} nights of lodging on a trip of ${a.tripNights} night${a.tripNights === 1 ? "" : "s"}`,
      hint: "give at most the nights between departure and return, or check the dates",
    }),
    HOURS_BEYOND_YEAR: (a) => ({
      message: `${a.who} works ${a.hours} hours in ${a.year}, and a year has ${a.max}`,
      hint: "check this person's hours for the year (in a plan: the hours, share and months of the work lines)",
    }),
    HOURS_OVER_FULL_TIME: (a) => ({
      message: `${a.who} works ${a.hours} hours in ${a.year}, more than a full-time year (${a.max} hours)`,
      hint: "check the hours, or spread the work over more people or years",
    }),
    CONTROL_CHARACTER: (a) => ({
      message: `this text holds the control character ${a.code}`,
      hint: "a terminal takes control characters for commands: remove it (a \\u or \\x escape in double quotes writes one)",
    }),
    MONTHS_OVER_YEAR: (a) => ({
      message: `months: ${a.months}; a work line covers one year, so twelve months at most`,
      hint: "split the work over the years with one line for each year",
    }),
    MEAL_DATE_OUTSIDE_TRIP: (a) => ({
      message: `free meals on ${a.date}, outside the trip (${a.depart} – ${a.return})`,
      hint: "give a date from the departure day to the return day",
    }),
    DUPLICATE_MEAL_DATE: (a) => ({ message: `free meals on ${a.date} are listed twice`, hint: "list each day once, with all its free meals" }),
    INVALID_CURRENCY: (a) => ({ message: `${at(a)}"${a.text}" is not a currency code`, hint: "use the three-letter ISO 4217 code in capitals: EUR, PLN, UAH" }),
    INVALID_ID: (a) => ({
      message: `${at(a)}"${a.text}" is not a valid id`,
      hint: "an id starts with a letter or digit, followed by letters, digits, -, _ or . (no spaces)",
    }),
    EMPTY_LIST: (a) => ({ message: `${at(a)}the list is empty`, hint: "give at least one item" }),
    TOO_SMALL: (a) => ({ message: `${at(a)}too small` }),
    INVALID_VALUE: (a) => ({ message: `${at(a)}${a.detail}` }),
    // Cross-references
    DUPLICATE_ID: (a) => ({ message: `the id "${a.id}" is used twice`, hint: "give each person and trip its own id" }),
    DUPLICATE_YEAR: (a) => ({ message: `${a.year} is listed twice in years` }),
    UNKNOWN_PERSON: (a) => ({
      message: `no person has the id "${a.id}"`,
      hint:
        didYouMean(a) ??
        `people defined: ${a.known}; ${
          a.where === "hours"
            ? "hours are for a person of the plan: add the person under the plan's people:"
            : `add the person under people:, or ${a.where === "work" ? "write the line with role: instead of person:" : "use a group {side: sweden, count: 1}"}`
        }`,
    }),
    RETURN_BEFORE_DEPARTURE: (a) => ({ message: `the return (${a.return}) is before the departure (${a.depart})`, hint: "check the dates and times" }),
    MISSING_FX_RATE: (a) => ({
      message: `"${a.text}" is in ${a.currency}, but fx has no rate for ${a.currency}`,
      hint: `add fx: {${a.currency}: "<SEK per ${a.currency}>"} to the plan (for UAH the Riksbank publishes no rate: state the one you use)`,
    }),
    ROUTE_TIMES: (a) => ({
      message:
        a.problem === "last-until"
          ? "the last stretch of a route lasts until the return, and takes no until"
          : a.problem === "until-missing"
            ? "this stretch of the route has no until, and is not the last"
            : `until ${a.until} is not after ${a.after} and before the return (${a.return})`,
      hint: "give each stretch but the last the local time it ends (until: 2025-03-11T14:00), in the order of the trip",
    }),
    ROUTE_MEALS_NEED_DATES: (a) => ({
      message: `free meals counted over the trip cannot say which country's per diem they reduce (the route goes through ${a.countries})`,
      hint: "give the meals day by day: meals_provided: [{date: 2025-03-11, breakfast: true}]",
    }),
    YEAR_OUTSIDE_PLAN: (a) => ({
      message: `this ${a.what} falls in ${a.year}, outside the plan's years (${a.years})`,
      hint: `add ${a.year} to years, or move the ${a.what}`,
    }),
    MISSING_YEAR: (a) => ({ message: `this ${a.what} has no year, and the plan covers several (${a.years})`, hint: "add year: <one of the plan's years>" }),
    TOO_MANY_YEARS: (a) => ({
      message: `a project covers 1 to ${a.max} years; this plan lists ${a.count}`,
      hint: "split the plan, or list at most three years",
    }),
    MISSING_REGION: () => ({
      message: "the plan says neither partner.country nor region",
      hint: "add partner: {municipality: …, country: UA}, or region: europe | africa-asia",
    }),
    WORK_PERSON_AND_ROLE: () => ({
      message: "a work line names both a person and a role",
      hint: "use person: for someone in people, role: for someone not yet named",
    }),
    WORK_WHO_MISSING: () => ({ message: "a work line names neither a person nor a role", hint: "add person: <id> or role: <title>" }),
    WORK_HOURS_AND_SHARE: () => ({ message: "a work line gives both hours and share", hint: "give hours, or share with months" }),
    WORK_HOURS_MISSING: () => ({ message: "a work line gives neither hours nor share", hint: "add hours: 120, or share: 10% with months: 12" }),
    WORK_MONTHS_WITHOUT_SHARE: () => ({ message: "months without share", hint: "months go with share: share × hours per year × months ÷ 12" }),
    WORK_SALARY_MISSING: (a) => ({
      message: `no salary for ${a.who}: the work cannot be priced`,
      hint: "give monthly_salary or hourly_cost on the work line or the person",
    }),
    LONG_STAY_MEALS_NEED_DATES: (a) => ({
      message: `free meals counted over ${a.trip}, a stay of more than three months: a meal after the three months reduces the 70 % per diem, so each meal needs its date`,
      hint: "give the meals day by day: meals_provided: [{date: …, breakfast: true}, …]",
    }),
    MEALS_NEED_DATES: (a) => ({
      message: `free meals counted over a trip that spans ${a.years}: Skatteverket's amounts differ by year, so each meal needs its date`,
      hint: "give the meals day by day: meals_provided: [{date: …, breakfast: true}, …]",
    }),
    MISSING_PER_DIEM_RATE: (a) => ({
      message: `no per diem figure for ${a.countryName} in ${a.year}: Skatteverket's table for ${a.year} is not built in for this country`,
      hint: `look up Skatteverket's normalbelopp for ${a.year} and add per_diem_rates: {${a.year}: {${a.country}: <kronor per full day>}} to the plan`,
    }),
    UNKNOWN_EDITION: (a) => ({ message: `unknown rule edition ${a.edition}` }),
    NO_ENVELOPE: (a) => ({ message: `${a.edition} has no envelope for ${a.phase}, ${a.partnership}, ${a.region}` }),
    // Rate packs, config files and edition files
    RATE_PACK_UNREADABLE: (a) => ({
      message: `cannot read the rate pack ${a.file}: ${systemError(a.detail)}`,
      hint: "check the path: it is relative to the plan (or to the config file that names it)",
    }),
    RATE_PACK_INVALID: (a) => ({
      message: `the rate pack ${a.file} cannot be used: ${describeTableProblem(a)}`,
      hint: "a pack is our CSV layout (year, country_code, country_sv, normalbelopp_sek, status, source) or Skatteverket's open data (land eller område, normalbelopp, år, landskod)",
    }),
    CONFIG_INVALID: (a) => ({
      message: `the config file ${a.file} cannot be used: ${a.problem === "not-a-mapping" ? "it is not a YAML mapping" : "rate_packs: must be a list of files"}`,
      hint: "it holds rate_packs: [files relative to it]",
    }),
    EDITION_INVALID: (a) => ({
      message: `the edition file ${a.file} cannot be used: ${describeTableProblem(a)}`,
      hint: 'see README.md, "Rule editions", for the format; icld-budget init --edition icld-2023 -o my-programme.yaml writes a built-in one to start from',
    }),
    // Follow-up: the actuals file and the ledger exports
    INVALID_ACCOUNT: (a) => ({
      message: `${at(a)}"${a.text}" is not an account number`,
      hint: "accounts are digits, a whole account (7310) or its first digits (73)",
    }),
    INVALID_PATTERN: (a) => ({
      message: `the pattern ${a.text} is not a regular expression: ${a.detail}`,
      hint: "write the text to look for, with | between alternatives: Rzeszów|Rzeszow",
    }),
    LEDGER_ENCODING: (a) => ({
      message: `the file is not ${a.encoding} text`,
      hint: "save it as UTF-8, or give encoding: windows-1252 (Excel) or cp437 (SIE) in the actuals file",
    }),
    LEDGER_CSV_SYNTAX: (a) => ({ message: `the CSV cannot be read here: ${a.detail}`, hint: "check the quotes and the separator on this row" }),
    LEDGER_EMPTY: () => ({ message: "the ledger export has no rows", hint: "export the ledger again, with a header row" }),
    UNKNOWN_HEADER: (a) => ({
      message: `columns.${a.column} names the header "${a.header}", which the file does not have (it has ${a.headers})`,
      hint: a.suggestion !== undefined ? `did you mean ${a.suggestion}?` : "copy the header from the file's first row",
    }),
    MISSING_COLUMN: (a) => ({
      message: `no ${a.column} column: the file's headers are ${a.headers}`,
      hint: `name it in the actuals file (columns: {${a.column}: <header>}); headers known for it: ${a.known}${a.debit ? `; or a debit (${a.debit}) and a credit column (${a.credit})` : ""}`,
    }),
    LEDGER_NO_AMOUNT: () => ({ message: "the row has neither a debit nor a credit", hint: "give its amount on one side, or leave the row out of the export" }),
    LEDGER_BAD_DATE: (a) => ({ message: `"${a.text}" is not a date`, hint: "dates are 2025-03-12, 20250312 or 2025-03-12 00:00:00" }),
    ACTUALS_NOT_FOUND: () => ({
      message: "file not found",
      hint: "check the path; icld-budget init --actuals -o <file> writes a starter actuals file to fill in",
    }),
    LEDGER_NOT_FOUND: (a) => ({
      message: `the ledger export ${a.file} does not exist (looked for ${a.path})`,
      hint: "export the ledger from the accounting system to that file, or correct file: (a path relative to the actuals file)",
    }),
    LEDGER_IS_DIRECTORY: (a) => ({ message: `${a.file} is a folder, not a ledger export`, hint: "name the export inside it (CSV or SIE)" }),
    LEDGER_LISTED_TWICE: (a) => ({
      message: `${a.file} is listed twice (first at line ${a.firstLine}, column ${a.firstColumn})`,
      hint: "each of its rows would count twice: list it once, or give each listing a project of its own",
    }),
    LEDGER_AMOUNT_TOO_LARGE: (a) => ({
      message: `"${a.text}" is a trillion kronor or more`,
      hint: "no ledger row is that large: check that the amount column holds the amount, and the export's number format",
    }),
    LEDGER_AMOUNT_DECIMALS: (a) => ({
      message: `"${a.text}" has ${a.decimals} decimals, and kronor are booked in öre, with two`,
      hint:
        a.format === "sie"
          ? "the accounting system wrote fractions of an öre: round the amount to öre there and export the file again"
          : "if the point or comma separates thousands (1.234 for 1 234 kr), export the column without it; if not, round the amounts to öre",
    }),
    LEDGER_BAD_AMOUNT: (a) => ({
      message: `"${a.text}" is not an amount`,
      hint: "amounts are digits with a decimal comma or point and spaces between thousands: -1 234,50",
    }),
    AMBIGUOUS_DECIMAL: (a) => ({
      message: `"${a.text}" has a decimal ${a.mark === "," ? "comma" : "point"}, while row ${a.otherRow} of ${a.otherColumn === undefined ? "the same column" : `the column ${a.otherColumn}`} has a decimal ${a.other === "," ? "comma" : "point"}: is it ${a.text} or a thousands separator?`,
      hint: "export the amounts with one decimal mark throughout",
    }),
    SIE_SYNTAX: (a) => ({
      message: `the SIE line cannot be read: ${
        a.problem === "object-list"
          ? `the object list ${a.text} is not pairs of dimension and object`
          : a.problem === "not-a-label"
            ? "it neither starts with a label (#VER, #TRANS, …) nor is a brace, and a row without its # would be lost"
            : "a quote or brace is not closed"
      }`,
      hint: "check the quotes and braces on this line; export the file again if it is damaged",
    }),
    SIE_ROW_OUTSIDE_VERIFICATION: (a) => ({
      message: `${a.label} outside a verification (#VER … { … })`,
      hint: "each row belongs inside the braces after its #VER line",
    }),
    SIE_BAD_ACCOUNT: (a) => ({ message: `"${a.text}" is not an account number`, hint: "a #TRANS row starts with the account: #TRANS 7310 {} 1250.00" }),
    UNKNOWN_TRIP: (a) => ({
      message: `the plan has no trip ${a.trip} (its trips with an id: ${a.known})`,
      hint: didYouMean(a) ?? "give the trip an id in the plan, or use one of its ids",
    }),
    UNKNOWN_CATEGORY: (a) => ({
      message: `"${a.text}" is not a category`,
      hint: didYouMean(a) ?? "use a plan category: travel, lodging, subsistence, work, audit, visa, …",
    }),
    UNKNOWN_PAYER: (a) => ({ message: `"${a.text}" is not a payer`, hint: didYouMean(a) ?? "icld, municipality or partner" }),
    ACTUAL_OVER_ENVELOPE: (a) => ({
      message: `the actual ICLD costs of ${envelopeName(a)} are over its maximum: ${sek(a.actual)} of ${sek(a.limit)}, ${sek(a.over)} over`,
      hint: "ICLD pays at most the maximum: move costs to co-financing (paid_by: municipality) or check the rows",
    }),
    ACTUAL_OVER_GUIDE: (a) => ({
      message: `the actual ICLD costs of ${envelopeName(a)} are over its guide value: ${sek(a.actual)} of ${sek(a.limit)}, ${sek(a.over)} over`,
      hint: "a guide value is agreed with ICLD: explain the excess in the report",
    }),
    FORECAST_OVER_ENVELOPE: (a) => ({
      message: `the forecast for ${envelopeName(a)} is over its maximum: ${sek(a.forecast)} of ${sek(a.limit)} (actual ${sek(a.actual)}), ${sek(a.over)} over`,
      hint: "what the plan still has ahead does not fit: cut it, or plan it as co-financing",
    }),
    OVER_BUDGET: (a) => ({
      message: `${a.subject} ${a.name}: actual ${sek(a.actual)} against a budget of ${sek(a.budget)}, more than ${a.tolerance} % over`,
      hint: "ICLD's rule for moving money between budget lines is not confirmed: ask ICLD before reporting it (the tolerance is a setting: tolerance: in the actuals file)",
    }),
    UNASSIGNED_ROW: (a) => ({
      message: `no category for this row (account ${a.account || "none"}, ${sek(a.amount)}, "${a.text}")`,
      hint:
        a.suggestion !== undefined
          ? `map its account under accounts: (the nearest mapped is ${a.suggestion}), or give the row a category`
          : "map its account under accounts: in the actuals file, or give the row a category",
    }),
    DATED_AFTER_AS_OF: (a) => ({
      message: `dated ${a.date}, after the day the books were read (${a.asOf})`,
      hint: "set as_of (or --as-of) to the day the ledger was exported, or check the row's date",
    }),
    OUTSIDE_PLAN_YEARS: (a) => ({
      message: `dated ${a.date}, outside the plan's years (${a.years}): excluded (${sek(a.amount)})`,
      hint: "check the date, or follow that year up against its own plan",
    }),
    DUPLICATE_VOUCHER: (a) => ({
      message: `voucher ${a.voucher} with ${sek(a.amount)} appears twice (first in ${a.firstFile}, row ${a.firstRow})`,
      hint: "if two exports overlap, remove one; if an entry by hand has since been booked, remove the entry; if the rows are two costs, ignore this",
    }),
    SALARY_TWICE: (a) => ({
      message: `salary for ${a.year} is counted both from hours and from salary rows in the ledger`,
      hint: "keep one: remove the hours, or map the salary accounts elsewhere",
    }),
    // Check findings
    ENVELOPE_EXCEEDED: (a) => ({
      message: `${envelopeName(a)} is over its maximum: ${sek(a.total)} of ${sek(a.limit)}, ${sek(a.over)} over`,
      // A whole phase's envelope (preparation) has no years to spread costs over.
      hint: `cut costs${a.period === "phase" ? " or" : ","} move some to co-financing (paid_by: municipality)${a.period === "phase" ? "" : ", or spread them over the years"}`,
    }),
    GUIDE_EXCEEDED: (a) => ({
      message: `${envelopeName(a)} is over its guide value (riktpunkt): ${sek(a.total)} of ${sek(a.limit)}, ${sek(a.over)} over`,
      hint: "a guide value is agreed with ICLD: explain the excess in the application",
    }),
    UNCONFIRMED_FIGURE: (a) => ({ message: `the result uses an ${a.status} figure: ${figure(a.figure, a.value)}`, hint: `source: ${a.source}` }),
    RATE_OVERRIDDEN: (a) => ({
      message: `${a.by === "pack" ? "a rate pack's" : "the plan's"} ${figure(a.figure, a.value)} replaces the built-in ${describeFigure(String(a.figure), String(a.builtIn), "en").value} (${a.status}: ${a.source})`,
      hint:
        a.by === "pack"
          ? "check which is right: the pack comes first while it is named"
          : "remove the plan's figure to use the built-in one, or keep it if you know the built-in one is wrong",
    }),
    ELIGIBILITY_UNCONFIRMED: (a) => ({
      message: `whether ICLD pays for ${a.category} is not confirmed (${a.label})`,
      hint: "ask ICLD, or mark it paid_by: municipality",
    }),
    NOT_ELIGIBLE: (a) =>
      a.reason === "partner-salary"
        ? { message: `ICLD does not pay the partner side's salaries (${a.label})`, hint: "remove the line, or set paid_by: partner to show it as co-financing" }
        : { message: `ICLD does not pay for ${a.category} (${a.label})`, hint: "set paid_by: municipality or remove the line" },
    ICLD_FUNDING_ENDS: (a) => ({
      message: `ICLD has announced that its funding ends on 31 December 2026; this ${a.what} falls in ${a.year}`,
      hint: "plan within 2026, or secure other funding for later costs",
    }),
    OVERLAPPING_TRIPS: (a) => ({
      message: `${a.id} travels on ${a.trip} while still on ${a.other} (${a.otherDepart} – ${a.otherReturn})`,
      hint: "check the dates and travellers of the two trips",
    }),
    LONG_STAY: (a) => ({
      message: `${a.trip} lasts ${a.days} days: its per diem is priced at Skatteverket's 70 % from ${a.from70}, after three months at one place${a.from50 ? `, and 50 % from ${a.from50}, after two years` : ""}; the night allowance is not reduced (not confirmed)`,
      hint: "the tool takes the trip as one stay at one place; where the traveller moves to another place, write the stays as trips of their own",
    }),
    NO_OVERNIGHT: (a) => ({
      message: `per diem asked for on a trip without a whole night away, 00:00–06:00 (${a.trip}): Skatteverket pays none`,
      hint: "use subsistence: {per_day: …} for food on a day trip, or none",
    }),

    // The command line's own words (src/cli/): its problems and what it did
    OUTPUT_EXISTS: (a) => ({ message: `${a.file} already exists`, hint: "add --force to replace it" }),
    OUTPUT_IS_INPUT: (a) => ({ message: `${a.file} is one of the files being read`, hint: "write the report to another file" }),
    OUTPUT_NOT_WRITTEN: (a) => ({ message: `cannot write ${a.file}: ${systemError(a.detail, true)}` }),
    OUTPUT_FORMAT_UNKNOWN: (a) => ({ message: `cannot tell the format from ${a.file}`, hint: `add --format (${a.formats})` }),
    AS_OF_NOT_A_DATE: (a) => ({ message: `--as-of ${a.text} is not a date`, hint: "write it as 2025-11-30" }),
    STARTER_EXISTS: (a) => ({ message: `${a.file} already exists, and init never overwrites a file`, hint: "choose another name or remove it" }),
    STARTER_WRITTEN: (a) => ({ message: `Wrote ${a.file}`, hint: `next: icld-budget check ${a.file}` }),
    ACTUALS_WRITTEN: (a) => ({
      message: `Wrote ${a.file}`,
      hint: `next: name its ledger exports and map their accounts, then: icld-budget follow-up <plan> ${a.file}`,
    }),
    EDITION_WRITTEN: (a) => ({
      message: `Wrote ${a.file}`,
      hint: `next: give it its own id, title, source and figures, and name it in a plan: rules: ${a.file}`,
    }),
    NOT_ONE_PLAN: (a) => ({ message: `${a.arg} holds ${a.count} plans`, hint: "this command reads one plan for each name: give a plan file" }),
    EXPLAIN_NOTHING_CALLED: (a) => ({
      message: `${a.file} has nothing called ${JSON.stringify(a.what)}`,
      hint: `name an envelope (project/2025), a trip or person id, a category, or a line (${a.file}:31)`,
    }),
    // Usage errors: a command line that cannot be run as written (src/cli/usage.ts)
    USAGE_UNKNOWN_OPTION: (a) => ({ message: `unknown option ${a.option}`, hint: `${didYouMean(a) ? `${didYouMean(a)} ` : ""}${a.help} lists the options` }),
    USAGE_UNKNOWN_COMMAND: (a) => ({
      message: `unknown command ${a.name}`,
      hint: `${didYouMean(a) ? `${didYouMean(a)} ` : ""}${a.help} lists the commands`,
    }),
    USAGE_MISSING_ARGUMENT: (a) => ({ message: `${a.command} needs <${a.argument}>`, hint: `${a.help} says what to give` }),
    USAGE_MISSING_VALUE: (a) => ({ message: `${a.option} needs a value`, hint: `${a.help} lists the options` }),
    USAGE_INVALID_CHOICE: (a) => ({ message: `${a.option} ${a.value} is not one of its choices`, hint: `choose one of ${a.allowed}` }),
    USAGE_TOO_MANY_ARGUMENTS: (a) => ({
      message: `${a.command} takes ${a.expected} ${a.expected === 1 ? "argument" : "arguments"}, not ${a.got}`,
      hint: `put quotes around a name with spaces in it; ${a.help} says what to give`,
    }),
    USAGE_NOT_A_YEAR: (a) => ({ message: `${a.option} ${a.value} is not a year`, hint: "write a year from 2000 to 2100, such as 2026" }),
    USAGE_NOT_MILLISECONDS: (a) => ({ message: `${a.option} ${a.value} is not a number of milliseconds`, hint: "write a whole number from 1, such as 30000" }),
    USAGE_YEAR_NEEDED: () => ({ message: "rates fetch needs --year, the tax year to download", hint: "for example icld-budget rates fetch --year 2026" }),
    USAGE_INIT_WHAT: () => ({
      message: "init writes one starter: a plan (--phase), an actuals file (--actuals) or a rule edition (--edition)",
      hint: "give one of the three, such as icld-budget init --phase preparation",
    }),
    USAGE_PROBLEM: (a) => ({ message: `the command line cannot be run: ${a.detail}`, hint: `${a.help} shows how to call it` }),
    // rates: looking up per diem figures
    RATES_NO_QUERY: () => ({ message: "name a country (PL, Polen, Poland) or give --missing PLAN" }),
    RATES_UNKNOWN_COUNTRY: (a) => ({
      message: `no country ${JSON.stringify(a.query)}`,
      hint: `give an ISO code (PL) or a Swedish or English name${a.suggestion === undefined ? "" : ` (did you mean ${a.suggestion}?)`}`,
    }),
    RATES_NO_FIGURE: (a) => ({
      message: `No figure for ${a.country}${a.year === undefined ? "" : ` in ${a.year}`}: give it in the plan (per_diem_rates) or a rate pack (icld-budget rates fetch --year ${a.year ?? "YEAR"})`,
    }),
    RATES_NONE_MISSING: (a) => ({ message: `${a.file}: every per diem figure it needs is in the plan, its packs or the built-in tables` }),
    RATES_MISSING: (a) => ({
      message: `${a.file}:${a.line}: no per diem figure for ${a.name} in ${a.year}: add per_diem_rates: {${a.year}: {${a.country}: <kronor>}}, or a rate pack`,
    }),
    // rates fetch: downloading a year's list
    FETCH_FAILED: (a) => ({
      message: fetchProblem(a),
      hint: "nothing was written. Check the network or proxy (HTTPS_PROXY), or give the dataset's address with --url",
    }),
    FETCH_LIST_UNUSABLE: (a) => ({ message: `the list cannot be used: ${describeTableProblem(a)} (result ${a.result})`, hint: "nothing was written" }),
    FETCH_LIST_IMPLAUSIBLE: (a) => ({ message: `the list for ${a.year} does not look right, so nothing was written` }),
    FETCH_LIST_PROBLEM: (a) => ({
      message:
        a.problem === "no-rows"
          ? `the open data has no rows for ${a.year}: Skatteverket may not have published that year yet`
          : a.problem === "no-code"
            ? `${a.name} has no country code and is not "Övriga länder och områden"`
            : a.problem === "below-domestic"
              ? `${a.name} ${sek(a.amount)} is below the domestic maximum (${sek(a.domestic)}): not a plausible normalbelopp`
              : `${a.name} is for ${a.rowYear}, not ${a.year}`,
    }),
    FETCH_WROTE: (a) => ({
      message: `Wrote ${a.file}: ${a.count} figures for ${a.year} (${REPORT_LABELS.en.statuses[a.status as Confirmation]})`,
      hint: `use it with rate_packs: [${a.file}] in a plan or in .icld-budget.yaml`,
    }),
  });
}
let english: Readonly<Record<string, Describe>> | undefined;

/** Why a download failed (rates fetch), from its problem and values. */
function fetchProblem(a: Finding["args"]): string {
  if (a.problem === "http") return `HTTP ${a.status} from ${a.url}`;
  if (a.problem === "not-json") return `the answer from ${a.url} is not JSON (it starts ${a.start})`;
  if (a.problem === "not-row-store") return 'the answer is not the row store\'s {"results": [...], "total": …}';
  const last = a.last === "timeout" ? `no answer within ${a.timeout} ms` : a.last === "http" ? `HTTP ${a.status}` : a.detail;
  return `${a.url} failed ${a.attempts} times: ${last}`;
}

function envelopeName(args: Finding["args"]): string {
  const name = String(args.envelope).endsWith(".work") ? `the ${String(args.envelope).replace(".work", "")} work share` : `the ${args.envelope} envelope`;
  return args.period === "phase" ? name : `${name} for ${args.period}`;
}

/** What a table a reader refuses expects in a cell (src/rates/read-tables.ts, "not-a"). */
const EXPECTED_IN_TABLE: Readonly<Record<string, string>> = {
  year: "a year",
  amount: "an amount in plain digits",
  status: `a status (${TABLE_STATUSES.join(", ")})`,
  source: "a source",
  "country-name": "a country name",
  "salary-key": "on_cost or hours_per_year",
  // An edition file's values
  text: "a text",
  "whole-number": "a whole number",
  list: "a list",
  mapping: "a mapping ({key: value})",
  date: "a date (2027-01-01)",
  "edition-id": "an id of lower-case letters, digits, '.', '_' and '-' (my-programme)",
};

/**
 * What is wrong in a table file (a rate pack, an edition file, one of the built-in tables), by
 * the `problem` of a TableError (src/rates/read-tables.ts); TABLE_PROBLEMS_SV words the same in
 * Swedish. `detail` is a reader's own words, quoted.
 */
export const TABLE_PROBLEMS: Readonly<Record<string, (a: Finding["args"]) => string>> = {
  csv: (a) => String(a.detail),
  yaml: (a) => String(a.detail),
  "not-json": (a) => `not JSON: ${a.detail}`,
  "missing-column": (a) => `missing column (the header has ${a.header})`,
  "not-a": (a) => `${JSON.stringify(a.value)} is not ${EXPECTED_IN_TABLE[String(a.expected)]}`,
  "not-a-country": (a) => `${JSON.stringify(a.value)} is not an ISO country code (empty for "Övriga länder och områden")`,
  "listed-twice": (a) => `${a.year} ${a.country || "Övriga länder och områden"} is listed twice${a.otherRow === undefined ? "" : ` (also row ${a.otherRow})`}`,
  "no-row": (a) => `no row for ${a.key}`,
  "two-envelopes": (a) => `${a.slot} has two envelopes`,
  "no-results": () => `no list of results (Skatteverket's open data has {"results": [...]})`,
  "unknown-layout": () => "neither our layout (year, country_code, …) nor Skatteverket's (land eller område, normalbelopp, år, landskod)",
  "not-found": () => "the file does not exist",
  "control-character": (a) => `the text holds the control character ${a.code}, which a terminal would take for a command`,
  "edition-missing": () => "missing",
  "edition-missing-keys": (a) => `${a.keys} missing`,
  "edition-unknown-key": () => "not a key of an edition file",
  "edition-empty": () => "empty",
  "edition-not-one-of": (a) => `${a.value} is not one of ${a.allowed}`,
  "edition-not-a": (a) => `${a.value} is not ${EXPECTED_IN_TABLE[String(a.expected)]}`,
};

const TABLE_WORDS: TableProblemWords = { problems: TABLE_PROBLEMS, row: "row", line: "line", column: "column" };

/** What is wrong in a table file, with where (see placeTableProblem), in English or Swedish. */
export function describeTableProblem(a: Finding["args"], lang: "sv" | "en" = "en"): string {
  return placeTableProblem(a, lang === "sv" ? TABLE_WORDS_SV : TABLE_WORDS);
}

/** The finding codes worded, in English; messages-sv.ts words the same codes in Swedish. */
export const messageCodes = (): readonly string[] => Object.keys(messagesEn());

/**
 * The wording of each code in a language. The tables are made when a finding is first worded: a
 * check of a plan that fits words none, and need not make their six hundred functions.
 */
const messagesOf = (lang: "sv" | "en") => (lang === "sv" ? messagesSv() : messagesEn());

/**
 * What a finding says and how to fix it, in English (the default) or Swedish. A value quoted from
 * a file (a number that is not one, a cell of a ledger) has its control characters made visible.
 */
export function describeFinding(finding: Finding, lang: "sv" | "en" = "en"): Wording {
  const describe = messagesOf(lang)[finding.code];
  return describe ? describe(visibleArgs(finding.args)) : { message: finding.code };
}

/** A finding's values with each text's control characters made visible (the same object when none has any). */
function visibleArgs(args: Finding["args"]): Finding["args"] {
  let shown: Record<string, string | number> | undefined;
  for (const [key, value] of Object.entries(args)) {
    const text = typeof value === "string" ? visible(value) : value;
    if (text === value) continue;
    shown ??= { ...args };
    shown[key] = text;
  }
  return shown ?? args;
}
