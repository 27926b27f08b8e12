/** Totals are sums of line items, so every report adds up to its lines. */
import { ZERO } from "../model/money.js";
import type { Decimal } from "../model/money.js";
import type { Category, LineItem, Payer, Totals } from "../model/types.js";

/** Sums line items by payer, and the ICLD-paid ones by category and year. */
export function totalLines(lines: readonly LineItem[]): Totals {
  // One sum per payer, category and year (a handful), then the totals from those: one addition a
  // line, and no key made per line (plans can have many thousand lines).
  type Sum = { payer: Payer; category: Category; year: number; amount: Decimal };
  const sums: Sum[] = [];
  const index = new Map<Payer, Map<Category, Map<number, Sum>>>();
  for (const line of lines) {
    let byCategory = index.get(line.paidBy);
    if (!byCategory) index.set(line.paidBy, (byCategory = new Map()));
    let byYear = byCategory.get(line.category);
    if (!byYear) byCategory.set(line.category, (byYear = new Map()));
    const sum = byYear.get(line.year);
    if (sum) sum.amount = sum.amount.plus(line.amount);
    else {
      const first = { payer: line.paidBy, category: line.category, year: line.year, amount: line.amount };
      byYear.set(line.year, first);
      sums.push(first);
    }
  }
  const byCategory = new Map<Category, Decimal>();
  const byYear = new Map<number, Decimal>();
  const byPayer = new Map<Payer, Decimal>();
  let icld = ZERO;
  let cofinanced = ZERO;
  for (const { payer, category, year, amount } of sums) {
    byPayer.set(payer, (byPayer.get(payer) ?? ZERO).plus(amount));
    if (payer !== "icld") {
      cofinanced = cofinanced.plus(amount);
      continue;
    }
    icld = icld.plus(amount);
    byCategory.set(category, (byCategory.get(category) ?? ZERO).plus(amount));
    byYear.set(year, (byYear.get(year) ?? ZERO).plus(amount));
  }
  return { icld, cofinanced, byCategory, byYear, byPayer };
}
