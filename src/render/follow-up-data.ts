/**
 * The follow-up for programs: the JSON result (README, "Following up") and the rows as CSV, one
 * per row read with what became of it. Money as plain two-decimal strings.
 */
import type { FollowUp } from "../calc/follow-up.js";
import { toMachineString } from "../model/money.js";
import type { Finding } from "../model/types.js";
import { type CsvDialect, csvWriter } from "./csv.js";
import { followUpVerdict } from "./follow-up-report.js";
import { findingJson } from "./json.js";

export const FOLLOW_UP_JSON_VERSION = 1;

/** One follow-up's JSON object. */
export function followUpJson(result: FollowUp): Record<string, unknown> {
  const money = toMachineString;
  const envelope = (e: FollowUp["envelopes"][number]): Record<string, unknown> => ({
    id: e.id,
    period: e.period,
    kind: e.kind,
    limit: money(e.limit),
    budget: money(e.budget),
    actual: money(e.actual),
    remaining: money(e.remaining),
    forecast: money(e.forecast),
    fits: e.fits,
    forecast_fits: e.forecastFits,
    parts: e.parts.map(envelope),
  });
  const r = result.reconciliation;
  const row = (x: FollowUp["rows"][number]) => ({
    file: x.file,
    row: x.row,
    source: x.source,
    date: x.date,
    amount: money(x.amount),
    text: x.text,
    ...(x.account ? { account: x.account } : {}),
    ...(x.voucher ? { voucher: x.voucher } : {}),
    ...(x.category ? { category: x.category } : {}),
    ...(x.trip ? { trip: x.trip } : {}),
    paid_by: x.paidBy,
    ...(x.because ? { reason: x.because } : {}),
  });
  return {
    plan: result.plan.file,
    actuals: result.actualsFile,
    as_of: result.asOf,
    verdict: followUpVerdict(result),
    envelopes: result.envelopes.map(envelope),
    by_category: Object.fromEntries([...result.byCategory].map(([category, x]) => [category, { budget: money(x.budget), actual: money(x.actual) }])),
    trips: result.trips.map((trip) => ({ id: trip.id, budget: money(trip.budget), actual: money(trip.actual), ahead: trip.ahead })),
    work: result.work.map((w) => ({
      person: w.person,
      year: w.year,
      hourly_cost: money(w.hourlyCost),
      hours_budget: w.hoursBudget.toString(),
      hours_actual: w.hoursActual.toString(),
      budget: money(w.budget),
      actual: money(w.actual),
      ...(w.monthlySalary ? { monthly_salary: money(w.monthlySalary) } : {}),
      ...(w.onCost ? { on_cost: w.onCost.toString() } : {}),
      hours_per_year: w.hoursPerYear.toString(),
    })),
    actual: money(result.actual),
    cofinanced: money(result.cofinanced),
    rows: {
      read: r.read,
      assigned: r.assigned,
      unassigned: r.unassigned,
      excluded: r.excluded,
      sum_read: money(r.sumRead),
      sum_assigned: money(r.sumAssigned),
      sum_unassigned: money(r.sumUnassigned),
      sum_excluded: money(r.sumExcluded),
    },
    unassigned: result.rows.filter((x) => x.status === "unassigned").map(row),
    excluded: result.rows.filter((x) => x.status === "excluded").map(row),
    // A finding in a ledger or the actuals file names its file; the others are the plan's.
    findings: result.findings.map((finding) => findingJson(typeof finding.args.file === "string" ? finding.args.file : result.plan.file, finding)),
  };
}

/** The JSON result of one or more follow-ups. */
export function renderFollowUpJson(results: readonly FollowUp[]): string {
  return `${JSON.stringify({ version: FOLLOW_UP_JSON_VERSION, followups: results.map(followUpJson) }, null, 2)}\n`;
}

/**
 * The JSON result of a follow-up whose inputs cannot be used: verdict "invalid" and every finding
 * of every file (the plan, the actuals file, the ledger exports), as check's JSON has an invalid plan.
 */
export function renderInvalidFollowUpJson(plan: string, actuals: string, problems: readonly { file: string; findings: readonly Finding[] }[]): string {
  const findings = problems.flatMap(({ file, findings }) => findings.map((finding) => findingJson(file, finding)));
  return `${JSON.stringify({ version: FOLLOW_UP_JSON_VERSION, followups: [{ plan, actuals, verdict: "invalid", findings }] }, null, 2)}\n`;
}

export const FOLLOW_UP_CSV_COLUMNS = [
  "file",
  "row",
  "source",
  "date",
  "year",
  "account",
  "voucher",
  "text",
  "category",
  "trip",
  "paid_by",
  "amount",
  "status",
  "reason",
] as const;

/**
 * Every row read, with what became of it, in either dialect of csv.ts: for Swedish Excel the
 * ledger's own texts are made harmless as formulas (a row's text "=HYPERLINK(…)" stays text).
 */
export function renderFollowUpCsv(result: FollowUp, dialect: CsvDialect = "rfc4180"): string {
  const csv = csvWriter(dialect);
  const rows = result.rows.map((x) => [
    csv.text(x.file),
    String(x.row),
    x.source,
    x.date,
    String(x.year),
    csv.text(x.account ?? ""),
    csv.text(x.voucher ?? ""),
    csv.text(x.text),
    x.category ?? "",
    csv.text(x.trip ?? ""),
    x.paidBy,
    csv.number(toMachineString(x.amount)),
    x.status,
    x.because ?? "",
  ]);
  return csv.document(FOLLOW_UP_CSV_COLUMNS, rows);
}
