/**
 * Every finding, and the command line's own lines, worded in Swedish, code for code as in
 * messages.ts (a test holds the two to the same codes). Amounts are in Swedish form: 189 420,60 kr.
 */
import { Decimal } from "../model/money.js";
import type { Category, Finding, Phase } from "../model/types.js";
import { formatSek } from "../render/format.js";
import type { Confirmation } from "../model/confirmation.js";
import { CATEGORY_LABELS, describeFigure, figureWithValue, PHASE_LABELS, REPORT_LABELS, UNIT_PLURAL_LABELS } from "../render/labels.js";
import type { Describe } from "./messages.js";
import { TABLE_STATUSES } from "../rates/table-rows.js";
import { systemErrorIn } from "./system-error.js";
import { placeTableProblem, type TableProblemWords } from "./table-problem.js";

const EXPECTED_SV: Readonly<Record<string, string>> = {
  amount: 'ett belopp: kronor (4500) eller "<tal> <valuta>" ("450 EUR")',
  number: "ett tal (120 eller 7.5)",
  "whole-number": "ett heltal (3)",
  percent: "en procentsats (44.53% eller 0.4453)",
  year: "ett årtal (2025)",
  "date-time": "ett lokalt datum med klockslag (2025-03-10T07:00)",
  country: "en landskod enligt ISO (PL, UA, SE)",
  currency: "en valutakod (EUR)",
  text: "text",
  id: "ett id (bokstäver, siffror, - _ .)",
  mapping: "en mappning (rader med nyckel: värde)",
  list: "en lista (rader med - eller [a, b])",
  lodging: 'logi: ett belopp per natt (1000 eller "90 EUR"), {per_night, nights}, free (värden står för logi) eller none (nattraktamente)',
  subsistence: "kost: per-diem, {per_day: <belopp>} eller none",
  traveller: "en resenär: en persons id, eller en grupp {side: sweden|partner, count: N}",
  version: "1 (planformatets enda version)",
  date: "ett datum (2025-03-10)",
  meals: "fria måltider: antal under resan ({breakfast: 3, dinner: 1}) eller en lista med dagar ([{date: 2025-03-10, breakfast: true}])",
  "yes-no": "true eller false",
};

/**
 * The yaml library's syntax errors in Swedish: its fixed messages one by one (those with a
 * detail keep the detail), and for any other a wording of its code.
 */
const YAML_MESSAGES_SV: readonly [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^Implicit keys (of flow sequence pairs )?need to be on a single line/, () => "en nyckel måste stå på en enda rad"],
  [
    /^Nested mappings are not allowed in compact mappings/,
    () => "en mappning kan inte börja inne i en kompakt mappning (ett kolon för mycket, eller ett radslut som saknas?)",
  ],
  [/^A block sequence may not be used as an implicit map key/, () => "en lista kan inte vara en nyckel"],
  [/^Comments must be separated from other tokens by white space/, () => "en kommentar (#) måste skiljas från det som står före med ett mellanslag"],
  [/^Missing closing .quote/, () => "ett avslutande citattecken saknas"],
  [/^Implicit map keys need to be followed by map values/, () => "nyckeln saknar värde: ett kolon efter nyckeln saknas"],
  [/^Sequence item without - indicator/, () => "ett listelement saknar -"],
  [/^Missing , or : between/, () => "ett kommatecken eller kolon saknas mellan elementen"],
  [/^Missing , between/, () => "ett kommatecken saknas mellan elementen"],
  [/^Missing space after : in/, () => "ett mellanslag saknas efter kolonet"],
  [/^Tags and anchors must be separated from the next token by white space/, () => "en tagg eller ett ankare måste följas av ett mellanslag"],
  [
    /^Flow (map|sequence) in block collection must be sufficiently indented and end with a (.)/,
    (m) => `${m[1] === "map" ? "en mappning { }" : "en lista [ ]"} måste vara indragen mer än raden den hör till och avslutas med ${m[2]}`,
  ],
  [/^All sequence items must start at the same column/, () => "alla listelement måste börja i samma kolumn"],
  [/^Map keys must be unique/, () => "nycklarna i en mappning måste vara olika"],
  [/^Plain value cannot start with (.+)/, (m) => `ett värde utan citattecken kan inte börja med ${m[1]}: sätt det inom citattecken`],
  [/^Invalid escape sequence (.+)/, (m) => `ogiltig escape-sekvens ${m[1]} i en sträng inom dubbla citattecken`],
  [/^Unexpected , in/, () => "ett kommatecken för mycket"],
  [/^Unexpected empty item in/, () => "ett tomt element (två kommatecken i rad?)"],
  [/^A node can have at most one anchor/, () => "ett värde kan ha högst ett ankare"],
  [/^A node can have at most one tag/, () => "ett värde kan ha högst en tagg"],
  [/^An alias node must not specify any properties/, () => "ett alias kan inte ha egen tagg eller eget ankare"],
  [/^(Alias|Anchor) cannot be an empty string/, (m) => `${m[1] === "Alias" ? "ett alias" : "ett ankare"} kan inte vara tomt`],
  [/^Unresolved tag: (.+)/, (m) => `okänd tagg ${m[1]}`],
];
const YAML_CODES_SV: Readonly<Record<string, string>> = {
  BAD_INDENT: "fel indrag",
  MISSING_CHAR: "ett tecken saknas (ett avslutande ], } eller citattecken, ett kommatecken eller ett mellanslag)",
  UNEXPECTED_TOKEN: "oväntat tecken eller värde här",
  BLOCK_IN_FLOW: "en flerradig struktur inne i [ ] eller { }",
  BAD_SCALAR_START: "ett värde kan inte börja med detta tecken: sätt det inom citattecken",
  BAD_DIRECTIVE: "ett okänt eller felskrivet direktiv (%…)",
  BAD_ALIAS: "ett ogiltigt alias eller ankare",
  BAD_PROP_ORDER: "ankare och tagg står i fel ordning",
  KEY_OVER_1024_CHARS: "en nyckel längre än 1 024 tecken",
  TAG_RESOLVE_FAILED: "en tagg som inte kan tolkas",
  BAD_COLLECTION_TYPE: "fel slags samling för taggen",
  RESOURCE_EXHAUSTION: "för många alias att läsa ut",
  NON_STRING_KEY: "en nyckel som inte är text",
  MULTIPLE_DOCS: "flera dokument i filen",
  IMPOSSIBLE: "ett internt fel i YAML-läsaren",
};
/** A YAML syntax error in Swedish, from the library's message and code. */
function yamlSyntax(detail: unknown, code: unknown): string {
  for (const [pattern, word] of YAML_MESSAGES_SV) {
    const match = String(detail).match(pattern);
    if (match) return word(match);
  }
  return YAML_CODES_SV[String(code)] ?? "ogiltig YAML";
}
/** What a value turned out to be, as issues-to-problems.ts and parse-plan.ts describe it. */
const RECEIVED_SV: Readonly<Record<string, string>> = {
  nothing: "inget värde",
  "a list": "en lista",
  "a mapping": "en mappning",
  "a single value": "ett enkelt värde",
};
const received = (value: unknown) => RECEIVED_SV[String(value)] ?? String(value);
const expected = (kind: unknown) => EXPECTED_SV[String(kind)] ?? String(kind);
/** What the system said of a file read or written (`writing`), in Swedish words with its code (system-error.ts). */
const systemError = (code: unknown, writing = false) =>
  systemErrorIn(
    {
      ENOENT: "den finns inte",
      ENOTDIR: "en del av sökvägen är ingen mapp",
      EISDIR: "det är en mapp",
      EACCES: "åtkomst nekas",
      EPERM: "åtkomst nekas",
      EROFS: "filsystemet är skrivskyddat",
      ENOSPC: "disken är full",
      EMFILE: "för många filer är öppna",
      noFolder: "mappen finns inte",
    },
    code,
    writing,
  );
/** "check hoppar över utfallsfilen (*.actuals.yaml)", or "de 2 utfallsfilerna". */
const skippedActuals = (count: unknown) =>
  Number(count) === 1 ? "check hoppar över utfallsfilen (*.actuals.yaml)" : `check hoppar över de ${count} utfallsfilerna (*.actuals.yaml)`;
const at = (args: Finding["args"]) => (args.path ? `${args.path}: ` : "");
const didYouMean = (args: Finding["args"]) => (args.suggestion !== undefined ? `menade du ${args.suggestion}?` : undefined);
/** A machine amount ("189420.60") in Swedish form ("189 420,60 kr"); other text as it is. */
const kr = (value: unknown) => (/^-?\d+(\.\d+)?$/.test(String(value)) ? formatSek(new Decimal(String(value)), "sv") : `${value} kr`);
const STATUS_SV: Readonly<Record<string, string>> = { confirmed: "bekräftad", secondary: "från andra hand", unconfirmed: "obekräftad", plan: "planens egen" };
const WHAT_SV: Readonly<Record<string, string>> = { trip: "denna resa", cost: "denna kostnad", "work line": "denna arbetsrad", "plan year": "detta planår" };
/** A phase in running text: "projekt". */
const phaseSv = (value: unknown) => PHASE_LABELS.sv[value as Phase]?.toLowerCase() ?? String(value);
/** En uppgift och dess värde i ord: "traktamente Polen (PL) 2026 = 597 kr per dag". */
const figure = (key: unknown, value: unknown) => figureWithValue(String(key), String(value), "sv");
const category = (value: unknown) => CATEGORY_LABELS.sv[value as Category]?.toLowerCase() ?? String(value);
const what = (value: unknown) => WHAT_SV[String(value)] ?? String(value);

function envelopeName(args: Finding["args"]): string {
  const id = String(args.envelope);
  const [phase = id, part] = id.split(".");
  const name = part ? `${phaseSv(phase)}ramens arbetsandel` : `${phaseSv(phase)}ramen`;
  return args.period === "phase" ? name : `${name} för ${args.period}`;
}

/** What a table a reader refuses expects in a cell, in Swedish (src/rates/read-tables.ts, "not-a"). */
const EXPECTED_IN_TABLE_SV: Readonly<Record<string, string>> = {
  year: "ett årtal",
  amount: "ett belopp i siffror",
  status: `en status (${TABLE_STATUSES.join(", ")})`,
  source: "en källa",
  "country-name": "ett landsnamn",
  "salary-key": "on_cost eller hours_per_year",
  // En utgåvefils värden
  text: "en text",
  "whole-number": "ett heltal",
  list: "en lista",
  mapping: "en mappning ({nyckel: värde})",
  date: "ett datum (2027-01-01)",
  "edition-id": "ett id av små bokstäver, siffror, '.', '_' och '-' (mitt-program)",
};

/** What is wrong in a table file, in Swedish, problem for problem as TABLE_PROBLEMS in messages.ts. */
export const TABLE_PROBLEMS_SV: Readonly<Record<string, (a: Finding["args"]) => string>> = {
  csv: (a) => String(a.detail),
  yaml: (a) => String(a.detail),
  "not-json": (a) => `ingen JSON: ${a.detail}`,
  "missing-column": (a) => `kolumnen saknas (rubrikraden har ${a.header})`,
  "not-a": (a) => `${JSON.stringify(a.value)} är inte ${EXPECTED_IN_TABLE_SV[String(a.expected)]}`,
  "not-a-country": (a) => `${JSON.stringify(a.value)} är ingen landskod enligt ISO (tom för "Övriga länder och områden")`,
  "listed-twice": (a) =>
    `${a.year} ${a.country || "Övriga länder och områden"} står två gånger${a.otherRow === undefined ? "" : ` (också på rad ${a.otherRow})`}`,
  "no-row": (a) => `ingen rad för ${a.key}`,
  "two-envelopes": (a) => `${a.slot} har två ramar`,
  "no-results": () => `ingen lista med resultat (Skatteverkets öppna data har {"results": [...]})`,
  "unknown-layout": () => "varken vår layout (year, country_code, …) eller Skatteverkets (land eller område, normalbelopp, år, landskod)",
  "not-found": () => "filen finns inte",
  "control-character": (a) => `texten innehåller styrtecknet ${a.code}, som en terminal skulle ta för ett kommando`,
  "edition-missing": () => "saknas",
  "edition-missing-keys": (a) => `${a.keys} saknas`,
  "edition-unknown-key": () => "ingen nyckel i en utgåvefil",
  "edition-empty": () => "tom",
  "edition-not-one-of": (a) => `${a.value} är inte något av ${a.allowed}`,
  "edition-not-a": (a) => `${a.value} är inte ${EXPECTED_IN_TABLE_SV[String(a.expected)]}`,
};

export const TABLE_WORDS_SV: TableProblemWords = { problems: TABLE_PROBLEMS_SV, row: "rad", line: "rad", column: "kolumn" };

/** Every finding code worded in Swedish, made on first use (see messages.ts, messagesOf). */
export function messagesSv(): Readonly<Record<string, Describe>> {
  return (swedish ??= {
    // Hela filer
    FILE_NOT_FOUND: () => ({ message: "filen finns inte", hint: "kontrollera sökvägen; planer är YAML-filer som budgets/preparation.yaml" }),
    NO_MATCH: (a) =>
      a.skipped
        ? {
            message: `ingen plan matchar ${a.pattern}: ${skippedActuals(a.skipped)} som mönstret matchar`,
            hint: "en utfallsfil läses av icld-budget follow-up <plan> <utfallsfil>; ge check planerna",
          }
        : { message: `ingen fil matchar ${a.pattern}`, hint: "kontrollera mönstret; sätt det inom citattecken så att verktyget, inte skalet, tolkar det" },
    NO_PLANS: (a) =>
      a.skipped
        ? {
            message: `inga planfiler (*.yaml, *.yml) i ${a.where}: ${skippedActuals(a.skipped)} där`,
            hint: "en utfallsfil läses av icld-budget follow-up <plan> <utfallsfil>; ge check planerna",
          }
        : { message: `inga planfiler (*.yaml, *.yml) i ${a.where}`, hint: "ange planfiler eller en mapp som innehåller dem" },
    TOO_MANY_FILES: (a) => ({
      message: `${a.count} filer att kontrollera, och ett anrop kontrollerar högst ${a.max}`,
      hint: "ange mappen där planerna ligger, eller kontrollera dem i flera anrop",
    }),
    TOO_MUCH_INPUT: (a) => ({
      message: `filerna att läsa är ${a.bytes} byte tillsammans, och ett anrop läser högst ${a.max} (lika mycket som en fil får vara)`,
      hint: "ange mappen där planerna ligger, eller kontrollera dem i flera anrop",
    }),
    IS_DIRECTORY: () => ({ message: "är en mapp, inte en planfil", hint: "ange planfilerna i den" }),
    UNREADABLE: (a) => ({ message: `filen kan inte läsas: ${systemError(a.detail)}`, hint: "kontrollera behörigheterna" }),
    BINARY_FILE: () => ({ message: "är ingen textfil (binär eller inte UTF-8)", hint: "en plan är en YAML-textfil sparad som UTF-8" }),
    EMPTY_FILE: (a) =>
      a.loneCr
        ? {
            message:
              "filen läses som tom: dess rader slutar med en ensam vagnretur (␍), som YAML-läsaren inte tar som radslut, så att hela filen läses som en rad utan innehåll",
            hint: "spara filen med radslut LF eller CRLF",
          }
        : { message: "filen är tom", hint: "börja med `icld-budget init --phase preparation` eller ett exempel i budgets/" },
    FILE_TOO_LARGE: (a) => ({
      message: a.bytes === undefined ? `filen är för stor (mer än de ${a.max} byte en fil får ha)` : `filen är för stor (${a.bytes} byte; högst ${a.max})`,
      hint: "en plan är några kilobyte: dela upp den, eller kontrollera att det är rätt fil",
    }),
    MULTIPLE_DOCUMENTS: (a) => ({
      message: `filen innehåller ${a.count} YAML-dokument; en plan är ett`,
      hint: "ta bort raden `---`, eller lägg varje plan i en egen fil",
    }),
    NOT_A_MAPPING: (a) => ({
      message: `en plan är en mappning av nycklar (version, title, phase, …), men detta är ${received(a.received)}`,
      hint: "börja filen med `version: 1`",
    }),
    TOO_DEEP: (a) => ({ message: `YAML-strukturen är för djupt nästlad (fler än ${a.max} nivåer)`, hint: "en plan har högst några få nivåer" }),
    ALIAS_BOMB: (a) => ({
      message: `aliasen (*namn) här expanderar till fler än ${a.max} värden`,
      hint: "en plan behöver inga sådana upprepningar: skriv ut värdena",
    }),
    TOO_MANY_LINES: (a) => ({
      message: `filen har ${a.lines} rader; en plan får ha högst ${a.max}`,
      hint: "dela upp den i flera planer, eller kontrollera att det är rätt fil",
    }),
    TOO_MANY_PROBLEMS: (a) => ({
      message: `och ${a.counted === "at-least" ? "minst " : ""}${a.count} problem till (${a.codes}) efter de första ${a.shown}`,
      hint: "rätta problemen ovan först; många av samma slag har oftast en orsak",
    }),
    // YAML
    YAML_SYNTAX: (a) => ({
      message: `YAML-syntax: ${yamlSyntax(a.detail, a.yamlCode)}`,
      hint: a.loneCr
        ? "raden har en ensam vagnretur (␍) där en rad borde sluta, som YAML-läsaren inte tar som radslut: spara filen med radslut LF eller CRLF"
        : "kontrollera indrag, kolon och citattecken på raden",
    }),
    DUPLICATE_KEY: (a) => ({
      message: `dubblerad nyckel: ${a.key} står två gånger i mappningen (först på rad ${a.firstLine}, kolumn ${a.firstColumn})`,
      hint: 'varje nyckel får finnas en gång i en mappning (2025 och "2025" är samma nyckel); ta bort eller slå ihop den ena',
    }),
    TAB_INDENT: () => ({ message: "tabb används som indrag", hint: "YAML drar in med mellanslag; byt tabben mot mellanslag" }),
    // Schema
    ACTUALS_NOT_PLAN: (a) => ({
      message: `det här är en utfallsfil (den har ${a.key}:), indata till follow-up, inte en plan`,
      hint: "följ upp en plan med den: icld-budget follow-up <plan> <den här filen>",
    }),
    EDITION_NOT_PLAN: (a) => ({
      message: `det här är en utgåva av riktlinjerna (den har ${a.key}:), inte en plan`,
      hint: "ange den i en plan för att pröva planen mot den: rules: <den här filen>",
    }),
    PLAN_NOT_ACTUALS: (a) => ({
      message: `det här är en plan (den har ${a.key}:), inte en utfallsfil`,
      hint: "planen kommer först: icld-budget follow-up <plan> <utfallsfil>",
    }),
    UNKNOWN_KEY: (a) => ({ message: `okänd nyckel "${a.key}"`, hint: didYouMean(a) ?? `tillåtna nycklar här: ${a.known}` }),
    MISSING_KEY: (a) => ({
      message: `nyckeln "${a.key}" saknas${a.path && a.path !== a.key ? ` (${a.path})` : ""}`,
      hint: `lägg till ${a.key}: ${a.allowed ? `en av ${a.allowed}` : expected(a.expected)}`,
    }),
    INVALID_TYPE: (a) => ({
      message: `${at(a)}väntade ${expected(a.expected)}, fann ${received(a.received)}`,
      hint:
        didYouMean(a) ?? (a.boolean !== undefined ? `skriv ${a.boolean} (YAML 1.2 läser ${received(a.received)} som text)` : `skriv ${expected(a.expected)}`),
    }),
    INVALID_CHOICE: (a) => ({ message: `${at(a)}${a.value} är inte tillåtet`, hint: `${didYouMean(a) ? `${didYouMean(a)} ` : ""}tillåtet: ${a.allowed}` }),
    INVALID_AMOUNT: (a) => ({ message: `${at(a)}"${a.text}" är inget belopp`, hint: `skriv ${expected("amount")}` }),
    INVALID_NUMBER: (a) => ({ message: `${at(a)}"${a.text}" är inte ${expected(a.expected)}`, hint: "skriv bara siffror, med punkt för decimaler" }),
    NOT_FINITE: (a) => ({ message: `${at(a)}${a.text} är inget ändligt tal`, hint: "skriv talet med siffror, som 4500 eller 7.5" }),
    EXPONENT_NUMBER: (a) => ({ message: `${at(a)}${a.text} är skrivet med exponent`, hint: "skriv ut talet helt (belopp läses exakt, siffra för siffra)" }),
    NEGATIVE_NUMBER: (a) => ({
      message: `${at(a)}${a.text} är negativt`,
      hint: "belopp och antal är noll eller mer; en besparing är en mindre kostnad, inte en negativ",
    }),
    NUMBER_TOO_LARGE: (a) => ({ message: `${at(a)}${a.text} är orimligt stort`, hint: "kontrollera om det finns extra siffror" }),
    NOT_POSITIVE: (a) => ({ message: `${at(a)}måste vara större än noll` }),
    INVALID_PERCENT: (a) => ({ message: `${at(a)}"${a.text}" är ingen procentsats mellan 0 och 100 %`, hint: "skriv 44.53% eller 0.4453" }),
    INVALID_YEAR: (a) => ({ message: `${at(a)}"${a.text}" är inget årtal`, hint: "skriv ett år mellan 2000 och 2100, som 2025" }),
    INVALID_DATE_TIME: (a) => ({
      message: `${at(a)}"${a.text}" är inget datum med klockslag`,
      hint: "skriv lokal tid som 2025-03-10T07:00 (klockslaget avgör hel eller halv traktamentsdag)",
    }),
    IMPOSSIBLE_DATE: (a) => ({ message: `${at(a)}${a.text} finns inte i kalendern`, hint: "kontrollera dagen i månaden" }),
    IMPOSSIBLE_TIME: (a) => ({ message: `${at(a)}${a.text} är inget klockslag`, hint: "timmar 00–23, minuter 00–59" }),
    UNKNOWN_COUNTRY: (a) => ({
      message: `${at(a)}"${a.text}" är ingen landskod enligt ISO`,
      hint: didYouMean(a) ?? "använd ISO 3166-koden med två bokstäver: PL för Polen, UA för Ukraina, SE för Sverige",
    }),
    INVALID_DATE: (a) => ({ message: `${at(a)}"${a.text}" är inget datum`, hint: "skriv datum som 2025-03-10" }),
    DUPLICATE_TRAVELLER: (a) => ({
      message: `${a.id} står två gånger bland resans resenärer och skulle räknas två gånger`,
      hint: "ange varje person en gång; lägg till en grupp {side, count} för personer som inte har namn än",
    }),
    MEALS_EXCEED_DAYS: (a) => ({
      message: `${a.count} fria ${UNIT_PLURAL_LABELS.sv[String(a.meal)] ?? a.meal} per resenär på en resa om ${a.days} dag${a.days === 1 ? "" : "ar"}`,
      hint: "fria måltider räknas per resenär under resan: högst en av varje slag per dag",
    }),
    NIGHTS_EXCEED_TRIP: (a) => ({
      message: `${a.nights} nätters logi på en resa om ${a.tripNights} ${a.tripNights === 1 ? "natt" : "nätter"}`,
      hint: "ange högst nätterna mellan avresa och hemkomst, eller kontrollera datumen",
    }),
    HOURS_BEYOND_YEAR: (a) => ({
      message: `${a.who} arbetar ${a.hours} timmar år ${a.year}, och ett år har ${a.max}`,
      hint: "kontrollera personens timmar för året (i en plan: timmarna, andelen och månaderna på arbetsraderna)",
    }),
    HOURS_OVER_FULL_TIME: (a) => ({
      message: `${a.who} arbetar ${a.hours} timmar år ${a.year}, mer än ett heltidsår (${a.max} timmar)`,
      hint: "kontrollera timmarna, eller fördela arbetet på fler personer eller år",
    }),
    CONTROL_CHARACTER: (a) => ({
      message: `texten innehåller styrtecknet ${a.code}`,
      hint: "en terminal tar styrtecken för kommandon: ta bort det (en \\u- eller \\x-kod inom dubbla citattecken skriver ett)",
    }),
    MONTHS_OVER_YEAR: (a) => ({
      message: `months: ${a.months}; en arbetsrad gäller ett år, alltså högst tolv månader`,
      hint: "dela upp arbetet på åren med en rad för varje år",
    }),
    MEAL_DATE_OUTSIDE_TRIP: (a) => ({
      message: `fria måltider den ${a.date}, utanför resan (${a.depart} – ${a.return})`,
      hint: "ange ett datum från avresedagen till hemkomstdagen",
    }),
    DUPLICATE_MEAL_DATE: (a) => ({ message: `fria måltider den ${a.date} står två gånger`, hint: "ange varje dag en gång, med alla dess fria måltider" }),
    INVALID_CURRENCY: (a) => ({ message: `${at(a)}"${a.text}" är ingen valutakod`, hint: "använd ISO 4217-koden med tre versaler: EUR, PLN, UAH" }),
    INVALID_ID: (a) => ({
      message: `${at(a)}"${a.text}" är inget giltigt id`,
      hint: "ett id börjar med en bokstav eller siffra, följd av bokstäver, siffror, -, _ eller . (inga mellanslag)",
    }),
    EMPTY_LIST: (a) => ({ message: `${at(a)}listan är tom`, hint: "ange minst ett värde" }),
    TOO_SMALL: (a) => ({ message: `${at(a)}för litet` }),
    INVALID_VALUE: (a) => ({ message: `${at(a)}${a.detail}` }),
    // Korsreferenser
    DUPLICATE_ID: (a) => ({ message: `id:t "${a.id}" används två gånger`, hint: "ge varje person och resa ett eget id" }),
    DUPLICATE_YEAR: (a) => ({ message: `${a.year} står två gånger i years` }),
    UNKNOWN_PERSON: (a) => ({
      message: `ingen person har id:t "${a.id}"`,
      hint:
        didYouMean(a) ??
        `personer i planen: ${a.known}; ${
          a.where === "hours"
            ? "timmar gäller en person i planen: lägg till personen under planens people:"
            : `lägg till personen under people:, eller ${a.where === "work" ? "skriv raden med role: i stället för person:" : "använd en grupp {side: sweden, count: 1}"}`
        }`,
    }),
    RETURN_BEFORE_DEPARTURE: (a) => ({ message: `hemkomsten (${a.return}) är före avresan (${a.depart})`, hint: "kontrollera datum och klockslag" }),
    MISSING_FX_RATE: (a) => ({
      message: `"${a.text}" är i ${a.currency}, men fx har ingen kurs för ${a.currency}`,
      hint: `lägg till fx: {${a.currency}: "<kronor per ${a.currency}>"} i planen (för UAH publicerar Riksbanken ingen kurs: ange den ni använder)`,
    }),
    ROUTE_TIMES: (a) => ({
      message:
        a.problem === "last-until"
          ? "resvägens sista sträcka varar till hemkomsten och har ingen until"
          : a.problem === "until-missing"
            ? "den här sträckan av resvägen har ingen until och är inte den sista"
            : `until ${a.until} är inte efter ${a.after} och före hemkomsten (${a.return})`,
      hint: "ange för varje sträcka utom den sista den lokala tid den slutar (until: 2025-03-11T14:00), i resans ordning",
    }),
    ROUTE_MEALS_NEED_DATES: (a) => ({
      message: `fria måltider räknade över hela resan säger inte vilket lands traktamente de minskar (resvägen går genom ${a.countries})`,
      hint: "ange måltiderna dag för dag: meals_provided: [{date: 2025-03-11, breakfast: true}]",
    }),
    YEAR_OUTSIDE_PLAN: (a) => ({
      message: `${what(a.what)} infaller ${a.year}, utanför planens år (${a.years})`,
      hint: `lägg till ${a.year} i years, eller flytta den`,
    }),
    MISSING_YEAR: (a) => ({ message: `${what(a.what)} saknar år, och planen omfattar flera (${a.years})`, hint: "lägg till year: <ett av planens år>" }),
    TOO_MANY_YEARS: (a) => ({ message: `ett projekt omfattar 1 till ${a.max} år; planen anger ${a.count}`, hint: "dela upp planen, eller ange högst tre år" }),
    MISSING_REGION: () => ({
      message: "planen anger varken partner.country eller region",
      hint: "lägg till partner: {municipality: …, country: UA}, eller region: europe | africa-asia",
    }),
    WORK_PERSON_AND_ROLE: () => ({
      message: "en arbetsrad anger både person och roll",
      hint: "använd person: för någon under people, role: för någon som inte har namn än",
    }),
    WORK_WHO_MISSING: () => ({ message: "en arbetsrad anger varken person eller roll", hint: "lägg till person: <id> eller role: <titel>" }),
    WORK_HOURS_AND_SHARE: () => ({ message: "en arbetsrad anger både hours och share", hint: "ange hours, eller share med months" }),
    WORK_HOURS_MISSING: () => ({ message: "en arbetsrad anger varken hours eller share", hint: "lägg till hours: 120, eller share: 10% med months: 12" }),
    WORK_MONTHS_WITHOUT_SHARE: () => ({ message: "months utan share", hint: "months hör ihop med share: andel × timmar per år × månader ÷ 12" }),
    WORK_SALARY_MISSING: (a) => ({
      message: `ingen lön för ${a.who}: arbetet kan inte prissättas`,
      hint: "ange monthly_salary eller hourly_cost på arbetsraden eller personen",
    }),
    LONG_STAY_MEALS_NEED_DATES: (a) => ({
      message: `fria måltider räknade över ${a.trip}, en vistelse på mer än tre månader: en måltid efter de tre månaderna minskar traktamentet på 70 %, så varje måltid behöver sitt datum`,
      hint: "ange måltiderna dag för dag: meals_provided: [{date: …, breakfast: true}, …]",
    }),
    MEALS_NEED_DATES: (a) => ({
      message: `fria måltider räknade över en resa som spänner över ${String(a.years).replace(" and ", " och ")}: Skatteverkets belopp skiljer sig mellan åren, så varje måltid behöver sitt datum`,
      hint: "ange måltiderna dag för dag: meals_provided: [{date: …, breakfast: true}, …]",
    }),
    MISSING_PER_DIEM_RATE: (a) => ({
      message: `inget traktamentsbelopp för ${a.countryName} ${a.year}: Skatteverkets tabell för ${a.year} är inte inbyggd för landet`,
      hint: `slå upp Skatteverkets normalbelopp för ${a.year} och lägg till per_diem_rates: {${a.year}: {${a.country}: <kronor per hel dag>}} i planen, eller en beloppstabell (icld-budget rates fetch)`,
    }),
    UNKNOWN_EDITION: (a) => ({ message: `okänd riktlinjeutgåva ${a.edition}` }),
    NO_ENVELOPE: (a) => ({ message: `${a.edition} har ingen ram för ${phaseSv(a.phase)}, ${a.partnership}, ${a.region}` }),
    // Beloppstabeller, konfigurationsfiler och utgåvefiler
    RATE_PACK_UNREADABLE: (a) => ({
      message: `beloppstabellen ${a.file} kan inte läsas: ${systemError(a.detail)}`,
      hint: "kontrollera sökvägen: den utgår från planen (eller från konfigurationsfilen som anger den)",
    }),
    RATE_PACK_INVALID: (a) => ({
      message: `beloppstabellen ${a.file} kan inte användas: ${placeTableProblem(a, TABLE_WORDS_SV)}`,
      hint: "en beloppstabell följer vår CSV-layout (year, country_code, country_sv, normalbelopp_sek, status, source) eller Skatteverkets öppna data (land eller område, normalbelopp, år, landskod)",
    }),
    CONFIG_INVALID: (a) => ({
      message: `konfigurationsfilen ${a.file} kan inte användas: ${a.problem === "not-a-mapping" ? "den är ingen YAML-mappning" : "rate_packs: ska vara en lista med filer"}`,
      hint: "den innehåller rate_packs: [filer relativt den]",
    }),
    EDITION_INVALID: (a) => ({
      message: `utgåvefilen ${a.file} kan inte användas: ${placeTableProblem(a, TABLE_WORDS_SV)}`,
      hint: 'se README.md, "Rule editions", för formatet; icld-budget init --edition icld-2023 -o mitt-program.yaml skriver en inbyggd att utgå från',
    }),
    // Uppföljning: utfallsfilen och huvudboksexporterna
    INVALID_ACCOUNT: (a) => ({
      message: `${at(a)}"${a.text}" är inget kontonummer`,
      hint: "konton är siffror: ett helt konto (7310) eller dess första siffror (73)",
    }),
    INVALID_PATTERN: (a) => ({
      message: `mönstret ${a.text} är inget reguljärt uttryck: ${a.detail}`,
      hint: "skriv texten som ska sökas, med | mellan alternativ: Rzeszów|Rzeszow",
    }),
    LEDGER_ENCODING: (a) => ({
      message: `filen är ingen text i ${a.encoding}`,
      hint: "spara den som UTF-8, eller ange encoding: windows-1252 (Excel) eller cp437 (SIE) i utfallsfilen",
    }),
    LEDGER_CSV_SYNTAX: (a) => ({ message: `CSV-filen kan inte läsas här: ${a.detail}`, hint: "kontrollera citattecknen och avgränsaren på raden" }),
    LEDGER_EMPTY: () => ({ message: "huvudboksexporten har inga rader", hint: "exportera huvudboken igen, med en rubrikrad" }),
    UNKNOWN_HEADER: (a) => ({
      message: `columns.${a.column} anger rubriken "${a.header}", som filen inte har (den har ${a.headers})`,
      hint: a.suggestion !== undefined ? `menade du ${a.suggestion}?` : "kopiera rubriken från filens första rad",
    }),
    MISSING_COLUMN: (a) => ({
      message: `ingen kolumn för ${a.column}: filens rubriker är ${a.headers}`,
      hint: `ange den i utfallsfilen (columns: {${a.column}: <rubrik>}); kända rubriker för den: ${a.known}${a.debit ? `; eller en debetkolumn (${a.debit}) och en kreditkolumn (${a.credit})` : ""}`,
    }),
    LEDGER_NO_AMOUNT: () => ({ message: "raden har varken debet eller kredit", hint: "ange beloppet på den ena sidan, eller ta bort raden ur exporten" }),
    LEDGER_BAD_DATE: (a) => ({ message: `"${a.text}" är inget datum`, hint: "datum skrivs 2025-03-12, 20250312 eller 2025-03-12 00:00:00" }),
    ACTUALS_NOT_FOUND: () => ({
      message: "filen finns inte",
      hint: "kontrollera sökvägen; icld-budget init --actuals -o <fil> skriver en utfallsfil att fylla i",
    }),
    LEDGER_NOT_FOUND: (a) => ({
      message: `bokföringsexporten ${a.file} finns inte (sökte ${a.path})`,
      hint: "exportera huvudboken ur ekonomisystemet till den filen, eller rätta file: (en sökväg relativ till utfallsfilen)",
    }),
    LEDGER_IS_DIRECTORY: (a) => ({ message: `${a.file} är en mapp, inte en bokföringsexport`, hint: "ange exportfilen i den (CSV eller SIE)" }),
    LEDGER_LISTED_TWICE: (a) => ({
      message: `${a.file} står två gånger (först på rad ${a.firstLine}, kolumn ${a.firstColumn})`,
      hint: "varje rad i den skulle räknas två gånger: ange den en gång, eller ge varje förekomst ett eget project",
    }),
    LEDGER_AMOUNT_TOO_LARGE: (a) => ({
      message: `"${a.text}" är tusen miljarder kronor eller mer`,
      hint: "ingen rad i en huvudbok är så stor: kontrollera att beloppskolumnen innehåller beloppet, och exportens talformat",
    }),
    LEDGER_AMOUNT_DECIMALS: (a) => ({
      message: `"${a.text}" har ${a.decimals} decimaler, och kronor bokförs i ören, med två`,
      hint:
        a.format === "sie"
          ? "bokföringsprogrammet skrev bråkdelar av öre: avrunda beloppet till ören där och exportera filen igen"
          : "om punkten eller kommat skiljer tusental (1.234 för 1 234 kr), exportera kolumnen utan det; avrunda annars beloppen till ören",
    }),
    LEDGER_BAD_AMOUNT: (a) => ({
      message: `"${a.text}" är inget belopp`,
      hint: "belopp skrivs med siffror, decimalkomma eller decimalpunkt och mellanslag mellan tusental: -1 234,50",
    }),
    AMBIGUOUS_DECIMAL: (a) => ({
      message: `"${a.text}" har decimal${a.mark === "," ? "komma" : "punkt"}, medan rad ${a.otherRow} i ${a.otherColumn === undefined ? "samma kolumn" : `kolumnen ${a.otherColumn}`} har decimal${a.other === "," ? "komma" : "punkt"}: är det ${a.text} eller en tusentalsavgränsare?`,
      hint: "exportera beloppen med samma decimaltecken överallt",
    }),
    SIE_SYNTAX: (a) => ({
      message: `SIE-raden kan inte läsas: ${
        a.problem === "object-list"
          ? `objektlistan ${a.text} består inte av par av dimension och objekt`
          : a.problem === "not-a-label"
            ? "den börjar inte med en etikett (#VER, #TRANS, …) och är ingen klammerparentes, och en rad utan sitt # skulle gå förlorad"
            : "ett citattecken eller en klammerparentes är inte stängd"
      }`,
      hint: "kontrollera citattecken och klammerparenteser på raden; exportera filen igen om den är skadad",
    }),
    SIE_ROW_OUTSIDE_VERIFICATION: (a) => ({
      message: `${a.label} utanför en verifikation (#VER … { … })`,
      hint: "varje rad hör hemma inom klammerparenteserna efter sin #VER-rad",
    }),
    SIE_BAD_ACCOUNT: (a) => ({ message: `"${a.text}" är inget kontonummer`, hint: "en #TRANS-rad börjar med kontot: #TRANS 7310 {} 1250.00" }),
    UNKNOWN_TRIP: (a) => ({
      message: `planen har ingen resa ${a.trip} (dess resor med id: ${a.known})`,
      hint: didYouMean(a) ?? "ge resan ett id i planen, eller använd ett av dess id",
    }),
    UNKNOWN_CATEGORY: (a) => ({
      message: `"${a.text}" är ingen kategori`,
      hint: didYouMean(a) ?? "använd en av planens kategorier: travel, lodging, subsistence, work, audit, visa, …",
    }),
    UNKNOWN_PAYER: (a) => ({ message: `"${a.text}" är ingen betalare`, hint: didYouMean(a) ?? "icld, municipality eller partner" }),
    ACTUAL_OVER_ENVELOPE: (a) => ({
      message: `utfallet mot ICLD för ${envelopeName(a)} överskrider högsta beloppet: ${kr(a.actual)} av ${kr(a.limit)}, ${kr(a.over)} över`,
      hint: "ICLD betalar högst det högsta beloppet: för över kostnader till medfinansiering (paid_by: municipality) eller kontrollera raderna",
    }),
    ACTUAL_OVER_GUIDE: (a) => ({
      message: `utfallet mot ICLD för ${envelopeName(a)} överskrider riktpunkten: ${kr(a.actual)} av ${kr(a.limit)}, ${kr(a.over)} över`,
      hint: "en riktpunkt stäms av med ICLD: förklara överskridandet i redovisningen",
    }),
    FORECAST_OVER_ENVELOPE: (a) => ({
      message: `prognosen för ${envelopeName(a)} överskrider högsta beloppet: ${kr(a.forecast)} av ${kr(a.limit)} (utfall ${kr(a.actual)}), ${kr(a.over)} över`,
      hint: "det som återstår av planen ryms inte: minska det, eller planera det som medfinansiering",
    }),
    OVER_BUDGET: (a) => ({
      message: `${a.subject === "trip" ? "resa" : "kategori"} ${a.name}: utfall ${kr(a.actual)} mot en budget på ${kr(a.budget)}, mer än ${a.tolerance} % över`,
      hint: "ICLD:s regel för att flytta pengar mellan budgetposter är inte bekräftad: fråga ICLD innan ni redovisar (den tillåtna avvikelsen är en inställning: tolerance: i utfallsfilen)",
    }),
    UNASSIGNED_ROW: (a) => ({
      message: `ingen kategori för raden (konto ${a.account || "saknas"}, ${kr(a.amount)}, "${a.text}")`,
      hint:
        a.suggestion !== undefined
          ? `mappa kontot under accounts: (närmaste mappade är ${a.suggestion}), eller ge raden en kategori`
          : "mappa kontot under accounts: i utfallsfilen, eller ge raden en kategori",
    }),
    DATED_AFTER_AS_OF: (a) => ({
      message: `daterad ${a.date}, efter dagen då bokföringen lästes (${a.asOf})`,
      hint: "ange as_of (eller --as-of) som dagen då bokföringen exporterades, eller kontrollera radens datum",
    }),
    OUTSIDE_PLAN_YEARS: (a) => ({
      message: `daterad ${a.date}, utanför planens år (${a.years}): utesluten (${kr(a.amount)})`,
      hint: "kontrollera datumet, eller följ upp det året mot sin egen plan",
    }),
    DUPLICATE_VOUCHER: (a) => ({
      message: `verifikation ${a.voucher} med ${kr(a.amount)} förekommer två gånger (först i ${a.firstFile}, rad ${a.firstRow})`,
      hint: "om två exporter överlappar, ta bort den ena; om en post i entries har bokförts sedan, ta bort posten; om raderna är två kostnader, bortse från detta",
    }),
    SALARY_TWICE: (a) => ({
      message: `lön för ${a.year} räknas både från timmar och från lönerader i huvudboken`,
      hint: "behåll det ena: ta bort timmarna, eller mappa lönekontona till något annat",
    }),
    // Kontrollens anmärkningar
    ENVELOPE_EXCEEDED: (a) => ({
      message: `${envelopeName(a)} överskrider högsta beloppet: ${kr(a.total)} av ${kr(a.limit)}, ${kr(a.over)} över`,
      hint: `minska kostnaderna${a.period === "phase" ? " eller" : ","} för över en del till medfinansiering (paid_by: municipality)${a.period === "phase" ? "" : ", eller fördela dem över åren"}`,
    }),
    GUIDE_EXCEEDED: (a) => ({
      message: `${envelopeName(a)} överskrider riktpunkten: ${kr(a.total)} av ${kr(a.limit)}, ${kr(a.over)} över`,
      hint: "en riktpunkt stäms av med ICLD: förklara överskridandet i ansökan",
    }),
    UNCONFIRMED_FIGURE: (a) => ({
      message: `resultatet bygger på en uppgift som är ${STATUS_SV[String(a.status)] ?? a.status}: ${figure(a.figure, a.value)}`,
      hint: `källa: ${a.source_sv ?? a.source}`,
    }),
    RATE_OVERRIDDEN: (a) => ({
      message: `${a.by === "pack" ? "en beloppstabells" : "planens"} ${figure(a.figure, a.value)} ersätter den inbyggda uppgiften ${describeFigure(String(a.figure), String(a.builtIn), "sv").value} (${STATUS_SV[String(a.status)] ?? a.status}: ${a.source_sv ?? a.source})`,
      hint:
        a.by === "pack"
          ? "kontrollera vilken som stämmer: tabellen gäller så länge den är angiven"
          : "ta bort planens uppgift för att använda den inbyggda, eller behåll den om ni vet att den inbyggda är fel",
    }),
    ELIGIBILITY_UNCONFIRMED: (a) => ({
      message: `det är inte bekräftat att ICLD betalar för ${category(a.category)} (${a.label_sv ?? a.label})`,
      hint: "fråga ICLD, eller ange paid_by: municipality",
    }),
    NOT_ELIGIBLE: (a) =>
      a.reason === "partner-salary"
        ? {
            message: `ICLD betalar inte partnersidans löner (${a.label_sv ?? a.label})`,
            hint: "ta bort raden, eller ange paid_by: partner för att visa den som medfinansiering",
          }
        : { message: `ICLD betalar inte för ${category(a.category)} (${a.label_sv ?? a.label})`, hint: "ange paid_by: municipality eller ta bort raden" },
    ICLD_FUNDING_ENDS: (a) => ({
      message: `ICLD har meddelat att finansieringen upphör den 31 december 2026; ${what(a.what)} infaller ${a.year}`,
      hint: "planera inom 2026, eller säkra annan finansiering för senare kostnader",
    }),
    OVERLAPPING_TRIPS: (a) => ({
      message: `${a.id} reser på ${a.trip} under tiden ${a.other} pågår (${a.otherDepart} – ${a.otherReturn})`,
      hint: "kontrollera datum och resenärer för de två resorna",
    }),
    LONG_STAY: (a) => ({
      message: `${a.trip} varar ${a.days} dagar: traktamentet räknas med Skatteverkets 70 % från ${a.from70}, efter tre månader på samma ort${a.from50 ? `, och 50 % från ${a.from50}, efter två år` : ""}; nattraktamentet minskas inte (ej bekräftat)`,
      hint: "verktyget räknar resan som en vistelse på en ort; där resenären flyttar till en annan ort, skriv vistelserna som egna resor",
    }),
    NO_OVERNIGHT: (a) => ({
      message: `traktamente begärs för en resa utan en hel natt borta, 00:00–06:00 (${a.trip}): Skatteverket ger inget`,
      hint: "använd subsistence: {per_day: …} för mat på en endagsresa, eller none",
    }),

    // Kommandoradens egna ord (src/cli/): dess problem och vad den gjorde
    OUTPUT_EXISTS: (a) => ({ message: `${a.file} finns redan`, hint: "lägg till --force för att ersätta den" }),
    OUTPUT_IS_INPUT: (a) => ({ message: `${a.file} är en av filerna som läses`, hint: "skriv rapporten till en annan fil" }),
    OUTPUT_NOT_WRITTEN: (a) => ({ message: `kan inte skriva ${a.file}: ${systemError(a.detail, true)}` }),
    OUTPUT_FORMAT_UNKNOWN: (a) => ({ message: `filnamnet ${a.file} säger inget format`, hint: `lägg till --format (${a.formats})` }),
    AS_OF_NOT_A_DATE: (a) => ({ message: `--as-of ${a.text} är inget datum`, hint: "skriv det som 2025-11-30" }),
    STARTER_EXISTS: (a) => ({ message: `${a.file} finns redan, och init skriver aldrig över en fil`, hint: "välj ett annat namn eller ta bort filen" }),
    STARTER_WRITTEN: (a) => ({ message: `Skrev ${a.file}`, hint: `nästa steg: icld-budget check ${a.file}` }),
    ACTUALS_WRITTEN: (a) => ({
      message: `Skrev ${a.file}`,
      hint: `nästa steg: ange bokföringsexporterna och mappa deras konton, sedan: icld-budget follow-up <plan> ${a.file}`,
    }),
    EDITION_WRITTEN: (a) => ({
      message: `Skrev ${a.file}`,
      hint: `nästa steg: ge den eget id, egen titel, källa och egna belopp, och ange den i en plan: rules: ${a.file}`,
    }),
    // Fel på kommandoraden: den går inte att köra som den står (src/cli/usage.ts)
    USAGE_UNKNOWN_OPTION: (a) => ({ message: `okänd flagga ${a.option}`, hint: `${didYouMean(a) ? `${didYouMean(a)} ` : ""}${a.help} visar flaggorna` }),
    USAGE_UNKNOWN_COMMAND: (a) => ({ message: `okänt kommando ${a.name}`, hint: `${didYouMean(a) ? `${didYouMean(a)} ` : ""}${a.help} visar kommandona` }),
    USAGE_MISSING_ARGUMENT: (a) => ({ message: `${a.command} behöver <${a.argument}>`, hint: `${a.help} visar vad som ska anges` }),
    USAGE_MISSING_VALUE: (a) => ({ message: `${a.option} behöver ett värde`, hint: `${a.help} visar flaggorna` }),
    USAGE_INVALID_CHOICE: (a) => ({ message: `${a.option} ${a.value} är inget av dess val`, hint: `välj ett av ${a.allowed}` }),
    USAGE_TOO_MANY_ARGUMENTS: (a) => ({
      message: `${a.command} tar ${a.expected} argument, inte ${a.got}`,
      hint: `sätt citattecken kring ett namn med mellanslag i; ${a.help} visar vad som ska anges`,
    }),
    USAGE_NOT_A_YEAR: (a) => ({ message: `${a.option} ${a.value} är inget årtal`, hint: "skriv ett år mellan 2000 och 2100, som 2026" }),
    USAGE_NOT_MILLISECONDS: (a) => ({ message: `${a.option} ${a.value} är inget antal millisekunder`, hint: "skriv ett heltal från 1, som 30000" }),
    USAGE_YEAR_NEEDED: () => ({ message: "rates fetch behöver --year, beskattningsåret att hämta", hint: "till exempel icld-budget rates fetch --year 2026" }),
    USAGE_INIT_WHAT: () => ({
      message: "init skriver en startfil: en plan (--phase), en utfallsfil (--actuals) eller en utgåva av riktlinjerna (--edition)",
      hint: "ange en av de tre, som icld-budget init --phase preparation",
    }),
    USAGE_PROBLEM: (a) => ({ message: `kommandoraden går inte att köra: ${a.detail}`, hint: `${a.help} visar hur den anropas` }),
    NOT_ONE_PLAN: (a) => ({ message: `${a.arg} innehåller ${a.count} planer`, hint: "kommandot läser en plan för varje namn: ange en planfil" }),
    EXPLAIN_NOTHING_CALLED: (a) => ({
      message: `${a.file} har inget som heter ${JSON.stringify(a.what)}`,
      hint: `ange en ram (project/2025), ett id för en resa eller person, en kategori eller en rad (${a.file}:31)`,
    }),
    // rates: slå upp normalbelopp
    RATES_NO_QUERY: () => ({ message: "ange ett land (PL, Polen, Poland) eller --missing PLAN" }),
    RATES_UNKNOWN_COUNTRY: (a) => ({
      message: `inget land ${JSON.stringify(a.query)}`,
      hint: `ange en ISO-kod (PL) eller ett svenskt eller engelskt namn${a.suggestion === undefined ? "" : ` (menade du ${a.suggestion}?)`}`,
    }),
    RATES_NO_FIGURE: (a) => ({
      message: `Inget belopp för ${a.country}${a.year === undefined ? "" : ` år ${a.year}`}: ange det i planen (per_diem_rates) eller i en beloppstabell (icld-budget rates fetch --year ${a.year ?? "ÅR"})`,
    }),
    RATES_NONE_MISSING: (a) => ({ message: `${a.file}: varje normalbelopp den behöver finns i planen, dess beloppstabeller eller de inbyggda tabellerna` }),
    RATES_MISSING: (a) => ({
      message: `${a.file}:${a.line}: inget normalbelopp för ${a.name} år ${a.year}: lägg till per_diem_rates: {${a.year}: {${a.country}: <kronor>}}, eller en beloppstabell`,
    }),
    // rates fetch: hämta ett års lista
    FETCH_FAILED: (a) => ({
      message: fetchProblem(a),
      hint: "inget skrevs. Kontrollera nätverket eller proxyn (HTTPS_PROXY), eller ange datamängdens adress med --url",
    }),
    FETCH_LIST_UNUSABLE: (a) => ({ message: `listan kan inte användas: ${placeTableProblem(a, TABLE_WORDS_SV)} (resultat ${a.result})`, hint: "inget skrevs" }),
    FETCH_LIST_IMPLAUSIBLE: (a) => ({ message: `listan för ${a.year} ser inte rätt ut, så inget skrevs` }),
    FETCH_LIST_PROBLEM: (a) => ({
      message:
        a.problem === "no-rows"
          ? `den öppna datan har inga rader för ${a.year}: Skatteverket har kanske inte publicerat det året än`
          : a.problem === "no-code"
            ? `${a.name} saknar landskod och är inte "Övriga länder och områden"`
            : a.problem === "below-domestic"
              ? `${a.name} ${a.amount} kr är under inrikes maxbelopp (${a.domestic} kr): inget rimligt normalbelopp`
              : `${a.name} gäller ${a.rowYear}, inte ${a.year}`,
    }),
    FETCH_WROTE: (a) => ({
      message: `Skrev ${a.file}: ${a.count} belopp för ${a.year} (${REPORT_LABELS.sv.statuses[a.status as Confirmation]})`,
      hint: `använd den med rate_packs: [${a.file}] i en plan eller i .icld-budget.yaml`,
    }),
  });
}
let swedish: Readonly<Record<string, Describe>> | undefined;

/** Why a download failed (rates fetch), in Swedish. */
function fetchProblem(a: Finding["args"]): string {
  if (a.problem === "http") return `HTTP ${a.status} från ${a.url}`;
  if (a.problem === "not-json") return `svaret från ${a.url} är ingen JSON (det börjar ${a.start})`;
  if (a.problem === "not-row-store") return 'svaret är inte radlagrets {"results": [...], "total": …}';
  const last = a.last === "timeout" ? `inget svar inom ${a.timeout} ms` : a.last === "http" ? `HTTP ${a.status}` : a.detail;
  return `${a.url} misslyckades ${a.attempts} gånger: ${last}`;
}
