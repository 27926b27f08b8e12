/**
 * Tables for the terminal, drawn by cli-table3:
 *
 *   ┌──────────┬───────────┐
 *   │ Category │    Amount │
 *   ├──────────┼───────────┤
 *   │ Travel   │ 42 000 kr │
 *   └──────────┴───────────┘
 *
 * Colour codes in cells are the caller's (through `Style`); the table adds none of its own.
 */
import { stripVTControlCharacters } from "node:util";
import Table from "cli-table3";

export interface TerminalTableOptions {
  /** Right-align these columns (numbers). */
  readonly right?: readonly boolean[];
  /** Without box lines: columns separated by two spaces (for `diff`). */
  readonly plain?: boolean;
  /**
   * The terminal's width: a boxed table wider than this has its widest column of text (a figure's
   * source, a line's label) wrapped at word boundaries to fit, down to 16 characters or its
   * longest word, so that no word is cut. A table of numbers that cannot fit stays as it is.
   */
  readonly maxWidth?: number;
}

/** A wrapped column is never made narrower than this (with its padding). */
const MIN_WRAPPED_WIDTH = 16;

/** Characters of a text as a terminal shows them: colour codes take no room. */
const widthOf = (text: string) => [...stripVTControlCharacters(text)].length;

const NO_LINES = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: "  ",
} as const;

/** Renders a header row and body rows as a table. */
export function renderTerminalTable(head: readonly string[], rows: readonly (readonly string[])[], options: TerminalTableOptions = {}): string {
  const colAligns = head.map((_, i) => (options.right?.[i] ? "right" : "left") as "right" | "left");
  const boxed = (colWidths: (number | null)[] = []) => {
    const table = new Table({ head: [...head], colAligns, colWidths, wordWrap: colWidths.length > 0, style: { head: [], border: [], compact: true } });
    for (const row of rows) table.push([...row]);
    return table.toString();
  };
  if (!options.plain) {
    const text = boxed();
    const width = widthOf(text.slice(0, text.indexOf("\n")));
    if (options.maxWidth === undefined || width <= options.maxWidth) return text;
    // The widest column of text as cli-table3 made it (its widest cell and a space each side), less the excess.
    const cellsOf = (column: number) => [head, ...rows].map((row) => row[column] ?? "");
    const naturalOf = (column: number) => Math.max(...cellsOf(column).map(widthOf)) + 2;
    const texts = head.map((_, column) => column).filter((column) => !options.right?.[column]);
    if (texts.length === 0) return text;
    const wrapped = texts.reduce((widest, column) => (naturalOf(column) > naturalOf(widest) ? column : widest));
    const natural = naturalOf(wrapped);
    // Never narrower than its longest word, which cli-table3 would cut short ("utlandstrakta…").
    const longestWord = Math.max(...cellsOf(wrapped).flatMap((cell) => cell.split(/\s+/).map(widthOf))) + 2;
    const fitted = Math.max(natural - (width - options.maxWidth), MIN_WRAPPED_WIDTH, longestWord);
    return fitted < natural ? boxed(head.map((_, column) => (column === wrapped ? fitted : null))) : text;
  }
  const table = new Table({ head: [...head], colAligns, chars: NO_LINES, style: { head: [], border: [], "padding-left": 0, "padding-right": 0 } });
  for (const row of rows) table.push([...row]);
  return table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}
