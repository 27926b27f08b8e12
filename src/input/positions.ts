/**
 * Places in a text: an offset as a 1-based line and column, and a path of keys as written in
 * messages (`trips[0].travellers`). Shared by the plan's reader and the edition files' reader.
 */
import type { SourcePos } from "../model/types.js";
import type { Path } from "./issues-to-problems.js";

/** The number of lines (line feeds plus one). */
export function countLines(text: string): number {
  let count = 1;
  for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) count++;
  return count;
}

/** Offset → 1-based line and column. The lines are indexed on the first call, then found by binary search. */
export function positionsIn(text: string): (offset: number) => SourcePos {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let index = text.indexOf("\n"); index >= 0; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** A path as messages write it: `trips[0].travellers`. */
export function formatPath(path: Path): string {
  let out = "";
  for (const segment of path) out += typeof segment === "number" ? `[${segment}]` : out === "" ? segment : `.${segment}`;
  return out;
}
