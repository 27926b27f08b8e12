/**
 * Tables for the terminal, drawn with box characters:
 *
 *   ┌──────────┬───────────┐
 *   │ Category │    Amount │
 *   ├──────────┼───────────┤
 *   │ Travel   │ 42 000 kr │
 *   └──────────┴───────────┘
 *
 * Written here rather than taken from cli-table3: checking a thousand plans spent more time in
 * that library's width measuring than in the check itself. Cells are one line; width counts
 * characters (the tool prints no wide East Asian text) and ignores colour codes.
 */
export interface BoxTableOptions {
  /** Right-align these columns (numbers). */
  readonly right?: readonly boolean[];
  /** Without box lines: columns separated by two spaces (for `diff`). */
  readonly plain?: boolean;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/** The width of a cell on screen. */
export function displayWidth(text: string): number {
  const visible = text.includes("\u001b") ? text.replace(ANSI, "") : text;
  let width = 0;
  for (const _ of visible) width++;
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const gap = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? gap + text : text + gap;
}

/** Renders a header row and body rows as a table. */
export function renderBoxTable(head: readonly string[], rows: readonly (readonly string[])[], options: BoxTableOptions = {}): string {
  const widths = head.map((cell, i) => Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[i] ?? ""))));
  const right = (i: number) => options.right?.[i] ?? false;
  const line = (row: readonly string[]) => widths.map((width, i) => pad(row[i] ?? "", width, right(i)));
  if (options.plain) return [head, ...rows].map((row) => line(row).join("  ").trimEnd()).join("\n");
  const rule = (left: string, middle: string, end: string) => `${left}${widths.map((w) => "─".repeat(w + 2)).join(middle)}${end}`;
  return [
    rule("┌", "┬", "┐"),
    `│ ${line(head).join(" │ ")} │`,
    rule("├", "┼", "┤"),
    ...rows.map((row) => `│ ${line(row).join(" │ ")} │`),
    rule("└", "┴", "┘"),
  ].join("\n");
}
