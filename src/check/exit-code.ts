/**
 * The exit status, a pure function of the results (README, "Exit status"): 0 every plan fits (warnings
 * allowed), 1 some plan breaks a max or has an error finding (also warnings under --strict),
 * 2 some file could not be read or is invalid. The worst status wins.
 */
import type { PlanResult } from "./check-plan.js";

export const EXIT = { ok: 0, failed: 1, invalid: 2, bug: 3 } as const;

export function getExitCode(results: readonly PlanResult[], options: { strict?: boolean } = {}): number {
  let code: number = EXIT.ok;
  for (const result of results) {
    if (result.verdict === "invalid") return EXIT.invalid;
    const warned = options.strict && result.findings.some((finding) => finding.severity === "warning");
    if (result.verdict === "over" || warned) code = EXIT.failed;
  }
  return code;
}
