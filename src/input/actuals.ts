/**
 * The actuals file, format version 1 (README, "Following up"): where the ledger exports are, how
 * their accounts map to the plan's categories, which texts belong to which trip, hours from time
 * reports, and costs entered by hand. Strict zod schemas, as for the plan; `parseActuals` is pure
 * and gives every problem at once with its position.
 */
import { RE2JS } from "re2js";
import * as z from "zod/mini";
import type { Decimal } from "../model/money.js";
import { CATEGORIES, PAYERS, type Finding, type SourcePos } from "../model/types.js";
import { issuesToProblems, type InputProblem, type Path } from "./issues-to-problems.js";
import { amount, amountSchema, date, decimalNumber, expects, id, percent, text, year, type Amount, type LocalDate } from "./leaves.js";
import { ACTUALS_KEYS, NOT_ACTUALS, otherKindOfFile, placeProblems, readYamlMapping } from "./parse-plan.js";
import { list, mapping } from "./schema.js";

const category = z.enum(CATEGORIES);
const payer = z.enum(PAYERS);

/** The columns a ledger export may have; `columns` names the header of each where the tool does not recognise it. */
export const LEDGER_COLUMNS = ["date", "amount", "debit", "credit", "account", "text", "voucher", "project", "category", "trip", "paid_by"] as const;
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/** A ledger export: CSV/TSV, or SIE 4 (.se, .si, .sie). */
export const ledgerSchema = mapping({
  file: text,
  columns: z.optional(z.partialRecord(z.enum(LEDGER_COLUMNS), text)),
  project: z.optional(text),
  /** The separator, where the tool should not guess it from the header: ";", "," or a tab. */
  separator: z.optional(z.enum([";", ",", "\t"])),
  /** The text encoding, where the tool should not guess it: UTF-8, Windows-1252 (Excel) or CP437 (SIE). */
  encoding: z.optional(z.enum(["utf-8", "windows-1252", "cp437"])),
});

/** Rows whose text matches a pattern belong to a trip. */
export const assignSchema = mapping({ text, trip: id });

/** Hours worked, from time reports. */
export const hoursSchema = mapping({
  person: id,
  year,
  hours: decimalNumber,
  hourly_cost: z.optional(amount),
  monthly_salary: z.optional(amount),
  on_cost: z.optional(percent),
  paid_by: z.optional(payer),
  note: z.optional(text),
});

/** An entry's amount: a cost, or a credit (a refund not yet booked) written with a minus, as in a ledger. */
const entryAmount = amountSchema(true).register(z.globalRegistry, {
  numeric: "signed-amount",
  description: 'An amount: kronor (4500) or "<number> <currency>" ("450 EUR"); a credit (a refund) with a minus (-4500).',
});

/** A cost not in the ledger, entered by hand; a negative amount is a credit that reduces its category. */
export const entrySchema = mapping({
  date,
  item: text,
  category,
  amount: entryAmount,
  trip: z.optional(id),
  voucher: z.optional(text),
  paid_by: z.optional(payer),
  note: z.optional(text),
});

export const actualsShape = {
  version: z.literal("1", expects("version")),
  as_of: z.optional(date),
  ledger: z.optional(list(ledgerSchema)),
  accounts: z.optional(z.record(z.string().check(z.regex(/^\d{1,10}$/, { message: "INVALID_ACCOUNT" })), category, expects("mapping"))),
  assign: z.optional(list(assignSchema)),
  hours: z.optional(list(hoursSchema)),
  entries: z.optional(list(entrySchema)),
  /** How far a category or trip may go over its budget before OVER_BUDGET (ICLD's own rule is unconfirmed). */
  tolerance: z.optional(percent),
} as const;

export const actualsSchema = mapping(actualsShape);
export type ActualsInput = z.output<typeof actualsSchema>;
export type LedgerSource = z.output<typeof ledgerSchema>;
export type HoursInput = z.output<typeof hoursSchema>;
export type EntryInput = z.output<typeof entrySchema>;

/** A validated actuals file. */
/** A compiled `assign` text pattern: does a row's text match it (anywhere, any case)? */
export interface TextPattern {
  test(text: string): boolean;
}

export interface Actuals {
  readonly file: string;
  readonly asOf?: LocalDate;
  readonly ledger: readonly LedgerSource[];
  /** Account prefix → category, longest first. */
  readonly accounts: readonly (readonly [string, (typeof CATEGORIES)[number]])[];
  readonly assign: readonly { readonly pattern: TextPattern; readonly trip: string; readonly pos: SourcePos }[];
  readonly hours: readonly (HoursInput & { readonly pos: SourcePos })[];
  readonly entries: readonly (EntryInput & { readonly pos: SourcePos })[];
  readonly tolerance?: Decimal;
  readonly locate: (path: Path) => SourcePos;
}

export type ActualsParse = { readonly ok: true; readonly actuals: Actuals } | { readonly ok: false; readonly findings: readonly Finding[] };

/** Parses and validates an actuals file; `fileName` is used in positions and messages only. */
export function parseActuals(textOfFile: string, fileName: string): ActualsParse {
  const read = readYamlMapping(textOfFile);
  if (!read.ok) return read;
  const { raw, locate } = read;
  const parsed = actualsSchema.safeParse(raw);
  const other = parsed.success ? undefined : otherKindOfFile(raw, locate, ACTUALS_KEYS, NOT_ACTUALS);
  if (other) return { ok: false, findings: [other] };
  const problems: InputProblem[] = parsed.success ? [] : issuesToProblems(parsed.error.issues, actualsSchema, raw);
  const assign: { pattern: TextPattern; trip: string; pos: SourcePos }[] = [];
  if (parsed.success) {
    parsed.data.assign?.forEach((rule, index) => {
      try {
        // A text pattern: a regular expression, matched without regard to case, by RE2 (re2js) in
        // time linear in the text. JavaScript's own engine backtracks: a pattern such as (a+)+$
        // took it minutes on one ledger row of 33 letters.
        assign.push({ pattern: RE2JS.compile(rule.text, RE2JS.CASE_INSENSITIVE), trip: rule.trip, pos: locate(["assign", index, "trip"]) });
      } catch (error) {
        problems.push({
          code: "INVALID_PATTERN",
          args: { text: rule.text, detail: (error as Error).message },
          path: ["assign", index, "text"],
          anchor: "value",
        });
      }
    });
  }
  if (!parsed.success || problems.length > 0) return { ok: false, findings: placeProblems(problems, locate, false) };
  const data = parsed.data;
  return {
    ok: true,
    actuals: {
      file: fileName,
      ...(data.as_of ? { asOf: data.as_of } : {}),
      ledger: data.ledger ?? [],
      accounts: Object.entries(data.accounts ?? {}).sort(([a], [b]) => b.length - a.length) as [string, (typeof CATEGORIES)[number]][],
      assign,
      hours: (data.hours ?? []).map((line, index) => ({ ...line, pos: locate(["hours", index]) })),
      entries: (data.entries ?? []).map((entry, index) => ({ ...entry, pos: locate(["entries", index]) })),
      ...(data.tolerance ? { tolerance: data.tolerance } : {}),
      locate,
    },
  };
}

export type { Amount };
