/**
 * The command line: parses arguments with commander, runs one command, and turns every
 * outcome into an exit status. The only code that knows about the process is bin/ and this
 * folder; only bin/ touches `process` itself.
 */
import { createRequire } from "node:module";
import { Command, CommanderError, Option } from "commander";
import { EXIT } from "../check/exit-code.js";
import { PHASES, type Phase } from "../model/types.js";
import { EDITION_IDS } from "../rates/icld-editions.js";
import { CHECK_FORMATS, runCheck, type CheckFormat } from "./check-command.js";
import type { Io } from "./io.js";
import { HELP_EN } from "./help-en.js";
import { helpConfiguration } from "./help.js";
import { commandLineLang, detectLang } from "./lang.js";
import { DIFF_FORMATS, REPORT_FORMATS, type ReportFormat } from "./output-formats.js";
import { UsageError, usageProblem } from "./usage.js";
import { problemLine } from "./words.js";

/** Set by the bundler from package.json (scripts/bundle.mjs); read from package.json otherwise. */
declare const __ICLD_BUDGET_VERSION__: string | undefined;

/** The version in package.json, the one place it is written. */
export const VERSION: string =
  typeof __ICLD_BUDGET_VERSION__ === "string" ? __ICLD_BUDGET_VERSION__ : (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

/** A year given on the command line (`option` its flag), or a usage error. */
function parseYear(text: string, option: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) throw new UsageError("USAGE_NOT_A_YEAR", { option, value: text });
  return year;
}

/** A command's name as the user types it after icld-budget ("rates fetch"), or "" for icld-budget itself. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(" ");
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit status. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  let status: number = EXIT.ok;
  const debug = argv.includes("--debug");
  // Help and usage errors are in the user's language, read before the command line is.
  const lang = commandLineLang(argv, io.env);
  const words = lang === "sv" ? (await import("./help-sv.js")).HELP_SV : HELP_EN;
  const { values: v, commands: c } = words;
  // The command being read, for the hint of a usage error ("icld-budget check --help").
  let reading = "";
  const follow = (_: Command, sub: Command) => {
    reading = commandPath(sub);
  };
  const program = new Command("icld-budget")
    .description(words.program.description)
    .configureHelp(helpConfiguration(words))
    .version(VERSION, "-V, --version", words.program.options.version)
    .helpOption("-h, --help", words.program.options.help)
    .helpCommand("help [command]", words.program.options.help)
    .option("--debug", words.program.options.debug)
    .exitOverride()
    .hook("preSubcommand", follow)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // A usage error is worded below, in the user's language, instead of in commander's words.
      outputError: () => {},
    });
  const langOption = (description: string) => new Option(`--lang <${v.lang}>`, description).choices(["sv", "en"]);
  const csvDialectOption = (description: string) => new Option(`--csv-dialect <${v.dialect}>`, description).choices(["rfc4180", "excel-sv"]).default("rfc4180");

  program
    .command("check")
    .description(c.check.description)
    .argument(`<${v.plans}...>`, c.check.arguments.plans)
    .addOption(new Option("-f, --format <format>", c.check.options.format).choices(CHECK_FORMATS).default("table"))
    .option("--strict", c.check.options.strict, false)
    .option("--lines", c.check.options.lines, false)
    .option("--no-color", c.check.options.color)
    .option(`--stdin-name <${v.name}>`, c.check.options.stdinName, "<stdin>")
    .addOption(langOption(c.check.options.lang))
    .addHelpText("after", `\n${c.check.after}`)
    .action(
      async (plans: string[], options: { format: CheckFormat; strict: boolean; lines: boolean; color: boolean; stdinName: string; lang?: "sv" | "en" }) => {
        const lang = options.lang ?? (options.format === "table" ? detectLang(io.env) : "en");
        status = await runCheck(plans, { ...options, lang }, io);
      },
    );

  // The other commands, which a check does not need defined: commander's command-line reading and
  // its help of check are the same without them, and defining them is about a millisecond of a
  // check's start (some forty options with their words).
  const otherCommands = () => {
    program
      .command("report")
      .description(c.report.description)
      .argument(`<${v.plan}>`, c.report.arguments.plan)
      .addOption(new Option("-f, --format <format>", c.report.options.format).choices(REPORT_FORMATS))
      .option(`-o, --output <${v.file}>`, c.report.options.output)
      .addOption(langOption(c.report.options.lang))
      .addOption(csvDialectOption(c.report.options.csvDialect))
      .option("--force", c.report.options.force, false)
      .option("--no-color", c.report.options.color)
      .action(
        async (
          plan: string,
          options: { format?: ReportFormat; output?: string; lang?: "sv" | "en"; csvDialect: "rfc4180" | "excel-sv"; force: boolean; color: boolean },
        ) => {
          const { runReport } = await import("./report-command.js");
          status = await runReport(plan, { ...options, lang: options.lang ?? detectLang(io.env) }, io);
        },
      );

    program
      .command("follow-up")
      .description(c["follow-up"].description)
      .argument(`<${v.plan}>`, c["follow-up"].arguments.plan)
      .argument(`<${v.actuals}>`, c["follow-up"].arguments.actuals)
      .option(`--as-of <${v.date}>`, c["follow-up"].options.asOf)
      .addOption(new Option("-f, --format <format>", c["follow-up"].options.format).choices(REPORT_FORMATS))
      .option(`-o, --output <${v.file}>`, c["follow-up"].options.output)
      .addOption(langOption(c["follow-up"].options.lang))
      .addOption(csvDialectOption(c["follow-up"].options.csvDialect))
      .option("--strict", c["follow-up"].options.strict, false)
      .option("--force", c["follow-up"].options.force, false)
      .option("--no-color", c["follow-up"].options.color)
      .addHelpText("after", `\n${c["follow-up"].after}`)
      .action(
        async (
          plan: string,
          actuals: string,
          options: {
            asOf?: string;
            format?: ReportFormat;
            output?: string;
            lang?: "sv" | "en";
            csvDialect: "rfc4180" | "excel-sv";
            strict: boolean;
            force: boolean;
            color: boolean;
          },
        ) => {
          const { runFollowUp } = await import("./follow-up-command.js");
          const today = new Date().toISOString().slice(0, 10);
          status = await runFollowUp(plan, actuals, { ...options, lang: options.lang ?? detectLang(io.env), today }, io);
        },
      );

    program
      .command("explain")
      .description(c.explain.description)
      .argument(`<${v.plan}>`, c.explain.arguments.plan)
      .argument(`[${v.what}]`, c.explain.arguments.what)
      .addOption(new Option("-f, --format <format>", c.explain.options.format).choices(["text", "json"]).default("text"))
      .addOption(langOption(c.explain.options.lang))
      .action(async (plan: string, what: string | undefined, options: { format: "text" | "json"; lang?: "sv" | "en" }) => {
        const { runExplain } = await import("./explain-command.js");
        status = await runExplain(plan, what, { format: options.format, lang: options.lang ?? detectLang(io.env) }, io);
      });

    const rates = program
      .command("rates")
      .description(c.rates.description)
      .argument(`[${v.country}]`, c.rates.arguments.country)
      .option(`--year <${v.year}>`, c.rates.options.year)
      .addOption(new Option("-f, --format <format>", c.rates.options.format).choices(["table", "json"]).default("table"))
      .option(`--pack <${v.file}>`, c.rates.options.pack, (file: string, all: string[]) => [...all, file], [] as string[])
      .option(`--missing <${v.plan}>`, c.rates.options.missing)
      .addOption(langOption(c.rates.options.lang))
      .hook("preSubcommand", follow)
      .action(
        async (country: string | undefined, options: { year?: string; format: "table" | "json"; pack: string[]; missing?: string; lang?: "sv" | "en" }) => {
          const { runRates } = await import("./rates-command.js");
          status = await runRates(
            country,
            {
              format: options.format,
              lang: options.lang ?? detectLang(io.env),
              packs: options.pack,
              ...(options.year ? { year: parseYear(options.year, "--year") } : {}),
              ...(options.missing ? { missing: options.missing } : {}),
            },
            io,
          );
        },
      );
    const fetchWords = c["rates fetch"];
    rates
      .command("fetch")
      .description(fetchWords.description)
      .option(`--year <${v.year}>`, fetchWords.options.year)
      .option(`-o, --output <${v.file}>`, fetchWords.options.output)
      .option("--url <url>", fetchWords.options.url)
      .option("--timeout <ms>", fetchWords.options.timeout, "30000")
      .option("--force", fetchWords.options.force, false)
      .addOption(langOption(fetchWords.options.lang))
      .action(async (options: { year?: string; output?: string; url?: string; timeout: string; force: boolean; lang?: "sv" | "en" }) => {
        // `rates` has a --year and a --lang of its own, which commander gives them when they stand after `fetch` too.
        const parent = rates.opts() as { year?: string; lang?: "sv" | "en" };
        const yearText = options.year ?? parent.year;
        if (yearText === undefined) throw new UsageError("USAGE_YEAR_NEEDED", {});
        const year = parseYear(yearText, "--year");
        if (!/^\d{1,9}$/.test(options.timeout) || Number(options.timeout) < 1)
          throw new UsageError("USAGE_NOT_MILLISECONDS", { option: "--timeout", value: options.timeout });
        const { runRatesFetch, SKATTEVERKET_NORMALBELOPP } = await import("./rates-fetch.js");
        status = await runRatesFetch(
          {
            year,
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
      .description(c.init.description)
      .addOption(new Option(`--phase <${v.phase}>`, c.init.options.phase).choices(PHASES))
      .option("--actuals", c.init.options.actuals, false)
      .addOption(new Option(`--edition <${v.edition}>`, c.init.options.edition).choices(EDITION_IDS))
      .option(`-o, --output <${v.file}>`, c.init.options.output)
      .addOption(langOption(c.init.options.lang))
      .option(`--year <${v.year}>`, c.init.options.year)
      .action(async (options: { phase?: Phase; actuals: boolean; edition?: string; output?: string; lang?: "sv" | "en"; year?: string }) => {
        if ([options.phase !== undefined, options.actuals, options.edition !== undefined].filter(Boolean).length !== 1)
          throw new UsageError("USAGE_INIT_WHAT", {});
        const year = options.year === undefined ? new Date().getFullYear() : parseYear(options.year, "--year");
        const { runInit } = await import("./init-command.js");
        status = await runInit(
          {
            ...(options.phase ? { phase: options.phase } : {}),
            actuals: options.actuals,
            ...(options.edition ? { edition: options.edition } : {}),
            lang: options.lang ?? detectLang(io.env),
            year,
            ...(options.output ? { output: options.output } : {}),
          },
          io,
        );
      });

    program
      .command("diff")
      .description(c.diff.description)
      .argument(`<${v.old}>`, c.diff.arguments.old)
      .argument(`<${v.new}>`, c.diff.arguments.new)
      .addOption(new Option("-f, --format <format>", c.diff.options.format).choices(DIFF_FORMATS).default("table"))
      .addOption(langOption(c.diff.options.lang))
      .addHelpText("after", `\n${c.diff.after}`)
      .action(async (oldPlan: string, newPlan: string, options: { format: (typeof DIFF_FORMATS)[number]; lang?: "sv" | "en" }) => {
        const { runDiff } = await import("./diff-command.js");
        status = await runDiff(oldPlan, newPlan, { format: options.format, lang: options.lang ?? detectLang(io.env) }, io);
      });

    program
      .command("schema")
      .description(c.schema.description)
      .option("--actuals", c.schema.options.actuals, false)
      .action(async (options: { actuals: boolean }) => {
        const { actualsJsonSchema, planJsonSchema } = await import("../input/json-schema.js");
        io.stdout.write(`${JSON.stringify(options.actuals ? actualsJsonSchema() : planJsonSchema(), null, 2)}\n`);
      });
  };
  if (argv[0] !== "check") otherCommands();

  try {
    // `help <name>` of a name that is no command: commander shows the program's help and exits 0.
    // It is the same slip as `icld-budget <name>`, so it is read as that: commander's unknown-command
    // error, with its suggestion.
    const [first, name] = argv;
    const unknownHelp = first === "help" && name !== undefined && !name.startsWith("-") && !program.commands.some((command) => command.name() === name);
    await program.parseAsync(unknownHelp ? argv.slice(1) : [...argv], { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof CommanderError && (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help"))
      return EXIT.ok;
    if (error instanceof UsageError || error instanceof CommanderError) {
      const { code, args } = error instanceof UsageError ? error : usageProblem(error, reading);
      // The command named as the user types it, and the line that shows its help.
      const named = { command: reading || "icld-budget", help: `icld-budget${reading ? ` ${reading}` : ""} --help` };
      io.stderr.write(problemLine(code, { ...args, ...named }, lang));
      return EXIT.invalid;
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
