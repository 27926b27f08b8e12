/**
 * The command line's own lines (a file it cannot write, an option it cannot read, what it
 * wrote), worded in the user's language with the findings' words: English in
 * src/check/messages.ts, Swedish in src/check/messages-sv.ts.
 */
import { describeFinding } from "../check/messages.js";
import type { Finding } from "../model/types.js";
import type { Lang } from "../render/format.js";

/** A problem: "icld-budget: <message>; <hint>." */
export function problemLine(code: string, args: Finding["args"], lang: Lang): string {
  const { message, hint } = describeFinding({ code, severity: "error", args }, lang);
  return `icld-budget: ${message}${hint ? `; ${hint}` : ""}.\n`;
}

/** What was done: "<Message>. <Hint>" ("Wrote plan.yaml. Next: icld-budget check plan.yaml"). */
export function noteLine(code: string, args: Finding["args"], lang: Lang): string {
  const { message, hint } = describeFinding({ code, severity: "info", args }, lang);
  return `${message}.${hint ? ` ${hint.charAt(0).toUpperCase()}${hint.slice(1)}` : ""}\n`;
}
