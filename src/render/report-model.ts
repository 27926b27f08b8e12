/**
 * The content of a report, worked out once from a checked plan so that every format (table,
 * Markdown, CSV, HTML, XLSX) shows the same figures: envelopes with their share used, cost by
 * category with a column per year, trips, work effort, other costs, co-financing, findings and
 * the assumptions the numbers rest on.
 */
import type { PlanResult } from "../check/check-plan.js";
import { describeFinding } from "../check/messages.js";
import { describeDerivation, lineCalculations } from "./explain.js";
import { Decimal, sumAmounts, ZERO } from "../model/money.js";
import { CATEGORIES, type Category, type EnvelopeResult, type LineItem } from "../model/types.js";
import type { Lang } from "./format.js";
import type { Payer } from "../model/types.js";
import { formatSek } from "./format.js";
import {
  CATEGORY_LABELS,
  describeFigure,
  describeSource,
  KIND_LABELS,
  PARTNERSHIP_LABELS,
  PHASE_LABELS,
  periodLabel,
  REGION_LABELS,
  REPORT_LABELS,
  SIDE_LABELS,
} from "./labels.js";

export interface EnvelopeRow {
  readonly name: string;
  readonly period: string;
  readonly kind: string;
  readonly limit: Decimal;
  readonly total: Decimal;
  readonly remaining: Decimal;
  /** total ÷ limit. */
  readonly used: Decimal;
  readonly fits: boolean;
  /** ICLD-paid amount by category within the envelope, for the chart. */
  readonly byCategory: readonly { readonly category: string; readonly amount: Decimal }[];
}

export interface ReportModel {
  readonly lang: Lang;
  readonly file: string;
  readonly title: string;
  readonly facts: readonly [string, string][];
  readonly verdict: string;
  readonly fits: boolean;
  readonly envelopes: readonly EnvelopeRow[];
  readonly years: readonly number[];
  /** Category, amount per year (same order as years), total. */
  readonly categories: readonly { readonly label: string; readonly byYear: readonly Decimal[]; readonly total: Decimal }[];
  readonly categoryTotal: { readonly byYear: readonly Decimal[]; readonly total: Decimal };
  readonly trips: readonly {
    readonly label: string;
    readonly travellers: string;
    readonly days: string;
    readonly nights: number;
    readonly lines: readonly LineItem[];
    readonly total: Decimal;
  }[];
  readonly work: readonly {
    readonly who: string;
    readonly year: number;
    readonly hours: Decimal;
    readonly hourlyCost: Decimal;
    readonly derivation: string;
    readonly amount: Decimal;
    readonly paidBy: Payer;
  }[];
  readonly otherCosts: readonly LineItem[];
  readonly cofinanced: readonly LineItem[];
  readonly findings: readonly { readonly severity: string; readonly code: string; readonly where: string; readonly message: string; readonly hint?: string }[];
  readonly assumptions: readonly { readonly label: string; readonly value: string; readonly source: string; readonly status: string }[];
  /** Every line item, for the line-item table and the CSV. */
  readonly lines: readonly LineItem[];
  /** Each line's calculation in words, where there is more to it than quantity × rate (explain.ts). */
  readonly calculations: ReadonlyMap<LineItem, string>;
}

const categoryLabel = (lang: Lang, category: Category) => CATEGORY_LABELS[lang][category];

/** Builds the report model of a valid, checked plan. */
export function buildReportModel(result: PlanResult, lang: Lang): ReportModel {
  const t = REPORT_LABELS[lang];
  const plan = result.plan!;
  const budget = result.budget!;
  const icld = budget.lines.filter((line) => line.paidBy === "icld");
  const sumOf = (lines: readonly LineItem[]) => sumAmounts(lines.map((line) => line.amount));

  const envelopeRow = (envelope: EnvelopeResult, isPart: boolean): EnvelopeRow => {
    const inEnvelope = icld.filter((line) => (envelope.period === "phase" || line.year === envelope.period) && (!isPart || line.category === "work"));
    return {
      name: isPart ? `  ${t.ofWhichWork}` : PHASE_LABELS[lang][plan.phase],
      period: periodLabel(envelope.period, lang),
      kind: KIND_LABELS[lang][envelope.kind],
      limit: envelope.limit,
      total: envelope.total,
      remaining: envelope.remaining,
      used: envelope.limit.isZero() ? ZERO : envelope.total.dividedBy(envelope.limit),
      fits: envelope.fits,
      byCategory: CATEGORIES.map((category) => ({
        category: categoryLabel(lang, category),
        amount: sumOf(inEnvelope.filter((line) => line.category === category)),
      })).filter((entry) => !entry.amount.isZero()),
    };
  };

  const years = plan.years;
  const categories = CATEGORIES.filter((category) => budget.totals.byCategory.has(category)).map((category) => {
    const ofCategory = icld.filter((line) => line.category === category);
    return {
      label: categoryLabel(lang, category),
      byYear: years.map((year) => sumOf(ofCategory.filter((line) => line.year === year))),
      total: sumOf(ofCategory),
    };
  });

  return {
    lang,
    file: result.file,
    title: plan.title,
    facts: [
      [t.phase, PHASE_LABELS[lang][plan.phase]],
      [t.rules, plan.rules],
      [t.partnership, PARTNERSHIP_LABELS[lang][plan.partnership]],
      [t.region, REGION_LABELS[lang][plan.region]],
      [t.years, years.join(", ")],
      [t.file, result.file],
    ],
    verdict: t.verdict[result.verdict],
    fits: result.verdict === "fits",
    envelopes: result.envelopes.flatMap((envelope) => [envelopeRow(envelope, false), ...envelope.parts.map((part) => envelopeRow(part, true))]),
    years,
    categories,
    categoryTotal: { byYear: years.map((year) => budget.totals.byYear.get(year) ?? ZERO), total: budget.totals.icld },
    trips: budget.trips.map((trip) => {
      const lines = budget.lines.filter((line) => line.group === trip.group);
      return {
        label: `${trip.label} (${trip.depart.replace("T", " ")} – ${trip.return.replace("T", " ")})`,
        travellers: `${trip.travellers}: ${trip.travellerNames.map((name) => (typeof name === "string" ? name : `${name.count} × ${SIDE_LABELS[lang][name.side]}`)).join(", ")}`,
        days: trip.days.fullDays + trip.days.halfDays === 0 ? "0" : `${trip.days.fullDays} ${t.fullDays} + ${trip.days.halfDays} ${t.halfDays}`,
        nights: trip.days.nights,
        lines,
        total: sumOf(lines),
      };
    }),
    work: budget.work.map((work) => ({ ...work, derivation: describeDerivation(work.derivation, lang) })),
    otherCosts: budget.lines.filter((line) => line.group.startsWith("cost:")),
    cofinanced: budget.lines.filter((line) => line.paidBy !== "icld"),
    findings: result.findings.map((finding) => {
      const { message, hint } = describeFinding(finding, lang);
      return {
        severity: t.severity[finding.severity],
        code: finding.code,
        where: finding.pos ? `${result.file}:${finding.pos.line}:${finding.pos.column}` : result.file,
        message,
        ...(hint ? { hint } : {}),
      };
    }),
    assumptions: [
      // The edition is the plan's choice (or the default), not a figure with a source of its own.
      {
        label: t.rules,
        value: plan.rules,
        source: plan.rulesIsDefault ? t.builtInDefault : result.file,
        status: plan.rulesIsDefault ? t.builtInDefault : t.statuses.plan,
      },
      ...budget.assumptions.map((assumption) => {
        const figure = describeFigure(assumption.key, assumption.value.toString(), lang);
        const source = describeSource(assumption.source, lang);
        return {
          label: capitalise(figure.name),
          value: figure.value,
          source: assumption.isDefault ? `${t.builtInDefault}: ${source}` : source,
          status: t.statuses[assumption.confirmation],
        };
      }),
      ...result.envelopes
        .slice(0, 1)
        .flatMap((envelope) => [envelope, ...envelope.parts])
        .map((envelope) => ({
          label: `${t.envelope} ${PHASE_LABELS[lang][plan.phase].toLowerCase()}${envelope.id.includes(".") ? `, ${t.ofWhichWork}` : ""}`,
          value: formatSek(envelope.limit, lang),
          source: describeSource(envelope.source, lang),
          status: t.statuses[envelope.confirmation],
        })),
    ],
    lines: budget.lines,
    calculations: lineCalculations(result, lang),
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The share of an envelope used, as a fraction, for colouring: under 90 % green, to 100 % yellow, over red. */
export function fullness(used: Decimal): "low" | "high" | "over" {
  if (used.greaterThan(1)) return "over";
  if (used.greaterThanOrEqualTo(new Decimal("0.9"))) return "high";
  return "low";
}
