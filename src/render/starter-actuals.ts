/**
 * A commented starter actuals file for `icld-budget init --actuals`, in Swedish or English: where
 * to put the ledger exports, the account mapping, hours and entries, with the usual BAS accounts
 * for travel costs as an example to adapt.
 */
import type { Lang } from "./format.js";

const TEXT = {
  en: {
    head: "# The actual costs of one plan year, for: icld-budget follow-up <plan> <this file>",
    asOf: "the day the books were read",
    ledger: "exports from the accounting system, paths relative to this file: CSV (Excel's too) or SIE 4 (.se)",
    project: "keep only the rows of this project code",
    accounts: "ledger account → plan category; the longest matching prefix wins (BAS accounts shown: adapt them)",
    assign: "rows whose text matches a pattern belong to a trip of the plan (by its id)",
    hours: "hours from the time reports, priced at the person's hourly cost in the plan",
    entries: "costs not in the ledger yet, by hand",
    item: "Visa fees",
  },
  sv: {
    head: "# Utfallet för ett planår, till: icld-budget follow-up <plan> <den här filen>",
    asOf: "dagen bokföringen lästes",
    ledger: "exporter från ekonomisystemet, sökvägar från den här filen: CSV (även Excels) eller SIE 4 (.se)",
    project: "ta bara med rader med den här projektkoden",
    accounts: "konto i huvudboken → kategori i planen; längsta matchande början gäller (BAS-konton som exempel: anpassa)",
    assign: "rader vars text matchar ett mönster hör till en resa i planen (med dess id)",
    hours: "timmar ur tidrapporterna, prissatta med personens timkostnad i planen",
    entries: "kostnader som inte är bokförda ännu, för hand",
    item: "Visumavgifter",
  },
} as const;

/** The starter actuals file's text for a language and year; `schemaPath` is where editors find its JSON Schema. */
export function renderStarterActuals(lang: Lang, year: number, schemaPath: string): string {
  const t = TEXT[lang];
  return `${[
    `# yaml-language-server: $schema=${schemaPath}`,
    t.head,
    "version: 1",
    `as_of: ${year}-12-31                # ${t.asOf}`,
    `ledger:                          # ${t.ledger}`,
    `  - {file: huvudbok-${year}.csv, project: "4711"}   # project: ${t.project}`,
    `accounts:                        # ${t.accounts}`,
    '  "5800": travel',
    '  "5810": travel',
    '  "5830": lodging',
    '  "5840": subsistence',
    '  "6420": audit',
    `assign: []                       # ${t.assign}: - {text: "Rzeszów|Rzeszow", trip: <trip id>}`,
    `hours: []                        # ${t.hours}: - {person: <id>, year: ${year}, hours: 120}`,
    `entries:                         # ${t.entries}`,
    `  - {date: ${year}-03-12, item: ${t.item}, category: visa, amount: 600, voucher: K-1}`,
  ].join("\n")}\n`;
}
