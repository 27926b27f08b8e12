/**
 * A validated plan: the schema's output with the plan-level defaults resolved, and a way back
 * from any part of it to its position in the file.
 */
import type { Decimal } from "../model/money.js";
import type { Partnership, Phase, Region, SourcePos } from "../model/types.js";
import type { Amount } from "./leaves.js";
import type { Path } from "./issues-to-problems.js";
import type { Cost, Person, Trip, Work } from "./schema.js";

export interface Plan {
  /** The file name as given (for messages and reports). */
  readonly file: string;
  readonly title: string;
  readonly phase: Phase;
  readonly rules: string;
  /** True when the plan names no edition and the newest built in was used. */
  readonly rulesIsDefault: boolean;
  readonly partnership: Partnership;
  readonly partner?: { readonly municipality?: string; readonly country?: string };
  readonly region: Region;
  /** How the region was found: written in the plan, or derived from the partner's country. */
  readonly regionFrom: "plan" | "country";
  /** False when the region rests on an unconfirmed placement (Latin America). */
  readonly regionConfirmed: boolean;
  /** The plan's years, in order, each once (the file may write them in another order). */
  readonly years: readonly number[];
  /** SEK per unit. */
  readonly fx: ReadonlyMap<string, Decimal>;
  readonly defaults: { readonly onCost?: Decimal; readonly hoursPerYear?: Decimal };
  readonly people: ReadonlyMap<string, Person>;
  readonly trips: readonly Trip[];
  readonly work: readonly Work[];
  readonly costs: readonly Cost[];
  /** Rate packs the plan names, as written (relative to the plan). */
  readonly ratePacks: readonly string[];
  /** Per diem full-day amounts the plan supplies, by year and country. */
  readonly perDiemRates: ReadonlyMap<number, ReadonlyMap<string, Amount>>;
  /** The position in the file of a part of the plan (a path of keys and indexes). */
  readonly locate: (path: Path) => SourcePos;
  /** The position of one of the plan's years where `years:` writes it. */
  readonly locateYear: (year: number) => SourcePos;
}
