/**
 * JUnit XML, which GitLab, Jenkins and Azure DevOps read: a test suite per plan, a test case for
 * the plan's rules and one per envelope, a failure for each error (and warnings as output).
 */
import type { PlanResult } from "../check/check-plan.js";
import { describeFinding } from "../check/messages.js";
import { toMachineString } from "../model/money.js";
import type { Finding } from "../model/types.js";

const escapeXml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

function findingText(file: string, finding: Finding): string {
  const { message, hint } = describeFinding(finding);
  const where = finding.pos ? `${file}:${finding.pos.line}:${finding.pos.column}` : file;
  return `${where}: ${finding.severity}[${finding.code}]: ${message}${hint ? `\n  help: ${hint}` : ""}`;
}

interface Case {
  readonly name: string;
  readonly failures: readonly Finding[];
  readonly error?: boolean;
  readonly output: readonly Finding[];
  /** The figures the case is about, for its output. */
  readonly figures?: string;
}

/**
 * One test case. Its name never changes with the plan's figures (readers track a test by its
 * name); the figures go in its output. Its problems are one <failure> or <error>, whose message
 * is the first and whose text is every one: most readers show only the first element.
 */
function renderCase(file: string, testCase: Case): string {
  const open = `    <testcase classname="${escapeXml(file)}" name="${escapeXml(testCase.name)}">`;
  const body: string[] = [];
  const [first, ...more] = testCase.failures;
  if (first) {
    const tag = testCase.error ? "error" : "failure";
    const message = `${describeFinding(first).message}${more.length > 0 ? ` (and ${more.length} more)` : ""}`;
    const text = testCase.failures.map((f) => findingText(file, f)).join("\n");
    body.push(`      <${tag} type="${first.code}" message="${escapeXml(message)}">${escapeXml(text)}</${tag}>`);
  }
  const output = [...(testCase.figures ? [testCase.figures] : []), ...testCase.output.map((f) => findingText(file, f))];
  if (output.length > 0) body.push(`      <system-out>${escapeXml(output.join("\n"))}</system-out>`);
  return body.length === 0 ? `${open.slice(0, -1)}/>` : `${open}\n${body.join("\n")}\n    </testcase>`;
}

/** The results as one JUnit XML document. */
export function renderJunit(results: readonly PlanResult[]): string {
  const totals = { tests: 0, failures: 0, errors: 0 };
  const suites = results.map((result) => {
    const cases: Case[] = [];
    if (result.verdict === "invalid") {
      cases.push({ name: "plan is valid", failures: result.findings, error: true, output: [] });
    } else {
      const envelopeCodes = new Set(["ENVELOPE_EXCEEDED", "GUIDE_EXCEEDED"]);
      const rules = result.findings.filter((f) => !envelopeCodes.has(f.code));
      cases.push({ name: "rules", failures: rules.filter((f) => f.severity === "error"), output: rules.filter((f) => f.severity !== "error") });
      for (const envelope of result.envelopes) {
        for (const part of [envelope, ...envelope.parts]) {
          const mine = result.findings.filter((f) => envelopeCodes.has(f.code) && f.args.envelope === part.id && f.args.period === String(part.period));
          const name = `envelope ${part.id} ${part.period}`;
          const figures = `${toMachineString(part.total)} of ${toMachineString(part.limit)} (${part.kind}), ${toMachineString(part.remaining)} remaining`;
          cases.push({ name, figures, failures: mine.filter((f) => f.severity === "error"), output: mine.filter((f) => f.severity !== "error") });
        }
      }
    }
    const failures = cases.filter((c) => !c.error && c.failures.length > 0).length;
    const errors = cases.filter((c) => c.error).length;
    totals.tests += cases.length;
    totals.failures += failures;
    totals.errors += errors;
    return [
      `  <testsuite name="${escapeXml(result.file)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0">`,
      ...cases.map((c) => renderCase(result.file, c)),
      "  </testsuite>",
    ].join("\n");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="icld-budget" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}">\n${suites.join("\n")}\n</testsuites>\n`;
}
