/**
 * Usage errors: a command line that cannot be run as written. They are findings' codes and
 * values, worded in the user's language with the findings (src/check/messages.ts,
 * messages-sv.ts) and shown as one line, exit status 2.
 */
import type { CommanderError } from "commander";
import type { Finding } from "../model/types.js";

/** A command line that cannot be run as written: a finding code (USAGE_*) and its values. */
export class UsageError extends Error {
  constructor(
    readonly code: string,
    readonly args: Finding["args"],
  ) {
    super(code);
  }
}

/**
 * What commander refused, as a finding code and values. commander gives its code and an English
 * sentence; the values are read from that sentence as commander 14 writes it (the tests hold each
 * kind), and a sentence of another shape is quoted as it is (USAGE_PROBLEM). `command` is the
 * command being read ("rates fetch", or "" for icld-budget itself); main.ts names it as the user
 * types it, with its help line, when it writes the problem.
 */
export function usageProblem(error: CommanderError, command: string): { code: string; args: Finding["args"] } {
  const text = error.message.replace(/^error: /, "");
  const suggestion = (rest: string | undefined): Finding["args"] => (rest === undefined ? {} : { suggestion: rest });
  const longFlag = (flags: string) => /--[\w-]+/.exec(flags)?.[0] ?? flags;
  let match: RegExpExecArray | null;
  switch (error.code) {
    case "commander.unknownOption":
      if ((match = /^unknown option '([^']*)'(?:\n\(Did you mean (.*)\?\))?$/.exec(text))) {
        return { code: "USAGE_UNKNOWN_OPTION", args: { option: match[1]!, command, ...suggestion(match[2]) } };
      }
      break;
    case "commander.unknownCommand":
      if ((match = /^unknown command '([^']*)'(?:\n\(Did you mean (.*)\?\))?$/.exec(text))) {
        return { code: "USAGE_UNKNOWN_COMMAND", args: { name: match[1]!, command, ...suggestion(match[2]) } };
      }
      break;
    case "commander.missingArgument":
      if ((match = /^missing required argument '([^']*)'$/.exec(text))) return { code: "USAGE_MISSING_ARGUMENT", args: { argument: match[1]!, command } };
      break;
    case "commander.optionMissingArgument":
      if ((match = /^option '([^']*)' argument missing$/.exec(text))) return { code: "USAGE_MISSING_VALUE", args: { option: longFlag(match[1]!), command } };
      break;
    case "commander.invalidArgument":
      if ((match = /^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/s.exec(text))) {
        return { code: "USAGE_INVALID_CHOICE", args: { option: longFlag(match[1]!), value: match[2]!, allowed: match[3]!, command } };
      }
      break;
    case "commander.excessArguments":
      if ((match = /^too many arguments(?: for '[^']*')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(text))) {
        return { code: "USAGE_TOO_MANY_ARGUMENTS", args: { expected: Number(match[1]), got: Number(match[2]), command } };
      }
      break;
  }
  return { code: "USAGE_PROBLEM", args: { detail: text.trim(), command } };
}
