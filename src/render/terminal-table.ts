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
/** The width of a text's longest word, an amount counting as one: what wrapping cannot go below. */
const longestWord = (text: string) => Math.max(...keepAmounts(text).split(/\s+/).map(widthOf));
/**
 * What `draw` makes of `texts` (each passed through the function it is given), with the spaces
 * inside amounts kept while cli-table3 wraps them; texts that hold KEEP themselves, which would
 * become spaces, are drawn as they are.
 */
function keepingAmounts(texts: readonly string[], draw: (prepare: (text: string) => string) => string): string {
  if (texts.some((text) => text.includes(KEEP))) return draw((text) => text);
  return draw(keepAmounts).replaceAll(KEEP, " ");
}

/** cli-table3's options for a table without lines or padding (a sentence, `diff`'s tables). */
const BORDERLESS = { chars: NO_LINES, style: { head: [], border: [], "padding-left": 0, "padding-right": 0 } };
/** A borderless table's lines without the spaces cli-table3 pads them with. */
const trimLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");

/** How wide a boxed table is: the characters of its first line. */
export const tableWidth = (table: string) => widthOf(table.slice(0, table.indexOf("\n")));

/**
 * A sentence for the terminal: wrapped at word boundaries to `maxWidth` (by cli-table3, as a cell
 * of one column without lines), so that the terminal does not break it inside a word; unchanged
 * where it fits, or where no width is known (a file, a pipe), or where `hang` leaves too little.
 */
export function fitText(text: string, maxWidth: number | undefined, hang = 0): string {
  if (maxWidth === undefined || widthOf(text) <= maxWidth) return text;
  // With `hang`, the lines after the first are indented by so many spaces (a finding's help). The
  // text's own indent is set aside while it is wrapped: cli-table3 does not count spaces that begin
  // a text, and would cut the first line's last word short ("un…") to fit what it had miscounted.
  const indent = /^ */.exec(text)![0];
  const body = text.slice(indent.length);
  const width = maxWidth - Math.max(hang, indent.length);
  if (width < 10) return text;
  // A word wider than that (a long path) keeps its own line, over the width: cut, it would be lost.
  const wrapped = keepingAmounts([body], (prepare) => {
    const table = new Table({ ...BORDERLESS, colWidths: [Math.max(width, longestWord(body))], wordWrap: true });
    table.push([prepare(body)]);
    return table.toString();
  });
  return indent + trimLines(wrapped).replaceAll("\n", `\n${" ".repeat(hang)}`);
}

/** Renders a header row and body rows as a table. */
export function renderTerminalTable(head: readonly string[], rows: readonly (readonly string[])[], options: TerminalTableOptions = {}): string {
  const colAligns = head.map((_, i) => (options.right?.[i] ? "right" : "left") as "right" | "left");
  const draw = (colWidths: (number | null)[], prepare: (text: string) => string) => {
    const table = new Table({ head: [...head], colAligns, colWidths, wordWrap: colWidths.length > 0, style: { head: [], border: [], compact: true } });
    for (const row of rows) table.push(row.map(prepare));
    return table.toString();
  };
  /** The table as cli-table3 draws it, or with these columns' widths, wrapped (amounts kept whole). */
  const boxed = (colWidths?: (number | null)[]) =>
    colWidths ? keepingAmounts([...head, ...rows.flat()], (prepare) => draw(colWidths, prepare)) : draw([], (text) => text);
  if (!options.plain) {
    const text = boxed();
    const width = tableWidth(text);
    if (options.maxWidth === undefined || width <= options.maxWidth) return text;
    // Each column of text as cli-table3 made it (its widest cell and a space each side), and how
    // narrow it may get: never narrower than its longest word, which cli-table3 would cut short
    // ("utlandstrakta…"). Lines in a cell (a limit and its kind) are wrapped each on its own.
    const cellsOf = (column: number) => [head, ...rows].map((row) => row[column] ?? "");
    const naturals = head.map((_, column) => Math.max(...cellsOf(column).flatMap((cell) => cell.split("\n").map(widthOf))) + 2);
    const wrapOf = (column: number) => options.wrap?.[column] ?? !options.right?.[column];
    const floorOf = (column: number) => Math.max(options.minWrapped ?? MIN_WRAPPED_WIDTH, ...cellsOf(column).map((cell) => longestWord(cell) + 2));
    const texts = head
      .map((_, column) => column)
      .filter(wrapOf)
      .sort((a, b) => naturals[b]! - naturals[a]! || a - b);
    const colWidths: (number | null)[] = head.map(() => null);
    let excess = width - options.maxWidth;
    for (const column of texts) {
      if (excess <= 0) break;
      const natural = naturals[column]!;
      const cut = Math.min(natural - floorOf(column), excess);
      if (cut <= 0) continue;
      colWidths[column] = natural - cut;
      excess -= cut;
    }
    return colWidths.some((w) => w !== null) ? boxed(colWidths) : text;
  }
  const table = new Table({ head: [...head], colAligns, ...BORDERLESS });
  for (const row of rows) table.push([...row]);
  return trimLines(table.toString());
}
