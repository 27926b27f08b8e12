/**
 * Display formatting of numbers, in one place: Swedish for people ("240 000 kr", "5 575,40 kr"),
 * English ("SEK 240,000"), and plain decimal strings for machines (see model/money.ts).
 * This is the only place that rounds for display.
 */
import { Decimal } from "../model/money.js";

export type Lang = "sv" | "en";

/** Groups the integer part of a non-negative digit string by thousands. */
function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * A number for people: grouped thousands; money keeps all its decimals or none ("5 575,40",
 * "240 000"), a quantity drops trailing zeros ("17,5").
 */
export function formatNumber(value: Decimal, lang: Lang, decimals = 2, style: "money" | "quantity" = "money"): string {
  const fixed = value.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith("-") && !new Decimal(fixed).isZero();
  const [whole, fraction = ""] = fixed.replace("-", "").split(".");
  const trimmed = /^0*$/.test(fraction) ? "" : style === "quantity" ? fraction.replace(/0+$/, "") : fraction;
  const grouped = group(whole!, lang === "sv" ? " " : ",");
  const text = trimmed ? `${grouped}${lang === "sv" ? "," : "."}${trimmed}` : grouped;
  return negative ? `-${text}` : text;
}

/** An amount of kronor for people: "240 000 kr" (sv), "SEK 240,000" (en). */
export function formatSek(value: Decimal, lang: Lang = "sv"): string {
  const number = formatNumber(value, lang);
  return lang === "sv" ? `${number} kr` : number.startsWith("-") ? `-SEK ${number.slice(1)}` : `SEK ${number}`;
}

/** A share as a percentage: "95,7 %" (sv), "95.7%" (en). */
export function formatPercent(fraction: Decimal, lang: Lang = "sv"): string {
  const number = formatNumber(fraction.times(100), lang, 1);
  return lang === "sv" ? `${number} %` : `${number}%`;
}
