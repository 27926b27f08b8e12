/**
 * The command line's help in English: what each command, argument and option is for, the names
 * of the values they take, and the words commander puts around them. help-sv.ts words the same
 * in Swedish; main.ts builds the commands from the user's language's table, and help.ts has
 * commander say its own words in it. Usage errors are worded with the findings, in
 * src/check/messages.ts and messages-sv.ts.
 */

/** A command's words: what it does, its arguments and options (by commander's attribute name), and a text after its help. */
export interface CommandWords<Argument extends string, Opt extends string> {
  readonly description: string;
  readonly arguments: Readonly<Record<Argument, string>>;
  readonly options: Readonly<Record<Opt, string>>;
  readonly after?: string;
}

type Lang = "lang";
type Format = "format";
type Output = "output";
type Colour = "color";

/** Everything the help says, in one language. */
export interface HelpWords {
  /** commander's own words (headings, "[options]", "[command]", "choices", "default"), by their English; English leaves them as they are. */
  readonly commander: Readonly<Partial<Record<CommanderWord, string>>>;
  /** The names of the values options and arguments take, as in `--output <file>` and `check <plans...>`. */
  readonly values: Readonly<Record<ValueName, string>>;
  readonly program: CommandWords<never, "debug" | "version" | "help">;
  readonly commands: {
    readonly check: CommandWords<"plans", Format | "strict" | "lines" | Colour | "stdinName" | Lang>;
    readonly report: CommandWords<"plan", Format | Output | Lang | "csvDialect" | "force" | Colour>;
    readonly "follow-up": CommandWords<"plan" | "actuals", "asOf" | Format | Output | Lang | "csvDialect" | "strict" | "force" | Colour>;
    readonly explain: CommandWords<"plan" | "what", Format | Lang>;
    readonly rates: CommandWords<"country", "year" | Format | "pack" | "missing" | Lang>;
    readonly "rates fetch": CommandWords<never, "year" | Output | "url" | "timeout" | "force" | Lang>;
    readonly init: CommandWords<never, "phase" | "actuals" | "edition" | Output | Lang | "year">;
    readonly diff: CommandWords<"old" | "new", Format | Lang>;
    readonly schema: CommandWords<never, "actuals">;
  };
}

export const COMMANDER_WORDS = ["Usage:", "Arguments:", "Options:", "Commands:", "[options]", "[command]", "choices", "default", "false"] as const;
export type CommanderWord = (typeof COMMANDER_WORDS)[number];
export type ValueName =
  | "file"
  | "year"
  | "lang"
  | "date"
  | "name"
  | "dialect"
  | "phase"
  | "edition"
  | "plan"
  | "plans"
  | "actuals"
  | "what"
  | "country"
  | "old"
  | "new";
export type CommandName = keyof HelpWords["commands"];

const LANGUAGE = "language (default from LC_ALL/LANG: sv_* gives Swedish, else English)";
const FORMAT_BY_EXTENSION = "output format (default: from the -o file's extension, else table)";
const TO_FILE = "write to this file (- for standard output)";
const NO_COLOUR = "no colour, even on a terminal";
const STRICT = "fail (exit 1) on warnings too";
const CSV_DIALECT = "rfc4180 for programs, excel-sv for Swedish Excel";

export const HELP_EN: HelpWords = {
  commander: {},
  values: {
    file: "file",
    year: "year",
    lang: "lang",
    date: "date",
    name: "name",
    dialect: "dialect",
    phase: "phase",
    edition: "edition",
    plan: "plan",
    plans: "plans",
    actuals: "actuals",
    what: "what",
    country: "country",
    old: "old",
    new: "new",
  },
  program: {
    description: "Budget ICLD municipal-partnership grants exactly and check them against ICLD's envelopes.",
    arguments: {},
    options: { debug: "print the stack trace of an internal error", version: "output the version number", help: "display help for command" },
  },
  commands: {
    check: {
      description: "check plans against the envelopes of their phase",
      arguments: { plans: "plan files, folders (every *.yaml below but *.actuals.yaml), quoted globs, or - for standard input" },
      options: {
        format: "output format",
        strict: STRICT,
        lines: "list every line item in the table",
        color: NO_COLOUR,
        stdinName: "the name standard input goes by in messages",
        lang: "language of the table and its findings (default from LC_ALL/LANG: sv_* gives Swedish, else English)",
      },
      after:
        "Exit status: 0 every plan fits (warnings allowed); 1 a plan breaks a maximum or has an error\nfinding (or a warning, with --strict); 2 a file could not be read or is invalid, or the\ncommand line is wrong; 3 an internal error (a bug in icld-budget).",
    },
    report: {
      description: "memo-ready tables of a plan, in Swedish or English",
      arguments: { plan: "the plan file" },
      options: {
        format: FORMAT_BY_EXTENSION,
        output: TO_FILE,
        lang: LANGUAGE,
        csvDialect: CSV_DIALECT,
        force: "replace an existing output file",
        color: NO_COLOUR,
      },
    },
    "follow-up": {
      description: "the approved plan against what was spent: the year's financial report",
      arguments: { plan: "the approved plan", actuals: "the actuals file (ledger exports, account mapping, hours, entries)" },
      options: {
        asOf: "the day the books were read (default: the actuals file's as_of, else today)",
        format: FORMAT_BY_EXTENSION,
        output: TO_FILE,
        lang: LANGUAGE,
        csvDialect: CSV_DIALECT,
        strict: STRICT,
        force: "replace an existing output file",
        color: NO_COLOUR,
      },
      after:
        "Exit status: 0 the actuals fit every maximum (warnings allowed); 1 a maximum is exceeded or there is\nan error finding (or a warning, with --strict); 2 a file could not be read or is invalid.",
    },
    explain: {
      description: "every number of a plan traced to its rule and source, as a tree from the envelopes down to the lines",
      arguments: { plan: "the plan file", what: "an envelope (project/2025), a trip or person id, a category, or a line (plan.yaml:31)" },
      options: { format: "output format", lang: LANGUAGE },
    },
    rates: {
      description: "look up per diem figures (normalbelopp) with their source and status, or list those a plan lacks",
      arguments: { country: "an ISO code (PL) or a Swedish or English country name" },
      options: {
        year: "only this year",
        format: "output format",
        pack: "a rate pack to consult first (repeatable)",
        missing: "list the figures the plan needs that no table has",
        lang: "language of the table and the lines (default from LC_ALL/LANG: sv_* gives Swedish, else English)",
      },
    },
    "rates fetch": {
      description: "download a year's normalbelopp from Skatteverket's open data as a rate pack (the only command that uses the network)",
      arguments: {},
      options: {
        year: "the tax year (required)",
        output: "the rate pack to write (default normalbelopp-YEAR.csv; - for standard output)",
        url: "the dataset's address (the row store of normalbelopp)",
        timeout: "time-out of each request, in milliseconds",
        force: "replace an existing file",
        lang: "language of the lines and of the pack's comments (default from LC_ALL/LANG)",
      },
    },
    init: {
      description:
        "write a commented starter plan for a phase that passes check as written, a starter actuals file, or a built-in rule edition to make one's own from",
      arguments: {},
      options: {
        phase: "the phase of a starter plan",
        actuals: "a starter actuals file for follow-up instead",
        edition: "a built-in rule edition, as the start of a programme's own (rules: my-programme.yaml)",
        output: "write to this file (never over an existing one); default standard output",
        lang: "language of the comments (default from LANG)",
        year: "the plan's year (default this year)",
      },
    },
    diff: {
      description: "show what a change does to each envelope, category and line of a plan",
      arguments: { old: "the plan before", new: "the plan after" },
      options: { format: "output format", lang: LANGUAGE },
      after: "Exit status: 0 no envelope newly broken; 1 the new plan breaks a maximum the old one kept; 2 a plan is invalid.",
    },
    schema: {
      description: "print the JSON Schema of the plan format, or of the actuals file (for editors and other tools)",
      arguments: {},
      options: { actuals: "the actuals file's schema (follow-up) instead of the plan's" },
    },
  },
};
