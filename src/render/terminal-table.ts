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
   * The terminal's width: a boxed table wider than this has its columns of text (a figure's
   * source, a line's label), widest first, wrapped at word boundaries until it fits, each down to
   * `minWrapped` characters or its longest word, so that no word is cut. Right-aligned columns
   * (numbers) are never wrapped; a table that cannot fit so stays as narrow as it can get.
   */
  readonly maxWidth?: number;
  /** The narrowest a wrapped column is made, with its padding (16: a short column of names is left whole). */
  readonly minWrapped?: number;
  /**
   * Per column, whether it may be wrapped to fit `maxWidth` (at words; an amount counts as one):
   * by default the columns that are not right-aligned.
   */
  readonly wrap?: readonly boolean[];
}

/** A wrapped column is never made narrower than this (with its padding), unless the caller says. */
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

/**
 * Wrapping breaks at spaces, and an amount has spaces in it ("1 234,50 kr", "SEK 1,234"): a
 * terminal that showed "1" at the end of a line and "234,50 kr" below would show two numbers.
 * Before cli-table3 wraps a text, the spaces within an amount are made this character (one
 * column wide, not a space to it), and spaces again after.
 */
const KEEP = "\ue000";
/** The text with the spaces inside its amounts kept (see KEEP). */
const keepAmounts = (text: string) => text.replace(/(\d) (?=\d|kr\b|%)/g, `$1${KEEP}`).replace(/\b(SEK|-SEK) (?=\d)/g, `$1${KEEP}`);
const restoreSpaces = (text: string) => text.replaceAll(KEEP, " ");
/** Whether amounts can be kept whole in these texts: not where one has KEEP itself, which would become a space. */
const canKeep = (texts: readonly string[]) => !texts.some((text) => text.includes(KEEP));

/** How wide a boxed table is: the characters of its first line. */
export const tableWidth = (table: string) => widthOf(table.slice(0, table.indexOf("\n")));

/**
 * A sentence for the terminal: wrapped at word boundaries to `maxWidth` (by cli-table3, as a cell
 * of one column without lines), so that the terminal does not break it inside a word; unchanged
 * where it fits, or where no width is known (a file, a pipe), or where `hang` leaves too little.
 */
export function fitText(text: string, maxWidth: number | undefined, hang = 0): string {
  if (maxWidth === undefined || widthOf(text) <= maxWidth) return text;
  // With `hang`, the lines after the first are indented by so many spaces (a finding's help).
  const width = maxWidth - hang;
  if (width < 10) return text;
  const table = new Table({ chars: NO_LINES, colWidths: [width], wordWrap: true, style: { head: [], border: [], "padding-left": 0, "padding-right": 0 } });
  const keep = canKeep([text]);
  table.push([keep ? keepAmounts(text) : text]);
  return (keep ? restoreSpaces(table.toString()) : table.toString())
    .split("\n")
    .map((line, index) => `${index > 0 ? " ".repeat(hang) : ""}${line.trimEnd()}`)
    .join("\n");
}

/** Renders a header row and body rows as a table. */
export function renderTerminalTable(head: readonly string[], rows: readonly (readonly string[])[], options: TerminalTableOptions = {}): string {
  const colAligns = head.map((_, i) => (options.right?.[i] ? "right" : "left") as "right" | "left");
  const boxed = (colWidths: (number | null)[] = []) => {
    const keep = colWidths.length > 0 && canKeep([...head, ...rows.flat()]);
    const table = new Table({ head: [...head], colAligns, colWidths, wordWrap: colWidths.length > 0, style: { head: [], border: [], compact: true } });
    for (const row of rows) table.push(keep ? row.map(keepAmounts) : [...row]);
    return keep ? restoreSpaces(table.toString()) : table.toString();
  };
  if (!options.plain) {
    const text = boxed();
    const width = tableWidth(text);
    if (options.maxWidth === undefined || width <= options.maxWidth) return text;
    // Each column of text as cli-table3 made it (its widest cell and a space each side), and how
    // narrow it may get: never narrower than its longest word, which cli-table3 would cut short
    // ("utlandstrakta…"). Lines in a cell (a limit and its kind) are wrapped each on its own.
    const cellsOf = (column: number) => [head, ...rows].map((row) => row[column] ?? "");
    const naturalOf = (column: number) => Math.max(...cellsOf(column).flatMap((cell) => cell.split("\n").map(widthOf))) + 2;
    const wrapOf = (column: number) => options.wrap?.[column] ?? !options.right?.[column];
    const floorOf = (column: number) =>
      Math.max(
        options.minWrapped ?? MIN_WRAPPED_WIDTH,
        ...cellsOf(column).flatMap((cell) =>
          keepAmounts(cell)
            .split(/\s+/)
            .map((word) => widthOf(word) + 2),
        ),
      );
    const texts = head
      .map((_, column) => column)
      .filter(wrapOf)
      .sort((a, b) => naturalOf(b) - naturalOf(a) || a - b);
    const colWidths: (number | null)[] = head.map(() => null);
    let excess = width - options.maxWidth;
    for (const column of texts) {
      if (excess <= 0) break;
      const natural = naturalOf(column);
      const cut = Math.min(natural - floorOf(column), excess);
      if (cut <= 0) continue;
      colWidths[column] = natural - cut;
      excess -= cut;
    }
    return colWidths.some((w) => w !== null) ? boxed(colWidths) : text;
  }
  const table = new Table({ head: [...head], colAligns, chars: NO_LINES, style: { head: [], border: [], "padding-left": 0, "padding-right": 0 } });
  for (const row of rows) table.push([...row]);
  return table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}
