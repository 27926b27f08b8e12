/**
 * Salary on-costs and working hours for Swedish participants' work effort (domain.md §4).
 */
import type { Sourced } from "../model/confirmation.js";

/**
 * Default on-cost rate: SKR's municipal PO-pålägg for 2023, 44.53 %, computed from SKR's
 * published parts (statutory employer contributions 31.42 % plus agreed insurance and pension).
 * The latest confirmed figure; later years are unconfirmed, so plans should state their own.
 */
export const DEFAULT_ON_COST: Sourced & { readonly rate: string; readonly display: string } = {
  rate: "0.4453",
  display: "44.53 %",
  confirmation: "confirmed",
  source: "SKR PO-pålägg 2023 for municipalities (statutory 31.42 % plus agreed insurance and pension)",
};

/**
 * Default annual working hours, the divisor of the hourly cost: 1 720 is the common basis (EU
 * programmes, Swedish ESF guidance). Which divisor ICLD itself uses is unconfirmed.
 */
export const DEFAULT_HOURS_PER_YEAR: Sourced & { readonly hours: string } = {
  hours: "1720",
  confirmation: "unconfirmed",
  source: "common basis of EU programmes and Swedish ESF guidance; ICLD's own divisor is not confirmed",
};
