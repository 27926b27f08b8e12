/**
 * The rates a plan is checked with: the built-in tables, the rate packs it names (and those of a
 * config file `.icld-budget.yaml` found in its folder or above), and its own edition file when
 * `rules` names one. Files are read here, in the shell; their contents are read by the pure
 * readers of src/rates/read-tables.ts. A pack or edition that cannot be read is a finding at the
 * plan's line that names it.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Plan } from "../input/plan.js";
import { readYamlMapping } from "../input/parse-plan.js";
import type { Finding } from "../model/types.js";
import { toRuleEdition } from "../rates/icld-editions.js";
import { BUILT_IN_RATES, type Rates } from "../rates/index.js";
import { normalbeloppByYear } from "../rates/normalbelopp.js";
import type { NormalbeloppRow } from "../rates/table-rows.js";

/** The name of the config file that gives every plan below its folder rate packs. */
export const CONFIG_FILE = ".icld-budget.yaml";

/** The config file nearest above `dir`, if any. */
function findConfig(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    const candidate = join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

export type PlanRates = { readonly ok: true; readonly rates: Rates } | { readonly ok: false; readonly findings: readonly Finding[] };

/** Reads the packs and edition file a plan uses; `planFile` is where relative paths start (standard input: the working folder). */
export async function loadPlanRates(plan: Plan, planFile: string, fromStdin = false): Promise<PlanRates> {
  const base = fromStdin ? "." : dirname(planFile);
  const config = fromStdin ? undefined : findConfig(base);
  // Most plans use the built-in tables only: nothing more to read.
  if (plan.ratePacks.length === 0 && !config && !/\.ya?ml$/i.test(plan.rules)) return { ok: true, rates: BUILT_IN_RATES };
  const findings: Finding[] = [];
  const problem = (code: string, args: Record<string, string | number>, path: (string | number)[]) =>
    findings.push({ code, severity: "error", args, pos: plan.locate(path) });
  const { readEdition, readRatePack, TableError, TableErrors } = await import("../rates/read-tables.js");
  // A reader's error as a finding's arguments: a TableError's place and problem (worded in the
  // finding's language by describeTableProblem), or another error's own message.
  const problemArgs = (error: unknown): Record<string, string | number> =>
    error instanceof TableError ? { row: error.row, column: error.column, ...error.what } : { detail: (error as Error).message };

  // Packs: the plan's, in its order, then the config file's.
  const packs: { file: string; path: (string | number)[] }[] = plan.ratePacks.map((file, index) => ({
    file: resolve(base, file),
    path: ["rate_packs", index],
  }));
  if (config) {
    const read = readYamlMapping(readFileSync(config, "utf8"));
    const listed = read.ok ? read.raw.rate_packs : undefined;
    if (!read.ok || (listed !== undefined && (!Array.isArray(listed) || listed.some((entry) => typeof entry !== "string")))) {
      problem("CONFIG_INVALID", { file: config, problem: read.ok ? "rate-packs-not-files" : "not-a-mapping" }, []);
    } else {
      for (const file of (listed as string[] | undefined) ?? []) packs.push({ file: resolve(dirname(config), file), path: [] });
    }
  }
  const rows: NormalbeloppRow[] = [];
  const seen = new Set<string>();
  for (const pack of packs) {
    let text: string;
    try {
      text = readFileSync(pack.file, "utf8");
    } catch (error) {
      problem("RATE_PACK_UNREADABLE", { file: pack.file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }, pack.path);
      continue;
    }
    try {
      // The first pack that has a figure wins: the plan's packs before the config file's.
      for (const row of readRatePack(text, pack.file)) {
        const key = `${row.year}:${row.country}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push(row);
      }
    } catch (error) {
      problem("RATE_PACK_INVALID", { file: pack.file, ...problemArgs(error) }, pack.path);
    }
  }

  // The plan's own edition file, under the name the plan gives it.
  let editions = BUILT_IN_RATES.editions;
  if (/\.ya?ml$/i.test(plan.rules)) {
    const file = resolve(base, plan.rules);
    try {
      const edition = toRuleEdition(readEdition(readFileSync(file, "utf8"), file));
      editions = [...editions, { ...edition, id: plan.rules, envelopes: edition.envelopes.map((rule) => ({ ...rule, edition: edition.id })) }];
    } catch (error) {
      // Every problem of the file, each a finding at the plan's rules line.
      const errors = error instanceof TableErrors ? error.errors : [error];
      for (const each of errors)
        problem("EDITION_INVALID", { file, ...((each as NodeJS.ErrnoException).code === "ENOENT" ? { problem: "not-found" } : problemArgs(each)) }, ["rules"]);
    }
  }
  if (findings.length > 0) return { ok: false, findings };
  return { ok: true, rates: { ...BUILT_IN_RATES, editions, ...(rows.length > 0 ? { packs: normalbeloppByYear(rows) } : {}) } };
}
