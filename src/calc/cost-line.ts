/**
 * The lines of a plan's `costs`, of which there can be many thousand. Each is one object: its
 * label, group, key and position in the file are made when they are read, not when the line
 * is priced. Made up front they were seven more objects a line, and collecting them again took
 * a tenth of the time to check 10 000 cost lines.
 */
import type { Plan } from "../input/plan.js";
import type { Cost } from "../input/schema.js";
import { ONE, roundToOre, type Decimal } from "../model/money.js";
import type { LineWhat } from "../model/line-label.js";
import type { Category, LineItem, Payer, SourcePos } from "../model/types.js";
import { fxNoteOf } from "./fx.js";

/** A cost line: one item, priced at its amount in kronor (rounded to öre). */
export class CostLine implements LineItem {
  readonly category: Category;
  readonly quantity = ONE;
  readonly unit = "item";
  readonly amount: Decimal;
  readonly paidBy: Payer;
  private foundPos: SourcePos | undefined;

  /**
   * `repeat` counts the lines of the same item and year so far (1 for the first), so that keys
   * are unique; `amountInSek` is the cost converted to kronor.
   */
  constructor(
    private readonly plan: Plan,
    private readonly cost: Cost,
    private readonly index: number,
    readonly year: number,
    private readonly repeat: number,
    amountInSek: Decimal,
  ) {
    this.category = cost.category ?? "other";
    this.paidBy = cost.paid_by ?? "icld";
    // One item at its price in whole öre (see compute-budget.ts): rate and amount are the same.
    this.rate = this.amount = roundToOre(amountInSek);
  }

  readonly rate: Decimal;

  get what(): LineWhat {
    const { item, amount } = this.cost;
    return { kind: "cost", subject: item, item, ...fxNoteOf(this.plan, amount) };
  }

  get group(): string {
    return `cost:${this.index}`;
  }

  /** "cost:<item>:<year>", and "#2", "#3" on for repeats. */
  get key(): string {
    const key = `cost:${this.cost.item}:${this.year}`;
    return this.repeat > 1 ? `${key}#${this.repeat}` : key;
  }

  get pos(): SourcePos {
    return (this.foundPos ??= this.plan.locate(["costs", this.index]));
  }
}

/** Counts the cost lines of each item and year, without making a key to look up: an item seen once holds just its year. */
export class CostRepeats {
  private readonly seen = new Map<string, number | Map<number, number>>();

  /** How many lines of this item and year there are now, this one included. */
  count(item: string, year: number): number {
    const seen = this.seen.get(item);
    if (seen === undefined) {
      this.seen.set(item, year);
      return 1;
    }
    let byYear = seen;
    if (typeof byYear === "number") this.seen.set(item, (byYear = new Map([[byYear, 1]])));
    const count = (byYear.get(year) ?? 0) + 1;
    byYear.set(year, count);
    return count;
  }
}
