/** Every example plan in budgets/ must pass `check`: it is what a new user runs first. */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getExitCode } from "../src/check/exit-code.js";
import { check } from "./helpers.js";

const dir = new URL("../budgets/", import.meta.url);
const plans = readdirSync(dir).filter((name) => name.endsWith(".yaml"));

describe("budgets/", () => {
  it("has a plan for each phase and the three-year project", () => {
    expect(plans.sort()).toEqual(expect.arrayContaining(["preparation.yaml", "project.yaml", "project-3-years.yaml", "steering-group.yaml"]));
  });

  for (const name of plans) {
    it(`${name} passes check with no error`, () => {
      const result = check(readFileSync(new URL(name, dir), "utf8"));
      expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(result.verdict).toBe("fits");
      expect(getExitCode([result])).toBe(0);
    });
  }
});
