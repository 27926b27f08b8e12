/**
 * `icld-budget rates fetch --year YEAR [-o FILE] [--url URL] [--force]`: downloads a year's
 * normalbelopp from Skatteverket's open data and writes it as a rate pack. The only command that
 * uses the network.
 *
 * The open data is a row store (one row per country and year: `land eller område`,
 * `normalbelopp`, `år`, `landskod`) that filters by field and pages with `_limit` (500 at most)
 * and `_offset`, answering `{"results": [...], "offset", "limit", "total"}`. Its address could
 * not be verified when this was written, so `--url` overrides it. Requests go through undici's
 * EnvHttpProxyAgent, which honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY as municipal networks
 * need; each has a time-out, and a failure that may pass (a network error, 429, a 5xx) is tried
 * again, up to three times in all.
 */
// undici is imported here, not with import(): the bundles are compiled by bin/load-bundle.cjs, which
// gives them require but no import() (an import() there failed every fetch as an internal error).
// This module is itself loaded only when rates fetch runs (main.ts), and undici with it.
import { EnvHttpProxyAgent, fetch } from "undici";
import { BUILT_IN_RATES } from "../rates/index.js";
import type { NormalbeloppRow } from "../rates/table-rows.js";
import type { Io } from "./io.js";
import { writeOutput } from "./write-file.js";
import { commandLine, noteLine } from "./words.js";
import { EXIT } from "../check/exit-code.js";
import { describeFinding } from "../check/messages.js";
import type { Finding } from "../model/types.js";
import type { Lang } from "../render/format.js";
import { fetchedSource, RATES_LABELS } from "../render/command-labels.js";

/** The dataset two unrelated public clients use (not verified from here). */
export const SKATTEVERKET_NORMALBELOPP = "https://skatteverket.entryscape.net/rowstore/dataset/70ccea31-b64c-4bf5-84c7-673f04f32505";
const PAGE = 500;
const ATTEMPTS = 3;

export interface FetchOptions {
  readonly year: number;
  readonly output?: string;
  readonly url: string;
  readonly force: boolean;
  /** Per request, in milliseconds. */
  readonly timeout: number;
  /** Before the second and third attempt, in milliseconds. */
  readonly retryDelay: number;
  /** The time retrieved (passed in so that tests can fix it). */
  readonly now: string;
  /** The language of the lines and of the pack's comments. */
  readonly lang: Lang;
}

/** Why a download failed, as a problem and its values (FETCH_FAILED words it in each language). */
class FetchError extends Error {
  constructor(readonly args: Finding["args"]) {
    super(String(args.problem));
  }
}

/** One page of the row store, tried up to ATTEMPTS times. */
async function fetchPage(url: URL, options: FetchOptions, dispatcher: unknown): Promise<{ results: Record<string, unknown>[]; total: number }> {
  const where = `${url.origin}${url.pathname}`;
  let last: Finding["args"] = {};
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    if (attempt > 1) await new Promise((done) => setTimeout(done, options.retryDelay * (attempt - 1)));
    let response: Awaited<ReturnType<typeof fetch>>;
    try {
      response = await fetch(url, { dispatcher: dispatcher as never, signal: AbortSignal.timeout(options.timeout), headers: { accept: "application/json" } });
    } catch (error) {
      // undici says "fetch failed" and puts why in its cause: a code (ECONNREFUSED) or only words ("bad port").
      const reason = (error as { cause?: { code?: string; message?: string } }).cause;
      const cause = reason?.code ?? reason?.message;
      last =
        (error as Error).name === "TimeoutError"
          ? { last: "timeout", timeout: options.timeout }
          : { last: "network", detail: `${(error as Error).message}${cause ? ` (${cause})` : ""}` };
      continue;
    }
    if (response.status === 429 || response.status >= 500) {
      last = { last: "http", status: response.status };
      await response.body?.cancel();
      continue;
    }
    if (!response.ok) throw new FetchError({ problem: "http", status: response.status, url: where });
    const text = await response.text();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new FetchError({ problem: "not-json", url: where, start: JSON.stringify(text.slice(0, 40)) });
    }
    const page = data as { results?: unknown; total?: unknown };
    if (!Array.isArray(page.results) || typeof page.total !== "number") throw new FetchError({ problem: "not-row-store" });
    return { results: page.results as Record<string, unknown>[], total: page.total };
  }
  throw new FetchError({ problem: "gave-up", url: where, attempts: ATTEMPTS, ...last });
}

/** Every row of a year, page by page. */
async function fetchYear(options: FetchOptions): Promise<Record<string, unknown>[]> {
  const dispatcher = new EnvHttpProxyAgent();
  try {
    const rows: Record<string, unknown>[] = [];
    // The next page starts where the rows so far end: a server may give fewer than asked for.
    for (;;) {
      const url = new URL(options.url);
      url.searchParams.set("år", String(options.year));
      url.searchParams.set("_limit", String(PAGE));
      url.searchParams.set("_offset", String(rows.length));
      const page = await fetchPage(url, options, dispatcher);
      rows.push(...page.results);
      if (page.results.length === 0 || rows.length >= page.total) return rows;
    }
  } finally {
    await dispatcher.close();
  }
}

/** Checks a fetched list: country codes (or the fallback), and amounts no lower than the year's domestic day. */
function checkList(rows: readonly NormalbeloppRow[], year: number): Finding["args"][] {
  const problems: Finding["args"][] = [];
  if (rows.length === 0) problems.push({ problem: "no-rows", year });
  const domesticYears = Object.keys(BUILT_IN_RATES.domestic)
    .map(Number)
    .filter((y) => y <= year);
  const domestic = domesticYears.length > 0 ? BUILT_IN_RATES.domestic[Math.max(...domesticYears)]!.fullDay : undefined;
  for (const row of rows) {
    if (row.country === "" && !/\u00f6vriga/i.test(row.countrySv)) problems.push({ problem: "no-code", name: row.countrySv });
    if (domestic !== undefined && Number(row.amount) < Number(domestic))
      problems.push({ problem: "below-domestic", name: row.countrySv, amount: row.amount, domestic });
    if (row.year !== year) problems.push({ problem: "wrong-year", name: row.countrySv, rowYear: row.year, year });
  }
  return problems;
}

export async function runRatesFetch(options: FetchOptions, io: Io): Promise<number> {
  const { lang } = options;
  let raw: Record<string, unknown>[];
  try {
    raw = await fetchYear(options);
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    io.stderr.write(commandLine("rates fetch", "FETCH_FAILED", error.args, lang));
    return EXIT.invalid;
  }
  const { readRatePack, TableError } = await import("../rates/read-tables.js");
  let rows: NormalbeloppRow[];
  try {
    rows = readRatePack(JSON.stringify({ results: raw }), options.url);
  } catch (error) {
    if (!(error instanceof TableError)) throw error;
    io.stderr.write(commandLine("rates fetch", "FETCH_LIST_UNUSABLE", { ...error.what, result: error.row }, lang));
    return EXIT.invalid;
  }
  const problems = checkList(rows, options.year);
  if (problems.length > 0) {
    const listed = problems.map((args) => `  - ${describeFinding({ code: "FETCH_LIST_PROBLEM", severity: "error", args }, lang).message}`);
    io.stderr.write(`${commandLine("rates fetch", "FETCH_LIST_IMPLAUSIBLE", { year: options.year }, lang, ":")}${listed.join("\n")}\n`);
    return EXIT.invalid;
  }
  // Skatteverket's own dataset is its text; a list from another address is only what it says.
  const status = options.url === SKATTEVERKET_NORMALBELOPP ? "confirmed" : "unconfirmed";
  // The source in both languages, as the built-in tables give theirs: the pack serves a report in either.
  const source = fetchedSource(options.url, options.now);
  const field = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const t = RATES_LABELS[lang];
  const lines = [
    t.packTitle(options.year),
    t.packRetrieved(options.now, options.url, rows.length),
    "year,country_code,country_sv,normalbelopp_sek,status,source,source_sv",
    ...rows
      .sort((a, b) => (a.country === "" ? 1 : b.country === "" ? -1 : a.country.localeCompare(b.country)))
      .map((row) => [String(row.year), row.country, row.countrySv, row.amount, status, source.en, source.sv].map(field).join(",")),
  ];
  const output = options.output ?? `normalbelopp-${options.year}.csv`;
  if (!(await writeOutput(output, `${lines.join("\n")}\n`, { force: options.force, inputs: [], lang }, io))) return EXIT.invalid;
  if (output !== "-") io.stderr.write(noteLine("FETCH_WROTE", { file: output, count: rows.length, year: options.year, status }, lang));
  return EXIT.ok;
}
