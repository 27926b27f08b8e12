/**
 * The command line's own lines (a file it cannot write, an option it cannot read, what it
 * wrote), worded in the user's language with the findings' words: English in
 * src/check/messages.ts, Swedish in src/check/messages-sv.ts.
 */
import { describeFinding, type Wording } from "../check/messages.js";
import type { Finding } from "../model/types.js";
import type { Lang } from "../render/format.js";

/** A problem: "icld-budget: <message>; <hint>." */
export function problemLine(code: string, args: Finding["args"], lang: Lang): string {
  const { message, hint } = describeFinding({ code, severity: "error", args }, lang);
  return `icld-budget: ${message}${hint ? `; ${hint}` : ""}.\n`;
}

/** A wording as sentences, "<Message>. <Hint>", without the last full stop. */
function sentences({ message, hint }: Wording): string {
  return hint ? `${message}. ${hint.charAt(0).toUpperCase()}${hint.slice(1)}` : message;
}

/** What was done: "<Message>. <Hint>" ("Wrote plan.yaml. Next: icld-budget check plan.yaml"), or "<Message>." alone. */
export function noteLine(code: string, args: Finding["args"], lang: Lang): string {
  const wording = describeFinding({ code, severity: "info", args }, lang);
  return wording.hint ? `${sentences(wording)}\n` : `${wording.message}.\n`;
}

/**
 * A subcommand's own line: "icld-budget rates fetch: <Message>. <Hint>." (`end` ":" when a list
 * follows).
 */
export function commandLine(command: string, code: string, args: Finding["args"], lang: Lang, end: "." | ":" = "."): string {
  return `icld-budget ${command}: ${sentences(describeFinding({ code, severity: "error", args }, lang))}${end}\n`;
}
