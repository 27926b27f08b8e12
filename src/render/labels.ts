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
