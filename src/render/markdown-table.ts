/** Markdown text and tables (GitHub-flavoured), shared by the report, the follow-up, diff and the CI job summary. */

/**
 * Text as Markdown shows it: `<` and `>` escaped, so that no text from a plan or ledger is read
 * as HTML (a memo converted to HTML would run an `<img onerror=…>`, and GitHub would drop a
 * placeholder such as `<amount>` as an unknown tag). The tool's own emphasis is added around it.
 */
export const markdownText = (text: string) => text.replace(/[<>]/g, "\\$&");

/** A table cell: Markdown text on one line, its pipes escaped. */
const cell = (text: string) =>
  markdownText(text)
    .replace(/\|/g, "\\|")
    .replace(/\r\n?|\n/g, " ");

/** A Markdown table; `right` marks the columns to right-align (numbers). */
export function renderMarkdownTable(head: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[]): string {
  return [
    `| ${head.map(cell).join(" | ")} |`,
    `|${head.map((_, i) => (right[i] ? "--:" : "---")).join("|")}|`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}
