/**
 * The terminal report of `check`: per plan, each envelope with limit, total, remaining and a
 * fits/over mark; what the remaining money buys in hours of Swedish work; cost by category;
 * co-financing; the findings. Colour comes in through `style`.
 */
import { hoursFor, type PlanResult } from "../check/check-plan.js";
import { lineLabel } from "../model/line-label.js";
import { ZERO } from "../model/money.js";
import { CATEGORIES, type EnvelopeResult } from "../model/types.js";
import { fitText, renderTerminalTable, tableWidth } from "./terminal-table.js";
import { renderDiagnostics } from "./diagnostics.js";
import { firstOfEachCode, restCounted } from "./finding-groups.js";
import { formatNumber, formatSek, type Lang } from "./format.js";
import {
  CATEGORY_LABELS,
  CHECK_LABELS,
  describeSource,
  figureWithValue,
  KIND_LABELS,
  PARTNERSHIP_LABELS,
  PAYER_LABELS,
  PHASE_LABELS,
  periodLabel,
  REGION_LABELS,
  UNIT_LABELS,
} from "./labels.js";
import { PLAIN, type Style } from "./style.js";

export interface TableOptions {
  readonly style?: Style;
  /** The plans' texts by file, for excerpts under findings. */
  readonly sources?: ReadonlyMap<string, string>;
  /** List every line item too. */
  readonly lines?: boolean;
  /** The language of the words (English by default); amounts are in Swedish form either way. */
  readonly lang?: Lang;
  /** The terminal's width, which the tables are fitted to (see renderTerminalTable); none for a file or a pipe. */
  readonly maxWidth?: number;
}

/** An envelope's rows (its parts indented below it); `narrow` puts a limit's kind on a line of its own. */
function envelopeRows(envelope: EnvelopeResult, style: Style, lang: Lang, narrow: boolean, indent = ""): string[][] {
  const t = CHECK_LABELS[lang];
  const mark = envelope.fits ? style.green(t.fits) : envelope.kind === "max" ? style.red(t.over) : style.yellow(t.overGuide);
  const name = envelope.id.endsWith(".work") ? t.ofWhichWork : (PHASE_LABELS[lang][envelope.id as keyof (typeof PHASE_LABELS)["en"]] ?? envelope.id);
  const row = [
    `${indent}${name}`,
    periodLabel(envelope.period, lang),
    `${formatSek(envelope.limit)}${narrow ? "\n" : " "}(${KIND_LABELS[lang][envelope.kind]})`,
    formatSek(envelope.total),
    formatSek(envelope.remaining),
    mark,
  ];
  // A part ("of which work effort") is indented below its envelope, but not where its name may be
  // wrapped, which would indent its first line only.
  return [row, ...envelope.parts.flatMap((part) => envelopeRows(part, style, lang, narrow, narrow ? "" : `${indent}  `))];
}

/** Renders one plan's result. Amounts are in Swedish form (kronor) in either language. */
export function renderPlanTable(result: PlanResult, options: TableOptions = {}): string {
  const style = options.style ?? PLAIN;
  const lang = options.lang ?? "en";
  const t = CHECK_LABELS[lang];
  const source = options.sources?.get(result.file);
  const { plan, budget } = result;
  const out: string[] = [];
  const findings = () => {
    const wrap = (line: string, hang: number) => fitText(line, options.maxWidth, hang);
    out.push(renderDiagnostics(result.file, firstOfEachCode(result.findings), source, style, lang, wrap));
    for (const line of restCounted(result.findings, lang, "sv")) out.push(style.dim(line));
  };
  if (!plan || !budget) {
    out.push(fitText(`${style.bold(result.file)}: ${style.red(t.invalid)}: ${t.problems(result.findings.length)}`, options.maxWidth));
    findings();
    return out.join("\n");
  }
  out.push(`${style.bold(plan.title)}  ${style.dim(result.file)}`);
  out.push(
    style.dim(
      [PHASE_LABELS[lang][plan.phase], plan.rules, PARTNERSHIP_LABELS[lang][plan.partnership], REGION_LABELS[lang][plan.region], plan.years.join(", ")].join(
        " · ",
      ),
    ),
  );

  const fit = options.maxWidth === undefined ? {} : { maxWidth: options.maxWidth };
  // In a terminal too narrow for the envelopes, a limit's kind goes below its amount (an amount
  // is never wrapped) and the columns of text are wrapped to fit.
  const envelopeTable = (narrow: boolean) => {
    const rows = result.envelopes.flatMap((envelope) => envelopeRows(envelope, style, lang, narrow));
    // Its columns of text are short ("whole phase"): each may be wrapped down to a word; a
    // limit's kind too (its amount is one word to the wrapping); the mark never.
    return renderTerminalTable([t.envelope, t.period, t.limit, t.icldTotal, t.remaining, ""], rows, {
      right: [false, false, true, true, true, false],
      ...(narrow ? { ...fit, minWrapped: 4, wrap: [true, true, true, false, false, false] } : {}),
    });
  };
  const envelopes = envelopeTable(false);
  out.push(options.maxWidth !== undefined && tableWidth(envelopes) > options.maxWidth ? envelopeTable(true) : envelopes);

  if (result.averageHourlyCost) {
    for (const envelope of result.envelopes) {
      if (envelope.remaining.lessThanOrEqualTo(0)) continue;
      const hours = hoursFor(envelope.remaining, result.averageHourlyCost);
      const period = envelope.period === "phase" ? "" : t.inYear(envelope.period);
      out.push(fitText(t.buys(period, formatSek(envelope.remaining), formatNumber(hours, "sv"), formatSek(result.averageHourlyCost)), options.maxWidth));
    }
  }

  const categories = CATEGORIES.filter((category) => budget.totals.byCategory.has(category)).map((category) => [
    CATEGORY_LABELS[lang][category],
    formatSek(budget.totals.byCategory.get(category)!),
  ]);
  categories.push([style.bold(t.total), style.bold(formatSek(budget.totals.icld))]);
  out.push(renderTerminalTable([t.category, t.amount], categories, { right: [false, true], ...fit }));
  if (!budget.totals.cofinanced.isZero()) {
    const parts = (["municipality", "partner"] as const)
      .filter((payer) => !(budget.totals.byPayer.get(payer) ?? ZERO).isZero())
      .map((payer) => `${PAYER_LABELS[lang][payer]} ${formatSek(budget.totals.byPayer.get(payer)!)}`);
    out.push(fitText(t.cofinancing(formatSek(budget.totals.cofinanced), parts.join(", ")), options.maxWidth));
  }

  if (options.lines) {
    const lines = budget.lines.map((line) => [
      `${lineLabel(line.what, lang)} ${style.dim(`(${line.pos.line}:${line.pos.column})`)}`,
      String(line.year),
      formatNumber(line.quantity, "sv", 4, "quantity"),
      UNIT_LABELS[lang][line.unit] ?? line.unit,
      formatSek(line.rate),
      formatSek(line.amount),
      PAYER_LABELS[lang][line.paidBy],
    ]);
    out.push(
      renderTerminalTable([t.line, t.year, t.quantity, t.unit, t.rate, t.amount, t.paidBy], lines, {
        right: [false, false, true, false, true, true, false],
        ...fit,
      }),
    );
  }

  const defaults = budget.assumptions.filter((assumption) => assumption.isDefault);
  const defaultWords = defaults.map((d) => `${figureWithValue(d.key, d.value.toString(), lang)} (${describeSource(d.source, lang)})`);
  if (defaults.length > 0) out.push(fitText(style.dim(`${t.defaults}: ${defaultWords.join("; ")}`), options.maxWidth));
  if (result.findings.length > 0) {
    out.push("");
    findings();
  }
  const counts = (["error", "warning", "info"] as const).map((severity) =>
    t.counts[severity](result.findings.filter((finding) => finding.severity === severity).length),
  );
  const verdict = result.verdict === "fits" ? style.green(style.bold(t.verdictFits)) : style.red(style.bold(t.verdictOver));
  out.push(`${verdict}  ${style.dim(counts.join(", "))}`);
  return out.join("\n");
}
