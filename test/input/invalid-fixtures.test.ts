/**
 * Every file in test/fixtures/invalid/ with the diagnostics expected beside it
 * (NAME.expected.json: the verdict and each finding as CODE@line:column, worked out by reading
 * the fixture). A new fixture is a new test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeFinding } from "../../src/check/messages.js";
import { check, codesAt } from "../helpers.js";

const dir = new URL("../fixtures/invalid/", import.meta.url);
const fixtures = readdirSync(dir).filter((name) => name.endsWith(".yaml"));

describe("invalid plans", () => {
  it("has an expectation beside every fixture", () => {
    const expectations = new Set(readdirSync(dir).filter((name) => name.endsWith(".expected.json")));
    expect(fixtures.filter((name) => !expectations.has(name.replace(/\.yaml$/, ".expected.json")))).toEqual([]);
  });

  for (const name of fixtures) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(new URL(name.replace(/\.yaml$/, ".expected.json"), dir), "utf8"));
      const result = check(readFileSync(new URL(name, dir), "utf8"));
      expect({ verdict: result.verdict, findings: codesAt(result.findings) }).toEqual(expected);
      for (const finding of result.findings) {
        // Every problem says what is wrong, and every error how to fix it.
        expect(describeFinding(finding).message).not.toBe(finding.code);
        if (finding.severity === "error") expect(describeFinding(finding).hint).toBeTruthy();
      }
    });
  }
});
