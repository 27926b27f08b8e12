/**
 * `explain`: every number of a checked plan traced to its rule and source, as a tree from the
 * envelopes down to the lines, each line with the steps that made it (the days of a per diem
 * and the rules that made them full or half, the rate and the table it came from, the meals
 * deducted, how an hourly cost came from a salary). Pure: a result in, a tree out; the text and
 * JSON forms are laid out from the same tree.
 */
import type { PlanResult } from "../check/check-plan.js";
import { hoursFor } from "../check/check-plan.js";
import { Decimal, toMachineString, ZERO } from "../model/money.js";
import type { LineItem, SourcePos } from "../model/types.js";
import { lineLabel } from "../model/line-label.js";
import { formatNumber, formatSek, type Lang } from "./format.js";
import { CATEGORY_LABELS, describeFigure, describeSource, EXPLAIN_LABELS, PHASE_LABELS, REPORT_LABELS, UNIT_LABELS, UNIT_PLURAL_LABELS } from "./labels.js";
import type { Sourced } from "../model/confirmation.js";
import type { HourlyCostDerivation } from "../calc/compute-budget.js";
import { countryLabel } from "../rates/normalbelopp.js";

/** Where a figure comes from and how sure it is, in words: "Skatteverket SKV A 2023:18 (…) (bekräftad)". */
const origin = (figure: Sourced, lang: Lang) => `${describeSource(figure.source, lang)} (${REPORT_LABELS[lang].statuses[figure.confirmation]})`;

/** One step: what it is, how it was worked out, its result, and where its inputs came from. */
export interface ExplainNode {
  readonly step: string;
  readonly formula?: string;
  readonly result?: Decimal;
  readonly origin?: string;
  readonly line?: number;
  readonly children: readonly ExplainNode[];
}

/** The explanation of one line: quantity × rate = amount, and the steps behind its quantity and rate. */
function explainLine(result: PlanResult, line: LineItem, lang: Lang): ExplainNode {
  const t = EXPLAIN_LABELS[lang];
  const plan = result.plan!;
  const budget = result.budget!;
  const number = (value: Decimal, decimals = 2) => formatNumber(value, lang === "sv" ? "sv" : "en", decimals, "quantity");
  const units = line.quantity.equals(1) ? UNIT_LABELS : UNIT_PLURAL_LABELS;
  const formula = `${number(line.quantity, 4)} ${units[lang][line.unit] ?? line.unit} × ${formatSek(line.rate, lang)} = ${formatSek(line.amount, lang)}`;
  const children: ExplainNode[] = [];
  const what = line.what;
  const tripIndex = line.group.startsWith("trip:") ? plan.trips.findIndex((trip, index) => `trip:${trip.id ?? index}` === line.group) : -1;
  const trip = tripIndex >= 0 ? plan.trips[tripIndex] : undefined;
  if (what.kind === "per-diem" && trip) {
    const time = (text: string) => text.replace("T", " ");
    const days = budget.trips.find((summary) => summary.group === line.group)?.days;
    if (!days || days.wholeNights === 0) children.push({ step: t.noNight, children: [] });
    else {
      children.push({ step: t.depart(time(trip.depart.text), days.departShare === 1), children: [] });
      if (days.nights > 1) children.push({ step: t.between(days.nights - 1), children: [] });
      children.push({ step: t.back(time(trip.return.text), days.returnShare), children: [] });
      // Along a route, the days this line pays: those spent mostly in its country.
      if (what.routeDays) children.push({ step: t.routeDays(countryLabel(what.country), what.routeDays.join(", ")), origin: "Skatteverket", children: [] });
    }
  }
  // Along a route, the nights a night allowance pays: those whose midnight is in its country.
  if (what.kind === "night-allowance" && what.routeNights && what.country)
    children.push({ step: t.routeNights(countryLabel(what.country), what.routeNights.join(", ")), origin: "Skatteverket", children: [] });
  if (what.kind === "per-diem" || what.kind === "night-allowance" || what.kind === "free-meal" || what.kind === "free-meals-day") {
    const year = "year" in what && what.year !== undefined ? what.year : trip?.depart.year;
    const country = "country" in what && what.country !== undefined ? what.country : trip?.to;
    const assumption = budget.assumptions.find((a) => a.key === `per_diem.${year}.${country}`);
    if (assumption) {
      const figure = describeFigure(assumption.key, assumption.value.toString(), lang);
      children.push({ step: `${t.rate}: ${figure.value}, ${figure.name}`, origin: origin(assumption, lang), children: [] });
    }
    // Abroad a free meal is a share of the day's amount (15 % breakfast, 35 % lunch or dinner).
    const fullDay = assumption?.value;
    if (what.kind === "per-diem" && what.longStay && fullDay) {
      const { percent, from } = what.longStay;
      children.push({ step: t.longStay(percent, from, formatSek(fullDay, lang), formatSek(line.rate, lang)), origin: "Skatteverket", children: [] });
    }
    if (what.kind === "free-meal" && fullDay && country !== "SE" && !what.capped) {
      const share = line.rate.negated().dividedBy(fullDay).times(100);
      children.push({
        step: `${formatNumber(share, lang, 0)} % × ${formatSek(fullDay, lang)} = ${formatSek(line.rate.negated(), lang)}`,
        origin: "Skatteverket",
        children: [],
      });
    }
  }
  if (what.kind === "work") {
    const work = budget.work.find((w) => w.pos.line === line.pos.line && w.pos.column === line.pos.column);
    if (work) {
      children.push({
        step: `${t.hourly}: ${formatSek(work.hourlyCost, lang)}`,
        formula: describeDerivation(work.derivation, lang),
        children: work.derivation.kind === "salary" ? salaryInputs(result, work.derivation, lang) : [],
      });
    }
  }
  if ("fx" in what && what.fx) {
    const rate = describeFigure(`fx.${what.fx.currency}`, what.fx.rate, lang);
    children.push({ step: `${what.fx.text} × ${rate.value}`, origin: describeSource({ kind: "plan", path: `fx.${what.fx.currency}` }, lang), children: [] });
  }
  return {
    step: lineLabel(what, lang),
    formula,
    result: line.amount,
    origin: `${plan.file}:${line.pos.line}:${line.pos.column}`,
    line: line.pos.line,
    children,
  };
}

/** An amount as the plan wrote it: kronor in the language's form ("45 000 kr"), a foreign amount as written ("450 EUR"). */
const amountText = (text: string, lang: Lang) => (/^\d+(\.\d+)?$/.test(text) ? formatSek(new Decimal(text), lang) : text);

/** How an hourly cost was found: "48 000 × 12 ÷ 1 720 h × (1 + 44,53 %)", or "given: 520 (on-costs included)". */
export function describeDerivation(derivation: HourlyCostDerivation, lang: Lang): string {
  if (derivation.kind === "given")
    return lang === "sv" ? `angiven: ${derivation.amount} (inkl. personalkostnadspålägg)` : `given: ${derivation.amount} (on-costs included)`;
  const number = (value: Decimal) => formatNumber(value, lang, 4, "quantity");
  const salary = /^\d+(\.\d+)?$/.test(derivation.monthlySalary) ? number(new Decimal(derivation.monthlySalary)) : derivation.monthlySalary;
  return `${salary} × 12 ÷ ${number(derivation.hoursPerYear)} h × (1 + ${number(derivation.onCost.times(100))} %)`;
}

/** The inputs of an hourly cost from a salary, each with where it comes from: a plan position, or a built-in default with its source. */
function salaryInputs(result: PlanResult, derivation: Extract<HourlyCostDerivation, { kind: "salary" }>, lang: Lang): ExplainNode[] {
  const t = EXPLAIN_LABELS[lang];
  const at = (pos: SourcePos) => `${result.file}:${pos.line}:${pos.column}`;
  const figure = (key: "hours_per_year" | "on_cost", value: Decimal, pos: SourcePos | undefined): ExplainNode => {
    const words = describeFigure(key, value.toString(), lang);
    const assumption = result.budget?.assumptions.find((a) => a.key === key && a.isDefault);
    const from = pos ? at(pos) : assumption ? `${REPORT_LABELS[lang].builtInDefault}: ${origin(assumption, lang)}` : undefined;
    return { step: `${words.name}: ${words.value}`, ...(from ? { origin: from } : {}), children: [] };
  };
  return [
    ...(derivation.from.salary
      ? [{ step: `${t.monthlySalary}: ${amountText(derivation.monthlySalary, lang)}`, origin: at(derivation.from.salary), children: [] }]
      : []),
    figure("hours_per_year", derivation.hoursPerYear, derivation.from.hoursPerYear),
    figure("on_cost", derivation.onCost, derivation.from.onCost),
  ];
}

/**
 * The steps behind one line as JSON, for check's JSON result; none for a plain cost line (its
 * amount as written is all there is), so that a plan of many cost lines pays nothing for it.
 */
export function lineStepsJson(result: PlanResult, line: LineItem): unknown[] | undefined {
  if (line.group.startsWith("cost:") && !("fx" in line.what && line.what.fx)) return undefined;
  const steps = explainLine(result, line, "en").children;
  return steps.length > 0 ? explainJson(steps) : undefined;
}

/** Each line's calculation in words (its steps joined), for the lines that have steps beyond quantity × rate. */
export function lineCalculations(result: PlanResult, lang: Lang): Map<LineItem, string> {
  const calculations = new Map<LineItem, string>();
  for (const line of result.budget?.lines ?? []) {
    const steps = explainLine(result, line, lang).children.map((child) => [child.step, child.formula].filter(Boolean).join(": "));
    if (steps.length > 0) calculations.set(line, steps.join("; "));
  }
  return calculations;
}

/** The tree of a checked plan, or of the part `what` names: an envelope (project/2025), a trip or person id, a category, or a line (plan.yaml:31). */
export function explainPlan(result: PlanResult, lang: Lang, what?: string): ExplainNode[] | undefined {
  const plan = result.plan;
  const budget = result.budget;
  if (!plan || !budget) return undefined;
  const t = EXPLAIN_LABELS[lang];
  const icld = budget.lines.filter((line) => line.paidBy === "icld");
  const lines = (selected: readonly LineItem[]) => selected.map((line) => explainLine(result, line, lang));

  if (what !== undefined) {
    const lineMatch = /:(\d+)$/.exec(what);
    if (lineMatch) return lines(budget.lines.filter((line) => line.pos.line === Number(lineMatch[1])));
    const tripIndex = plan.trips.findIndex((trip) => trip.id === what);
    if (tripIndex >= 0) return lines(budget.lines.filter((line) => line.group === `trip:${what}`));
    if (plan.people.has(what)) {
      const name = plan.people.get(what)!.name ?? what;
      return lines(budget.lines.filter((line) => line.group === `work:${name}` || line.group === `work:${what}`));
    }
    if (what in CATEGORY_LABELS.en) return lines(budget.lines.filter((line) => line.category === what));
  }

  const trees: ExplainNode[] = [];
  for (const envelope of result.envelopes) {
    const id = `${envelope.id}${envelope.period === "phase" ? "" : `/${envelope.period}`}`;
    if (what !== undefined && what !== id && what !== envelope.id) continue;
    const inPeriod = icld.filter((line) => envelope.period === "phase" || line.year === envelope.period);
    const categories = [...new Set(inPeriod.map((line) => line.category))].map((category): ExplainNode => {
      const of = inPeriod.filter((line) => line.category === category);
      return {
        step: CATEGORY_LABELS[lang][category],
        // A deduction is subtracted, not added as a negative: "6 398 kr − 822,60 kr".
        formula: of
          .map(
            (line, i) => `${i === 0 ? (line.amount.isNegative() ? "−" : "") : line.amount.isNegative() ? " − " : " + "}${formatSek(line.amount.abs(), lang)}`,
          )
          .join(""),
        result: of.reduce((sum, line) => sum.plus(line.amount), ZERO),
        children: lines(of),
      };
    });
    // What still fits: the remaining money in hours of Swedish work, and in travellers on each trip.
    const fits: ExplainNode[] = [];
    if (envelope.remaining.greaterThan(0)) {
      if (result.averageHourlyCost) {
        fits.push({
          step: t.buysHours(
            formatSek(envelope.remaining, lang),
            formatNumber(hoursFor(envelope.remaining, result.averageHourlyCost), "sv", 0),
            formatSek(result.averageHourlyCost, lang),
          ),
          children: [],
        });
      }
      plan.trips.forEach((trip, index) => {
        const group = `trip:${trip.id ?? index}`;
        const tripLines = inPeriod.filter((line) => line.group === group);
        const travellers = trip.travellers.reduce((n, traveller) => n + (typeof traveller === "string" ? 1 : traveller.count), 0);
        if (tripLines.length === 0 || travellers === 0) return;
        // Per traveller: the lines that scale with the travellers (fares, nights, days, meals).
        const each = tripLines
          .filter((line) => line.unit !== "trip")
          .reduce((sum, line) => sum.plus(line.amount), ZERO)
          .dividedBy(travellers);
        if (each.lessThanOrEqualTo(0)) return;
        fits.push({
          step: t.moreTravellers(
            trip.title ?? trip.id ?? group,
            envelope.remaining.dividedBy(each).floor().toString(),
            formatSek(each.toDecimalPlaces(2), lang),
          ),
          children: [],
        });
      });
    }
    trees.push({
      step: `${PHASE_LABELS[lang][plan.phase]} ${envelope.period === "phase" ? "" : envelope.period} (${t.envelope})`.replace("  ", " "),
      formula: `${t.limit} ${formatSek(envelope.limit, lang)} − ${t.total} ${formatSek(envelope.total, lang)} = ${t.remaining} ${formatSek(envelope.remaining, lang)} (${envelope.fits ? t.fits : t.over})`,
      result: envelope.total,
      origin: origin(envelope, lang),
      children: [...categories, ...(fits.length > 0 ? [{ step: t.stillFits, children: fits }] : [])],
    });
  }
  return trees;
}

/** The tree as indented text. */
export function renderExplainText(nodes: readonly ExplainNode[], indent = ""): string {
  const out: string[] = [];
  for (const node of nodes) {
    const head = [node.step, node.formula].filter(Boolean).join(": ");
    out.push(`${indent}${head}${node.origin ? `  [${node.origin}]` : ""}`);
    if (node.children.length > 0) out.push(renderExplainText(node.children, `${indent}  `));
  }
  return out.join("\n");
}

/** The tree as JSON data: money as two-decimal strings. */
export function explainJson(nodes: readonly ExplainNode[]): unknown[] {
  return nodes.map((node) => ({
    step: node.step,
    ...(node.formula ? { formula: node.formula } : {}),
    ...(node.result ? { result: toMachineString(node.result) } : {}),
    ...(node.origin ? { origin: node.origin } : {}),
    ...(node.line ? { line: node.line } : {}),
    children: explainJson(node.children),
  }));
}
