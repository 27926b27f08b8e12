/**
 * `icld-budget rates [COUNTRY] [--year YEAR] [--format table|json] [--pack FILE…]`: the per diem
 * figures the tool knows for a country (by ISO code, or its Swedish or English name, with
 * did-you-mean), with amount, source and status; `--missing PLAN` lists the figures a plan needs
 * that no table has. `rates fetch` (rates-fetch.ts) downloads a year's list.
 */
import { readFileSync } from "node:fs";
import { EXIT } from "../check/exit-code.js";
import { describeFinding } from "../check/messages.js";
import type { Confirmation } from "../model/confirmation.js";
import { closest } from "../input/suggest.js";
import { COUNTRY_CODES } from "../rates/countries.js";
import { BUILT_IN_RATES } from "../rates/index.js";
import { countryLabel, countryNamesSv, normalbeloppByYear, type NormalbeloppYear } from "../rates/normalbelopp.js";
import type { Lang } from "../render/format.js";
import { RATES_LABELS } from "../render/command-labels.js";
import { describeSource, REPORT_LABELS } from "../render/labels.js";
import { renderTerminalTable } from "../render/terminal-table.js";
import { checkOnePlanEach, stderrWrap, writeDiagnostics } from "./check-command.js";
import { type Io, terminalWidth } from "./io.js";
import { noteLine, problemLine } from "./words.js";

export interface RatesOptions {
  readonly year?: number;
  readonly format: "table" | "json";
  readonly packs: readonly string[];
  readonly missing?: string;
  /** The language of the table and the lines (JSON stays English, as every command's). */
  readonly lang: Lang;
}

/** A figure as the lookup shows it. */
interface Figure {
  readonly year: number;
  readonly country: string;
  readonly name: string;
  readonly amount: string;
  readonly status: string;
  readonly source: string;
  readonly table: "built-in" | "pack" | "domestic";
}

const englishNames = () => new Intl.DisplayNames(["en"], { type: "region" });

/**
 * A country's name as it is compared: its words in any case and without accents, hyphens and
 * punctuation as spaces, and "and", "och" and "&" left out ("Bosnia and Herzegovina", "Bosnien och
 * Hercegovina", "bosnien-hercegovina" and "Bosnia & Herzegovina" are one; "osterrike" is Österrike).
 */
const nameKey = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && word !== "and" && word !== "och")
    .join(" ");

/** The country a query names: an ISO code, or a Swedish or English name (see nameKey). */
export function findCountry(query: string): { code?: string; suggestion?: string } {
  const upper = query.trim().toUpperCase();
  if (COUNTRY_CODES.has(upper)) return { code: upper };
  const english = englishNames();
  /** Each name's key, with the name as written and its code. */
  const names = new Map<string, { name: string; code: string }>();
  for (const code of COUNTRY_CODES) {
    const swedish = countryNamesSv()[code];
    if (swedish) names.set(nameKey(swedish), { name: swedish, code });
    try {
      const name = english.of(code);
      if (name && name !== code) names.set(nameKey(name), { name, code });
    } catch {
      // A code ICU does not know (XK on some builds): no English name.
    }
  }
  const found = names.get(nameKey(query));
  if (found) return { code: found.code };
  const near = closest(nameKey(query), [...names.keys()]);
  const nearest = near === undefined ? undefined : names.get(near);
  return nearest ? { suggestion: `${nearest.name} (${nearest.code})` } : {};
}

function figuresFor(
  code: string,
  tables: readonly { table: Figure["table"]; years: Readonly<Record<number, NormalbeloppYear>> }[],
  year: number | undefined,
  lang: Lang,
): Figure[] {
  const figures: Figure[] = [];
  const name = countryNamesSv()[code] ?? code;
  // A trip within Sweden takes the domestic amounts: the foreign lists' "Övriga länder och
  // områden" is no figure for Sweden.
  for (const { table, years } of code === "SE" ? [] : tables) {
    for (const [yearText, list] of Object.entries(years)) {
      const y = Number(yearText);
      if (year !== undefined && y !== year) continue;
      const entry = list.countries[code] ?? list.otherCountries;
      if (!entry) continue;
      const fallback = !list.countries[code];
      figures.push({
        year: y,
        country: code,
        name,
        amount: entry.amount,
        status: entry.confirmation,
        source: describeSource(fallback && entry.source.kind === "text" ? { ...entry.source, notListed: code } : entry.source, lang),
        table,
      });
    }
  }
  if (code === "SE") {
    for (const [yearText, domestic] of Object.entries(BUILT_IN_RATES.domestic)) {
      if (year !== undefined && Number(yearText) !== year) continue;
      figures.push({
        year: Number(yearText),
        country: code,
        name,
        amount: domestic.fullDay,
        status: domestic.confirmation,
        source: describeSource(domestic.source, lang),
        table: "domestic",
      });
    }
  }
  return figures.sort((a, b) => a.year - b.year || (a.table === "pack" ? -1 : 1));
}

export async function runRates(query: string | undefined, options: RatesOptions, io: Io): Promise<number> {
  if (options.missing !== undefined) return runMissing(options.missing, options, io);
  if (query === undefined) {
    io.stderr.write(problemLine("RATES_NO_QUERY", {}, options.lang));
    return EXIT.invalid;
  }
  const found = findCountry(query);
  if (!found.code) {
    io.stderr.write(problemLine("RATES_UNKNOWN_COUNTRY", { query, ...(found.suggestion ? { suggestion: found.suggestion } : {}) }, options.lang));
    return EXIT.invalid;
  }
  const tables: { table: Figure["table"]; years: Readonly<Record<number, NormalbeloppYear>> }[] = [];
  if (options.packs.length > 0) {
    const { readRatePack, TableError } = await import("../rates/read-tables.js");
    for (const file of options.packs) {
      try {
        tables.push({
          table: "pack",
          years: normalbeloppByYear(readRatePack(readFileSync(file, "utf8"), file)),
        });
      } catch (error) {
        const why: Record<string, string | number> =
          error instanceof TableError ? { row: error.row, column: error.column, ...error.what } : { detail: (error as Error).message };
        io.stderr.write(problemLine("RATE_PACK_INVALID", { file, ...why }, options.lang));
        return EXIT.invalid;
      }
    }
  }
  tables.push({ table: "built-in", years: BUILT_IN_RATES.normalbelopp });
  // JSON is data for other programs: its sources stay English, as every command's JSON.
  const figures = figuresFor(found.code, tables, options.year, options.format === "json" ? "en" : options.lang);
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify({ version: 1, country: found.code, figures }, null, 2)}\n`);
  } else if (figures.length === 0) {
    io.stdout.write(noteLine("RATES_NO_FIGURE", { country: found.code, ...(options.year ? { year: options.year } : {}) }, options.lang));
  } else {
    const t = RATES_LABELS[options.lang];
    io.stdout.write(
      `${renderTerminalTable(
        [...t.head],
        figures.map((f) => [
          String(f.year),
          countryLabel(f.country),
          f.amount,
          REPORT_LABELS[options.lang].statuses[f.status as Confirmation],
          t.tables[f.table],
          f.source,
        ]),
        // In a terminal, the source is wrapped to fit its width.
        { right: [false, false, true, false, false, false], maxWidth: terminalWidth(io) },
      )}\n`,
    );
  }
  return figures.length > 0 ? EXIT.ok : EXIT.failed;
}

/** The per diem figures a plan needs that neither it, its packs nor the built-in tables have. */
async function runMissing(planFile: string, options: RatesOptions, io: Io): Promise<number> {
  const checked = await checkOnePlanEach([planFile], io, options.lang);
  if (!checked) return EXIT.invalid;
  const result = checked.results[0]!;
  const missing = result.findings
    .filter((finding) => finding.code === "MISSING_PER_DIEM_RATE")
    .map((finding) => ({ year: finding.args.year, country: finding.args.country, name: finding.args.countryName, line: finding.pos?.line }));
  // A plan invalid for other reasons too (a file not found, a key misspelt) has those problems
  // shown as check shows them: its figures cannot all be known until they are fixed.
  const others = result.findings.filter((finding) => finding.code !== "MISSING_PER_DIEM_RATE" && finding.severity === "error");
  if (result.verdict === "invalid" && others.length > 0) {
    // In JSON, said in JSON (verdict "invalid", those findings), as every command's JSON says it.
    if (options.format === "json")
      io.stdout.write((await import("../render/json.js")).renderInvalidPlanJson({ version: 1, plan: planFile }, result.file, others));
    else writeDiagnostics(result, others, checked.sources, io, options.lang, await stderrWrap(io));
    return EXIT.invalid;
  }
  if (options.format === "json") io.stdout.write(`${JSON.stringify({ version: 1, plan: planFile, missing }, null, 2)}\n`);
  else if (missing.length === 0) io.stdout.write(noteLine("RATES_NONE_MISSING", { file: planFile }, options.lang));
  else
    io.stdout.write(
      `${missing.map((m) => describeFinding({ code: "RATES_MISSING", severity: "info", args: { file: planFile, line: m.line ?? "?", name: String(m.name), year: String(m.year), country: String(m.country) } }, options.lang).message).join("\n")}\n`,
    );
  return missing.length === 0 ? EXIT.ok : EXIT.failed;
}
