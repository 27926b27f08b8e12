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
}

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
  const table = options.plain
    ? new Table({ head: [...head], colAligns, chars: NO_LINES, style: { head: [], border: [], "padding-left": 0, "padding-right": 0 } })
    : new Table({ head: [...head], colAligns, style: { head: [], border: [], compact: true } });
  for (const row of rows) table.push([...row]);
  const text = table.toString();
  return options.plain
    ? text
        .split("\n")
        .map((line) => line.trimEnd())
        .join("\n")
    : text;
}
