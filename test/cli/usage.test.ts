/**
 * The command line's own words: its help and its usage errors, in English and Swedish. A usage
 * error is one line on standard error, "icld-budget: <what is wrong>; <how to fix it>.", and exit
 * status 2; help goes to standard output with exit status 0. English help is commander's layout
 * with our descriptions; Swedish help has commander's own words in Swedish too.
 */
import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { commandLineLang } from "../../src/cli/lang.js";
import { runCli } from "../../src/cli/main.js";
import { usageProblem } from "../../src/cli/usage.js";

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: { write: (text: string | Uint8Array) => out.push(String(text)) },
    stderr: { write: (text: string) => err.push(text) },
    env,
    stdoutIsTTY: false,
  };
  const status = await runCli(args, io);
  return { status, stdout: out.join(""), stderr: err.join("") };
}

const PLAN = "budgets/preparation.yaml";

// Each kind of usage error commander finds or the commands themselves, and its line in each language.
/** What init says, in English and Swedish, when it is not told which one starter to write. */
const INIT_WHAT = [
  "init writes one starter: a plan (--phase), an actuals file (--actuals) or a rule edition (--edition); give one of the three, such as icld-budget init --phase preparation",
  "init skriver en startfil: en plan (--phase), en utfallsfil (--actuals) eller en utgåva av riktlinjerna (--edition); ange en av de tre, som icld-budget init --phase preparation",
] as const;

const CASES: [args: string[], en: string, sv: string][] = [
  [
    ["check", "--bogus", PLAN],
    "unknown option --bogus; icld-budget check --help lists the options",
    "okänd flagga --bogus; icld-budget check --help visar flaggorna",
  ],
  [
    ["check", "--line", PLAN],
    "unknown option --line; did you mean --lines? icld-budget check --help lists the options",
    "okänd flagga --line; menade du --lines? icld-budget check --help visar flaggorna",
  ],
  [
    ["chek", PLAN],
    "unknown command chek; did you mean check? icld-budget --help lists the commands",
    "okänt kommando chek; menade du check? icld-budget --help visar kommandona",
  ],
  [["report"], "report needs <plan>; icld-budget report --help says what to give", "report behöver <plan>; icld-budget report --help visar vad som ska anges"],
  [
    ["follow-up", PLAN],
    "follow-up needs <actuals>; icld-budget follow-up --help says what to give",
    "follow-up behöver <utfall>; icld-budget follow-up --help visar vad som ska anges",
  ],
  [
    ["check", "--format", "xml", PLAN],
    "--format xml is not one of its choices; choose one of table, json, github, junit",
    "--format xml är inget av dess val; välj ett av table, json, github, junit",
  ],
  [
    ["check", PLAN, "--format"],
    "--format needs a value; icld-budget check --help lists the options",
    "--format behöver ett värde; icld-budget check --help visar flaggorna",
  ],
  [
    ["report", "a.yaml", "b.yaml"],
    "report takes 1 argument, not 2; put quotes around a name with spaces in it; icld-budget report --help says what to give",
    "report tar 1 argument, inte 2; sätt citattecken kring ett namn med mellanslag i; icld-budget report --help visar vad som ska anges",
  ],
  [
    ["rates", "fetch", "--yearz", "2026"],
    "unknown option --yearz; did you mean --year? icld-budget rates fetch --help lists the options",
    "okänd flagga --yearz; menade du --year? icld-budget rates fetch --help visar flaggorna",
  ],
  [
    ["rates", "--year", "20x", "PL"],
    "--year 20x is not a year; write a year from 2000 to 2100, such as 2026",
    "--year 20x är inget årtal; skriv ett år mellan 2000 och 2100, som 2026",
  ],
  [
    ["rates", "fetch"],
    "rates fetch needs --year, the tax year to download; for example icld-budget rates fetch --year 2026",
    "rates fetch behöver --year, beskattningsåret att hämta; till exempel icld-budget rates fetch --year 2026",
  ],
  [
    ["rates", "fetch", "--year", "2026", "--timeout", "1e3"],
    "--timeout 1e3 is not a number of milliseconds; write a whole number from 1, such as 30000",
    "--timeout 1e3 är inget antal millisekunder; skriv ett heltal från 1, som 30000",
  ],
  [["init"], INIT_WHAT[0], INIT_WHAT[1]],
  [["init", "--phase", "project", "--actuals"], INIT_WHAT[0], INIT_WHAT[1]],
  [["init", "--edition", "icld-2023", "--actuals"], INIT_WHAT[0], INIT_WHAT[1]],
  [
    ["init", "--edition", "icld-2027"],
    "--edition icld-2027 is not one of its choices; choose one of icld-2020, icld-2023",
    "--edition icld-2027 är inget av dess val; välj ett av icld-2020, icld-2023",
  ],
  [
    ["init", "--phase", "project", "--year", "1999"],
    "--year 1999 is not a year; write a year from 2000 to 2100, such as 2026",
    "--year 1999 är inget årtal; skriv ett år mellan 2000 och 2100, som 2026",
  ],
  [
    // commander would show the program's help and exit 0 for a name it does not know
    ["help", "chek"],
    "unknown command chek; did you mean check? icld-budget --help lists the commands",
    "okänt kommando chek; menade du check? icld-budget --help visar kommandona",
  ],
  [["--bogus"], "unknown option --bogus; icld-budget --help lists the options", "okänd flagga --bogus; icld-budget --help visar flaggorna"],
];

describe("usage errors", () => {
  it.each(CASES)("%j: one line in English, exit 2, nothing on standard output", async (args, en) => {
    const { status, stdout, stderr } = await run(args);
    expect(stderr).toBe(`icld-budget: ${en}.\n`);
    expect(status).toBe(2);
    expect(stdout).toBe("");
  });

  it.each(CASES)("%j: the same line in Swedish, from LANG", async (args, _, sv) => {
    const { status, stderr } = await run(args, { LANG: "sv_SE.UTF-8" });
    expect(stderr).toBe(`icld-budget: ${sv}.\n`);
    expect(status).toBe(2);
  });

  it("takes the language from --lang wherever it stands, before LANG", async () => {
    expect((await run(["check", "--lang", "sv", "--bogus", PLAN])).stderr).toBe(
      "icld-budget: okänd flagga --bogus; icld-budget check --help visar flaggorna.\n",
    );
    expect((await run(["check", "--bogus", "--lang=sv", PLAN])).stderr).toBe("icld-budget: okänd flagga --bogus; icld-budget check --help visar flaggorna.\n");
    expect((await run(["check", "--bogus", "--lang", "en", PLAN], { LANG: "sv_SE.UTF-8" })).stderr).toBe(
      "icld-budget: unknown option --bogus; icld-budget check --help lists the options.\n",
    );
  });

  it("quotes commander's own words for a refusal of a kind it does not know", () => {
    expect(usageProblem(new CommanderError(1, "commander.conflictingOption", "error: option '--a' cannot be used with option '--b'"), "check")).toEqual({
      code: "USAGE_PROBLEM",
      args: { detail: "option '--a' cannot be used with option '--b'", command: "check" },
    });
  });
});

describe("commandLineLang", () => {
  it("reads --lang sv|en before the user's locale, and nothing after --", () => {
    expect(commandLineLang(["check", "--lang", "sv"], {})).toBe("sv");
    expect(commandLineLang(["check", "--lang=en"], { LANG: "sv_SE.UTF-8" })).toBe("en");
    expect(commandLineLang(["check", "--lang", "de"], { LANG: "sv_SE.UTF-8" })).toBe("sv");
    expect(commandLineLang(["check", "--", "--lang", "sv"], {})).toBe("en");
    expect(commandLineLang(["check"], { LC_ALL: "sv_FI.UTF-8", LANG: "en_GB.UTF-8" })).toBe("sv");
  });
});

describe("help", () => {
  it("is commander's in English, on standard output with exit 0", async () => {
    const { status, stdout, stderr } = await run(["check", "--help"]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(
      /^Usage: icld-budget check \[options\] <plans\.\.\.>\n\ncheck plans against the envelopes of their phase\n\nArguments:\n {2}plans {18}plan files/,
    );
    expect(stdout).toContain(
      '  -f, --format <format>  output format (choices: "table", "json", "github",\n                         "junit", default: "table")\n',
    );
    expect(stdout).toContain("  --stdin-name <name>    the name standard input goes by in messages (default:\n");
    expect(stdout).toContain("\nExit status: 0 every plan fits (warnings allowed); 1 a plan breaks a maximum or has an error\n");
  });

  it("is in Swedish, commander's headings and words too, with the values named in Swedish", async () => {
    const { status, stdout } = await run(["check", "--help"], { LANG: "sv_SE.UTF-8" });
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^Användning: icld-budget check \[flaggor\] <planer\.\.\.>\n\npröva planer mot ramarna för deras fas\n\nArgument:\n {2}planer {17}planfiler/,
    );
    expect(stdout).toContain('  -f, --format <format>  utdataformat (val: "table", "json", "github", "junit",\n                         standard: "table")\n');
    expect(stdout).toContain("  --stdin-name <namn>    namnet som standard in har i meddelanden (standard:\n");
    expect(stdout).toContain("\nFlaggor:\n");
    expect(stdout).toContain("\nSlutstatus: 0 varje plan ryms (varningar tillåtna); 1 en plan bryter ett tak eller har ett fel\n");
    const top = await run(["--help", "--lang", "sv"]);
    expect(top.stdout).toMatch(/^Användning: icld-budget \[flaggor\] \[kommando\]\n/);
    expect(top.stdout).toContain("\nKommandon:\n  check [flaggor] <planer...>  ");
    expect(top.stdout).toContain("\n  help [kommando]  ");
    const fetch = await run(["rates", "fetch", "--help", "--lang", "sv"]);
    expect(fetch.stdout).toContain("  --year <år>  ");
    expect(fetch.stdout).toContain("  -o, --output <fil>  ");
  });
});
