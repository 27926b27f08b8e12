/**
 * `icld-budget rates [COUNTRY] [--year YEAR] [--format table|json] [--pack FILE…]`: the per diem
 * figures the tool knows for a country (by ISO code, or its Swedish or English name, with
 * did-you-mean), with amount, source and status; `--missing PLAN` lists the figures a plan needs
 * that no table has. `rates fetch` (rates-fetch.ts) downloads a year's list.
 */
import { readFileSync } from "node:fs";
import { EXIT } from "../check/exit-code.js";
import { describeTableProblem } from "../check/messages.js";
import { closest } from "../input/suggest.js";
import { COUNTRY_CODES } from "../rates/countries.js";
import { BUILT_IN_RATES } from "../rates/index.js";
import { countryNamesSv, normalbeloppByYear, type NormalbeloppYear } from "../rates/normalbelopp.js";
import { describeSource } from "../render/labels.js";
import { renderTerminalTable } from "../render/terminal-table.js";
import { checkInputs } from "./check-command.js";
import type { Io } from "./io.js";

export interface RatesOptions {
  readonly year?: number;
  readonly format: "table" | "json";
  readonly packs: readonly string[];
  readonly missing?: string;
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

/** The country a query names: an ISO code, or a Swedish or English name, any case. */
export function findCountry(query: string): { code?: string; suggestion?: string } {
  const upper = query.trim().toUpperCase();
  if (COUNTRY_CODES.has(upper)) return { code: upper };
  const english = englishNames();
  const names = new Map<string, string>();
  for (const code of COUNTRY_CODES) {
    const swedish = countryNamesSv()[code];
    if (swedish) names.set(swedish.toLowerCase(), code);
    try {
      const name = english.of(code);
      if (name && name !== code) names.set(name.toLowerCase(), code);
    } catch {
      // A code ICU does not know (XK on some builds): no English name.
    }
  }
  const code = names.get(query.trim().toLowerCase());
  if (code) return { code };
  const near = closest(query.trim().toLowerCase(), [...names.keys()]);
  return near ? { suggestion: `${near} (${names.get(near)})` } : {};
}

function figuresFor(code: string, tables: readonly { table: Figure["table"]; years: Readonly<Record<number, NormalbeloppYear>> }[], year?: number): Figure[] {
  const figures: Figure[] = [];
  const name = countryNamesSv()[code] ?? code;
  for (const { table, years } of tables) {
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
        source: describeSource(fallback && entry.source.kind === "text" ? { ...entry.source, notListed: code } : entry.source, "en"),
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
        source: describeSource(domestic.source, "en"),
        table: "domestic",
      });
    }
  }
  return figures.sort((a, b) => a.year - b.year || (a.table === "pack" ? -1 : 1));
}

export async function runRates(query: string | undefined, options: RatesOptions, io: Io): Promise<number> {
  if (options.missing !== undefined) return runMissing(options.missing, options, io);
  if (query === undefined) {
    io.stderr.write("icld-budget: name a country (PL, Polen, Poland) or give --missing PLAN.\n");
    return EXIT.invalid;
  }
  const found = findCountry(query);
  if (!found.code) {
    io.stderr.write(
      `icld-budget: no country ${JSON.stringify(query)}${found.suggestion ? `; did you mean ${found.suggestion}?` : ""} Give an ISO code (PL) or a Swedish or English name.\n`,
    );
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
        const why = error instanceof TableError ? describeTableProblem({ row: error.row, column: error.column, ...error.what }) : (error as Error).message;
        io.stderr.write(`icld-budget: the rate pack ${file} cannot be used: ${why}.\n`);
        return EXIT.invalid;
      }
    }
  }
  tables.push({ table: "built-in", years: BUILT_IN_RATES.normalbelopp });
  const figures = figuresFor(found.code, tables, options.year);
  if (options.format === "json") {
    io.stdout.write(`${JSON.stringify({ version: 1, country: found.code, figures }, null, 2)}\n`);
  } else if (figures.length === 0) {
    io.stdout.write(
      `No figure for ${found.code}${options.year ? ` in ${options.year}` : ""}: give it in the plan (per_diem_rates) or a rate pack (icld-budget rates fetch --year ${options.year ?? "YEAR"}).\n`,
    );
  } else {
    io.stdout.write(
      `${renderTerminalTable(
        ["Year", "Country", "SEK per day", "Status", "Table", "Source"],
        figures.map((f) => [String(f.year), `${f.name} (${f.country})`, f.amount, f.status, f.table, f.source]),
        { right: [false, false, true, false, false, false] },
      )}\n`,
    );
  }
  return figures.length > 0 ? EXIT.ok : EXIT.failed;
}

/** The per diem figures a plan needs that neither it, its packs nor the built-in tables have. */
async function runMissing(planFile: string, options: RatesOptions, io: Io): Promise<number> {
  const { results } = await checkInputs([planFile], io);
  const result = results[0]!;
  const missing = result.findings
    .filter((finding) => finding.code === "MISSING_PER_DIEM_RATE")
    .map((finding) => ({ year: finding.args.year, country: finding.args.country, name: finding.args.countryName, line: finding.pos?.line }));
  const other = result.verdict === "invalid" && missing.length < result.findings.length;
  if (other) {
    io.stderr.write(`icld-budget: ${planFile} is invalid for other reasons too: run icld-budget check ${planFile}.\n`);
    return EXIT.invalid;
  }
  if (options.format === "json") io.stdout.write(`${JSON.stringify({ version: 1, plan: planFile, missing }, null, 2)}\n`);
  else if (missing.length === 0) io.stdout.write(`${planFile}: every per diem figure it needs is in the plan, its packs or the built-in tables.\n`);
  else
    io.stdout.write(
      `${missing.map((m) => `${planFile}:${m.line}: no per diem figure for ${m.name} in ${m.year}: add per_diem_rates: {${m.year}: {${m.country}: <kronor>}}, or a rate pack`).join("\n")}\n`,
    );
  return missing.length === 0 ? EXIT.ok : EXIT.failed;
}
