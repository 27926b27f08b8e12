/**
 * Many findings of one code read as one: a terminal table or a report for people shows the first
 * few of each code and counts the rest ("… and 2 490 more ELIGIBILITY_UNCONFIRMED"); the machine
 * formats (JSON, GitHub, JUnit) keep every one.
 */
import { Decimal } from "../model/money.js";
import type { Finding } from "../model/types.js";
import { formatNumber, type Lang } from "./format.js";
import { CHECK_LABELS } from "./labels.js";

/** A person reads this many findings of one code; the rest are counted. */
const SHOWN_PER_CODE = 10;

/** The findings to show: the first SHOWN_PER_CODE of each code, in their order. */
export function firstOfEachCode(findings: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.filter((finding) => {
    const n = (seen.get(finding.code) ?? 0) + 1;
    seen.set(finding.code, n);
    return n <= SHOWN_PER_CODE;
  });
}

/** How many findings of each code are not shown. */
export function countsPastFirst(findings: readonly Finding[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > SHOWN_PER_CODE).map(([code, count]) => [code, count - SHOWN_PER_CODE]);
}

/**
 * A line for each code with findings not shown: "… and 2 490 more ELIGIBILITY_UNCONFIRMED (same
 * cause; …)", in `lang`, its count written as numbers are in `numbers` (check's table writes
 * them in Swedish form in either language, as its amounts).
 */
export function restCounted(findings: readonly Finding[], lang: Lang, numbers: Lang = lang): string[] {
  return countsPastFirst(findings).map(([code, count]) => CHECK_LABELS[lang].sameCause(formatNumber(new Decimal(count), numbers, 0), code));
}
