/**
 * The command line: parses arguments with commander, runs one command, and turns every
 * outcome into an exit status. The only code that knows about the process is bin/ and this
 * folder; only bin/ touches `process` itself.
 */
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { EXIT } from "../check/exit-code.js";
import { PHASES, type Phase } from "../model/types.js";
import { CHECK_FORMATS, runCheck, type CheckFormat } from "./check-command.js";
import type { Io } from "./io.js";
import { DIFF_FORMATS, REPORT_FORMATS, type ReportFormat } from "./output-formats.js";

/** Set by the bundler from package.json (scripts/bundle.mjs); read from package.json otherwise. */
declare const __ICLD_BUDGET_VERSION__: string | undefined;

/** The version in package.json, the one place it is written. */
export const VERSION: string =
  typeof __ICLD_BUDGET_VERSION__ === "string" ? __ICLD_BUDGET_VERSION__ : (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

/** A year given on the command line, or a command-line error. */
function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) throw new CommanderError(2, "icld-budget.year", `error: a year such as 2026, not ${text}\n`);
  return year;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit status. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let status: number = EXIT.ok;
  const debug = argv.includes("--debug");
  const program = new Command("icld-budget")
    .description("Budget ICLD municipal-partnership grants exactly and check them against ICLD's envelopes.")
    .version(VERSION, "-V, --version")
    .option("--debug", "print the stack trace of an internal error")
    .exitOverride()
    .showHelpAfterError("(run icld-budget --help for usage)")
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  program
    .command("check")
    .description("check plans against the envelopes of their phase")
    .argument("<plans...>", "plan files, folders (every *.yaml below), quoted globs, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(CHECK_FORMATS).default("table"))
    .option("--strict", "fail (exit 1) on warnings too", false)
    .option("--lines", "list every line item in the table", false)
    .option("--no-color", "no colour, even on a terminal")
    .option("--stdin-name <name>", "the name standard input goes by in messages", "<stdin>")
    .addOption(
      new Option("--lang <lang>", "language of the table and its findings (default from LC_ALL/LANG: sv_* gives Swedish, else English)").choices(["sv", "en"]),
    )
    .addHelpText(
      "after",
      "\nExit status: 0 every plan fits (warnings allowed); 1 a plan breaks a maximum or has an error\nfinding (or a warning, with --strict); 2 a file could not be read or is invalid, or the\ncommand line is wrong; 3 an internal error (a bug in icld-budget).",
    )
    .action(
      async (plans: string[], options: { format: CheckFormat; strict: boolean; lines: boolean; color: boolean; stdinName: string; lang?: "sv" | "en" }) => {
        const lang = options.lang ?? (options.format === "table" ? (await import("./lang.js")).detectLang(io.env) : "en");
        status = await runCheck(plans, { ...options, lang }, io);
      },
    );

  program
    .command("report")
    .description("memo-ready tables of a plan, in Swedish or English")
    .argument("<plan>", "the plan file")
    .addOption(new Option("-f, --format <format>", "output format (default: from the -o file's extension, else table)").choices(REPORT_FORMATS))
    .option("-o, --output <file>", "write to this file (- for standard output)")
    .addOption(new Option("--lang <lang>", "language (default from LC_ALL/LANG: sv_* gives Swedish, else English)").choices(["sv", "en"]))
    .addOption(new Option("--csv-dialect <dialect>", "rfc4180 for programs, excel-sv for Swedish Excel").choices(["rfc4180", "excel-sv"]).default("rfc4180"))
    .option("--force", "replace an existing output file", false)
    .option("--no-color", "no colour, even on a terminal")
    .action(
      async (
        plan: string,
        options: { format?: ReportFormat; output?: string; lang?: "sv" | "en"; csvDialect: "rfc4180" | "excel-sv"; force: boolean; color: boolean },
      ) => {
        const { runReport } = await import("./report-command.js");
        const { detectLang } = await import("./lang.js");
        status = await runReport(plan, { ...options, lang: options.lang ?? detectLang(io.env) }, io);
      },
    );

  program
    .command("follow-up")
    .description("the approved plan against what was spent: the year's financial report")
    .argument("<plan>", "the approved plan")
    .argument("<actuals>", "the actuals file (ledger exports, account mapping, hours, entries)")
    .option("--as-of <date>", "the day the books were read (default: the actuals file's as_of, else today)")
    .addOption(new Option("-f, --format <format>", "output format (default: from the -o file's extension, else table)").choices(REPORT_FORMATS))
    .option("-o, --output <file>", "write to this file (- for standard output)")
    .addOption(new Option("--lang <lang>", "language (default from LC_ALL/LANG: sv_* gives Swedish, else English)").choices(["sv", "en"]))
    .option("--strict", "fail (exit 1) on warnings too", false)
    .option("--force", "replace an existing output file", false)
    .option("--no-color", "no colour, even on a terminal")
    .addHelpText(
      "after",
      "\nExit status: 0 the actuals fit every maximum (warnings allowed); 1 a maximum is exceeded or there is\nan error finding (or a warning, with --strict); 2 a file could not be read or is invalid.",
    )
    .action(
      async (
        plan: string,
        actuals: string,
        options: { asOf?: string; format?: ReportFormat; output?: string; lang?: "sv" | "en"; strict: boolean; force: boolean; color: boolean },
      ) => {
        const { runFollowUp } = await import("./follow-up-command.js");
        const { detectLang } = await import("./lang.js");
        const today = new Date().toISOString().slice(0, 10);
        status = await runFollowUp(plan, actuals, { ...options, lang: options.lang ?? detectLang(io.env), today }, io);
      },
    );

  program
    .command("explain")
    .description("every number of a plan traced to its rule and source, as a tree from the envelopes down to the lines")
    .argument("<plan>", "the plan file")
    .argument("[what]", "an envelope (project/2025), a trip or person id, a category, or a line (plan.yaml:31)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--lang <lang>", "language (default from LC_ALL/LANG: sv_* gives Swedish, else English)").choices(["sv", "en"]))
    .action(async (plan: string, what: string | undefined, options: { format: "text" | "json"; lang?: "sv" | "en" }) => {
      const { runExplain } = await import("./explain-command.js");
      const { detectLang } = await import("./lang.js");
      status = await runExplain(plan, what, { format: options.format, lang: options.lang ?? detectLang(io.env) }, io);
    });

  const rates = program
    .command("rates")
    .description("look up per diem figures (normalbelopp) with their source and status, or list those a plan lacks")
    .argument("[country]", "an ISO code (PL) or a Swedish or English country name")
    .option("--year <year>", "only this year")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .option("--pack <file>", "a rate pack to consult first (repeatable)", (file: string, all: string[]) => [...all, file], [] as string[])
    .option("--missing <plan>", "list the figures the plan needs that no table has")
    .addOption(
      new Option("--lang <lang>", "language of the table and the lines (default from LC_ALL/LANG: sv_* gives Swedish, else English)").choices(["sv", "en"]),
    )
    .action(async (country: string | undefined, options: { year?: string; format: "table" | "json"; pack: string[]; missing?: string; lang?: "sv" | "en" }) => {
      const { runRates } = await import("./rates-command.js");
      const { detectLang } = await import("./lang.js");
      status = await runRates(
        country,
        {
          format: options.format,
          lang: options.lang ?? detectLang(io.env),
          packs: options.pack,
          ...(options.year ? { year: parseYear(options.year) } : {}),
          ...(options.missing ? { missing: options.missing } : {}),
        },
        io,
      );
    });
  rates
    .command("fetch")
    .description("download a year's normalbelopp from Skatteverket's open data as a rate pack (the only command that uses the network)")
    .option("--year <year>", "the tax year (required)")
    .option("-o, --output <file>", "the rate pack to write (default normalbelopp-YEAR.csv; - for standard output)")
    .option("--url <url>", "the dataset's address (the row store of normalbelopp)")
    .option("--timeout <ms>", "time-out of each request, in milliseconds", "30000")
    .option("--force", "replace an existing file", false)
    .addOption(new Option("--lang <lang>", "language of the lines and of the pack's comments (default from LC_ALL/LANG)").choices(["sv", "en"]))
    .action(async (options: { year?: string; output?: string; url?: string; timeout: string; force: boolean; lang?: "sv" | "en" }) => {
      // `rates` has a --year and a --lang of its own, which commander gives them when they stand after `fetch` too.
      const parent = rates.opts() as { year?: string; lang?: "sv" | "en" };
      const yearText = options.year ?? parent.year;
      if (yearText === undefined) throw new CommanderError(2, "icld-budget.year", "error: rates fetch needs --year, the tax year to download\n");
      const { runRatesFetch, SKATTEVERKET_NORMALBELOPP } = await import("./rates-fetch.js");
      const { detectLang } = await import("./lang.js");
      status = await runRatesFetch(
        {
          year: parseYear(yearText),
          lang: options.lang ?? parent.lang ?? detectLang(io.env),
          url: options.url ?? SKATTEVERKET_NORMALBELOPP,
          force: options.force,
          timeout: Number(options.timeout),
          retryDelay: 500,
          now: new Date().toISOString().slice(0, 19) + "Z",
          ...(options.output ? { output: options.output } : {}),
        },
        io,
      );
    });

  program
    .command("init")
    .description("write a commented starter plan for a phase that passes check as written, or a starter actuals file")
    .addOption(new Option("--phase <phase>", "the phase of a starter plan").choices(PHASES))
    .option("--actuals", "a starter actuals file for follow-up instead", false)
    .option("-o, --output <file>", "write to this file (never over an existing one); default standard output")
    .addOption(new Option("--lang <lang>", "language of the comments (default from LANG)").choices(["sv", "en"]))
    .option("--year <year>", "the plan's year (default this year)")
    .action(async (options: { phase?: Phase; actuals: boolean; output?: string; lang?: "sv" | "en"; year?: string }) => {
      if ((options.phase === undefined) === !options.actuals)
        throw new CommanderError(2, "icld-budget.init", "error: init needs --phase <phase> for a plan, or --actuals for an actuals file\n");
      const { runInit } = await import("./init-command.js");
      const { detectLang } = await import("./lang.js");
      const year = options.year === undefined ? new Date().getFullYear() : Number(options.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100)
        throw new CommanderError(2, "icld-budget.year", `error: --year must be a year such as 2025, not ${options.year}\n`);
      status = await runInit(
        {
          ...(options.phase ? { phase: options.phase } : {}),
          actuals: options.actuals,
          lang: options.lang ?? detectLang(io.env),
          year,
          ...(options.output ? { output: options.output } : {}),
        },
        io,
      );
    });

  program
    .command("diff")
    .description("show what a change does to each envelope, category and line of a plan")
    .argument("<old>", "the plan before")
    .argument("<new>", "the plan after")
    .addOption(new Option("-f, --format <format>", "output format").choices(DIFF_FORMATS).default("table"))
    .addOption(new Option("--lang <lang>", "language (default from LC_ALL/LANG: sv_* gives Swedish, else English)").choices(["sv", "en"]))
    .addHelpText("after", "\nExit status: 0 no envelope newly broken; 1 the new plan breaks a maximum the old one kept; 2 a plan is invalid.")
    .action(async (oldPlan: string, newPlan: string, options: { format: (typeof DIFF_FORMATS)[number]; lang?: "sv" | "en" }) => {
      const { runDiff } = await import("./diff-command.js");
      const { detectLang } = await import("./lang.js");
      status = await runDiff(oldPlan, newPlan, { format: options.format, lang: options.lang ?? detectLang(io.env) }, io);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the plan format, or of the actuals file (for editors and other tools)")
    .option("--actuals", "the actuals file's schema (follow-up) instead of the plan's", false)
    .action(async (options: { actuals: boolean }) => {
      const { actualsJsonSchema, planJsonSchema } = await import("../input/json-schema.js");
      io.stdout.write(`${JSON.stringify(options.actuals ? actualsJsonSchema() : planJsonSchema(), null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "icld-budget.year" || error.code === "icld-budget.init") io.stderr.write(error.message);
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? EXIT.ok : EXIT.invalid;
    }
    const message = error instanceof Error ? error.message : String(error);
    // One line: a bug in the tool, not in the plan, and how to report it.
    const oneLine = message.replace(/\s+/g, " ");
    io.stderr.write(
      `icld-budget: internal error, a bug in icld-budget and not in your plan: ${oneLine}. Please report it to the maintainers with the command and the plan${debug ? "" : " (run again with --debug for the trace)"}.\n`,
    );
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.bug;
  }
}
