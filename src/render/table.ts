/**
 * The terminal report of `check`: per plan, each envelope with limit, total, remaining and a
 * fits/over mark; what the remaining money buys in hours of Swedish work; cost by category;
 * co-financing; the findings. Colour comes in through `style`.
 */
import { hoursFor, type PlanResult } from "../check/check-plan.js";
import { lineLabel } from "../model/line-label.js";
import { Decimal, ZERO } from "../model/money.js";
import { CATEGORIES, type EnvelopeResult, type Finding } from "../model/types.js";
import { renderTerminalTable } from "./terminal-table.js";
import { renderDiagnostics } from "./diagnostics.js";
import { formatNumber, formatSek } from "./format.js";
import { CATEGORY_LABELS, KIND_LABELS, PAYER_LABELS, PHASE_LABELS } from "./labels.js";
import { PLAIN, type Style } from "./style.js";

export interface TableOptions {
  readonly style?: Style;
  /** The plans' texts by file, for excerpts under findings. */
  readonly sources?: ReadonlyMap<string, string>;
  /** List every line item too. */
  readonly lines?: boolean;
}

function envelopeRows(envelope: EnvelopeResult, style: Style, indent = ""): string[][] {
  const mark = envelope.fits ? style.green("✔ fits") : envelope.kind === "max" ? style.red("✘ OVER") : style.yellow("▲ over guide");
  const name = envelope.id.endsWith(".work") ? "of which work" : (PHASE_LABELS.en[envelope.id as keyof (typeof PHASE_LABELS)["en"]] ?? envelope.id);
  const row = [
    `${indent}${name}`,
    String(envelope.period),
    `${formatSek(envelope.limit)} (${KIND_LABELS.en[envelope.kind]})`,
    formatSek(envelope.total),
    formatSek(envelope.remaining),
    mark,
  ];
  return [row, ...envelope.parts.flatMap((part) => envelopeRows(part, style, `${indent}  `))];
}

/** A terminal shows this many findings of one code; the rest are counted. */
const SHOWN_PER_CODE = 10;

/** The findings to show: the first SHOWN_PER_CODE of each code, in their order. */
function firstOfEachCode(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.filter((finding) => {
    const n = (seen.get(finding.code) ?? 0) + 1;
    seen.set(finding.code, n);
    return n <= SHOWN_PER_CODE;
  });
}

/** How many findings of each code are not shown. */
function countsPastFirst(findings: readonly Finding[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > SHOWN_PER_CODE).map(([code, count]) => [code, count - SHOWN_PER_CODE]);
}

/** Renders one plan's result. */
export function renderPlanTable(result: PlanResult, options: TableOptions = {}): string {
  const style = options.style ?? PLAIN;
  const source = options.sources?.get(result.file);
  const { plan, budget } = result;
  const out: string[] = [];
  if (!plan || !budget) {
    out.push(`${style.bold(result.file)}: ${style.red("invalid")}: ${result.findings.length} problem${result.findings.length === 1 ? "" : "s"}`);
    out.push(renderDiagnostics(result.file, firstOfEachCode(result.findings), source, style));
    for (const [code, count] of countsPastFirst(result.findings)) {
      out.push(style.dim(`… and ${formatNumber(new Decimal(count), "sv", 0)} more ${code} (same cause; --format json lists every one)`));
    }
    return out.join("\n");
  }
  out.push(`${style.bold(plan.title)}  ${style.dim(result.file)}`);
  out.push(style.dim([PHASE_LABELS.en[plan.phase], plan.rules, plan.partnership, plan.region, plan.years.join(", ")].join(" · ")));

  out.push(
    renderTerminalTable(
      ["Envelope", "Period", "Limit", "ICLD total", "Remaining", ""],
      result.envelopes.flatMap((envelope) => envelopeRows(envelope, style)),
      { right: [false, false, true, true, true, false] },
    ),
  );

  if (result.averageHourlyCost) {
    for (const envelope of result.envelopes) {
      if (envelope.remaining.lessThanOrEqualTo(0)) continue;
      const hours = hoursFor(envelope.remaining, result.averageHourlyCost);
      const period = envelope.period === "phase" ? "" : ` in ${envelope.period}`;
      out.push(
        `Remaining${period}: ${formatSek(envelope.remaining)} buys about ${formatNumber(hours, "sv")} hours of Swedish work at ${formatSek(result.averageHourlyCost)}/h (the plan's average).`,
      );
    }
  }

  const categories = CATEGORIES.filter((category) => budget.totals.byCategory.has(category)).map((category) => [
    CATEGORY_LABELS.en[category],
    formatSek(budget.totals.byCategory.get(category)!),
  ]);
  categories.push([style.bold("Total"), style.bold(formatSek(budget.totals.icld))]);
  out.push(renderTerminalTable(["Category (paid by ICLD)", "Amount"], categories, { right: [false, true] }));
  if (!budget.totals.cofinanced.isZero()) {
    const parts = (["municipality", "partner"] as const)
      .filter((payer) => !(budget.totals.byPayer.get(payer) ?? ZERO).isZero())
      .map((payer) => `${PAYER_LABELS.en[payer]} ${formatSek(budget.totals.byPayer.get(payer)!)}`);
    out.push(`Co-financing, not counted against any envelope: ${formatSek(budget.totals.cofinanced)} (${parts.join(", ")})`);
  }

  if (options.lines) {
    const lines = budget.lines.map((line) => [
      `${lineLabel(line.what)} ${style.dim(`(${line.pos.line}:${line.pos.column})`)}`,
      String(line.year),
      formatNumber(line.quantity, "sv", 4, "quantity"),
      line.unit,
      formatSek(line.rate),
      formatSek(line.amount),
      line.paidBy,
    ]);
    out.push(
      renderTerminalTable(["Line", "Year", "Qty", "Unit", "Rate", "Amount", "Paid by"], lines, { right: [false, false, true, false, true, true, false] }),
    );
  }

  const defaults = budget.assumptions.filter((assumption) => assumption.isDefault);
  if (defaults.length > 0) {
    out.push(style.dim(`Defaults used: ${defaults.map((d) => `${d.key} = ${d.value} (${d.source})`).join("; ")}`));
  }
  if (result.findings.length > 0) {
    out.push("");
    out.push(renderDiagnostics(result.file, firstOfEachCode(result.findings), source, style));
    for (const [code, count] of countsPastFirst(result.findings)) {
      out.push(style.dim(`… and ${formatNumber(new Decimal(count), "sv", 0)} more ${code} (same cause; --format json lists every one)`));
    }
  }
  const counts = (["error", "warning", "info"] as const).map((severity) => {
    const n = result.findings.filter((finding) => finding.severity === severity).length;
    return `${n} ${severity}${n === 1 ? "" : "s"}`;
  });
  const verdict = result.verdict === "fits" ? style.green(style.bold("FITS")) : style.red(style.bold("DOES NOT FIT"));
  out.push(`${verdict}  ${style.dim(counts.join(", "))}`);
  return out.join("\n");
}
