import { toMachineString } from "../../model/money.js";
import type { EnvelopeResult, Finding } from "../../model/types.js";
import type { Rule } from "./rule.js";

/** ENVELOPE_EXCEEDED (a max, error) and GUIDE_EXCEEDED (a riktpunkt, warning) for every envelope and part. */
export const checkEnvelopeLimits: Rule = ({ plan, envelopes }) => {
  const findings: Finding[] = [];
  const visit = (envelope: EnvelopeResult) => {
    if (!envelope.fits) {
      findings.push({
        code: envelope.kind === "max" ? "ENVELOPE_EXCEEDED" : "GUIDE_EXCEEDED",
        severity: envelope.kind === "max" ? "error" : "warning",
        args: {
          envelope: envelope.id,
          period: String(envelope.period),
          limit: toMachineString(envelope.limit),
          total: toMachineString(envelope.total),
          over: toMachineString(envelope.remaining.negated()),
        },
        pos: envelope.period === "phase" ? plan.locate(["phase"]) : plan.locateYear(envelope.period),
      });
    }
    envelope.parts.forEach(visit);
  };
  envelopes.forEach(visit);
  return findings;
};
