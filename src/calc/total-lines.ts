/** Totals are sums of line items, so every report adds up to its lines. */
import { ZERO } from "../model/money.js";
import type { Decimal } from "../model/money.js";
import type { Category, LineItem, Payer, Totals } from "../model/types.js";

/** Sums line items by payer, and the ICLD-paid ones by category and year. */
export function totalLines(lines: readonly LineItem[]): Totals {
  const byCategory = new Map<Category, Decimal>();
  const byYear = new Map<number, Decimal>();
  const byPayer = new Map<Payer, Decimal>();
  let icld = ZERO;
  let cofinanced = ZERO;
  for (const line of lines) {
    byPayer.set(line.paidBy, (byPayer.get(line.paidBy) ?? ZERO).plus(line.amount));
    if (line.paidBy !== "icld") {
      cofinanced = cofinanced.plus(line.amount);
      continue;
    }
    icld = icld.plus(line.amount);
    byCategory.set(line.category, (byCategory.get(line.category) ?? ZERO).plus(line.amount));
    byYear.set(line.year, (byYear.get(line.year) ?? ZERO).plus(line.amount));
  }
  return { icld, cofinanced, byCategory, byYear, byPayer };
}
