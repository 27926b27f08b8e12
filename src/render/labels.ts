/**
 * Every word a person reads in the tables, reports, explain and diff — names of phases,
 * categories, units and payers, column headings, the figures a budget rests on and where they
 * come from — in Swedish and English, a table per view with one entry per language. Findings are
 * worded in check/messages.ts and messages-sv.ts; the words of follow-up, diff and rates alone in
 * command-labels.ts.
 */
import type { Source } from "../model/confirmation.js";
import { Decimal } from "../model/money.js";
import type { Category, Payer, Phase } from "../model/types.js";
import { countryLabel } from "../rates/normalbelopp.js";
import { formatNumber, formatSek, type Lang } from "./format.js";

export const PHASE_LABELS: Readonly<Record<Lang, Record<Phase, string>>> = {
  sv: { preparation: "Förberedelse", project: "Projekt", "steering-group": "Styrgrupp" },
  en: { preparation: "Preparation", project: "Project", "steering-group": "Steering group" },
};

export const CATEGORY_LABELS: Readonly<Record<Lang, Record<Category, string>>> = {
  sv: {
    travel: "Resor",
    lodging: "Logi",
    subsistence: "Traktamente och mat",
    work: "Arbetsinsats",
    audit: "Revision",
    visa: "Visum",
    insurance: "Försäkring",
    interpretation: "Tolkning",
    translation: "Översättning",
    venue: "Lokalhyra",
    "local-transport": "Lokala transporter",
    "climate-compensation": "Klimatkompensation",
    communication: "Kommunikation",
    other: "Övrigt",
  },
  en: {
    travel: "Travel",
    lodging: "Lodging",
    subsistence: "Per diem and food",
    work: "Work effort",
    audit: "Audit",
    visa: "Visa",
    insurance: "Insurance",
    interpretation: "Interpretation",
    translation: "Translation",
    venue: "Venue",
    "local-transport": "Local transport",
    "climate-compensation": "Climate compensation",
    communication: "Communication",
    other: "Other",
  },
};

export const PAYER_LABELS: Readonly<Record<Lang, Record<Payer, string>>> = {
  sv: { icld: "ICLD", municipality: "Kommunen", partner: "Partnern" },
  en: { icld: "ICLD", municipality: "Municipality", partner: "Partner" },
};

export const KIND_LABELS: Readonly<Record<Lang, Record<"max" | "guide", string>>> = {
  sv: { max: "högsta belopp", guide: "riktpunkt" },
  en: { max: "maximum", guide: "guide value" },
};

/** Every other word of the report, in both languages. */
export const REPORT_LABELS = {
  sv: {
    report: "Budget",
    file: "Fil",
    phase: "Fas",
    rules: "Riktlinjer",
    partnership: "Partnerskap",
    region: "Region",
    years: "År",
    envelopes: "Ramar",
    envelope: "Ram",
    period: "Period",
    wholePhase: "hela fasen",
    limit: "Gräns",
    kind: "Typ",
    total: "Totalt",
    remaining: "Kvar",
    used: "Använt",
    fits: "ryms",
    over: "överskrids",
    ofWhichWork: "varav arbetsinsats",
    byCategory: "Kostnad per kategori (ICLD)",
    category: "Kategori",
    sum: "Summa",
    trips: "Resor",
    trip: "Resa",
    travellers: "Resenärer",
    days: "Dagar",
    nights: "Nätter",
    fullDays: "hela",
    halfDays: "halva",
    line: "Post",
    year: "År",
    quantity: "Antal",
    unit: "Enhet",
    rate: "À-pris",
    amount: "Belopp",
    paidBy: "Betalas av",
    work: "Arbetsinsats",
    person: "Person",
    hours: "Timmar",
    hourlyCost: "Timkostnad",
    derivation: "Beräkning",
    otherCosts: "Övriga kostnader",
    cofinancing: "Medfinansiering (räknas inte mot ramarna)",
    noCofinancing: "Ingen medfinansiering.",
    findings: "Anmärkningar",
    noFindings: "Inga anmärkningar.",
    severity: { error: "fel", warning: "varning", info: "info" },
    /** Before a finding's hint in a diagnostic: `= hjälp: …`. */
    help: "hjälp",
    assumptions: "Antaganden",
    assumption: "Antagande",
    value: "Värde",
    source: "Källa",
    status: "Status",
    statuses: { confirmed: "bekräftad", secondary: "andrahandskälla", unconfirmed: "obekräftad", plan: "uppgift i planen" },
    builtInDefault: "standardvärde",
    lineItems: "Poster",
    summary: "Sammanfattning",
    verdict: { fits: "Budgeten ryms i ramarna", over: "Budgeten ryms inte i ramarna", invalid: "Planen är ogiltig" },
    chartTitle: "Användning av ramen per kategori",
    sumIcld: "Summa, betalas av ICLD",
    sumCofinancing: "Summa medfinansiering",
  },
  en: {
    report: "Budget",
    file: "File",
    phase: "Phase",
    rules: "Guidelines",
    partnership: "Partnership",
    region: "Region",
    years: "Years",
    envelopes: "Envelopes",
    envelope: "Envelope",
    period: "Period",
    wholePhase: "whole phase",
    limit: "Limit",
    kind: "Kind",
    total: "Total",
    remaining: "Remaining",
    used: "Used",
    fits: "fits",
    over: "over",
    ofWhichWork: "of which work effort",
    byCategory: "Cost by category (ICLD)",
    category: "Category",
    sum: "Total",
    trips: "Trips",
    trip: "Trip",
    travellers: "Travellers",
    days: "Days",
    nights: "Nights",
    fullDays: "full",
    halfDays: "half",
    line: "Line",
    year: "Year",
    quantity: "Quantity",
    unit: "Unit",
    rate: "Rate",
    amount: "Amount",
    paidBy: "Paid by",
    work: "Work effort",
    person: "Person",
    hours: "Hours",
    hourlyCost: "Hourly cost",
    derivation: "Derivation",
    otherCosts: "Other costs",
    cofinancing: "Co-financing (not counted against the envelopes)",
    noCofinancing: "No co-financing.",
    findings: "Findings",
    noFindings: "No findings.",
    severity: { error: "error", warning: "warning", info: "info" },
    /** Before a finding's hint in a diagnostic: `= help: …`. */
    help: "help",
    assumptions: "Assumptions",
    assumption: "Assumption",
    value: "Value",
    source: "Source",
    status: "Status",
    statuses: { confirmed: "confirmed", secondary: "secondary source", unconfirmed: "unconfirmed", plan: "stated in the plan" },
    builtInDefault: "built-in default",
    lineItems: "Line items",
    summary: "Summary",
    verdict: { fits: "The budget fits its envelopes", over: "The budget does not fit its envelopes", invalid: "The plan is invalid" },
    chartTitle: "Use of the envelope by category",
    sumIcld: "Total paid by ICLD",
    sumCofinancing: "Total co-financing",
  },
} as const;

export const REGION_LABELS: Readonly<Record<Lang, Record<"europe" | "africa-asia", string>>> = {
  sv: { europe: "Europa", "africa-asia": "Afrika/Asien" },
  en: { europe: "Europe", "africa-asia": "Africa/Asia" },
};

export const PARTNERSHIP_LABELS: Readonly<Record<Lang, Record<"bilateral" | "trilateral" | "multilateral", string>>> = {
  sv: { bilateral: "bilateralt", trilateral: "trilateralt", multilateral: "multilateralt" },
  en: { bilateral: "bilateral", trilateral: "trilateral", multilateral: "multilateral" },
};

/** Units of line items. */
export const UNIT_LABELS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  sv: { traveller: "resenär", night: "natt", day: "dag", breakfast: "frukost", lunch: "lunch", dinner: "middag", hour: "timme", item: "st", trip: "resa" },
  en: {
    traveller: "traveller",
    night: "night",
    day: "day",
    breakfast: "breakfast",
    lunch: "lunch",
    dinner: "dinner",
    hour: "hour",
    item: "item",
    trip: "trip",
  },
};

/** Units of line items after a number other than one: "4 resenärer × 4 500 kr". */
export const UNIT_PLURAL_LABELS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  sv: {
    traveller: "resenärer",
    night: "nätter",
    day: "dagar",
    breakfast: "frukostar",
    lunch: "luncher",
    dinner: "middagar",
    hour: "timmar",
    item: "st",
    trip: "resor",
  },
  en: {
    traveller: "travellers",
    night: "nights",
    day: "days",
    breakfast: "breakfasts",
    lunch: "lunches",
    dinner: "dinners",
    hour: "hours",
    item: "items",
    trip: "trips",
  },
};

export const SIDE_LABELS: Readonly<Record<Lang, Record<"sweden" | "partner", string>>> = {
  sv: { sweden: "svenska sidan", partner: "partnersidan" },
  en: { sweden: "Swedish side", partner: "partner side" },
};

/** The words of check's terminal table, in both languages. */
export const CHECK_LABELS = {
  sv: {
    fits: "✔ ryms",
    over: "✘ ÖVER",
    overGuide: "▲ över riktpunkt",
    ofWhichWork: "varav arbetsinsats",
    invalid: "ogiltig",
    problems: (n: number) => `${n} problem`,
    sameCause: (count: string, code: string) => `… och ${count} till av ${code} (samma orsak; --format json listar alla)`,
    envelope: "Ram",
    period: "Period",
    limit: "Gräns",
    icldTotal: "ICLD totalt",
    remaining: "Kvar",
    buys: (period: string, remaining: string, hours: string, rate: string) =>
      `Kvar${period ? ` ${period}` : ""}: ${remaining} räcker till ungefär ${hours} timmar svenskt arbete à ${rate}/tim (planens genomsnitt).`,
    inYear: (year: number) => `för ${year}`,
    category: "Kategori (betalas av ICLD)",
    amount: "Belopp",
    total: "Summa",
    cofinancing: (total: string, parts: string) => `Medfinansiering, räknas inte mot någon ram: ${total} (${parts})`,
    line: "Post",
    year: "År",
    quantity: "Antal",
    unit: "Enhet",
    rate: "À-pris",
    paidBy: "Betalas av",
    defaults: "Standardvärden som används",
    verdictFits: "RYMS",
    verdictOver: "RYMS INTE",
    counts: { error: (n: number) => `${n} fel`, warning: (n: number) => `${n} ${n === 1 ? "varning" : "varningar"}`, info: (n: number) => `${n} info` },
  },
  en: {
    fits: "✔ fits",
    over: "✘ OVER",
    overGuide: "▲ over guide",
    ofWhichWork: "of which work",
    invalid: "invalid",
    problems: (n: number) => `${n} problem${n === 1 ? "" : "s"}`,
    sameCause: (count: string, code: string) => `… and ${count} more ${code} (same cause; --format json lists every one)`,
    envelope: "Envelope",
    period: "Period",
    limit: "Limit",
    icldTotal: "ICLD total",
    remaining: "Remaining",
    buys: (period: string, remaining: string, hours: string, rate: string) =>
      `Remaining${period ? ` ${period}` : ""}: ${remaining} buys about ${hours} hours of Swedish work at ${rate}/h (the plan's average).`,
    inYear: (year: number) => `in ${year}`,
    category: "Category (paid by ICLD)",
    amount: "Amount",
    total: "Total",
    cofinancing: (total: string, parts: string) => `Co-financing, not counted against any envelope: ${total} (${parts})`,
    line: "Line",
    year: "Year",
    quantity: "Qty",
    unit: "Unit",
    rate: "Rate",
    paidBy: "Paid by",
    defaults: "Defaults used",
    verdictFits: "FITS",
    verdictOver: "DOES NOT FIT",
    counts: {
      error: (n: number) => `${n} error${n === 1 ? "" : "s"}`,
      warning: (n: number) => `${n} warning${n === 1 ? "" : "s"}`,
      info: (n: number) => `${n} info${n === 1 ? "" : "s"}`,
    },
  },
} as const;

/** The words of explain's tree, in both languages. */
export const EXPLAIN_LABELS = {
  en: {
    envelope: "envelope",
    limit: "limit",
    total: "ICLD total",
    remaining: "remaining",
    fits: "fits",
    over: "over",
    depart: (when: string, full: boolean) => `depart ${when} (${full ? "before 12:00: full day" : "from 12:00: half day"})`,
    back: (when: string, share: 0 | 0.5 | 1) =>
      `return ${when} (${share === 1 ? "after 19:00: full day" : share === 0.5 ? "at 19:00 or earlier: half day" : "before 06:00: no per diem day, the night being 00:00–06:00"})`,
    between: (n: number) => `${n} day${n === 1 ? "" : "s"} between (full)`,
    noNight: "no whole night (00:00–06:00) away: no per diem",
    routeDays: (country: string, days: string) => `days in ${country} (the longest part of 06:00–24:00 spent there, by the route): ${days}`,
    routeNights: (country: string, nights: string) => `nights in ${country} (where the route is at midnight), starting ${nights}`,
    longStay: (percent: number, from: string, full: string, reduced: string) =>
      `${percent} % × ${full} = ${reduced} a day from ${from}: Skatteverket's long stay, after ${percent === 70 ? "three months" : "two years"} at one place`,
    rate: "rate",
    source: "source",
    plan: "plan",
    line: "line",
    hours: "hours",
    hourly: "hourly cost",
    monthlySalary: "monthly salary",
    stillFits: "what still fits",
    buysHours: (remaining: string, hours: string, rate: string) => `${remaining} buys about ${hours} hours of Swedish work at ${rate}/h (the plan's average)`,
    moreTravellers: (trip: string, n: string, each: string) => `${trip}: ${n} more travellers at ${each} each`,
  },
  sv: {
    envelope: "ram",
    limit: "gräns",
    total: "ICLD totalt",
    remaining: "kvar",
    fits: "ryms",
    over: "över",
    depart: (when: string, full: boolean) => `avresa ${when} (${full ? "före 12:00: hel dag" : "från 12:00: halv dag"})`,
    back: (when: string, share: 0 | 0.5 | 1) =>
      `hemkomst ${when} (${share === 1 ? "efter 19:00: hel dag" : share === 0.5 ? "19:00 eller tidigare: halv dag" : "före 06:00: ingen traktamentsdag, natten är 00:00–06:00"})`,
    between: (n: number) => `${n} hel${n === 1 ? "" : "a"} dag${n === 1 ? "" : "ar"} däremellan`,
    noNight: "ingen hel natt (00:00–06:00) borta: inget traktamente",
    routeDays: (country: string, days: string) => `dagar i ${country} (största delen av 06:00–24:00 där, enligt resvägen): ${days}`,
    routeNights: (country: string, nights: string) => `nätter i ${country} (där resvägen är vid midnatt), med början ${nights}`,
    longStay: (percent: number, from: string, full: string, reduced: string) =>
      `${percent} % × ${full} = ${reduced} om dagen från ${from}: Skatteverkets långvariga tjänsteresa, efter ${percent === 70 ? "tre månader" : "två år"} på samma ort`,
    rate: "belopp",
    source: "källa",
    plan: "plan",
    line: "rad",
    hours: "timmar",
    hourly: "timkostnad",
    monthlySalary: "månadslön",
    stillFits: "vad som ryms",
    buysHours: (remaining: string, hours: string, rate: string) =>
      `${remaining} räcker till ungefär ${hours} timmar svenskt arbete à ${rate}/tim (planens genomsnitt)`,
    moreTravellers: (trip: string, n: string, each: string) => `${trip}: ${n} resenärer till à ${each}`,
  },
} as const;

/** The words for where a figure comes from (model/confirmation.ts, `Source`). */
const SOURCE_WORDS = {
  en: {
    pack: (file: string, text: string) => `rate pack ${file}: ${text}`,
    notListed: (text: string, country: string) => `${text}, "Övriga länder och områden" (${country} is not listed)`,
    plan: (path: string) => `the plan's ${path}`,
    region: "ICLD's guidelines know only Europe and Africa/Asia; Latin America is treated as Africa/Asia",
  },
  sv: {
    pack: (file: string, text: string) => `beloppstabell ${file}: ${text}`,
    notListed: (text: string, country: string) => `${text}, "Övriga länder och områden" (${country} finns inte i listan)`,
    plan: (path: string) => `planens ${path}`,
    region: "ICLD:s riktlinjer känner bara Europa och Afrika/Asien; Latinamerika räknas som Afrika/Asien",
  },
} as const;

/** Where a figure comes from, in words: a table's source in the language asked for where it has one. */
export function describeSource(source: Source, lang: Lang): string {
  const words = SOURCE_WORDS[lang];
  if (source.kind === "plan") return words.plan(source.path);
  if (source.kind === "region") return words.region;
  const text = lang === "sv" ? (source.sv ?? source.en) : source.en;
  const listed = source.notListed ? words.notListed(text, source.notListed) : text;
  return source.pack ? words.pack(source.pack, listed) : listed;
}

/** An envelope's period for people: "hela fasen" / "whole phase", or the year. */
export const periodLabel = (period: "phase" | number, lang: Lang) => (period === "phase" ? REPORT_LABELS[lang].wholePhase : String(period));

/** The names of the figures a budget rests on (model/types.ts, `Assumption`), and their values in words. */
const FIGURE_WORDS = {
  en: {
    fx: (currency: string) => `exchange rate ${currency}`,
    fxValue: (rate: string, currency: string) => `${rate} SEK/${currency}`,
    onCost: "salary on-costs",
    hoursPerYear: "working hours per year",
    hours: (hours: string) => `${hours} hours`,
    perDiem: (country: string, year: string) => `per diem ${country} ${year}`,
    perDay: (amount: string) => `${amount} a day`,
    envelope: (edition: string, what: string) => `envelope ${what} (${edition})`,
    workShare: (edition: string, what: string) => `work share of the envelope ${what} (${edition})`,
    region: "region",
    percent: (number: string) => `${number} %`,
  },
  sv: {
    fx: (currency: string) => `växelkurs ${currency}`,
    fxValue: (rate: string, currency: string) => `${rate} kr/${currency}`,
    onCost: "personalkostnadspålägg",
    hoursPerYear: "årsarbetstid",
    hours: (hours: string) => `${hours} timmar`,
    perDiem: (country: string, year: string) => `traktamente ${country} ${year}`,
    perDay: (amount: string) => `${amount} per dag`,
    envelope: (edition: string, what: string) => `ramen ${what} (${edition})`,
    workShare: (edition: string, what: string) => `arbetsandelen av ramen ${what} (${edition})`,
    region: "region",
    percent: (number: string) => `${number} %`,
  },
} as const;

/**
 * A figure's name and value in words, from its key and its value as a plain decimal: `fx.EUR`
 * (SEK per unit), `on_cost` (a fraction), `hours_per_year`, `per_diem.2024.PL` (SEK a day),
 * `envelope.<edition>.<phase>.<partnership>.<region>[.<category>]` (SEK), `region`.
 */
export function describeFigure(key: string, value: string, lang: Lang): { name: string; value: string } {
  const words = FIGURE_WORDS[lang];
  const [kind = key, ...rest] = key.split(".");
  // A figure is shown with every decimal it has: the user's 11.1234567 is what was multiplied by,
  // and a rounded 11.123457 beside it would state a figure no one gave.
  const number = (text: string) => {
    const value = new Decimal(text);
    return formatNumber(value, lang, value.decimalPlaces(), "quantity");
  };
  if (kind === "fx") return { name: words.fx(rest[0]!), value: words.fxValue(number(value), rest[0]!) };
  if (kind === "on_cost") return { name: words.onCost, value: words.percent(number(new Decimal(value).times(100).toString())) };
  if (kind === "hours_per_year") return { name: words.hoursPerYear, value: words.hours(number(value)) };
  if (kind === "per_diem") return { name: words.perDiem(countryLabel(rest[1]!), rest[0]!), value: words.perDay(formatSek(new Decimal(value), lang)) };
  if (kind === "envelope") {
    const [edition = "", phase = "", partnership = "", region = "", category] = rest;
    const what = [
      PHASE_LABELS[lang][phase as Phase] ?? phase,
      PARTNERSHIP_LABELS[lang][partnership as "bilateral"] ?? partnership,
      ...(region === "any" ? [] : [REGION_LABELS[lang][region as "europe"] ?? region]),
    ].join(", ");
    return { name: category ? words.workShare(edition, what) : words.envelope(edition, what), value: formatSek(new Decimal(value), lang) };
  }
  if (kind === "region") return { name: words.region, value: REGION_LABELS[lang][value as "europe"] ?? value };
  return { name: key, value };
}

/** A figure with its value in words: "traktamente Polen (PL) 2026 = 597 kr per dag". */
export function figureWithValue(key: string, value: string, lang: Lang): string {
  const { name, value: words } = describeFigure(key, value, lang);
  return `${name} = ${words}`;
}
