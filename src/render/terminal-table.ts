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
import Table from "cli-table3";

export interface TerminalTableOptions {
  /** Right-align these columns (numbers). */
  readonly right?: readonly boolean[];
  /** Without box lines: columns separated by two spaces (for `diff`). */
  readonly plain?: boolean;
  /**
   * The terminal's width: a boxed table wider than this has its last column (a long text, such as
   * a figure's source) wrapped at word boundaries to fit, down to a column of 16 characters or its
   * longest word, so that no word is cut.
   */
  readonly maxWidth?: number;
}

/** A wrapped last column is never made narrower than this (with its padding). */
const MIN_WRAPPED_WIDTH = 16;

/** Characters on a line of text without escape codes (the table's own lines and our cells have none). */
const widthOf = (text: string) => [...text].length;

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
    // The last column as cli-table3 made it (its widest cell and a space each side), less the excess.
    const last = head.length - 1;
    const cells = [head, ...rows].map((row) => row[last] ?? "");
    const natural = Math.max(...cells.map(widthOf)) + 2;
    // Never narrower than its longest word, which cli-table3 would cut short ("utlandstrakta…").
    const longestWord = Math.max(...cells.flatMap((cell) => cell.split(/\s+/).map(widthOf))) + 2;
    const fitted = Math.max(natural - (width - options.maxWidth), MIN_WRAPPED_WIDTH, longestWord);
    return fitted < natural ? boxed([...Array<null>(last).fill(null), fitted]) : text;
  }
  const table = new Table({ head: [...head], colAligns, chars: NO_LINES, style: { head: [], border: [], "padding-left": 0, "padding-right": 0 } });
  for (const row of rows) table.push([...row]);
  return table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}
