/**
 * The output formats of the commands that write reports, in one place for the option lists
 * (main.ts, which loads without the commands' code) and the commands themselves.
 */

/** report and follow-up: the terminal table and files for the memo. */
export const REPORT_FORMATS = ["table", "markdown", "csv", "json", "html", "xlsx"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** diff. */
export const DIFF_FORMATS = ["table", "markdown"] as const;
