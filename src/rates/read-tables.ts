/**
 * Reads the reference tables from their data files: Skatteverket's foreign and domestic per
 * diems and the salary defaults (CSV, `src/rates/data/`), and ICLD's rule editions (YAML,
 * `src/rates/editions/`). Pure: text in, tables out. A table that is wrong throws a TableError
 * naming the file, row and column, so that a bad yearly update fails the build
 * (`scripts/compile-rates.mjs`) instead of reaching a user. The same readers take a user's own
 * rate packs and edition files.
 */
import { parse } from "csv-parse/sync";
import { parseDocument } from "../input/yaml-library.js";
import * as z from "zod/mini";
import { type DomesticRow, type NormalbeloppRow, type SalaryRow, TABLE_STATUSES, type TableStatus } from "./table-rows.js";
import { CATEGORIES, PARTNERSHIPS, PHASES, REGIONS } from "../model/types.js";
import { guessSeparator } from "../input/ledger-row.js";
import { controlCharacterIn } from "../model/control-character.js";
import { COUNTRY_CODES } from "./countries.js";
import { type Path, valueAt } from "../input/issues-to-problems.js";
import { formatPath, positionsIn } from "../input/positions.js";
import { offsetOf, yamlErrorText } from "../input/yaml-to-value.js";

/**
 * What is wrong in a table file, as a code and its arguments, worded in each language by
 * `describeTableProblem` (src/check/messages.ts). `detail` is a reader's own words (csv-parse's,
 * yaml's, JSON's), quoted as they come; an edition file's zod issues become problems of their own.
 */
export type TableProblem = YamlPlace &
  (
    | { readonly problem: "csv" | "yaml" | "not-json"; readonly detail: string }
    | { readonly problem: "missing-column"; readonly header: string }
    | { readonly problem: "not-a"; readonly value: string; readonly expected: "year" | "amount" | "status" | "source" | "country-name" | "salary-key" }
    | { readonly problem: "not-a-country"; readonly value: string }
    | { readonly problem: "listed-twice"; readonly year: number; readonly country: string; readonly otherRow?: number }
    | { readonly problem: "no-row"; readonly key: string }
    | { readonly problem: "two-envelopes"; readonly slot: string }
    | { readonly problem: "no-results" }
    | { readonly problem: "unknown-layout" }
    | { readonly problem: "control-character"; readonly code: string }
    // An edition file's: a key missing, not known or empty; a value of the wrong kind or not one of the choices.
    | { readonly problem: "edition-missing" | "edition-unknown-key" | "edition-empty" }
    | { readonly problem: "edition-missing-keys"; readonly keys: string }
    | { readonly problem: "edition-not-one-of"; readonly value: string; readonly allowed: string }
    | { readonly problem: "edition-not-a"; readonly value: string; readonly expected: EditionExpected }
  );

/** Where a problem of a YAML table file (an edition file) is: its line and column, and the key (`envelopes[0].limit`). */
export interface YamlPlace {
  readonly line?: number;
  readonly col?: number;
  readonly at?: string;
}

/** The kinds of value an edition file has, worded in each language (messages.ts, messages-sv.ts). */
export type EditionExpected = "text" | "whole-number" | "amount" | "list" | "mapping" | "date" | "edition-id";

/** A problem in a table file, at a row (1-based, the header being row 1; 0 for a whole YAML or JSON file) and column. */
export class TableError extends Error {
  constructor(
    readonly file: string,
    readonly row: number,
    readonly column: string,
    readonly what: TableProblem,
  ) {
    super(`${file}: row ${row}, column ${column}: ${what.problem}`);
  }
}

/** All the problems of one file (an edition file's), each a TableError, so that a user sees them at once. */
export class TableErrors extends Error {
  constructor(readonly errors: readonly TableError[]) {
    super(errors.map((error) => error.message).join("\n"));
  }
}

type Cells = Record<string, string>;

/**
 * Refuses a text with a control character in it: a rate pack or an edition file may come from
 * elsewhere (rates fetch writes what a server sent), and its names and sources are printed.
 */
function refuseControlCharacters(file: string, row: number, texts: Readonly<Record<string, unknown>>, prefix = ""): void {
  for (const [key, value] of Object.entries(texts)) {
    const code = typeof value === "string" ? controlCharacterIn(value) : undefined;
    if (code !== undefined) throw new TableError(file, row, `${prefix}${key}`, { problem: "control-character", code });
    if (typeof value === "object" && value !== null) refuseControlCharacters(file, row, value as Record<string, unknown>, `${prefix}${key}.`);
  }
}

/** Parses CSV text with a header row into records, checking the header has `columns`. */
function readCsv(text: string, file: string, columns: readonly string[]): { row: number; cells: Cells }[] {
  let records: Cells[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Cells[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw new TableError(file, line, "-", { problem: "csv", detail: (error as Error).message });
  }
  const header = records.length > 0 ? Object.keys(records[0]!) : [];
  for (const column of columns) {
    if (records.length > 0 && !header.includes(column)) throw new TableError(file, 1, column, { problem: "missing-column", header: header.join(", ") });
  }
  return records.map((cells, index) => {
    refuseControlCharacters(file, index + 2, cells);
    return { row: index + 2, cells };
  });
}

const PLAIN_AMOUNT = /^\d+(?:\.\d+)?$/;

type Expected = Extract<TableProblem, { problem: "not-a" }>["expected"];

function cell(file: string, row: number, cells: Cells, column: string, test: RegExp | readonly string[], expected: Expected): string {
  const value = cells[column] ?? "";
  const ok = Array.isArray(test) ? test.includes(value) : (test as RegExp).test(value);
  if (!ok) throw new TableError(file, row, column, { problem: "not-a", value, expected });
  return value;
}

const yearCell = (file: string, row: number, cells: Cells, column = "year") => Number(cell(file, row, cells, column, /^(19|20)\d\d$/, "year"));
const amountCell = (file: string, row: number, cells: Cells, column: string) => cell(file, row, cells, column, PLAIN_AMOUNT, "amount");
const statusCell = (file: string, row: number, cells: Cells) => cell(file, row, cells, "status", TABLE_STATUSES, "status") as TableStatus;
const sourceCell = (file: string, row: number, cells: Cells) => cell(file, row, cells, "source", /\S/, "source");
/** The optional `source_sv` column: the source in Swedish, where the table gives it. */
const sourceSvCell = (cells: Cells) => (cells.source_sv ? { sourceSv: cells.source_sv } : {});

/** Reads a normalbelopp table (our layout: year, country_code, country_sv, normalbelopp_sek, status, source). */
export function readNormalbelopp(text: string, file: string): NormalbeloppRow[] {
  const seen = new Map<string, number>();
  return readCsv(text, file, ["year", "country_code", "country_sv", "normalbelopp_sek", "status", "source"]).map(({ row, cells }) => {
    const year = yearCell(file, row, cells);
    const country = cells.country_code ?? "";
    if (country !== "" && !COUNTRY_CODES.has(country)) throw new TableError(file, row, "country_code", { problem: "not-a-country", value: country });
    const key = `${year}:${country}`;
    const otherRow = seen.get(key);
    if (otherRow !== undefined) throw new TableError(file, row, "country_code", { problem: "listed-twice", year, country, otherRow });
    seen.set(key, row);
    return {
      year,
      country,
      countrySv: cell(file, row, cells, "country_sv", /\S/, "country-name"),
      amount: amountCell(file, row, cells, "normalbelopp_sek"),
      status: statusCell(file, row, cells),
      source: sourceCell(file, row, cells),
      ...sourceSvCell(cells),
    };
  });
}

/** Reads the domestic amounts (year, full day, half day, night, the four meal deductions, price base amount, status, source). */
export function readDomestic(text: string, file: string): DomesticRow[] {
  const columns = [
    "year",
    "full_day_sek",
    "half_day_sek",
    "night_sek",
    "breakfast_deduction_sek",
    "lunch_or_dinner_deduction_sek",
    "lunch_and_dinner_deduction_sek",
    "all_meals_deduction_sek",
    "price_base_amount_sek",
    "status",
    "source",
  ];
  return readCsv(text, file, columns).map(({ row, cells }) => {
    const amount = (column: string) => amountCell(file, row, cells, column);
    return {
      year: yearCell(file, row, cells),
      fullDay: amount("full_day_sek"),
      halfDay: amount("half_day_sek"),
      night: amount("night_sek"),
      breakfastDeduction: amount("breakfast_deduction_sek"),
      lunchOrDinnerDeduction: amount("lunch_or_dinner_deduction_sek"),
      lunchAndDinnerDeduction: amount("lunch_and_dinner_deduction_sek"),
      allMealsDeduction: amount("all_meals_deduction_sek"),
      priceBaseAmount: amount("price_base_amount_sek"),
      status: statusCell(file, row, cells),
      source: sourceCell(file, row, cells),
      ...sourceSvCell(cells),
    };
  });
}

/** Reads the salary defaults (key, value, status, source); both keys must be there. */
export function readSalaryDefaults(text: string, file: string): SalaryRow[] {
  const rows = readCsv(text, file, ["key", "value", "status", "source"]).map(({ row, cells }) => ({
    key: cell(file, row, cells, "key", ["on_cost", "hours_per_year"], "salary-key") as SalaryRow["key"],
    value: amountCell(file, row, cells, "value"),
    status: statusCell(file, row, cells),
    source: sourceCell(file, row, cells),
    ...sourceSvCell(cells),
  }));
  for (const key of ["on_cost", "hours_per_year"] as const) {
    if (!rows.some((row) => row.key === key)) throw new TableError(file, 1, "key", { problem: "no-row", key });
  }
  return rows;
}

// Rule editions ---------------------------------------------------------------------------

const limitKind = z.enum(["max", "guide"]);
const status = z.optional(z.enum(TABLE_STATUSES));
const source = z.optional(z.string().check(z.minLength(1)));
/** A source's Swedish wording; the built-in editions give it wherever they give a source. */
const source_sv = source;
const limit = z.union([z.int().check(z.minimum(0)), z.string().check(z.regex(PLAIN_AMOUNT))]);

const editionSchema = z.strictObject({
  format: z.literal(1),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/)),
  title: z.string(),
  applies: z.optional(
    // zod's ISO date: a day that exists (2027-02-30 is refused).
    z.strictObject({ from: z.optional(z.iso.date()), to: z.optional(z.iso.date()) }),
  ),
  source: z.string().check(z.minLength(1)),
  source_sv,
  status: z.enum(TABLE_STATUSES),
  envelopes: z
    .array(
      z.strictObject({
        phase: z.enum(PHASES),
        partnership: z.enum(PARTNERSHIPS),
        region: z.enum([...REGIONS, "any"]),
        period: z.enum(["phase", "year"]),
        kind: limitKind,
        limit,
        status,
        source,
        source_sv,
        of_which: z.optional(z.array(z.strictObject({ category: z.enum(CATEGORIES), kind: limitKind, limit, status, source, source_sv }))),
      }),
    )
    .check(z.minLength(1)),
  // A record keyed by an enum needs every key: every category has an eligibility.
  eligible: z.record(z.enum(CATEGORIES), z.enum(["yes", "no", "unconfirmed"])),
});

export type EditionFile = z.output<typeof editionSchema>;

/** At most this many problems of one edition file are reported (a real one has a handful). */
const MAX_EDITION_PROBLEMS = 20;

/** A problem of an edition file at a path of its value (the key with anchor "key"), or at an offset in its text (a YAML syntax error). */
type EditionProblem = { readonly path: Path; readonly anchor?: "key" | "value"; readonly offset?: number; readonly what: TableProblem };

/**
 * Reads a rule edition file (YAML; the format is in README.md, "Rule editions"). Every category
 * needs an eligibility, and a phase, partnership and region may have one envelope only. A file
 * that is wrong throws TableErrors: each problem (up to MAX_EDITION_PROBLEMS) with its line,
 * column and key, in the tool's words.
 */
export function readEdition(text: string, file: string): EditionFile {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const posOf = positionsIn(text);
  const fail = (problems: readonly EditionProblem[]): never => {
    const placed = problems.map(({ path, anchor, offset, what }) => ({
      pos: posOf(offset ?? offsetOf(doc, path, anchor ?? "value")),
      what: offset === undefined ? { ...what, at: formatPath(path) } : what,
    }));
    placed.sort((a, b) => a.pos.line - b.pos.line || a.pos.column - b.pos.column);
    throw new TableErrors(
      placed.slice(0, MAX_EDITION_PROBLEMS).map(({ pos, what }) => new TableError(file, 0, "-", { ...what, line: pos.line, col: pos.column })),
    );
  };
  if (doc.errors.length > 0) {
    fail(
      doc.errors.map((error) => ({
        path: [],
        offset: error.pos[0],
        what: { problem: "yaml", detail: yamlErrorText(error.message) },
      })),
    );
  }
  const value: unknown = doc.toJS();
  const controls = controlCharactersIn(value, []);
  if (controls.length > 0) fail(controls);
  const parsed = editionSchema.safeParse(value);
  if (!parsed.success) fail(missingTogether(parsed.error.issues.flatMap((issue) => editionProblems(issue, [], value))));
  const edition = parsed.data!;
  const slots = new Set<string>();
  const twice: EditionProblem[] = [];
  edition.envelopes.forEach((envelope, index) => {
    const slot = `${envelope.phase} ${envelope.partnership} ${envelope.region}`;
    if (slots.has(slot)) twice.push({ path: ["envelopes", index], what: { problem: "two-envelopes", slot } });
    slots.add(slot);
  });
  if (twice.length > 0) fail(twice);
  return edition;
}

/** The keys missing from one mapping as one problem at the mapping ("eligible: lodging, work, … missing"), in the place of the first. */
function missingTogether(problems: readonly EditionProblem[]): EditionProblem[] {
  const missing = new Map<string, { path: Path; keys: string[] }>();
  for (const { path, what } of problems) {
    if (what.problem !== "edition-missing") continue;
    const parent = path.slice(0, -1);
    const entry = missing.get(formatPath(parent)) ?? { path: parent, keys: [] };
    entry.keys.push(String(path[path.length - 1]));
    missing.set(formatPath(parent), entry);
  }
  const out: EditionProblem[] = [];
  for (const problem of problems) {
    const group = problem.what.problem === "edition-missing" ? missing.get(formatPath(problem.path.slice(0, -1))) : undefined;
    if (!group || group.keys.length === 1) out.push(problem);
    else if (group.keys[0] === String(problem.path[problem.path.length - 1]))
      out.push({ path: group.path, what: { problem: "edition-missing-keys", keys: group.keys.join(", ") } });
  }
  return out;
}

/** Each text of a YAML value that holds a control character, as a problem at its path. */
function controlCharactersIn(value: unknown, path: Path): EditionProblem[] {
  if (typeof value === "string") {
    const code = controlCharacterIn(value);
    return code === undefined ? [] : [{ path, what: { problem: "control-character", code } }];
  }
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => controlCharactersIn(inner, [...path, Array.isArray(value) ? Number(key) : key]));
}

/** What each kind of zod type is called in an edition problem. */
const EXPECTED_OF_TYPE: Readonly<Record<string, EditionExpected>> = {
  string: "text",
  number: "whole-number",
  int: "whole-number",
  array: "list",
  object: "mapping",
};

/** A value as quoted in a problem. */
const quoted = (value: unknown) => JSON.stringify(value) ?? String(value);

/** One zod issue of an edition file as problems, at their paths (a record's key issue is its inner issues). */
function editionProblems(issue: z.core.$ZodIssue, prefix: Path, root: unknown): EditionProblem[] {
  const path = [...prefix, ...(issue.path as (string | number)[])];
  const value = valueAt(root, path);
  const key = path[path.length - 1];
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((name) => ({ path: [...path, name], anchor: "key" as const, what: { problem: "edition-unknown-key" as const } }));
    case "invalid_key":
      return issue.issues
        .flatMap((inner) => editionProblems({ ...inner, path: [] } as z.core.$ZodIssue, path, root))
        .map((problem) => ({ ...problem, anchor: "key" as const }));
    case "invalid_value":
      if (value === undefined) return [{ path, what: { problem: "edition-missing" } }];
      return [{ path, what: { problem: "edition-not-one-of", value: quoted(value), allowed: issue.values.map(String).join(", ") } }];
    case "too_small":
      if (issue.origin === "array" || issue.origin === "string") return [{ path, what: { problem: "edition-empty" } }];
      return [{ path, what: { problem: "edition-not-a", value: quoted(value), expected: "amount" } }];
    case "invalid_format":
      return [{ path, what: { problem: "edition-not-a", value: quoted(value), expected: key === "id" ? "edition-id" : key === "limit" ? "amount" : "date" } }];
    case "invalid_union":
      // Only `limit` is a union: a whole number of kronor, or an amount as text.
      return [{ path, what: value === undefined ? { problem: "edition-missing" } : { problem: "edition-not-a", value: quoted(value), expected: "amount" } }];
    default: {
      if (value === undefined) return [{ path, what: { problem: "edition-missing" } }];
      const expected = issue.code === "invalid_type" ? EXPECTED_OF_TYPE[issue.expected] : undefined;
      return [{ path, what: { problem: "edition-not-a", value: quoted(value), expected: expected ?? (key === "limit" ? "amount" : "text") } }];
    }
  }
}

// Rate packs ------------------------------------------------------------------------------

/** Skatteverket's open-data fields (the row store of normalbelopp). */
const OPEN_DATA = { country: "land eller område", amount: "normalbelopp", year: "år", code: "landskod" } as const;

/**
 * A user's file of per diem figures: our CSV layout (year, country_code, country_sv,
 * normalbelopp_sek, status, source), or Skatteverket's open-data layout (`land eller område`,
 * `normalbelopp`, `år`, `landskod`) as CSV or as the API's JSON (`{"results": [...]}`). Figures in
 * the open-data layout carry no status of their own: they are a copy of Skatteverket's list that
 * the tool has not checked, so `secondary`. Lines starting with # are comments (provenance).
 */
export function readRatePack(text: string, file: string): NormalbeloppRow[] {
  return readPackRows(text, file).map((row) => ({ ...row, pack: file }));
}

function readPackRows(text: string, file: string): NormalbeloppRow[] {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (error) {
      throw new TableError(file, 0, "-", { problem: "not-json", detail: (error as Error).message });
    }
    const results = Array.isArray(data) ? data : (data as { results?: unknown }).results;
    if (!Array.isArray(results)) throw new TableError(file, 0, "results", { problem: "no-results" });
    return openDataRows(
      results.map((row) => (typeof row === "object" && row !== null ? row : {}) as Record<string, unknown>),
      file,
      1,
    );
  }
  const body = trimmed
    .split(/\r\n|\n|\r/)
    .filter((line) => !line.startsWith("#"))
    .join("\n");
  const header = body.slice(0, body.search(/\n|$/)).toLowerCase();
  if (header.includes("country_code")) return readNormalbelopp(body, file);
  if (!header.includes(OPEN_DATA.amount)) throw new TableError(file, 1, "-", { problem: "unknown-layout" });
  const delimiter = guessSeparator(body);
  const records = parse(body, {
    columns: (names: string[]) => names.map((name) => name.trim().toLowerCase()),
    bom: true,
    skip_empty_lines: true,
    delimiter,
  }) as Record<string, string>[];
  return openDataRows(records, file, 2);
}

/** Rows in Skatteverket's open-data layout: the source is that layout's origin, the file a pack names. */
function openDataRows(records: Record<string, unknown>[], file: string, firstRow: number): NormalbeloppRow[] {
  const seen = new Set<string>();
  return records.map((record, index) => {
    const row = index + firstRow;
    refuseControlCharacters(file, row, record);
    const text = (key: string) => String(record[key] ?? "").trim();
    const cells: Cells = { year: text(OPEN_DATA.year), country_code: text(OPEN_DATA.code).toUpperCase(), amount: text(OPEN_DATA.amount).replace(/\s/g, "") };
    const year = yearCell(file, row, cells);
    const country = cells.country_code!;
    if (country !== "" && !COUNTRY_CODES.has(country)) throw new TableError(file, row, OPEN_DATA.code, { problem: "not-a-country", value: country });
    if (seen.has(`${year}:${country}`)) throw new TableError(file, row, OPEN_DATA.code, { problem: "listed-twice", year, country });
    seen.add(`${year}:${country}`);
    return {
      year,
      country,
      countrySv: text(OPEN_DATA.country) || country,
      amount: amountCell(file, row, cells, "amount"),
      status: "secondary" as const,
      source: "Skatteverket's open data",
      sourceSv: "Skatteverkets öppna data",
    };
  });
}
