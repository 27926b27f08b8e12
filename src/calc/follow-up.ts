/**
 * Follow-up: what was actually spent against the approved plan. Pure: the checked plan, the
 * actuals file and the ledger rows read from its exports in; every row's fate, the envelopes
 * with budget, actual, remaining and forecast, budget against actual by category, trip and
 * person, and the findings out.
 *
 * Nothing is lost: every row read (ledger rows, entries by hand, hours) is assigned, unassigned
 * or excluded, and the sums of the three add up to the sum read. Assigned rows paid by ICLD are
 * the actual; those paid by the municipality or the partner are co-financing, never counted
 * against an envelope.
 */
import type { PlanResult } from "../check/check-plan.js";
import type { Actuals } from "../input/actuals.js";
import type { LedgerRow } from "../input/ledger-row.js";
import type { Plan } from "../input/plan.js";
import { Decimal, roundToOre, sumAmounts, ZERO } from "../model/money.js";
import { CATEGORIES, PAYERS, type Category, type Finding, type Payer, type SourcePos } from "../model/types.js";
import { ICLD_FUNDING_LAST_YEAR, type RuleEdition } from "../rates/icld-editions.js";
import { DEFAULT_HOURS_PER_YEAR, DEFAULT_ON_COST, HOURS_IN_A_YEAR } from "../rates/salary.js";
import { closest } from "../input/suggest.js";
import { yearOfDay } from "../input/leaves.js";
import { hourlyCostFromSalary } from "./compute-budget.js";
import { amountInSek } from "./fx.js";

/** What became of a row. */
export type RowStatus = "assigned" | "unassigned" | "excluded";
export type ExcludedBecause = "other-project" | "outside-plan-years" | "removed" | "not-a-cost-account";

/** A row of actual cost: a ledger row, an entry by hand, or hours from a time report. */
export interface ActualRow {
  readonly source: "ledger" | "entry" | "hours";
  readonly file: string;
  readonly row: number;
  readonly column: number;
  readonly date: string;
  readonly year: number;
  readonly amount: Decimal;
  readonly text: string;
  readonly account?: string;
  readonly voucher?: string;
  readonly category?: Category;
  readonly trip?: string;
  readonly person?: string;
  readonly hours?: Decimal;
  readonly paidBy: Payer;
  readonly status: RowStatus;
  readonly because?: ExcludedBecause;
}

export interface FollowUpEnvelope {
  readonly id: string;
  readonly period: "phase" | number;
  readonly kind: "max" | "guide";
  readonly limit: Decimal;
  readonly budget: Decimal;
  readonly actual: Decimal;
  readonly remaining: Decimal;
  readonly forecast: Decimal;
  readonly fits: boolean;
  readonly forecastFits: boolean;
  readonly parts: readonly FollowUpEnvelope[];
}

export interface BudgetActual {
  readonly budget: Decimal;
  readonly actual: Decimal;
}

export interface TripFollowUp extends BudgetActual {
  readonly id: string;
  /** The group of the trip's budget lines. */
  readonly group: string;
  readonly label: string;
  readonly depart: string;
  /** Departs after the day the books were read: its budget is still ahead. */
  readonly ahead: boolean;
}

/** The salary statement of one person and year. */
export interface WorkFollowUp extends BudgetActual {
  readonly person: string;
  readonly name: string;
  readonly year: number;
  readonly monthlySalary?: Decimal;
  readonly onCost?: Decimal;
  readonly hoursPerYear: Decimal;
  readonly hourlyCost: Decimal;
  readonly hoursBudget: Decimal;
  readonly hoursActual: Decimal;
}

export interface Reconciliation {
  readonly read: number;
  readonly assigned: number;
  readonly unassigned: number;
  readonly excluded: number;
  readonly sumRead: Decimal;
  readonly sumAssigned: Decimal;
  readonly sumUnassigned: Decimal;
  readonly sumExcluded: Decimal;
}

export interface FollowUp {
  readonly plan: Plan;
  readonly actualsFile: string;
  readonly asOf: string;
  readonly tolerance: Decimal;
  readonly envelopes: readonly FollowUpEnvelope[];
  readonly byCategory: ReadonlyMap<Category, BudgetActual>;
  readonly trips: readonly TripFollowUp[];
  readonly work: readonly WorkFollowUp[];
  readonly actual: Decimal;
  readonly cofinanced: Decimal;
  readonly rows: readonly ActualRow[];
  readonly reconciliation: Reconciliation;
  readonly findings: readonly Finding[];
}

/** An input problem found while matching: a trip or person the plan does not have, a bad category. */
export interface MatchProblem {
  readonly code: string;
  readonly args: Readonly<Record<string, string | number>>;
  readonly file: string;
  readonly pos: SourcePos;
}

/** ICLD's rule for moving money between budget lines is not found: 10 % unless the actuals file says. */
export const DEFAULT_TOLERANCE = new Decimal("0.10");

/** BAS account classes 1–3 are assets, liabilities and revenue: the other side of a cost, not a cost. */
const NOT_A_COST_ACCOUNT = /^[123]/;

const isCategory = (text: string): text is Category => (CATEGORIES as readonly string[]).includes(text);
const isPayer = (text: string): text is Payer => (PAYERS as readonly string[]).includes(text);

/** The category an account maps to: the longest matching prefix. */
export function categoryOfAccount(actuals: Actuals, account: string): Category | undefined {
  return actuals.accounts.find(([prefix]) => account.startsWith(prefix))?.[1];
}

/** Follows up a checked plan with its actuals. Problems with references are returned apart (input errors). */
export function followUp(
  result: PlanResult,
  actuals: Actuals,
  ledger: readonly (LedgerRow & { readonly projectFilter?: string })[],
  edition: RuleEdition,
  today: string,
): { followUp: FollowUp; problems: MatchProblem[] } {
  const plan = result.plan!;
  const budget = result.budget!;
  const asOf = actuals.asOf?.text ?? today;
  const tolerance = actuals.tolerance ?? DEFAULT_TOLERANCE;
  const problems: MatchProblem[] = [];
  const findings: Finding[] = [];
  const tripIds = plan.trips.map((trip) => trip.id).filter((id): id is string => id !== undefined);
  const knownTrip = (trip: string | undefined, file: string, pos: SourcePos) => {
    if (trip === undefined || tripIds.includes(trip)) return true;
    problems.push({ code: "UNKNOWN_TRIP", args: { trip, known: tripIds.join(", ") || "(none with an id)", ...suggestion(trip, tripIds) }, file, pos });
    return false;
  };
  for (const rule of actuals.assign) knownTrip(rule.trip, actuals.file, rule.pos);

  const rows: ActualRow[] = [];
  const inPlan = (year: number) => plan.years.includes(year);
  /** Whether an amount's currency has a rate in the plan: the actuals are converted at the plan's rates. */
  const convertible = (amount: { currency: string; text: string }, pos: SourcePos) => {
    if (amount.currency === "SEK" || plan.fx.has(amount.currency)) return true;
    problems.push({ code: "MISSING_FX_RATE", args: { currency: amount.currency, text: amount.text }, file: actuals.file, pos });
    return false;
  };

  // Ledger rows: category from the row or the accounts, trip from the row or the text.
  for (const row of ledger) {
    // A problem of a category, trip or payer column is placed at its field; the row's first otherwise.
    const at = (column: number | undefined) => ({ line: row.row, column: column ?? 1 });
    let category: Category | undefined;
    if (row.category !== undefined) {
      if (isCategory(row.category)) category = row.category;
      else
        problems.push({
          code: "UNKNOWN_CATEGORY",
          args: { text: row.category, ...suggestion(row.category, CATEGORIES) },
          file: row.file,
          pos: at(row.columns?.category),
        });
    } else if (row.account !== undefined) category = categoryOfAccount(actuals, row.account);
    let paidBy: Payer = "icld";
    if (row.paidBy !== undefined) {
      if (isPayer(row.paidBy)) paidBy = row.paidBy;
      else
        problems.push({ code: "UNKNOWN_PAYER", args: { text: row.paidBy, ...suggestion(row.paidBy, PAYERS) }, file: row.file, pos: at(row.columns?.paidBy) });
    }
    const trip = row.trip ?? actuals.assign.find((rule) => rule.pattern.test(row.text))?.trip;
    if (row.trip !== undefined) knownTrip(row.trip, row.file, at(row.columns?.trip));
    let because: ExcludedBecause | undefined;
    if (row.removed) because = "removed";
    else if (category === undefined && row.account !== undefined && NOT_A_COST_ACCOUNT.test(row.account)) because = "not-a-cost-account";
    else if (row.projectFilter !== undefined && row.project !== row.projectFilter) because = "other-project";
    else if (!inPlan(row.year)) because = "outside-plan-years";
    rows.push({
      source: "ledger",
      file: row.file,
      row: row.row,
      column: 1,
      date: row.date.text,
      year: row.year,
      amount: row.amount,
      text: row.text,
      ...(row.account ? { account: row.account } : {}),
      ...(row.voucher ? { voucher: row.voucher } : {}),
      ...(category ? { category } : {}),
      ...(trip ? { trip } : {}),
      paidBy,
      status: because ? "excluded" : category ? "assigned" : "unassigned",
      ...(because ? { because } : {}),
    });
  }

  // Entries by hand. A problem of one of an entry's values is placed at that value.
  for (const [index, entry] of actuals.entries.entries()) {
    knownTrip(entry.trip, actuals.file, actuals.locate(["entries", index, "trip"]));
    if (!convertible(entry.amount, actuals.locate(["entries", index, "amount"]))) continue;
    const year = yearOfDay(entry.date.day);
    rows.push({
      source: "entry",
      file: actuals.file,
      row: entry.pos.line,
      column: entry.pos.column,
      date: entry.date.text,
      year,
      amount: roundToOre(amountInSek(plan, entry.amount)),
      text: entry.item,
      category: entry.category,
      ...(entry.trip ? { trip: entry.trip } : {}),
      ...(entry.voucher ? { voucher: entry.voucher } : {}),
      paidBy: entry.paid_by ?? "icld",
      status: inPlan(year) ? "assigned" : "excluded",
      ...(inPlan(year) ? {} : { because: "outside-plan-years" as const }),
    });
  }

  // Hours, priced at the person's hourly cost (domain: hourly cost in whole öre, as in the plan).
  const hourlyCosts = new Map<string, ReturnType<typeof hourlyCostOf>>();
  // A person's reported hours in one year, to refuse more than a year has (HOURS_IN_A_YEAR).
  const hoursByPersonYear = new Map<string, Decimal>();
  for (const [index, line] of actuals.hours.entries()) {
    const at = (key: string) => actuals.locate(["hours", index, key]);
    const key = `${line.person}:${line.year}`;
    const sum = (hoursByPersonYear.get(key) ?? ZERO).plus(line.hours);
    hoursByPersonYear.set(key, sum);
    if (sum.greaterThan(HOURS_IN_A_YEAR) && sum.minus(line.hours).lessThanOrEqualTo(HOURS_IN_A_YEAR)) {
      problems.push({
        code: "HOURS_BEYOND_YEAR",
        args: { who: plan.people.get(line.person)?.name ?? line.person, year: line.year, hours: sum.toString(), max: HOURS_IN_A_YEAR },
        file: actuals.file,
        pos: at("hours"),
      });
    }
    const person = plan.people.get(line.person);
    if (!person) {
      const ids = [...plan.people.keys()];
      problems.push({
        code: "UNKNOWN_PERSON",
        args: { id: line.person, known: ids.join(", ") || "(none)", where: "hours", ...suggestion(line.person, ids) },
        file: actuals.file,
        pos: at("person"),
      });
      continue;
    }
    const salaries = [
      ["hourly_cost", line.hourly_cost],
      ["monthly_salary", line.monthly_salary],
    ] as const;
    if (!salaries.every(([key, amount]) => amount === undefined || convertible(amount, at(key)))) continue;
    const cost = hourlyCostOf(plan, { ...person, ...pick(line) }, line.on_cost ?? person.on_cost);
    if (!cost) {
      problems.push({ code: "WORK_SALARY_MISSING", args: { who: line.person }, file: actuals.file, pos: line.pos });
      continue;
    }
    hourlyCosts.set(`${line.person}:${line.year}`, cost);
    const paidBy = line.paid_by ?? "icld";
    if (person.side === "partner" && paidBy === "icld") {
      findings.push({
        code: "NOT_ELIGIBLE",
        severity: "error",
        // The hours line is in the actuals file: a finding without `file` is placed in the plan.
        args: { file: actuals.file, reason: "partner-salary", label: `${person.name ?? person.id}, ${line.hours.toString()} h`, category: "work" },
        pos: line.pos,
      });
    }
    rows.push({
      source: "hours",
      file: actuals.file,
      row: line.pos.line,
      column: line.pos.column,
      date: `${line.year}`,
      year: line.year,
      amount: roundToOre(line.hours.times(cost.hourlyCost)),
      text: `${person.name ?? person.id}: ${line.hours.toString()} h × ${cost.hourlyCost.toFixed(2)}`,
      category: "work",
      person: line.person,
      hours: line.hours,
      paidBy,
      status: inPlan(line.year) ? "assigned" : "excluded",
      ...(inPlan(line.year) ? {} : { because: "outside-plan-years" as const }),
    });
  }

  // Findings on rows.
  const assigned = rows.filter((row) => row.status === "assigned");
  const icld = assigned.filter((row) => row.paidBy === "icld");
  for (const row of rows) {
    const pos = { line: row.row, column: row.column };
    const where = { file: row.file };
    if (row.status === "unassigned") {
      const accounts = actuals.accounts.map(([prefix]) => prefix);
      findings.push({
        code: "UNASSIGNED_ROW",
        severity: "error",
        args: {
          ...where,
          account: row.account ?? "",
          text: row.text,
          amount: row.amount.toFixed(2),
          ...(row.account ? suggestion(row.account, accounts) : {}),
        },
        pos,
      });
    }
    if (row.because === "outside-plan-years")
      findings.push({
        code: "OUTSIDE_PLAN_YEARS",
        severity: "warning",
        args: { ...where, date: row.date, years: plan.years.join(", "), amount: row.amount.toFixed(2) },
        pos,
      });
    // A cost booked after the day the books were read: that day is wrong (a typed --as-of), or the
    // row's date is, and the forecast would count as ahead what is already booked.
    if (row.source !== "hours" && row.status !== "excluded" && row.date > asOf)
      findings.push({ code: "DATED_AFTER_AS_OF", severity: "warning", args: { ...where, date: row.date, asOf }, pos });
    if (row.year > ICLD_FUNDING_LAST_YEAR && row.status !== "excluded")
      findings.push({ code: "ICLD_FUNDING_ENDS", severity: "warning", args: { ...where, year: row.year, what: "cost" }, pos });
    if (row.status === "assigned" && row.paidBy === "icld" && row.category && edition.eligibility[row.category] === "no") {
      findings.push({ code: "NOT_ELIGIBLE", severity: "error", args: { ...where, category: row.category, label: row.text }, pos });
    }
  }
  // The same voucher and amount twice: in two files (exports that overlap, an entry by hand
  // that has since been booked), or twice in one file as the same row (date, account and text
  // too). Within one export, a voucher's rows of one amount are usually two costs (two
  // travellers' per diems, two tickets), and are not warned of.
  const vouchers = new Map<string, ActualRow[]>();
  for (const row of rows) {
    if (row.voucher === undefined || row.status === "excluded") continue;
    const key = `${row.voucher}\u0000${row.amount.toFixed(2)}`;
    const earlier = vouchers.get(key) ?? [];
    const first = earlier.find((other) => other.file !== row.file || (other.date === row.date && other.account === row.account && other.text === row.text));
    earlier.push(row);
    vouchers.set(key, earlier);
    if (first)
      findings.push({
        code: "DUPLICATE_VOUCHER",
        severity: "warning",
        args: { file: row.file, voucher: row.voucher, amount: row.amount.toFixed(2), firstFile: first.file, firstRow: first.row },
        pos: { line: row.row, column: row.column },
      });
  }
  // Salary counted both from hours and from salary rows in the ledger.
  for (const year of plan.years) {
    const fromHours = icld.some((row) => row.source === "hours" && row.year === year);
    const fromLedger = icld.find((row) => row.source !== "hours" && row.category === "work" && row.year === year);
    if (fromHours && fromLedger)
      findings.push({
        code: "SALARY_TWICE",
        severity: "warning",
        args: { file: fromLedger.file, year },
        pos: { line: fromLedger.row, column: fromLedger.column },
      });
  }

  // Budget against actual.
  const planLines = budget.lines.filter((line) => line.paidBy === "icld");
  const byCategory = new Map<Category, BudgetActual>();
  for (const category of CATEGORIES) {
    const b = sumAmounts(planLines.filter((line) => line.category === category).map((line) => line.amount));
    const a = sumAmounts(icld.filter((row) => row.category === category).map((row) => row.amount));
    if (!b.isZero() || !a.isZero()) byCategory.set(category, { budget: b, actual: a });
  }
  const trips: TripFollowUp[] = plan.trips.map((trip, index) => {
    const group = `trip:${trip.id ?? index}`;
    return {
      id: trip.id ?? `trips[${index}]`,
      group,
      label: trip.title ?? trip.id ?? `trips[${index}]`,
      depart: trip.depart.text,
      ahead: trip.depart.text.slice(0, 10) > asOf,
      budget: sumAmounts(planLines.filter((line) => line.group === group).map((line) => line.amount)),
      actual: sumAmounts(icld.filter((row) => trip.id !== undefined && row.trip === trip.id).map((row) => row.amount)),
    };
  });
  const over = (budgetActual: BudgetActual) => budgetActual.actual.greaterThan(budgetActual.budget.times(tolerance.plus(1)));
  for (const [category, figures] of byCategory) {
    if (over(figures))
      findings.push({
        code: "OVER_BUDGET",
        severity: "warning",
        args: {
          subject: "category",
          name: category,
          budget: figures.budget.toFixed(2),
          actual: figures.actual.toFixed(2),
          tolerance: tolerance.times(100).toString(),
        },
        pos: plan.locate(["phase"]),
      });
  }
  trips.forEach((trip, index) => {
    if (over(trip))
      findings.push({
        code: "OVER_BUDGET",
        severity: "warning",
        args: { subject: "trip", name: trip.id, budget: trip.budget.toFixed(2), actual: trip.actual.toFixed(2), tolerance: tolerance.times(100).toString() },
        pos: plan.locate(["trips", index]),
      });
  });

  // Envelopes: the plan's, with actual, remaining and forecast.
  const inPeriod = <T extends { year: number }>(items: readonly T[], period: "phase" | number) =>
    period === "phase" ? items : items.filter((item) => item.year === period);
  const envelopes = result.envelopes.map((envelope) => {
    const followed = (id: string, period: "phase" | number, kind: "max" | "guide", limit: Decimal, category?: Category): FollowUpEnvelope => {
      const lines = inPeriod(planLines, period).filter((line) => !category || line.category === category);
      const spent = inPeriod(icld, period).filter((row) => !category || row.category === category);
      const plannedTotal = sumAmounts(lines.map((line) => line.amount));
      const actual = sumAmounts(spent.map((row) => row.amount));
      // Ahead: trips departing later at their budget less what is booked on them already; for
      // everything else, each category's budget less its actual, never below zero.
      let ahead = ZERO;
      for (const trip of trips) {
        const tripLines = lines.filter((line) => line.group === trip.group);
        if (!trip.ahead || tripLines.length === 0) continue;
        const booked = sumAmounts(spent.filter((row) => row.trip === trip.id).map((row) => row.amount));
        ahead = ahead.plus(Decimal.max(ZERO, sumAmounts(tripLines.map((line) => line.amount)).minus(booked)));
      }
      for (const c of CATEGORIES) {
        const notTrip = lines.filter((line) => line.category === c && !line.group.startsWith("trip:"));
        if (notTrip.length === 0) continue;
        const booked = sumAmounts(spent.filter((row) => row.category === c && row.trip === undefined).map((row) => row.amount));
        ahead = ahead.plus(Decimal.max(ZERO, sumAmounts(notTrip.map((line) => line.amount)).minus(booked)));
      }
      const forecast = actual.plus(ahead);
      return {
        id,
        period,
        kind,
        limit,
        budget: plannedTotal,
        actual,
        remaining: limit.minus(actual),
        forecast,
        fits: actual.lessThanOrEqualTo(limit),
        forecastFits: forecast.lessThanOrEqualTo(limit),
        parts: [],
      };
    };
    const main = followed(envelope.id, envelope.period, envelope.kind, envelope.limit);
    const parts = envelope.parts.map((part) => followed(part.id, part.period, part.kind, part.limit, part.id.split(".").pop() as Category));
    return { ...main, parts };
  });
  for (const envelope of envelopes) {
    for (const e of [envelope, ...envelope.parts]) {
      const args = {
        envelope: e.id,
        period: String(e.period),
        limit: e.limit.toFixed(2),
        actual: e.actual.toFixed(2),
        forecast: e.forecast.toFixed(2),
        over: e.actual.minus(e.limit).toFixed(2),
      };
      const pos = e.period === "phase" ? plan.locate(["phase"]) : plan.locateYear(e.period);
      if (!e.fits)
        findings.push({ code: e.kind === "max" ? "ACTUAL_OVER_ENVELOPE" : "ACTUAL_OVER_GUIDE", severity: e.kind === "max" ? "error" : "warning", args, pos });
      else if (!e.forecastFits)
        findings.push({ code: "FORECAST_OVER_ENVELOPE", severity: "warning", args: { ...args, over: e.forecast.minus(e.limit).toFixed(2) }, pos });
    }
  }

  // The salary statement: every person with work in the plan or hours reported, by year of the
  // plan (hours of another year are excluded rows, listed with them, not a row of zeros here).
  const work: WorkFollowUp[] = [];
  const keys = new Set<string>();
  for (const line of plan.work) if (line.person !== undefined) keys.add(`${line.person}:${line.year ?? plan.years[0]}`);
  for (const line of actuals.hours) if (plan.people.has(line.person) && inPlan(line.year)) keys.add(`${line.person}:${line.year}`);
  for (const key of [...keys].sort()) {
    const [id, yearText] = key.split(":") as [string, string];
    const year = Number(yearText);
    const person = plan.people.get(id)!;
    const cost = hourlyCosts.get(key) ?? hourlyCostOf(plan, person, person.on_cost);
    const planned = budget.lines.filter((line) => line.category === "work" && line.year === year && line.key.startsWith(`work:${id}:`));
    const reported = icld.filter((row) => row.source === "hours" && row.person === id && row.year === year);
    work.push({
      person: id,
      name: person.name ?? id,
      year,
      ...(cost?.monthlySalary ? { monthlySalary: cost.monthlySalary } : {}),
      ...(cost?.onCost ? { onCost: cost.onCost } : {}),
      hoursPerYear: cost?.hoursPerYear ?? plan.defaults.hoursPerYear ?? new Decimal(DEFAULT_HOURS_PER_YEAR.hours),
      hourlyCost: cost?.hourlyCost ?? ZERO,
      hoursBudget: sumAmounts(planned.map((line) => line.hours ?? ZERO)),
      hoursActual: sumAmounts(reported.map((row) => row.hours ?? ZERO)),
      budget: sumAmounts(planned.map((line) => line.amount)),
      actual: sumAmounts(reported.map((row) => row.amount)),
    });
  }

  const sum = (status?: RowStatus) => sumAmounts(rows.filter((row) => !status || row.status === status).map((row) => row.amount));
  const count = (status: RowStatus) => rows.filter((row) => row.status === status).length;
  const severity = { error: 0, warning: 1, info: 2 } as const;
  findings.sort((a, b) => severity[a.severity] - severity[b.severity]);
  return {
    problems,
    followUp: {
      plan,
      actualsFile: actuals.file,
      asOf,
      tolerance,
      envelopes,
      byCategory,
      trips,
      work,
      actual: sumAmounts(icld.map((row) => row.amount)),
      cofinanced: sumAmounts(assigned.filter((row) => row.paidBy !== "icld").map((row) => row.amount)),
      rows,
      reconciliation: {
        read: rows.length,
        assigned: count("assigned"),
        unassigned: count("unassigned"),
        excluded: count("excluded"),
        sumRead: sum(),
        sumAssigned: sum("assigned"),
        sumUnassigned: sum("unassigned"),
        sumExcluded: sum("excluded"),
      },
      findings,
    },
  };
}

function suggestion(text: string, candidates: readonly string[]): { suggestion?: string } {
  const best = closest(text, candidates);
  return best !== undefined ? { suggestion: best } : {};
}

const pick = (line: { hourly_cost?: unknown; monthly_salary?: unknown }) =>
  ({
    ...(line.hourly_cost !== undefined ? { hourly_cost: line.hourly_cost } : {}),
    ...(line.monthly_salary !== undefined ? { monthly_salary: line.monthly_salary } : {}),
  }) as { hourly_cost?: Parameters<typeof amountInSek>[1]; monthly_salary?: Parameters<typeof amountInSek>[1] };

/** A person's hourly cost as the plan derives it: `hourly_cost`, or from the monthly salary (compute-budget.ts). */
function hourlyCostOf(
  plan: Plan,
  person: { hourly_cost?: Parameters<typeof amountInSek>[1]; monthly_salary?: Parameters<typeof amountInSek>[1] },
  onCostOfLine: Decimal | undefined,
): { hourlyCost: Decimal; hoursPerYear: Decimal; monthlySalary?: Decimal; onCost?: Decimal } | undefined {
  const hoursPerYear = plan.defaults.hoursPerYear ?? new Decimal(DEFAULT_HOURS_PER_YEAR.hours);
  if (person.hourly_cost) return { hourlyCost: roundToOre(amountInSek(plan, person.hourly_cost)), hoursPerYear };
  if (!person.monthly_salary) return undefined;
  const monthlySalary = amountInSek(plan, person.monthly_salary);
  const onCost = onCostOfLine ?? plan.defaults.onCost ?? new Decimal(DEFAULT_ON_COST.rate);
  return { hourlyCost: hourlyCostFromSalary(monthlySalary, hoursPerYear, onCost), hoursPerYear, monthlySalary, onCost };
}
