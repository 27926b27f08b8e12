/**
 * YAML text → validated plan. Pure: `parsePlan(text, fileName)` never reads a file, prints or
 * throws for bad input; every problem in the text comes back as a finding with its position.
 */
import { type Document, isScalar, parseAllDocuments } from "./yaml-library.js";
import type { Decimal } from "../model/money.js";
import type { Finding, SourcePos } from "../model/types.js";
import { regionOfCountry } from "../rates/countries.js";
import { DEFAULT_EDITION } from "../rates/icld-editions.js";
import { checkReferences, type Indexed, type PlanPieces } from "./check-references.js";
import { issuesToProblems, type InputProblem, type Path } from "./issues-to-problems.js";
import { nestingProblem } from "./nesting.js";
import { countLines, formatPath, positionsIn } from "./positions.js";
import type { Amount } from "./leaves.js";
import type { Plan } from "./plan.js";
import type * as z from "zod/mini";
import { costSchema, personSchema, planSchema, planShape, tripSchema, workSchema, type PlanInput } from "./schema.js";
import { type DuplicateKey, offsetOf, VALUE_LIMITS, ValueLimitExceeded, yamlErrorText, yamlToValue, type PlainValue } from "./yaml-to-value.js";

export type ParseResult = { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly findings: readonly Finding[] };

/** Plans larger than this are refused before parsing (a real plan is a few kilobytes). */
export const MAX_PLAN_BYTES = 16 * 1024 * 1024;
/** Plans with more lines than this are refused before parsing (a real plan has a few hundred). */
export const MAX_PLAN_LINES = 150_000;

const START: SourcePos = { line: 1, column: 1 };

const fileProblem = (code: string, args: Record<string, string | number> = {}, pos: SourcePos = START): { ok: false; findings: Finding[] } => ({
  ok: false,
  findings: [{ code, severity: "error", args, pos }],
});

/** At most this many problems of one file are reported (a file of 100 000 bad lines would otherwise
 * take minutes to describe, and no one reads past the first screen); the rest are counted. */
export const MAX_PROBLEMS = 100;

/** A YAML file read into a mapping, with a way to find the position of any path in it. */
export type YamlMapping =
  | { readonly ok: true; readonly raw: { [key: string]: PlainValue }; readonly locate: (path: Path, anchor?: "key" | "value") => SourcePos }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/**
 * Reads a YAML file whose top level is a mapping (a plan, an actuals file), within the limits
 * every input is held to: size, lines, nesting, aliases, one document, no duplicate keys.
 */
export function readYamlMapping(text: string): YamlMapping {
  if (text.length > MAX_PLAN_BYTES) return fileProblem("FILE_TOO_LARGE", { bytes: text.length, max: MAX_PLAN_BYTES });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // A UTF-8 byte-order mark is not content.
  const lines = countLines(text);
  if (lines > MAX_PLAN_LINES) return fileProblem("TOO_MANY_LINES", { lines, max: MAX_PLAN_LINES });

  // Positions are found only for findings: a valid file never indexes its lines.
  const posOf = positionsIn(text);

  const deep = nestingProblem(text, VALUE_LIMITS.maxDepth);
  if (deep !== undefined) return fileProblem("TOO_DEEP", { max: VALUE_LIMITS.maxDepth }, posOf(deep));

  const full = parseWithYamlLibrary(text, posOf);
  if (!full.ok) return full.result;
  const { raw, doc } = full;
  return { ok: true, raw, locate: (path, anchor = "value") => posOf(offsetOf(doc, path, anchor)) };
}

/**
 * Keys that tell a file's kind: a plan's (its title aside, which a rule edition has too), an
 * actuals file's (the follow-up's input) and a rule edition's (src/rates/editions/).
 */
const PLAN_KEYS = ["phase", "years", "people", "trips", "work", "costs"] as const;
export const ACTUALS_KEYS = ["as_of", "ledger", "accounts", "assign", "hours", "entries", "tolerance"] as const;
const EDITION_KEYS = ["format", "applies", "envelopes", "eligible"] as const;
/** The kinds a file given as an actuals file may be instead: a plan. */
export const NOT_ACTUALS = [["PLAN_NOT_ACTUALS", [...PLAN_KEYS, "title"]]] as const;
/** The kinds a file given as a plan may be instead: an actuals file or a rule edition. */
const NOT_PLAN = [
  ["ACTUALS_NOT_PLAN", ACTUALS_KEYS],
  ["EDITION_NOT_PLAN", EDITION_KEYS],
] as const;

/**
 * The finding for a file of another kind than the one expected (an actuals file or a rule edition
 * given as a plan, a plan as an actuals file): one that has none of its own kind's keys and some of
 * another's, whose first such key it points at. Its many missing and unknown keys would only hide
 * what is wrong.
 */
export function otherKindOfFile(
  raw: { [key: string]: PlainValue },
  locate: (path: Path, anchor: "key" | "value") => SourcePos,
  own: readonly string[],
  others: readonly (readonly [code: string, keys: readonly string[]])[],
): Finding | undefined {
  const keys = Object.keys(raw);
  if (keys.some((key) => own.includes(key))) return undefined;
  for (const [code, kind] of others) {
    const key = keys.find((k) => kind.includes(k));
    if (key !== undefined) return { code, severity: "error", args: { key }, pos: locate([key], "key") };
  }
  return undefined;
}

/** Parses and validates a plan; `fileName` is used in positions and messages only. */
export function parsePlan(text: string, fileName: string): ParseResult {
  const read = readYamlMapping(text);
  if (!read.ok) return read;
  const { raw, locate } = read;
  const { parsed, cut } = validate(raw);
  const other = parsed.success ? undefined : otherKindOfFile(raw, locate, PLAN_KEYS, NOT_PLAN);
  if (other) return { ok: false, findings: [other] };
  const problems = parsed.success ? [] : issuesToProblems(parsed.error.issues, planSchema, cut ?? raw);
  // A valid plan's pieces are its parsed parts; only an invalid one is taken apart piece by piece.
  for (const problem of checkReferences(parsed.success ? piecesOf(parsed.data, raw) : parsePieces(raw))) problems.push(problem);
  for (const problem of prototypeKeys(raw)) problems.push(problem);
  if (!parsed.success || problems.length > 0) return { ok: false, findings: placeProblems(problems, locate, cut !== undefined) };
  return { ok: true, plan: toPlan(parsed.data, fileName, (path) => locate(path)) };
}

/**
 * Findings for a plan's problems, in file order, repeats dropped; past MAX_PROBLEMS the rest are
 * one TOO_MANY_PROBLEMS finding that counts them (by code), so that no input floods the output.
 */
export function placeProblems(problems: readonly InputProblem[], locate: (path: Path, anchor: "key" | "value") => SourcePos, uncounted: boolean): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const problem of problems) {
    const path = formatPath(problem.path);
    const pos = locate(problem.path, problem.anchor);
    const key = `${problem.code}@${pos.line}:${pos.column}:${path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ code: problem.code, severity: "error", args: { ...problem.args, path }, pos });
  }
  findings.sort((a, b) => a.pos!.line - b.pos!.line || a.pos!.column - b.pos!.column);
  if (findings.length <= MAX_PROBLEMS) return findings;
  const shown = findings.slice(0, MAX_PROBLEMS);
  const rest = findings.slice(MAX_PROBLEMS);
  const byCode = new Map<string, number>();
  for (const finding of rest) byCode.set(finding.code, (byCode.get(finding.code) ?? 0) + 1);
  const codes = [...byCode].map(([code, count]) => `${count} ${code}`).join(", ");
  const counted = uncounted ? "at-least" : "exactly";
  shown.push({ code: "TOO_MANY_PROBLEMS", severity: "error", args: { count: rest.length, counted, codes, shown: MAX_PROBLEMS }, pos: rest[0]!.pos! });
  return shown;
}

/** Lists are cut to this many elements when a plan has too many problems to collect. */
const CHECKED_ELEMENTS = 10_000;

/**
 * Validates the plan. zod gathers the issues of a list into its parent with one call per list,
 * which overflows the stack past about a hundred thousand issues; such a plan is validated again
 * with every list cut to its first CHECKED_ELEMENTS elements (`cut`), which still gives far more
 * problems than are shown.
 */
function validate(raw: { [key: string]: PlainValue }): { parsed: ReturnType<typeof planSchema.safeParse>; cut?: PlainValue } {
  try {
    return { parsed: planSchema.safeParse(raw) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const cutLists = (value: PlainValue): PlainValue => {
    if (Array.isArray(value)) return value.slice(0, CHECKED_ELEMENTS).map(cutLists);
    if (value === null || typeof value !== "object") return value;
    const out: { [key: string]: PlainValue } = {};
    for (const key of Object.keys(value))
      Object.defineProperty(out, key, { value: cutLists(value[key]!), enumerable: true, writable: true, configurable: true });
    return out;
  };
  const cut = cutLists(raw);
  return { parsed: planSchema.safeParse(cut), cut };
}

/**
 * A carriage return that no line feed follows: old Mac line ends, or a copy and paste that left
 * one. YAML 1.2 counts it as a line break; the yaml library, deliberately, does not (its issue
 * 595), so a file whose lines end so reads as one line: said in the finding's help.
 */
const LONE_CR = /\r(?!\n)/;

/** Whether the line (between line feeds) that holds `offset` has a lone carriage return. */
function loneCarriageReturnOn(text: string, offset: number): boolean {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  // With its line feed, so that a CRLF's carriage return is not taken for a lone one.
  return LONE_CR.test(text.slice(start, end < 0 ? undefined : end + 1));
}

type FullParse = { ok: true; raw: { [key: string]: PlainValue }; doc: Document } | { ok: false; result: { ok: false; findings: Finding[] } };

/** Parses with the `yaml` library (YAML 1.2, core schema): every syntax problem worded, aliases expanded within limits. */
function parseWithYamlLibrary(text: string, posOf: (offset: number) => SourcePos): FullParse {
  const fail = (result: { ok: false; findings: Finding[] }): FullParse => ({ ok: false, result });
  let docs: Document.Parsed[];
  try {
    // Duplicate keys are found when converting (yaml-to-value.ts), with both positions and also
    // where the yaml library holds the keys apart (2025 and "2025").
    docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false }) as Document.Parsed[];
  } catch (error) {
    if (error instanceof RangeError) return fail(fileProblem("TOO_DEEP", { max: VALUE_LIMITS.maxDepth }));
    throw error;
  }
  if (!Array.isArray(docs)) docs = []; // An empty stream yields an EmptyStream, not a list.

  const syntax: Finding[] = [];
  for (const doc of docs) {
    for (const error of doc.errors) {
      // The parser reports a stack overflow on absurdly deep nesting as an ordinary error.
      if (/call stack/i.test(error.message)) return fail(fileProblem("TOO_DEEP", { max: VALUE_LIMITS.maxDepth }, posOf(error.pos[0])));
      // An error at the very end (an unclosed bracket) is shown on the last character written.
      const end = text.trimEnd().length;
      const offset = error.pos[0] >= end && end > 0 ? end - 1 : error.pos[0];
      syntax.push({
        code: error.code === "TAB_AS_INDENT" ? "TAB_INDENT" : "YAML_SYNTAX",
        severity: "error",
        args: { detail: yamlErrorText(error.message), yamlCode: error.code, ...(loneCarriageReturnOn(text, offset) ? { loneCr: "yes" } : {}) },
        pos: posOf(offset),
      });
    }
  }
  if (syntax.length > 0) return fail({ ok: false, findings: syntax.slice(0, MAX_PROBLEMS) });
  if (docs.length > 1) return fail(fileProblem("MULTIPLE_DOCUMENTS", { count: docs.length }, posOf(docs[1]!.range[0])));
  const doc = docs[0];
  if (!doc || doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null))
    return fail(fileProblem("EMPTY_FILE", LONE_CR.test(text) && text.trim() !== "" ? { loneCr: "yes" } : {}));

  let raw: PlainValue;
  const duplicates: Finding[] = [];
  const onDuplicate = ({ key, first, second }: DuplicateKey) => {
    const at = posOf(first);
    duplicates.push({ code: "DUPLICATE_KEY", severity: "error", args: { key, firstLine: at.line, firstColumn: at.column }, pos: posOf(second) });
  };
  try {
    raw = yamlToValue(doc, onDuplicate);
  } catch (error) {
    if (error instanceof ValueLimitExceeded) {
      const offset = error.detail.node?.range?.[0] ?? 0;
      return fail(
        error.detail.kind === "too-deep"
          ? fileProblem("TOO_DEEP", { max: VALUE_LIMITS.maxDepth }, posOf(offset))
          : fileProblem("ALIAS_BOMB", { max: VALUE_LIMITS.maxAliasValues }, posOf(offset)),
      );
    }
    if (error instanceof RangeError) return fail(fileProblem("TOO_DEEP", { max: VALUE_LIMITS.maxDepth }));
    throw error;
  }
  if (duplicates.length > 0) return fail({ ok: false, findings: duplicates.slice(0, MAX_PROBLEMS) });
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return fail(fileProblem("NOT_A_MAPPING", { received: Array.isArray(raw) ? "a list" : "a single value" }, posOf(doc.contents.range[0])));
  }
  return { ok: true, raw, doc };
}

/** Resolves plan-level defaults into a Plan. */
function toPlan(input: PlanInput, file: string, locate: (path: Path) => SourcePos): Plan {
  const derived = input.partner?.country !== undefined ? regionOfCountry(input.partner.country) : undefined;
  const perDiemRates = new Map<number, Map<string, Amount>>();
  for (const [year, byCountry] of Object.entries(input.per_diem_rates ?? {})) {
    perDiemRates.set(Number(year), new Map(Object.entries(byCountry)));
  }
  return {
    file,
    title: input.title,
    phase: input.phase,
    rules: input.rules ?? DEFAULT_EDITION,
    rulesIsDefault: input.rules === undefined,
    partnership: input.partnership ?? "bilateral",
    ...(input.partner ? { partner: input.partner } : {}),
    region: input.region ?? derived?.region ?? "europe",
    regionFrom: input.region !== undefined ? "plan" : "country",
    regionConfirmed: input.region !== undefined || (derived?.confirmed ?? true),
    years: [...new Set(input.years)].sort((a, b) => a - b),
    fx: new Map(Object.entries(input.fx ?? {}).map(([code, rate]) => [code, rate as Decimal])),
    defaults: {
      ...(input.defaults?.on_cost ? { onCost: input.defaults.on_cost } : {}),
      ...(input.defaults?.hours_per_year ? { hoursPerYear: input.defaults.hours_per_year } : {}),
    },
    people: new Map((input.people ?? []).map((person) => [person.id, person])),
    trips: input.trips ?? [],
    work: input.work ?? [],
    costs: input.costs ?? [],
    ratePacks: input.rate_packs ?? [],
    perDiemRates,
    locate,
    // `years` is sorted above: its index is not the file's ([2025, 2024]).
    locateYear: (year) => locate(["years", input.years.indexOf(year)]),
  };
}

type Piece<T> = { present: false } | { present: true; ok: false } | { present: true; ok: true; data: T };

/** Validates one top-level value on its own. */
function piece<S extends z.ZodMiniType>(raw: { [key: string]: PlainValue }, key: string, schema: S): Piece<z.output<S>> {
  if (!Object.hasOwn(raw, key)) return { present: false };
  const result = schema.safeParse(raw[key]);
  return result.success ? { present: true, ok: true, data: result.data } : { present: true, ok: false };
}

/**
 * Validates each element of a top-level list on its own. An element that fails keeps the
 * fields that are valid on their own (and the valid items of its lists), so that the
 * cross-reference checks still see them.
 */
function elements<S extends z.ZodMiniObject>(list: PlainValue | undefined, schema: S): Indexed<Partial<z.output<S>>>[] {
  if (!Array.isArray(list)) return [];
  const out: Indexed<Partial<z.output<S>>>[] = [];
  list.forEach((element, index) => {
    if (typeof element !== "object" || element === null || Array.isArray(element)) return;
    const result = schema.safeParse(element);
    if (result.success) {
      out.push({ index, value: result.data, written: element });
      return;
    }
    const partial: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodMiniType>)) {
      if (!Object.hasOwn(element, key)) continue;
      const parsed = field.safeParse(element[key]);
      if (parsed.success) partial[key] = parsed.data;
      else if (Array.isArray(element[key])) {
        const items = validItems(field, element[key]);
        if (items) partial[key] = items;
      }
    }
    out.push({ index, value: partial as Partial<z.output<S>>, written: element });
  });
  return out;
}

/**
 * The items of a list that are valid on their own, each in its place (undefined where
 * invalid); undefined when the field is not a list at all.
 */
function validItems(field: z.ZodMiniType, items: PlainValue[]): unknown[] | undefined {
  type Def = { type: string; innerType?: z.ZodMiniType; element?: z.ZodMiniType };
  const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
  let def = defOf(field);
  if (def.type === "optional" && def.innerType) def = defOf(def.innerType);
  const element = def.type === "array" ? def.element : undefined;
  if (!element) return undefined;
  return items.map((item) => {
    const parsed = element.safeParse(item);
    return parsed.success ? parsed.data : undefined;
  });
}

/** The pieces of a plan that passed its schema whole. */
function piecesOf(input: PlanInput, raw: { [key: string]: PlainValue }): PlanPieces {
  const indexed = <T extends object>(list: readonly T[] | undefined, rawList: PlainValue | undefined): Indexed<T>[] =>
    (list ?? []).map((value, index) => ({ index, value, written: (rawList as { [key: string]: PlainValue }[])[index]! }));
  return {
    phase: input.phase,
    years: input.years,
    fx: input.fx ?? {},
    hasRegion: input.region !== undefined,
    ...(input.partner?.country !== undefined ? { partnerCountry: input.partner.country } : {}),
    people: indexed(input.people, raw.people),
    trips: indexed(input.trips, raw.trips),
    work: indexed(input.work, raw.work),
    costs: indexed(input.costs, raw.costs),
    perDiemRates: perDiemRatePieces(input.per_diem_rates),
  };
}

/** Every amount in per_diem_rates with its path. */
function perDiemRatePieces(rates: PlanInput["per_diem_rates"]): { path: Path; amount: Amount }[] {
  return Object.entries(rates ?? {}).flatMap(([year, byCountry]) =>
    Object.entries(byCountry).map(([code, amount]) => ({ path: ["per_diem_rates", year, code] as Path, amount })),
  );
}

/** Validates each top-level value, and each element of each list, on its own. */
function parsePieces(raw: { [key: string]: PlainValue }): PlanPieces {
  const phase = piece(raw, "phase", planShape.phase);
  const years = piece(raw, "years", planShape.years);
  const fx = piece(raw, "fx", planShape.fx);
  const partner = piece(raw, "partner", planShape.partner);
  const rates = piece(raw, "per_diem_rates", planShape.per_diem_rates);
  let partnerCountry: string | undefined;
  if (partner.present) partnerCountry = partner.ok ? partner.data?.country : "?"; // "?": invalid, reported already
  return {
    ...(phase.present && phase.ok ? { phase: phase.data } : {}),
    ...(years.present && years.ok ? { years: years.data } : {}),
    ...(!fx.present ? { fx: {} } : fx.ok ? { fx: fx.data ?? {} } : {}),
    hasRegion: Object.hasOwn(raw, "region"),
    ...(partnerCountry !== undefined ? { partnerCountry } : {}),
    people: elements(raw.people, personSchema),
    trips: elements(raw.trips, tripSchema),
    work: elements(raw.work, workSchema),
    costs: elements(raw.costs, costSchema),
    perDiemRates: rates.present && rates.ok ? perDiemRatePieces(rates.data) : [],
  };
}

/**
 * `__proto__` as a key of fx or per_diem_rates: zod's records leave it out of what they return
 * (it would set the prototype), so the figure would vanish without a word. It is no currency,
 * year or country code, and is reported as such.
 */
function prototypeKeys(raw: { [key: string]: PlainValue }): InputProblem[] {
  const problems: InputProblem[] = [];
  const hasProto = (value: PlainValue | undefined): value is { [key: string]: PlainValue } =>
    typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, "__proto__");
  const add = (code: string, path: Path) => problems.push({ code, args: { text: "__proto__" }, path, anchor: "key" });
  if (hasProto(raw.fx)) add("INVALID_CURRENCY", ["fx", "__proto__"]);
  const rates = raw.per_diem_rates;
  if (typeof rates === "object" && rates !== null && !Array.isArray(rates)) {
    if (hasProto(rates)) add("INVALID_YEAR", ["per_diem_rates", "__proto__"]);
    for (const year of Object.keys(rates)) {
      if (year !== "__proto__" && hasProto(rates[year])) add("UNKNOWN_COUNTRY", ["per_diem_rates", year, "__proto__"]);
    }
  }
  return problems;
}
