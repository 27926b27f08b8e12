/**
 * A commented starter plan for `icld-budget init`, in Swedish or English: one trip each way and
 * some Swedish work, sized for the phase's envelope. It passes `check` as written for a year
 * whose per diem figures are built in; for another year it leaves the figure out (with a comment
 * saying where to add it) rather than write a placeholder that check would take as real.
 */
import type { Phase } from "../model/types.js";
import type { Rates } from "../rates/index.js";
import type { Lang } from "./format.js";

const TEXT = {
  en: {
    head: (phase: string) =>
      `# A starter plan for the ${phase} phase. Replace the names, dates and prices with yours,\n# then run: icld-budget check <this file>`,
    title: {
      preparation: "Our municipality–Partner, preparation",
      project: "Our municipality–Partner, project year 1",
      "steering-group": "Our municipality–Partner, steering group",
    },
    years: {
      preparation: "the year(s) the phase covers",
      project: "1–3 years; add work and costs with year: for each",
      "steering-group": "each year has its own envelope",
    },
    defaults: "SKR's PO-pålägg 2023 and the usual 1 720 hours a year; state your own if they differ",
    coordinator: "Coordinator",
    official: "Official",
    guest: "Partner coordinator",
    out: "Meeting with the partner (near the border, in Poland)",
    in: "The partner's visit to us",
    fare: "return fare per traveller",
    lodging: "per traveller and night",
    meals: "hotel breakfasts reduce the per diem",
    food: "food at cost for the guests, per day",
    local: "Local transport",
    audit: "Audit",
    rate: (year: number) =>
      `Skatteverket's ${year} normalbelopp for Poland is not built in: icld-budget check names it until you add\n#   per_diem_rates: {${year}: {PL: <kronor per full day>}} (Skatteverket publishes it each autumn)`,
    work: "hours of work by Swedish participants",
  },
  sv: {
    head: (phase: string) => `# En startplan för fasen ${phase}. Byt namn, datum och priser mot era egna\n# och kör sedan: icld-budget check <den här filen>`,
    title: { preparation: "Vår kommun–Partner, förberedelse", project: "Vår kommun–Partner, projektår 1", "steering-group": "Vår kommun–Partner, styrgrupp" },
    years: {
      preparation: "året eller åren fasen omfattar",
      project: "1–3 år; ange year: på arbete och kostnader för varje år",
      "steering-group": "varje år har en egen ram",
    },
    defaults: "SKR:s PO-pålägg 2023 och de vanliga 1 720 timmarna per år; ange era egna om de skiljer sig",
    coordinator: "Samordnare",
    official: "Handläggare",
    guest: "Partnerns samordnare",
    out: "Möte med partnern (nära gränsen, i Polen)",
    in: "Partnerns besök hos oss",
    fare: "tur och retur per resenär",
    lodging: "per resenär och natt",
    meals: "hotellfrukostar minskar traktamentet",
    food: "mat till självkostnad för gästerna, per dag",
    local: "Lokala transporter",
    audit: "Revision",
    rate: (year: number) =>
      `Skatteverkets normalbelopp för Polen ${year} finns inte inbyggt: icld-budget check påpekar det tills ni lägger till\n#   per_diem_rates: {${year}: {PL: <kronor per hel dag>}} (Skatteverket publicerar det varje höst)`,
    work: "arbetstimmar för svenska deltagare",
  },
} as const;

const PHASE_NAMES: Record<Lang, Record<Phase, string>> = {
  en: { preparation: "preparation", project: "project", "steering-group": "steering group" },
  sv: { preparation: "förberedelse", project: "projekt", "steering-group": "styrgrupp" },
};

const SIZE: Record<Phase, { out: number; in: number; hours: [number, number] }> = {
  preparation: { out: 4, in: 4, hours: [100, 80] },
  project: { out: 5, in: 6, hours: [200, 120] },
  "steering-group": { out: 4, in: 4, hours: [120, 100] },
};

/** The starter plan's text for a phase, language and year; `schemaPath` is where editors find the JSON Schema. */
export function renderStarterPlan(phase: Phase, lang: Lang, year: number, rates: Rates, schemaPath: string): string {
  const t = TEXT[lang];
  const size = SIZE[phase];
  const needsRate = !rates.normalbelopp[year]?.countries.PL && !rates.normalbelopp[year]?.otherCountries;
  const lines = [
    `# yaml-language-server: $schema=${schemaPath}`,
    t.head(PHASE_NAMES[lang][phase]),
    "version: 1",
    `title: ${t.title[phase]}`,
    `phase: ${phase}`,
    "rules: icld-2023",
    "partner: {municipality: Partner, country: UA}",
    `years: [${year}]                     # ${t.years[phase]}`,
    `defaults: {on_cost: 44.53%, hours_per_year: 1720}   # ${t.defaults}`,
    // No figure is made up for a year the tables lack: the plan says so, and check names what is missing.
    ...(needsRate ? [`# ${t.rate(year)}`] : []),
    "",
    "people:",
    `  - {id: coordinator, name: ${t.coordinator}, side: sweden, monthly_salary: 45000}`,
    `  - {id: official, name: ${t.official}, side: sweden, monthly_salary: 42000}`,
    `  - {id: guest, name: ${t.guest}, side: partner}`,
    "",
    "trips:",
    "  - id: out",
    `    title: ${t.out}`,
    "    to: PL",
    `    depart: ${year}-04-13T07:00`,
    `    return: ${year}-04-16T18:00`,
    `    travellers: [coordinator, official, {side: sweden, count: ${size.out - 2}}]`,
    `    fare: 4500        # ${t.fare}`,
    `    lodging: 1100     # ${t.lodging}`,
    "    subsistence: per-diem",
    `    meals_provided: {breakfast: 3}   # ${t.meals}`,
    "",
    "  - id: in",
    `    title: ${t.in}`,
    "    to: SE",
    `    depart: ${year}-09-14T09:00`,
    `    return: ${year}-09-18T16:00`,
    `    travellers: [guest, {side: partner, count: ${size.in - 1}}]`,
    "    fare: 6500",
    "    lodging: 1300",
    `    subsistence: {per_day: 550}   # ${t.food}`,
    "    extras:",
    `      - {item: ${t.local}, category: local-transport, amount: 4000}`,
    "",
    `work:                 # ${t.work}`,
    `  - {person: coordinator, hours: ${size.hours[0]}}`,
    `  - {person: official, hours: ${size.hours[1]}}`,
    "",
    "costs:",
    `  - {item: ${t.audit}, category: audit, amount: 10000}`,
  ];
  return `${lines.join("\n")}\n`;
}
