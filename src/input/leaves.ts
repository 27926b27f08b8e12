/**
 * The leaf values of a plan: amounts, numbers, percentages, years, dates, codes.
 *
 * YAML numbers reach these schemas as their source text (see yaml-to-value.ts), so every leaf
 * reads a string and turns it into an exact value. Problems are reported as issue codes with
 * parameters (`{code: "custom", message: CODE, params}`); `src/check/messages.ts` words them.
 */
import * as z from "zod/mini";

// One-shot checks: zod's JIT compiles a parser per object schema, which costs more than it saves here.
// zod/mini (zod's functional entry point) because its schemas are plain objects: the classic API
// defines some fifty methods on every schema made, which was a fifth of a check's start-up.
z.config({ jitless: true });
import { Decimal, MAX_AMOUNT_EXPONENT } from "../model/money.js";
import { COUNTRY_CODES } from "../rates/countries.js";
import { controlCharacterIn } from "../model/control-character.js";

/** The kinds of value a plan expects, named in INVALID_TYPE findings. */
export type Expected =
  | "amount"
  | "number"
  | "whole-number"
  | "percent"
  | "year"
  | "date-time"
  | "country"
  | "currency"
  | "text"
  | "id"
  | "mapping"
  | "list"
  | "lodging"
  | "subsistence"
  | "traveller"
  | "version"
  | "date"
  | "meals"
  | "yes-no";

/** Sets the INVALID_TYPE wording for a schema: "expected <kind>". */
export const expects = (kind: Expected) => ({
  error: (issue: { code?: string; input?: unknown }) => (issue.code === "invalid_type" || issue.code === "invalid_union" ? `expected:${kind}` : undefined),
});

/** An amount as written: a value and its currency (SEK unless it says otherwise). */
export interface Amount {
  readonly value: Decimal;
  readonly currency: string;
  /** The text as written, for messages and reports ("450 EUR"). */
  readonly text: string;
}

const PLAIN_DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const AMOUNT_TEXT = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:\s+([A-Za-z]{3}))?\s*$/;
const NON_FINITE = /^[+-]?\.(?:inf|nan)$/i;
const EXPONENT = /^[+-]?(?:\d+\.?\d*|\.\d+)e[+-]?\d+$/i;

/** The code for number text that is not a plain decimal. */
function numberProblem(text: string): "NOT_FINITE" | "EXPONENT_NUMBER" | "INVALID_NUMBER" {
  if (NON_FINITE.test(text)) return "NOT_FINITE";
  if (EXPONENT.test(text)) return "EXPONENT_NUMBER";
  return "INVALID_NUMBER";
}

type Ctx = z.core.ParsePayload;

/** Reports a problem with the text being read, as an issue with a finding code (see the top). */
function addProblem(ctx: Ctx, code: string, params: Record<string, string | number>) {
  ctx.issues.push({ code: "custom", message: code, params, input: ctx.value });
}

/** Reads a non-negative decimal from text, or reports why it cannot. */
function readDecimal(text: string, ctx: Ctx, expected: Expected): Decimal | undefined {
  const trimmed = text.trim();
  if (!PLAIN_DECIMAL.test(trimmed)) {
    addProblem(ctx, numberProblem(trimmed), { text, expected });
    return undefined;
  }
  return checkedDecimal(trimmed, text, ctx, expected);
}

/**
 * A plain decimal's value (`digits` as PLAIN_DECIMAL has it), if it is not too large, nor
 * negative where a negative is not `allowed`.
 */
function checkedDecimal(digits: string, text: string, ctx: Ctx, expected: Expected, negativeAllowed = false): Decimal | undefined {
  const value = new Decimal(digits);
  if (!negativeAllowed && value.isNegative() && !value.isZero()) {
    addProblem(ctx, "NEGATIVE_NUMBER", { text, expected });
    return undefined;
  }
  // `e` is a Decimal's documented decimal exponent: 1e12 and more have e ≥ 12 (a comparison
  // would copy the limit each time; plans can have many thousand amounts).
  if (value.e >= MAX_AMOUNT_EXPONENT) {
    addProblem(ctx, "NUMBER_TOO_LARGE", { text, expected });
    return undefined;
  }
  return value;
}

/**
 * An amount: `4500`, `4500.50` (SEK) or `"450 EUR"`; with `signed`, also a negative one
 * (`-450`, `"-40 EUR"`: a credit, as a follow-up's entry by hand may be).
 */
export function amountSchema(signed: boolean) {
  return z.pipe(
    z.string(expects("amount")),
    z.transform((text: string, ctx): Amount => {
      // The usual case, kronor written as a plain number, needs no match of its parts.
      if (PLAIN_DECIMAL.test(text)) {
        const value = checkedDecimal(text, text, ctx, "amount", signed);
        return value === undefined ? z.NEVER : { value, currency: "SEK", text };
      }
      const match = AMOUNT_TEXT.exec(text);
      if (!match) {
        const problem = numberProblem(text.trim().split(/\s+/)[0] ?? "");
        addProblem(ctx, problem === "INVALID_NUMBER" ? "INVALID_AMOUNT" : problem, { text, expected: "amount" });
        return z.NEVER;
      }
      // match[1] is a plain decimal already (AMOUNT_TEXT holds PLAIN_DECIMAL).
      const value = checkedDecimal(match[1]!, match[1]!, ctx, "amount", signed);
      if (value === undefined) return z.NEVER;
      return { value, currency: (match[2] ?? "SEK").toUpperCase(), text: text.trim() };
    }),
  );
}

/** A non-negative amount: `4500`, `4500.50` (SEK) or `"450 EUR"`. */
export const amount = amountSchema(false).register(z.globalRegistry, {
  numeric: "amount",
  description: 'An amount: kronor (4500) or "<number> <currency>" ("450 EUR").',
});

/** A non-negative decimal number (hours, months, an exchange rate). */
export const decimalNumber = z
  .pipe(
    z.string(expects("number")),
    z.transform((text: string, ctx) => readDecimal(text, ctx, "number") ?? z.NEVER),
  )
  .register(z.globalRegistry, { numeric: "number" });

/** A positive decimal number. */
export const positiveNumber = decimalNumber.check(z.refine((value: Decimal) => value.greaterThan(0), { message: "NOT_POSITIVE" }));

/** A whole number of one or more (a count of people or meals). */
export const wholeNumber = z
  .pipe(
    z.string(expects("whole-number")),
    z.transform((text: string, ctx) => {
      if (!/^\+?\d+$/.test(text.trim())) {
        addProblem(ctx, "INVALID_NUMBER", { text, expected: "whole-number" });
        return z.NEVER;
      }
      const value = Number(text.trim());
      if (value > 100_000) {
        addProblem(ctx, "NUMBER_TOO_LARGE", { text, expected: "whole-number" });
        return z.NEVER;
      }
      return value;
    }),
  )
  .register(z.globalRegistry, { numeric: "integer" });

/** A percentage as `44.53%` or a fraction `0.4453`; becomes the fraction. */
export const percent = z
  .pipe(
    z.string(expects("percent")),
    z.transform((text: string, ctx) => {
      const trimmed = text.trim();
      const isPercent = trimmed.endsWith("%");
      const numberText = isPercent ? trimmed.slice(0, -1).trim() : trimmed;
      if (!PLAIN_DECIMAL.test(numberText) || numberText.startsWith("-")) {
        addProblem(ctx, "INVALID_PERCENT", { text });
        return z.NEVER;
      }
      const fraction = isPercent ? new Decimal(numberText).dividedBy(100) : new Decimal(numberText);
      if (fraction.greaterThan(1)) {
        addProblem(ctx, "INVALID_PERCENT", { text });
        return z.NEVER;
      }
      return fraction;
    }),
  )
  .register(z.globalRegistry, { numeric: "percent", description: "A percentage: 44.53% or 0.4453." });

/** A calendar year. */
export const year = z
  .pipe(
    z.string(expects("year")),
    z.transform((text: string, ctx) => {
      const value = Number(text.trim());
      if (!/^\d{4}$/.test(text.trim()) || value < 2000 || value > 2100) {
        addProblem(ctx, "INVALID_YEAR", { text });
        return z.NEVER;
      }
      return value;
    }),
  )
  .register(z.globalRegistry, { numeric: "integer", description: "A calendar year, e.g. 2025." });

/** A local date and time, `2025-03-10T07:00`. */
export interface LocalDateTime {
  /** Days since 1970-01-01 (a day number for calendar arithmetic). */
  readonly day: number;
  readonly year: number;
  /** Minutes after midnight. */
  readonly minutes: number;
  readonly text: string;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A local time as minutes since 1970-01-01 00:00, to compare and measure times across days. */
export const minuteOf = (time: { readonly day: number; readonly minutes: number }) => time.day * 1440 + time.minutes;

/** The calendar year of a day number (days since 1970-01-01). */
export const yearOfDay = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

/** Days since 1970-01-01 of a calendar date, or undefined if the date does not exist. */
export function dayNumber(y: number, m: number, d: number): number | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return undefined;
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export const dateTime = z
  .pipe(
    z.string(expects("date-time")),
    z.transform((text: string, ctx): LocalDateTime => {
      const match = DATE_TIME.exec(text.trim());
      if (!match) {
        addProblem(ctx, "INVALID_DATE_TIME", { text });
        return z.NEVER;
      }
      const [y, m, d, hh, mm] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
      const day = dayNumber(y, m, d);
      if (day === undefined) {
        addProblem(ctx, "IMPOSSIBLE_DATE", { text });
        return z.NEVER;
      }
      if (hh > 23 || mm > 59 || (match[6] !== undefined && Number(match[6]) > 59)) {
        addProblem(ctx, "IMPOSSIBLE_TIME", { text });
        return z.NEVER;
      }
      return { day, year: y, minutes: hh * 60 + mm, text: text.trim() };
    }),
  )
  .register(z.globalRegistry, { pattern: "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?$", description: "Local date and time: 2025-03-10T07:00." });

/** A calendar date, `2025-03-10`. */
export interface LocalDate {
  /** Days since 1970-01-01. */
  readonly day: number;
  readonly text: string;
}

export const date = z
  .pipe(
    z.string(expects("date")),
    z.transform((text: string, ctx): LocalDate => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
      if (!match) {
        addProblem(ctx, "INVALID_DATE", { text });
        return z.NEVER;
      }
      const day = dayNumber(Number(match[1]), Number(match[2]), Number(match[3]));
      if (day === undefined) {
        addProblem(ctx, "IMPOSSIBLE_DATE", { text });
        return z.NEVER;
      }
      return { day, text: text.trim() };
    }),
  )
  .register(z.globalRegistry, { pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "A date: 2025-03-10." });

/** An ISO 3166-1 alpha-2 country code (upper case). */
export const country = z
  .string(expects("country"))
  .check(
    z.superRefine((code: string, ctx) => {
      if (COUNTRY_CODES.has(code)) return;
      // A lower-case code ("pl") is the likeliest slip.
      const upper = code.toUpperCase();
      ctx.addIssue({
        code: "custom",
        message: "UNKNOWN_COUNTRY",
        params: { text: code, ...(COUNTRY_CODES.has(upper) ? { suggestion: upper } : {}) },
        input: code,
      });
    }),
  )
  .register(z.globalRegistry, { pattern: "^[A-Z]{2}$", description: "ISO 3166-1 alpha-2 country code, e.g. PL; SE for Sweden." });

/** An ISO 4217 currency code. */
export const currency = z.string(expects("currency")).check(z.regex(/^[A-Z]{3}$/, { message: "INVALID_CURRENCY" }));

/** Free text: anything but a control character (only a \u or \x escape in double quotes writes one). */
export const text = z.string(expects("text")).check(
  z.superRefine((value: string, ctx) => {
    const code = controlCharacterIn(value);
    if (code !== undefined) ctx.addIssue({ code: "custom", message: "CONTROL_CHARACTER", params: { code }, input: value });
  }),
);

/** An id: a letter or digit, then letters, digits, `_`, `.` or `-`. */
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u;
/**
 * The id's pattern in the JSON Schema, for editors: JSON Schema validators outside JavaScript
 * (Python's jsonschema, for one) know no \p{L}. It takes any character outside ASCII where the
 * tool takes a letter or digit, so an editor may let through an id the tool refuses (with an
 * emoji), never the other way round.
 */
const ID_FOR_EDITORS = "^[^\\x00-\\x2F\\x3A-\\x40\\x5B-\\x60\\x7B-\\x7F\\s][^\\x00-\\x2C\\x2F\\x3A-\\x40\\x5B-\\x5E\\x60\\x7B-\\x7F\\s]*$";
/** The same for ASCII ids, the usual case: V8 builds the Unicode letter classes of ID only when it first runs (a few ms). */
const ASCII_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** An identifier that other parts of the plan refer to. */
export const id = z
  .string(expects("id"))
  .check(
    z.superRefine((text: string, ctx) => {
      if (ASCII_ID.test(text) || ID.test(text)) return;
      ctx.addIssue({ code: "custom", message: "INVALID_ID", params: { text }, input: text });
    }),
  )
  .register(z.globalRegistry, { pattern: ID_FOR_EDITORS });
