/**
 * What a change to a plan does: for each envelope and category the old total, the new, and
 * the change in kronor and percent; the lines added, removed or changed (matched by line key).
 */
import { type Decimal, ZERO } from "../model/money.js";
import { CATEGORIES, type Category, type LineItem } from "../model/types.js";
import type { PlanResult } from "./check-plan.js";

export interface Change {
  readonly old: Decimal;
  readonly new: Decimal;
  readonly change: Decimal;
  /** Change ÷ old; absent when the old amount is zero. */
  readonly percent?: Decimal;
}

export interface EnvelopeChange extends Change {
  readonly id: string;
  readonly period: "phase" | number;
  readonly limit: Decimal;
  readonly oldFits: boolean;
  readonly newFits: boolean;
  readonly kind: "max" | "guide";
  /** An envelope of the old plan that the new one does not have (another phase, a year dropped). */
  readonly removed?: true;
}

export interface LineChange {
  readonly key: string;
  readonly old?: LineItem;
  readonly new?: LineItem;
}

export interface PlanDiff {
  readonly envelopes: readonly EnvelopeChange[];
  readonly categories: readonly (Change & { readonly category: Category })[];
  readonly total: Change;
  readonly added: readonly LineChange[];
  readonly removed: readonly LineChange[];
  readonly changed: readonly LineChange[];
  /** Envelopes with a maximum that the old plan kept and the new one breaks. */
  readonly broken: readonly EnvelopeChange[];
}

function change(old: Decimal, now: Decimal): Change {
  const delta = now.minus(old);
  return { old, new: now, change: delta, ...(old.isZero() ? {} : { percent: delta.dividedBy(old).times(100) }) };
}

/** Compares two checked, valid plans. */
export function diffResults(before: PlanResult, after: PlanResult): PlanDiff {
  const oldBudget = before.budget!;
  const newBudget = after.budget!;
  const envelopeKey = (id: string, period: "phase" | number) => `${id}@${period}`;
  const flat = (result: PlanResult) => result.envelopes.flatMap((envelope) => [envelope, ...envelope.parts]);
  const oldEnvelopes = new Map(flat(before).map((envelope) => [envelopeKey(envelope.id, envelope.period), envelope]));
  const envelopes: EnvelopeChange[] = flat(after).map((envelope) => {
    const old = oldEnvelopes.get(envelopeKey(envelope.id, envelope.period));
    return {
      ...change(old?.total ?? ZERO, envelope.total),
      id: envelope.id,
      period: envelope.period,
      limit: envelope.limit,
      kind: envelope.kind,
      oldFits: old?.fits ?? true,
      newFits: envelope.fits,
    };
  });
  // Nothing lost: an envelope only the old plan had is listed too, its new total nothing.
  const newKeys = new Set(flat(after).map((envelope) => envelopeKey(envelope.id, envelope.period)));
  for (const [key, old] of oldEnvelopes) {
    if (newKeys.has(key)) continue;
    envelopes.push({
      ...change(old.total, ZERO),
      id: old.id,
      period: old.period,
      limit: old.limit,
      kind: old.kind,
      oldFits: old.fits,
      newFits: true,
      removed: true,
    });
  }
  const categories = CATEGORIES.filter((category) => oldBudget.totals.byCategory.has(category) || newBudget.totals.byCategory.has(category)).map(
    (category) => ({ category, ...change(oldBudget.totals.byCategory.get(category) ?? ZERO, newBudget.totals.byCategory.get(category) ?? ZERO) }),
  );
  const oldLines = new Map(oldBudget.lines.map((line) => [line.key, line]));
  const newLines = new Map(newBudget.lines.map((line) => [line.key, line]));
  const added = newBudget.lines.filter((line) => !oldLines.has(line.key)).map((line) => ({ key: line.key, new: line }));
  const removed = oldBudget.lines.filter((line) => !newLines.has(line.key)).map((line) => ({ key: line.key, old: line }));
  const changed = newBudget.lines
    .filter((line) => {
      const old = oldLines.get(line.key);
      return old !== undefined && (!old.amount.equals(line.amount) || old.paidBy !== line.paidBy || old.category !== line.category);
    })
    .map((line) => ({ key: line.key, old: oldLines.get(line.key)!, new: line }));
  return {
    envelopes,
    categories,
    total: change(oldBudget.totals.icld, newBudget.totals.icld),
    added,
    removed,
    changed,
    broken: envelopes.filter((envelope) => envelope.kind === "max" && envelope.oldFits && !envelope.newFits),
  };
}
