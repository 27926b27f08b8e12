/** Names of phases, categories and envelope kinds for people, in Swedish and English. */
import type { Category, Payer, Phase } from "../model/types.js";
import type { Lang } from "./format.js";

export const PHASE_LABELS: Readonly<Record<Lang, Record<Phase, string>>> = {
  sv: { preparation: "Förberedelse", project: "Projekt", "steering-group": "Styrgrupp" },
  en: { preparation: "Preparation", project: "Project", "steering-group": "Steering group" },
};

export const CATEGORY_LABELS: Readonly<Record<Lang, Record<Category, string>>> = {
  sv: {
    travel: "Resor", lodging: "Logi", subsistence: "Traktamente och mat", work: "Arbetsinsats", audit: "Revision",
    visa: "Visum", insurance: "Försäkring", interpretation: "Tolkning", translation: "Översättning", venue: "Lokalhyra",
    "local-transport": "Lokala transporter", "climate-compensation": "Klimatkompensation", communication: "Kommunikation", other: "Övrigt",
  },
  en: {
    travel: "Travel", lodging: "Lodging", subsistence: "Per diem and food", work: "Work effort", audit: "Audit",
    visa: "Visa", insurance: "Insurance", interpretation: "Interpretation", translation: "Translation", venue: "Venue",
    "local-transport": "Local transport", "climate-compensation": "Climate compensation", communication: "Communication", other: "Other",
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
    report: "Budget", file: "Fil", phase: "Fas", rules: "Riktlinjer", partnership: "Partnerskap", region: "Region", years: "År",
    envelopes: "Ramar", envelope: "Ram", period: "Period", wholePhase: "hela fasen", limit: "Gräns", kind: "Typ", total: "Totalt",
    remaining: "Kvar", used: "Använt", fits: "ryms", over: "överskrids", ofWhichWork: "varav arbetsinsats",
    byCategory: "Kostnad per kategori (ICLD)", category: "Kategori", sum: "Summa",
    trips: "Resor", trip: "Resa", travellers: "Resenärer", days: "Dagar", nights: "Nätter", fullDays: "hela", halfDays: "halva",
    line: "Post", year: "År", quantity: "Antal", unit: "Enhet", rate: "À-pris", amount: "Belopp", paidBy: "Betalas av",
    work: "Arbetsinsats", person: "Person", hours: "Timmar", hourlyCost: "Timkostnad", derivation: "Beräkning",
    otherCosts: "Övriga kostnader", cofinancing: "Medfinansiering (räknas inte mot ramarna)", noCofinancing: "Ingen medfinansiering.",
    findings: "Anmärkningar", noFindings: "Inga anmärkningar.", severity: { error: "fel", warning: "varning", info: "info" },
    assumptions: "Antaganden", assumption: "Antagande", value: "Värde", source: "Källa", status: "Status",
    statuses: { confirmed: "bekräftad", secondary: "andrahandskälla", unconfirmed: "obekräftad", plan: "uppgift i planen" }, builtInDefault: "standardvärde",
    lineItems: "Poster", summary: "Sammanfattning", verdict: { fits: "Budgeten ryms i ramarna", over: "Budgeten ryms inte i ramarna", invalid: "Planen är ogiltig" },
    chartTitle: "Användning av ramen per kategori", sumIcld: "Summa, betalas av ICLD", sumCofinancing: "Summa medfinansiering",
  },
  en: {
    report: "Budget", file: "File", phase: "Phase", rules: "Guidelines", partnership: "Partnership", region: "Region", years: "Years",
    envelopes: "Envelopes", envelope: "Envelope", period: "Period", wholePhase: "whole phase", limit: "Limit", kind: "Kind", total: "Total",
    remaining: "Remaining", used: "Used", fits: "fits", over: "over", ofWhichWork: "of which work effort",
    byCategory: "Cost by category (ICLD)", category: "Category", sum: "Total",
    trips: "Trips", trip: "Trip", travellers: "Travellers", days: "Days", nights: "Nights", fullDays: "full", halfDays: "half",
    line: "Line", year: "Year", quantity: "Quantity", unit: "Unit", rate: "Rate", amount: "Amount", paidBy: "Paid by",
    work: "Work effort", person: "Person", hours: "Hours", hourlyCost: "Hourly cost", derivation: "Derivation",
    otherCosts: "Other costs", cofinancing: "Co-financing (not counted against the envelopes)", noCofinancing: "No co-financing.",
    findings: "Findings", noFindings: "No findings.", severity: { error: "error", warning: "warning", info: "info" },
    assumptions: "Assumptions", assumption: "Assumption", value: "Value", source: "Source", status: "Status",
    statuses: { confirmed: "confirmed", secondary: "secondary source", unconfirmed: "unconfirmed", plan: "stated in the plan" }, builtInDefault: "built-in default",
    lineItems: "Line items", summary: "Summary", verdict: { fits: "The budget fits its envelopes", over: "The budget does not fit its envelopes", invalid: "The plan is invalid" },
    chartTitle: "Use of the envelope by category", sumIcld: "Total paid by ICLD", sumCofinancing: "Total co-financing",
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
  en: { traveller: "traveller", night: "night", day: "day", breakfast: "breakfast", lunch: "lunch", dinner: "dinner", hour: "hour", item: "item", trip: "trip" },
};

export const SIDE_LABELS: Readonly<Record<Lang, Record<"sweden" | "partner", string>>> = {
  sv: { sweden: "svenska sidan", partner: "partnersidan" },
  en: { sweden: "Swedish side", partner: "partner side" },
};

/** Every word of the follow-up report (ekonomisk redovisning), in both languages. */
export const FOLLOW_UP_LABELS = {
  sv: {
    title: "ekonomisk uppföljning", plan: "Plan", actualsFile: "Utfallsfil", asOf: "Bokföringen läst per",
    verdictWithin: "Utfallet ryms i ramarna", verdictOver: "Utfallet ryms inte i ramarna",
    envelopes: "Ramar: budget, utfall och prognos", envelope: "Ram", period: "Period", wholePhase: "hela fasen", ofWhich: "varav",
    limit: "Gräns", budget: "Budget", actual: "Utfall", remaining: "Kvar", forecast: "Prognos", deviation: "Avvikelse", used: "Förbrukat",
    max: "högsta belopp", guide: "riktpunkt", fits: "ryms", actualOver: "utfallet överskrider", forecastOver: "prognosen överskrider",
    byCategory: "Budget och utfall per kategori (ICLD)", category: "Kategori", sum: "Summa",
    trips: "Budget och utfall per resa", trip: "Resa", departs: "Avresa", ahead: "återstår",
    salaries: "Lönesammanställning", salaryNote: "Timkostnad = månadslön × 12 ÷ timmar per år × (1 + personalomkostnadspålägg), i hela ören. Fälten på ICLD:s blankett för redovisning av löner är inte bekräftade här.",
    person: "Person", year: "År", monthlySalary: "Månadslön", onCost: "PO-pålägg", hoursPerYear: "Timmar per år", hourlyCost: "Timkostnad",
    hoursBudget: "Timmar, budget", hoursActual: "Timmar, utfall",
    cofinancing: "Medfinansiering (räknas inte mot ramarna)", noCofinancing: "Ingen medfinansiering.", date: "Datum", text: "Text", paidBy: "Betalas av", amount: "Belopp",
    reconciliation: "Avstämning", reconciliationNote: "Varje inläst rad är antingen fördelad, ofördelad eller utesluten: summan av de tre är summan av de inlästa.",
    rowsCount: "Rader", read: "Inlästa", assigned: "Fördelade", unassigned: "Ofördelade", excluded: "Uteslutna",
    notAssigned: "Ofördelade och uteslutna rader", where: "Var", account: "Konto", status: "Status",
    because: { "other-project": "annat projekt", "outside-plan-years": "utanför planens år", removed: "borttagen rad (#BTRANS)", "not-a-cost-account": "inget kostnadskonto (BAS-klass 1–3)" },
    findings: "Anmärkningar", noFindings: "Inga anmärkningar.", severity: { error: "fel", warning: "varning", info: "info" },
    assumptions: "Antaganden", tolerance: "Tillåten avvikelse per kategori och resa", toleranceNote: "ICLD:s egen regel för att flytta pengar mellan budgetposter är inte bekräftad", rules: "Riktlinjer",
  },
  en: {
    title: "financial follow-up", plan: "Plan", actualsFile: "Actuals", asOf: "Books read as of",
    verdictWithin: "The actuals fit the envelopes", verdictOver: "The actuals do not fit the envelopes",
    envelopes: "Envelopes: budget, actual and forecast", envelope: "Envelope", period: "Period", wholePhase: "whole phase", ofWhich: "of which",
    limit: "Limit", budget: "Budget", actual: "Actual", remaining: "Remaining", forecast: "Forecast", deviation: "Deviation", used: "Used",
    max: "maximum", guide: "guide value", fits: "fits", actualOver: "actual over", forecastOver: "forecast over",
    byCategory: "Budget and actual by category (ICLD)", category: "Category", sum: "Total",
    trips: "Budget and actual by trip", trip: "Trip", departs: "Departs", ahead: "ahead",
    salaries: "Salary statement", salaryNote: "Hourly cost = monthly salary × 12 ÷ hours per year × (1 + on-cost), in whole öre. The fields of ICLD's salary form are not confirmed here.",
    person: "Person", year: "Year", monthlySalary: "Monthly salary", onCost: "On-cost", hoursPerYear: "Hours per year", hourlyCost: "Hourly cost",
    hoursBudget: "Hours, budget", hoursActual: "Hours, actual",
    cofinancing: "Co-financing (not counted against the envelopes)", noCofinancing: "No co-financing.", date: "Date", text: "Text", paidBy: "Paid by", amount: "Amount",
    reconciliation: "Reconciliation", reconciliationNote: "Every row read is assigned, unassigned or excluded: the three add up to what was read.",
    rowsCount: "Rows", read: "Read", assigned: "Assigned", unassigned: "Unassigned", excluded: "Excluded",
    notAssigned: "Unassigned and excluded rows", where: "Where", account: "Account", status: "Status",
    because: { "other-project": "another project", "outside-plan-years": "outside the plan's years", removed: "removed row (#BTRANS)", "not-a-cost-account": "not a cost account (BAS class 1–3)" },
    findings: "Findings", noFindings: "No findings.", severity: { error: "error", warning: "warning", info: "info" },
    assumptions: "Assumptions", tolerance: "Deviation allowed per category and trip", toleranceNote: "ICLD's own rule for moving money between budget lines is not confirmed", rules: "Guidelines",
  },
} as const;
