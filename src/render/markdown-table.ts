/** Markdown tables (GitHub-flavoured), shared by the report and diff. */

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A Markdown table; `right` marks the columns to right-align (numbers). */
export function renderMarkdownTable(head: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): string {
  return [
    `| ${head.map(cell).join(" | ")} |`,
    `|${head.map((_, i) => (right[i] ? "--:" : "---")).join("|")}|`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}
