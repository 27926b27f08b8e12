/**
 * The wording of findings: one place per language, the same codes in both, and Swedish where the
 * reader asked for Swedish.
 */
import { describe, expect, it } from "vitest";
import { describeFinding, describeTableProblem, messageCodes, TABLE_PROBLEMS } from "../../src/check/messages.js";
import { messagesSv, TABLE_PROBLEMS_SV } from "../../src/check/messages-sv.js";
import { renderPlanTable } from "../../src/render/table.js";
import { check, planText } from "../helpers.js";

describe("messages", () => {
  it("word the same codes in English and Swedish", () => {
    expect(Object.keys(messagesSv()).sort()).toEqual([...messageCodes()].sort());
    expect(Object.keys(TABLE_PROBLEMS_SV).sort()).toEqual(Object.keys(TABLE_PROBLEMS).sort());
  });

  it("word what is wrong in a table file in each language, at its row and column where it has them", () => {
    const cases: [args: Record<string, string | number>, en: string, sv: string][] = [
      [
        { row: 3, column: "year", problem: "not-a", value: "20x4", expected: "year" },
        'row 3, column year: "20x4" is not a year',
        'rad 3, kolumn year: "20x4" är inte ett årtal',
      ],
      [
        { row: 4, column: "country_code", problem: "listed-twice", year: 2025, country: "", otherRow: 2 },
        "row 4, column country_code: 2025 Övriga länder och områden is listed twice (also row 2)",
        "rad 4, kolumn country_code: 2025 Övriga länder och områden står två gånger (också på rad 2)",
      ],
      [
        { row: 0, column: "envelopes.3", problem: "two-envelopes", slot: "project bilateral europe" },
        "column envelopes.3: project bilateral europe has two envelopes",
        "kolumn envelopes.3: project bilateral europe har två ramar",
      ],
      [
        { row: 0, column: "-", problem: "no-results" },
        'no list of results (Skatteverket\'s open data has {"results": [...]})',
        'ingen lista med resultat (Skatteverkets öppna data har {"results": [...]})',
      ],
      // A reader's error that is no TableError keeps its own words.
      [{ detail: "EACCES" }, "EACCES", "EACCES"],
    ];
    for (const [args, en, sv] of cases) expect([describeTableProblem(args), describeTableProblem(args, "sv")]).toEqual([en, sv]);
  });

  it("tell how to fix an unknown person by where the id stands: a traveller, a work line, a follow-up's hours", () => {
    const hint = (where: string, lang: "sv" | "en") =>
      describeFinding({ code: "UNKNOWN_PERSON", severity: "error", args: { id: "zed", known: "anna", where } }, lang).hint;
    expect(["traveller", "work", "hours"].map((where) => hint(where, "en"))).toEqual([
      "people defined: anna; add the person under people:, or use a group {side: sweden, count: 1}",
      "people defined: anna; add the person under people:, or write the line with role: instead of person:",
      "people defined: anna; hours are for a person of the plan: add the person under the plan's people:",
    ]);
    expect(["traveller", "work", "hours"].map((where) => hint(where, "sv"))).toEqual([
      "personer i planen: anna; lägg till personen under people:, eller använd en grupp {side: sweden, count: 1}",
      "personer i planen: anna; lägg till personen under people:, eller skriv raden med role: i stället för person:",
      "personer i planen: anna; timmar gäller en person i planen: lägg till personen under planens people:",
    ]);
    // A plan's work line says where it stands.
    const work = check(planText("people:\n  - {id: anna, side: sweden, monthly_salary: 40000}\nwork:\n  - {person: zed, hours: 10}"));
    expect(work.findings.map((f) => [f.code, f.args.where])).toEqual([["UNKNOWN_PERSON", "work"]]);
  });

  it("word a finding in Swedish, with amounts in Swedish form", () => {
    const finding = {
      code: "ENVELOPE_EXCEEDED",
      severity: "error" as const,
      args: { envelope: "steering-group.work", period: "2025", total: "189420.60", limit: "150000.00", over: "39420.60" },
    };
    expect(describeFinding(finding, "sv").message).toBe(
      "styrgruppramens arbetsandel för 2025 överskrider högsta beloppet: 189 420,60 kr av 150 000 kr, 39 420,60 kr över",
    );
    expect(describeFinding(finding).message).toBe(
      "the steering-group work share for 2025 is over its maximum: SEK 189,420.60 of SEK 150,000, SEK 39,420.60 over",
    );
  });

  it("word a finding's own reasons in each language: its arguments carry numbers, names and codes, no English", () => {
    const cases: [code: string, args: Record<string, string | number>, en: string, sv: string][] = [
      [
        "FILE_TOO_LARGE",
        { bytes: 20000000, max: 16777216 },
        "the file is too large (20000000 bytes; at most 16777216)",
        "filen är för stor (20000000 byte; högst 16777216)",
      ],
      [
        "FILE_TOO_LARGE",
        { max: 16777216 },
        "the file is too large (more than the 16777216 bytes a file may have)",
        "filen är för stor (mer än de 16777216 byte en fil får ha)",
      ],
      [
        "TOO_MANY_PROBLEMS",
        { count: 9900, counted: "at-least", codes: "9900 INVALID_YEAR", shown: 100 },
        "and at least 9900 more problems (9900 INVALID_YEAR) after the first 100",
        "och minst 9900 problem till (9900 INVALID_YEAR) efter de första 100",
      ],
      [
        "TOO_MANY_PROBLEMS",
        { count: 5, counted: "exactly", codes: "5 INVALID_ID", shown: 100 },
        "and 5 more problems (5 INVALID_ID) after the first 100",
        "och 5 problem till (5 INVALID_ID) efter de första 100",
      ],
      [
        "SIE_SYNTAX",
        { problem: "not-closed" },
        "the SIE line cannot be read: a quote or brace is not closed",
        "SIE-raden kan inte läsas: ett citattecken eller en klammerparentes är inte stängd",
      ],
      [
        "SIE_SYNTAX",
        { problem: "object-list", text: "{1}" },
        "the SIE line cannot be read: the object list {1} is not pairs of dimension and object",
        "SIE-raden kan inte läsas: objektlistan {1} består inte av par av dimension och objekt",
      ],
      [
        "CONFIG_INVALID",
        { file: "c.yaml", problem: "not-a-mapping" },
        "the config file c.yaml cannot be used: it is not a YAML mapping",
        "konfigurationsfilen c.yaml kan inte användas: den är ingen YAML-mappning",
      ],
      [
        "CONFIG_INVALID",
        { file: "c.yaml", problem: "rate-packs-not-files" },
        "the config file c.yaml cannot be used: rate_packs: must be a list of files",
        "konfigurationsfilen c.yaml kan inte användas: rate_packs: ska vara en lista med filer",
      ],
      [
        "LEDGER_AMOUNT_TOO_LARGE",
        { text: "1 000 000 000 000,00" },
        '"1 000 000 000 000,00" is a trillion kronor or more',
        '"1 000 000 000 000,00" är tusen miljarder kronor eller mer',
      ],
      [
        "RATE_PACK_UNREADABLE",
        { file: "/plans/nope.csv", detail: "ENOENT" },
        "cannot read the rate pack /plans/nope.csv: it does not exist (ENOENT)",
        "beloppstabellen /plans/nope.csv kan inte läsas: den finns inte (ENOENT)",
      ],
      ["UNREADABLE", { detail: "EACCES" }, "cannot read the file: permission denied (EACCES)", "filen kan inte läsas: åtkomst nekas (EACCES)"],
      // A code without words of its own is given as the system gave it.
      ["UNREADABLE", { detail: "EIO" }, "cannot read the file: EIO", "filen kan inte läsas: EIO"],
      // Writing, what does not exist is the folder.
      [
        "OUTPUT_NOT_WRITTEN",
        { file: "out/r.md", detail: "ENOENT" },
        "cannot write out/r.md: its folder does not exist (ENOENT)",
        "kan inte skriva out/r.md: mappen finns inte (ENOENT)",
      ],
      [
        "EDITION_INVALID",
        { file: "e.yaml", problem: "not-found" },
        "the edition file e.yaml cannot be used: the file does not exist",
        "utgåvefilen e.yaml kan inte användas: filen finns inte",
      ],
      [
        "OVER_BUDGET",
        { subject: "trip", name: "kyiv", budget: "10000.00", actual: "11001.00", tolerance: "10" },
        "trip kyiv: actual SEK 11,001 against a budget of SEK 10,000, more than 10 % over",
        "resa kyiv: utfall 11 001 kr mot en budget på 10 000 kr, mer än 10 % över",
      ],
    ];
    for (const [code, args, en, sv] of cases) {
      const finding = { code, severity: "error" as const, args };
      expect([code, describeFinding(finding).message]).toEqual([code, en]);
      expect([code, describeFinding(finding, "sv").message]).toEqual([code, sv]);
    }
  });

  it("say that yes, no and ja are text in YAML 1.2 where true or false is expected, and which one they meant", () => {
    const trip = (day: string) =>
      `trips:\n  - {to: PL, depart: 2023-03-13T07:00, return: 2023-03-14T18:00, travellers: [{side: sweden, count: 1}], lodging: free, subsistence: per-diem, meals_provided: [${day}]}`;
    const result = check(planText(trip("{date: 2023-03-13, breakfast: yes, lunch: Nej, dinner: maybe}")));
    const findings = result.findings.filter((f) => f.code === "INVALID_TYPE");
    expect(findings.map((f) => [f.args.received, f.args.boolean])).toEqual([
      ['"yes"', "true"],
      ['"Nej"', "false"],
      ['"maybe"', undefined],
    ]);
    const worded = (lang: "en" | "sv") => findings.map((f) => describeFinding(f, lang));
    expect(worded("en").map((w) => w.hint)).toEqual([
      'write true (YAML 1.2 reads "yes" as text)',
      'write false (YAML 1.2 reads "Nej" as text)',
      "write true or false",
    ]);
    expect(worded("en")[0]!.message).toBe('trips[0].meals_provided[0].breakfast: expected true or false, found "yes"');
    expect(worded("sv").map((w) => w.hint)).toEqual([
      'skriv true (YAML 1.2 läser "yes" som text)',
      'skriv false (YAML 1.2 läser "Nej" som text)',
      "skriv true eller false",
    ]);
  });

  it("tell how to fix too many decimals by where the amount was read: a SIE file has no thousands separators to blame", () => {
    const hints = (args: Record<string, string | number>) =>
      (["en", "sv"] as const).map((lang) => describeFinding({ code: "LEDGER_AMOUNT_DECIMALS", severity: "error", args }, lang).hint);
    expect(hints({ text: "100.505", decimals: 3, format: "sie" })).toEqual([
      "the accounting system wrote fractions of an öre: round the amount to öre there and export the file again",
      "bokföringsprogrammet skrev bråkdelar av öre: avrunda beloppet till ören där och exportera filen igen",
    ]);
    expect(hints({ text: "1.234", decimals: 3 })).toEqual([
      "if the point or comma separates thousands (1.234 for 1 234 kr), export the column without it; if not, round the amounts to öre",
      "om punkten eller kommat skiljer tusental (1.234 för 1 234 kr), exportera kolumnen utan det; avrunda annars beloppen till ören",
    ]);
  });

  it("give check's table in Swedish: words, findings and hints", () => {
    const result = check(planText("costs:\n  - {item: Tolk, category: interpretation, amount: 240000.01}"));
    const table = renderPlanTable(result, { lang: "sv" });
    for (const word of [
      "Ram",
      "Gräns",
      "Kvar",
      "Kategori (betalas av ICLD)",
      "Tolkning",
      "RYMS INTE",
      "överskrider högsta beloppet",
      "hjälp:",
      "1 fel, 1 varning",
    ])
      expect(table).toContain(word);
    for (const english of ["Envelope", "Remaining", "help:", "DOES NOT FIT", "is over its maximum", "errors"]) expect(table).not.toContain(english);
  });
});
