/**
 * The command line's help in Swedish (help-en.ts has the English and the shape): loaded only
 * when the user's language is Swedish (LANG=sv_SE.UTF-8, or --lang sv on the command line).
 */
import type { HelpWords } from "./help-en.js";

const LANGUAGE = "språk (standard från LC_ALL/LANG: sv_* ger svenska, annars engelska)";
const FORMAT_BY_EXTENSION = "utdataformat (standard: efter filändelsen i -o, annars table)";
const TO_FILE = "skriv till den här filen (- för standard ut)";
const NO_COLOUR = "ingen färg, inte ens i en terminal";
const STRICT = "misslyckas (slutstatus 1) även vid varningar";
const CSV_DIALECT = "rfc4180 för program, excel-sv för svenskt Excel";

export const HELP_SV: HelpWords = {
  commander: {
    "Usage:": "Användning:",
    "Arguments:": "Argument:",
    "Options:": "Flaggor:",
    "Commands:": "Kommandon:",
    "[options]": "[flaggor]",
    "[command]": "[kommando]",
    choices: "val",
    default: "standard",
    false: "nej",
  },
  values: {
    file: "fil",
    year: "år",
    lang: "språk",
    date: "datum",
    name: "namn",
    dialect: "dialekt",
    phase: "fas",
    edition: "utgåva",
    plan: "plan",
    plans: "planer",
    actuals: "utfall",
    what: "vad",
    country: "land",
    old: "gammal",
    new: "ny",
  },
  program: {
    description: "Budgetera ICLD:s bidrag till kommunala partnerskap exakt och pröva dem mot ICLD:s ramar.",
    arguments: {},
    options: { debug: "skriv ut stackspåret vid ett internt fel", version: "visa versionsnumret", help: "visa hjälp för kommandot" },
  },
  commands: {
    check: {
      description: "pröva planer mot ramarna för deras fas",
      arguments: { plans: "planfiler, mappar (varje *.yaml därunder utom *.actuals.yaml), globmönster inom citattecken, eller - för standard in" },
      options: {
        format: "utdataformat",
        strict: STRICT,
        lines: "visa varje kostnadsrad i tabellen",
        color: NO_COLOUR,
        stdinName: "namnet som standard in har i meddelanden",
        lang: "språk för tabellen och anmärkningarna (standard från LC_ALL/LANG: sv_* ger svenska, annars engelska)",
      },
      after:
        "Slutstatus: 0 varje plan ryms (varningar tillåtna); 1 en plan bryter ett tak eller har ett fel\n(eller en varning, med --strict); 2 en fil gick inte att läsa eller är ogiltig, eller\nkommandoraden är fel; 3 ett internt fel (en bugg i icld-budget).",
    },
    report: {
      description: "tabeller för tjänsteskrivelsen om en plan, på svenska eller engelska",
      arguments: { plan: "planfilen" },
      options: {
        format: FORMAT_BY_EXTENSION,
        output: TO_FILE,
        lang: LANGUAGE,
        csvDialect: CSV_DIALECT,
        force: "ersätt en befintlig utdatafil",
        color: NO_COLOUR,
      },
    },
    "follow-up": {
      description: "den beviljade planen mot vad som har använts: årets ekonomiska rapport",
      arguments: { plan: "den beviljade planen", actuals: "utfallsfilen (exporter ur huvudboken, kontoplan, timmar, poster)" },
      options: {
        asOf: "dagen då bokföringen lästes av (standard: utfallsfilens as_of, annars i dag)",
        format: FORMAT_BY_EXTENSION,
        output: TO_FILE,
        lang: LANGUAGE,
        csvDialect: CSV_DIALECT,
        strict: STRICT,
        force: "ersätt en befintlig utdatafil",
        color: NO_COLOUR,
      },
      after:
        "Slutstatus: 0 utfallet ryms inom varje tak (varningar tillåtna); 1 ett tak överskrids eller det finns\nett fel (eller en varning, med --strict); 2 en fil gick inte att läsa eller är ogiltig.",
    },
    explain: {
      description: "varje belopp i en plan spårat till sin regel och källa, som ett träd från ramarna ned till raderna",
      arguments: { plan: "planfilen", what: "en ram (project/2025), en resas eller persons id, en kategori, eller en rad (plan.yaml:31)" },
      options: { format: "utdataformat", lang: LANGUAGE },
    },
    rates: {
      description: "slå upp normalbelopp med källa och status, eller lista dem som en plan saknar",
      arguments: { country: "en ISO-kod (PL) eller ett lands namn på svenska eller engelska" },
      options: {
        year: "bara det här året",
        format: "utdataformat",
        pack: "en beloppstabell att fråga först (kan anges flera gånger)",
        missing: "lista de belopp som planen behöver och som ingen tabell har",
        lang: "språk för tabellen och raderna (standard från LC_ALL/LANG: sv_* ger svenska, annars engelska)",
      },
    },
    "rates fetch": {
      description: "hämta ett års normalbelopp ur Skatteverkets öppna data som en beloppstabell (det enda kommando som använder nätet)",
      arguments: {},
      options: {
        year: "beskattningsåret (måste anges)",
        output: "beloppstabellen att skriva (standard normalbelopp-ÅR.csv; - för standard ut)",
        url: "datamängdens adress (radlagret med normalbelopp)",
        timeout: "tidsgräns för varje anrop, i millisekunder",
        force: "ersätt en befintlig fil",
        lang: "språk för raderna och för tabellens kommentarer (standard från LC_ALL/LANG)",
      },
    },
    init: {
      description:
        "skriv en kommenterad startplan för en fas som klarar check som den är, en startfil för utfall, eller en inbyggd utgåva av riktlinjerna att göra en egen av",
      arguments: {},
      options: {
        phase: "startplanens fas",
        actuals: "en startfil för utfall (follow-up) i stället",
        edition: "en inbyggd utgåva av riktlinjerna, som början på ett eget programs (rules: mitt-program.yaml)",
        output: "skriv till den här filen (aldrig över en befintlig); standard ut annars",
        lang: "språk för kommentarerna (standard från LANG)",
        year: "planens år (standard i år)",
      },
    },
    diff: {
      description: "visa vad en ändring gör med varje ram, kategori och rad i en plan",
      arguments: { old: "planen före", new: "planen efter" },
      options: { format: "utdataformat", lang: LANGUAGE },
      after: "Slutstatus: 0 ingen ram har brutits på nytt; 1 den nya planen bryter ett tak som den gamla höll; 2 en plan är ogiltig.",
    },
    schema: {
      description: "skriv ut JSON Schema för planformatet, eller för utfallsfilen (för redigerare och andra verktyg)",
      arguments: {},
      options: { actuals: "utfallsfilens schema (follow-up) i stället för planens" },
    },
  },
};
