/**
 * Places what is wrong in a table file (a TableError's problem, src/rates/read-tables.ts) at its
 * row and column, in the words of one language: messages.ts and messages-sv.ts each give theirs.
 */
import type { Finding } from "../model/types.js";

/** One language's words for table problems, by problem, and for "row", "line" and "column". */
export interface TableProblemWords {
  readonly problems: Readonly<Record<string, (a: Finding["args"]) => string>>;
  readonly row: string;
  readonly line: string;
  readonly column: string;
}

/**
 * `row 3, column status: "maybe" is not a status (…)`, from a TableError's row, column and problem
 * spread into one record (a finding's arguments); in a YAML file (an edition file) `line 7,
 * column 95, envelopes[0].limit: …` from its line, column and key (`line`, `col`, `at`). A
 * whole-file problem (row 0, column "-") has no place; a record without a problem is a reader's
 * error that is no TableError: its `detail`.
 */
export function placeTableProblem(a: Finding["args"], words: TableProblemWords): string {
  const word = a.problem === undefined ? undefined : words.problems[String(a.problem)];
  if (!word) return String(a.detail);
  const where = [
    ...(typeof a.row === "number" && a.row > 0 ? [`${words.row} ${a.row}`] : []),
    ...(a.column !== undefined && a.column !== "-" ? [`${words.column} ${a.column}`] : []),
    ...(typeof a.line === "number" ? [`${words.line} ${a.line}`, `${words.column} ${a.col}`] : []),
    ...(a.at ? [String(a.at)] : []),
  ];
  return where.length > 0 ? `${where.join(", ")}: ${word(a)}` : word(a);
}
