/**
 * Skatteverket's domestic per diem amounts (traktamente inom Sverige), SEK, by tax year.
 * Copied on 2026-11-26 from the project's shared data (skatteverket-domestic.csv).
 *
 * Full day = 0.5 % of the price base amount (prisbasbelopp), rounded to the nearest 10 kr;
 * half day and night allowance are half of it. Free meals reduce the allowance by
 * Skatteverket's rounded kronor amounts (20 % breakfast, 35 % lunch or dinner, 70 % both,
 * 90 % all three, of the full day), which is why they are listed rather than computed.
 */
import type { Sourced } from "../model/confirmation.js";

export interface DomesticRates extends Sourced {
  readonly fullDay: string;
  readonly halfDay: string;
  readonly night: string;
  readonly breakfastDeduction: string;
  readonly lunchOrDinnerDeduction: string;
  readonly lunchAndDinnerDeduction: string;
  readonly allMealsDeduction: string;
  readonly priceBaseAmount: string;
}

export const DOMESTIC_RATES: Readonly<Record<number, DomesticRates>> = {
  2023: {
    fullDay: "260", halfDay: "130", night: "130",
    breakfastDeduction: "52", lunchOrDinnerDeduction: "91", lunchAndDinnerDeduction: "182", allMealsDeduction: "234",
    priceBaseAmount: "52500",
    confirmation: "confirmed",
    source: "0.5 % of the 2023 prisbasbelopp rounded to the nearest 10 kr; deductions 20/35/70/90 % rounded to whole kronor (payroll firms restating Skatteverket)",
  },
  2024: {
    fullDay: "290", halfDay: "145", night: "145",
    breakfastDeduction: "58", lunchOrDinnerDeduction: "102", lunchAndDinnerDeduction: "203", allMealsDeduction: "261",
    priceBaseAmount: "57300",
    confirmation: "confirmed",
    source: "Skatteverket SKV A 2023:14 (domestic travel 2024); deductions as published for 2024",
  },
  2025: {
    fullDay: "290", halfDay: "145", night: "145",
    breakfastDeduction: "58", lunchOrDinnerDeduction: "102", lunchAndDinnerDeduction: "203", allMealsDeduction: "261",
    priceBaseAmount: "58800",
    confirmation: "confirmed",
    source: "Skatteverket domestic amounts 2025 (payroll firms); deductions computed as for 2024",
  },
  2026: {
    fullDay: "300", halfDay: "150", night: "150",
    breakfastDeduction: "60", lunchOrDinnerDeduction: "105", lunchAndDinnerDeduction: "210", allMealsDeduction: "270",
    priceBaseAmount: "59200",
    // The shared table marks 2026 "partly": the 0.5 % rule applied to the 2026 prisbasbelopp, one secondary source.
    confirmation: "secondary",
    source: "0.5 % rule on the 2026 prisbasbelopp (59 200 kr); one secondary source; deductions computed by the same percentages",
  },
};
