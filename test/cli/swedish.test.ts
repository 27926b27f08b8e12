/**
 * A Swedish report has no English word a Swedish controller would have to translate: every
 * command that words things (check, report, explain, diff, follow-up) in every text format, run
 * with --lang sv on plans whose own words (titles, items, roles) are Swedish. What is left to be
 * English is the plan's own syntax quoted in a hint (`paid_by: municipality`, `defaults.on_cost`)
 * or shown in an excerpt, file names and finding codes, which the scan takes out first. The CSV
 * and JSON outputs are data for other programs: their column names and codes stay as documented.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planJsonSchema } from "../../src/input/json-schema.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/icld-budget.cjs");
const PLAN = join(ROOT, "test/fixtures/swedish/projekt.yaml");

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } });
  return { status: result.status, text: result.stdout + result.stderr };
}

/** Words that are English and not Swedish, as they would leak from a label, a source or a message. */
const ENGLISH = new Set(
  `the of for and with from day days year years list source sources default defaults built-in total remaining hours hour rate amount
  share work envelope envelopes carried confirmed unconfirmed secondary not is are was tax domestic document decision section edition
  guidelines payroll firms rounded deductions computed assumed travel lodging subsistence audit interpretation translation venue
  traveller travellers night nights breakfast breakfasts dinner dinners municipality which when this that its it by as at on to no yes
  fits exceeded left spent actual actuals forecast deviation preparation project steering group phase whole max maximum guide limit used
  category trip trips cost costs line lines rule rules found file sweden poland warning warnings error errors help hint sek
  paid plan's stated item items instead missing should would per-diem allowance deducted full half free meals other`.split(/\s+/),
);

/**
 * The plan format's own words (every key and every choice of its JSON Schema): English by
 * design, and quoted as written in a message that says which key is wrong.
 */
function planVocabulary(): Set<string> {
  const words = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties") for (const name of Object.keys(value as object)) for (const word of name.split(/[^a-z]+/)) words.add(word);
      if (key === "enum" || key === "const") for (const choice of [value].flat()) for (const word of String(choice).split(/[^a-z-]+/)) words.add(word);
      walk(value);
    }
  };
  walk(planJsonSchema());
  return words;
}

/** The English words in a text, after taking out plan syntax, paths and codes. */
function englishWords(text: string, allowed: ReadonlySet<string> = new Set()): string[] {
  const scrubbed = text
    .replace(/<style[\s\S]*?<\/style>|<[^>]*>/g, " ") // html markup
    .replace(/^\s*\d* \|.*$/gm, " ") // a diagnostic's excerpt of the plan, and its caret line
    .replace(/\S+\.(yaml|csv|se|xlsx|html)\b(:\d+(:\d+)?)?/g, " ") // file names and positions
    .replace(/\b[A-Z][A-Z_]{2,}\b/g, " ") // finding codes
    .replace(/`[^`]*`/g, " ") // code spans
    .replace(/\b[a-z]+(?:[_.][a-zA-Z0-9_]+)+(?::\s*[\w-]+)?/g, " ") // plan keys (paid_by: municipality, defaults.on_cost, fx.EUR)
    .replace(/\brules: /g, " ") // the plan's key for its edition (rules: eget.yaml)
    .replace(/\{[^}]*\}/g, " "); // plan snippets ({2025: {PL: <kronor>}})
  const words = scrubbed.toLowerCase().match(/[a-zåäöé'-]+/g) ?? [];
  return [...new Set(words.filter((word) => ENGLISH.has(word) && !allowed.has(word)))];
}

let swedishCopy: { plan: string; actuals: string } | undefined;

/** budgets/project.yaml and its follow-up, with the plan's own words in Swedish (written once). */
function swedishFollowUp(): { plan: string; actuals: string } {
  if (swedishCopy) return swedishCopy;
  const dir = mkdtempSync(join(tmpdir(), "icld-sv-"));
  const replacements: [string, string][] = [
    ["project year 1", "projektår 1"],
    ["Workshop in Rzeszów", "Workshop i Rzeszów"],
    ["Partner visit to Västerås", "Partnerbesök i Västerås"],
    ["Minibus to the border and back", "Minibuss till gränsen och tillbaka"],
    ["Climate compensation of the flights", "Klimatkompensation för flygresorna"],
    ["Local transport", "Lokala resor"],
    ["Workshop room", "Workshoplokal"],
    ["Visa applications", "Visumansökningar"],
    ["Interpreter", "Tolk"],
    ["Audit", "Revision"],
  ];
  let plan = readFileSync(join(ROOT, "budgets/project.yaml"), "utf8").replace(/#.*$/gm, "");
  for (const [english, swedish] of replacements) plan = plan.replaceAll(english, swedish);
  writeFileSync(join(dir, "project.yaml"), plan);
  for (const name of ["2024.actuals.yaml", "huvudbok-2024.csv", "revision-2024.se"]) copyFileSync(join(ROOT, "budgets/follow-up", name), join(dir, name));
  swedishCopy = { plan: join(dir, "project.yaml"), actuals: join(dir, "2024.actuals.yaml") };
  return swedishCopy;
}

describe("a Swedish report", () => {
  it("has no English word in check's table, with every kind of finding the plan draws", () => {
    const check = run(["check", PLAN, "--lang", "sv"]);
    expect(check.status).toBe(1);
    // The findings are there, worded in Swedish, with their sources in Swedish. ICLD's 2026 by
    // hand: Rzeszów 4 × 5 200 + 4 × 3 nights × 1 200 + 3.5 days × 4 × 597 (20 800 + 14 400 + 8 358),
    // Västerås 6 × 7 000 + 6 × 4 nights × 1 450 + 4.5 days × 6 × 300 (42 000 + 34 800 + 8 100; the
    // venue is the municipality's), Anna 900 h × 484.01 (48 000 × 12 ÷ 1 720 × 1.4453, in öre)
    // = 435 609: 564 067 kr, 114 067 kr over 450 000.
    expect(check.text).toContain("fel[ENVELOPE_EXCEEDED]: projektramen för 2026 överskrider högsta beloppet: 564 067 kr av 450 000 kr, 114 067 kr över");
    expect(check.text).toContain(
      "varning[UNCONFIRMED_FIGURE]: resultatet bygger på en uppgift som är obekräftad: traktamente Polen (PL) 2026 = 597 kr per dag",
    );
    expect(check.text).toContain("hjälp: källa: OpenHR, ett lönesystem med öppen källkod");
    expect(check.text).toContain("det är inte bekräftat att ICLD betalar för tolkning (Möte i Rzeszów: Tolk)");
    expect(check.text).toContain("Standardvärden som används: årsarbetstid = 1 720 timmar");
    expect(englishWords(check.text)).toEqual([]);
  });

  it.each(["table", "markdown", "html"])("has no English word in report --format %s", (format) => {
    const report = run(["report", PLAN, "--lang", "sv", "--format", format]);
    expect(report.status).toBe(0);
    expect(report.text).toContain("Traktamente Polen (PL) 2026");
    expect(englishWords(report.text)).toEqual([]);
  });

  it("has no English word in explain, down to each rule and source", () => {
    const explain = run(["explain", PLAN, "--lang", "sv"]);
    expect(explain.status).toBe(0);
    expect(explain.text).toContain("belopp: 597 kr per dag, traktamente Polen (PL) 2026  [OpenHR, ett lönesystem");
    expect(explain.text).toContain("260 EUR × 11,45 kr/EUR  [planens fx.EUR]");
    expect(englishWords(explain.text)).toEqual([]);
  });

  it("has no English word in diff, as a table or Markdown", () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-sv-diff-"));
    const changed = join(dir, "ny.yaml");
    writeFileSync(
      changed,
      readFileSync(PLAN, "utf8")
        .replace("fare: 4800", "fare: 5400")
        .replace(/.*Slutrapport.*\n/, ""),
    );
    for (const format of ["table", "markdown"]) {
      const diff = run(["diff", PLAN, changed, "--lang", "sv", "--format", format]);
      expect(diff.status).toBe(0);
      expect(diff.text).toMatch(/borttagen.*Slutrapport/);
      expect(englishWords(diff.text)).toEqual([]);
    }
    // Back again the change breaks nothing new either: the 2026 envelope was over before.
    expect(run(["diff", changed, PLAN, "--lang", "sv"]).text).toMatch(/ändrad\s+Möte i Rzeszów: biljett\s+21 600 kr\s+19 200 kr/);
  });

  it.each(["table", "markdown", "html"])("has no English word in follow-up --format %s", (format) => {
    const { plan, actuals } = swedishFollowUp();
    const followUp = run(["follow-up", plan, actuals, "--lang", "sv", "--format", format]);
    expect(followUp.status).toBe(0);
    expect(englishWords(followUp.text)).toEqual([]);
  });

  it("has no English word in the problems of an invalid plan, but for the plan format's own keys and choices", () => {
    const vocabulary = planVocabulary();
    const folder = join(ROOT, "test/fixtures/invalid");
    const plans = readdirSync(folder).filter((name) => name.endsWith(".yaml"));
    expect(plans.length).toBeGreaterThan(20);
    const leaks = plans.flatMap((name) => {
      const result = run(["check", join(folder, name), "--lang", "sv"]);
      return englishWords(result.text, vocabulary).map((word) => `${name}: ${word}`);
    });
    expect(leaks).toEqual([]);
    // The yaml library's syntax errors are worded in Swedish too.
    expect(run(["check", join(folder, "flow-list-at-column-0.yaml"), "--lang", "sv"]).text).toContain("YAML-syntax: en nyckel måste stå på en enda rad");
  });

  it("has the command line's own lines in Swedish too: a file it will not write, a format or date it cannot read, what init wrote", () => {
    const { plan, actuals } = swedishFollowUp();
    const dir = mkdtempSync(join(tmpdir(), "icld-sv-lines-"));
    const existing = join(dir, "rapport.md");
    writeFileSync(existing, "redan här\n");
    const lines = [
      run(["report", plan, "--lang", "sv", "-o", existing]),
      run(["report", plan, "--lang", "sv", "-o", join(dir, "rapport.xyz")]),
      run(["report", plan, "--lang", "sv", "--format", "markdown", "-o", plan]),
      run(["follow-up", plan, actuals, "--lang", "sv", "--as-of", "30/11/2024"]),
      run(["init", "--phase", "project", "--lang", "sv", "--year", "2025", "-o", join(dir, "plan.yaml")]),
      run(["init", "--phase", "project", "--lang", "sv", "--year", "2025", "-o", join(dir, "plan.yaml")]),
      run(["init", "--edition", "icld-2023", "--lang", "sv", "-o", join(dir, "eget.yaml")]),
    ];
    expect(lines.map((line) => line.status)).toEqual([2, 2, 2, 2, 0, 2, 0]);
    expect(lines.map((line) => line.text.trim())).toEqual([
      `icld-budget: ${existing} finns redan; lägg till --force för att ersätta den.`,
      `icld-budget: filnamnet ${join(dir, "rapport.xyz")} säger inget format; lägg till --format (table, markdown, csv, json, html, xlsx).`,
      `icld-budget: ${plan} är en av filerna som läses; skriv rapporten till en annan fil.`,
      "icld-budget: --as-of 30/11/2024 är inget datum; skriv det som 2025-11-30.",
      `Skrev ${join(dir, "plan.yaml")}. Nästa steg: icld-budget check ${join(dir, "plan.yaml")}`,
      `icld-budget: ${join(dir, "plan.yaml")} finns redan, och init skriver aldrig över en fil; välj ett annat namn eller ta bort filen.`,
      `Skrev ${join(dir, "eget.yaml")}. Nästa steg: ge den eget id, egen titel, källa och egna belopp, och ange den i en plan: rules: ${join(dir, "eget.yaml")}`,
    ]);
    for (const line of lines) expect(englishWords(line.text)).toEqual([]);
    // In English, as they were.
    expect(run(["report", plan, "--lang", "en", "-o", existing]).text.trim()).toBe(`icld-budget: ${existing} already exists; add --force to replace it.`);
    expect(run(["follow-up", plan, actuals, "--lang", "en", "--as-of", "30/11/2024"]).text.trim()).toBe(
      "icld-budget: --as-of 30/11/2024 is not a date; write it as 2025-11-30.",
    );
  });

  it("has rates in Swedish too: the table, a figure no table has, an unknown country and what a plan lacks", () => {
    const table = run(["rates", "PL", "--year", "2024", "--lang", "sv"]);
    expect(table.status).toBe(0);
    expect(table.text).toContain("│ År   │ Land       │ Kronor per dag │ Status    │ Tabell  │ Källa ");
    expect(table.text).toContain(
      "│ 2024 │ Polen (PL) │            562 │ bekräftad │ inbyggd │ Skatteverket SKV A 2023:18 (normalbelopp för beskattningsåret 2024) │",
    );
    // Sweden by its name, with its domestic day only: the foreign lists' "Övriga länder och områden" is no figure for a trip within Sweden.
    const sweden = run(["rates", "SE", "--year", "2024", "--lang", "sv"]).text;
    expect(sweden).toContain("│ 2024 │ Sverige (SE) │            290 │ bekräftad │ inrikes │");
    expect(sweden).not.toContain("inbyggd");
    const dir = mkdtempSync(join(tmpdir(), "icld-sv-rates-"));
    const plan = join(dir, "resa.yaml");
    // A trip to Poland in 2025, a year the built-in tables have no Polish figure for.
    writeFileSync(
      plan,
      "version: 1\ntitle: Resa till Polen\nphase: preparation\nrules: icld-2023\npartner: {municipality: Shatsk, country: UA}\nyears: [2025]\ntrips:\n" +
        "  - {to: PL, depart: 2025-03-10T07:00, return: 2025-03-13T18:00, travellers: [{side: sweden, count: 1}], lodging: free, subsistence: per-diem}\n",
    );
    const lines = [
      run(["rates", "XK", "--year", "2031", "--lang", "sv"]),
      run(["rates", "Polan", "--lang", "sv"]),
      run(["rates", "--missing", plan, "--lang", "sv"]),
    ];
    expect(lines.map((line) => line.status)).toEqual([1, 2, 1]);
    expect(lines.map((line) => line.text)).toEqual([
      "Inget belopp för XK år 2031: ange det i planen (per_diem_rates) eller i en beloppstabell (icld-budget rates fetch --year 2031).\n",
      'icld-budget: inget land "Polan"; ange en ISO-kod (PL) eller ett svenskt eller engelskt namn (menade du Polen (PL)?).\n',
      `${plan}:8: inget normalbelopp för Polen (PL) år 2025: lägg till per_diem_rates: {2025: {PL: <kronor>}}, eller en beloppstabell\n`,
    ]);
    for (const line of [table, ...lines]) expect(englishWords(line.text, planVocabulary())).toEqual([]);
  });

  it("has the problems of the files explain, diff and follow-up read in Swedish too", () => {
    const { plan, actuals } = swedishFollowUp();
    const dir = mkdtempSync(join(tmpdir(), "icld-sv-problems-"));
    const broken = join(dir, "trasig.yaml");
    writeFileSync(broken, "version: 1\ntitle: [Trasig\n");
    const brokenActuals = join(dir, "utfall.yaml");
    writeFileSync(brokenActuals, "version: 1\nas_of: 2024-13-40\n");
    const runs = [
      run(["explain", plan, "ingenting", "--lang", "sv"]),
      run(["diff", plan, broken, "--lang", "sv"]),
      run(["follow-up", broken, actuals, "--lang", "sv"]),
      run(["follow-up", plan, brokenActuals, "--lang", "sv"]),
    ];
    expect(runs.map((r) => r.status)).toEqual([2, 2, 2, 2]);
    expect(runs[0]!.text).toBe(
      `icld-budget: ${plan} har inget som heter "ingenting"; ange en ram (project/2025), ett id för en resa eller person, en kategori eller en rad (${plan}:31).\n`,
    );
    for (const r of runs.slice(1, 3)) expect(r.text).toContain(`${broken}:2:14: fel[YAML_SYNTAX]: YAML-syntax:`);
    expect(runs[3]!.text).toContain(`${brokenActuals}:2:8: fel[IMPOSSIBLE_DATE]: as_of: 2024-13-40 finns inte i kalendern`);
    for (const r of runs) expect(englishWords(r.text, planVocabulary())).toEqual([]);
  });

  it("has the command line's help and usage errors in Swedish: every command's help, and a line for each kind of mistake", () => {
    const commands = [[], ["check"], ["report"], ["follow-up"], ["explain"], ["rates"], ["rates", "fetch"], ["init"], ["diff"], ["schema"]];
    const helps = commands.map((command) => run([...command, "--help", "--lang", "sv"]));
    expect(helps.map((h) => h.status)).toEqual(commands.map(() => 0));
    for (const help of helps) expect(help.text).toMatch(/^Användning: icld-budget /);
    // A flag's default in words of the language: "(standard: nej)", not commander's "false".
    const check = helps[1]!.text.replace(/\s+/g, " ");
    expect(check).toContain("visa varje kostnadsrad i tabellen (standard: nej)");
    for (const help of helps) expect(help.text).not.toMatch(/\bfalse\b/);
    const mistakes = [
      ["check", "--bogus", PLAN],
      ["chek"],
      ["report"],
      ["report", "--format", "pdf", PLAN],
      ["rates", "fetch"],
      ["init"],
      ["explain", PLAN, "a", "b"],
    ];
    const errors = mistakes.map((args) => run([...args, "--lang", "sv"]));
    expect(errors.map((e) => e.status)).toEqual(mistakes.map(() => 2));
    // `help [kommando]` is a command's name, typed as it is, like check and report.
    const typed = new Set([...planVocabulary(), "help"]);
    for (const r of [...helps, ...errors]) expect(englishWords(r.text, typed)).toEqual([]);
  });

  it("finds the English words it is looking for, so that an empty list means something", () => {
    const { plan } = swedishFollowUp();
    expect(englishWords(run(["report", plan, "--lang", "en"]).text)).toEqual(expect.arrayContaining(["travel", "lodging", "envelope", "source"]));
    expect(englishWords("hjälp: ange paid_by: municipality i planens defaults.on_cost, budgets/plan.yaml:3:4 [UNCONFIRMED_FIGURE]")).toEqual([]);
    // The plan's vocabulary lets its keys through, not English at large.
    expect(englishWords("the source of the envelope, per traveller and night", planVocabulary())).toEqual(["the", "source", "of", "envelope", "and"]);
  });
});
