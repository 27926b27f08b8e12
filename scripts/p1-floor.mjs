// The floor under P1, for `npm run bench`: what checking an example plan costs with the named
// stack alone. commander parses the same command line, yaml reads the plan, a small zod/mini
// schema validates its top-level keys, decimal.js sums every number in it and cli-table3 draws
// two tables like check's. The bench bundles this file, makes its code cache and starts it the
// way bin/load-bundle.cjs starts the tool, so that the difference between the two is the tool's
// own code: its modules, its schemas, its rules and its words.
import { readFileSync } from "node:fs";
import Table from "cli-table3";
import { Command } from "commander";
import Decimal from "decimal.js";
import { parseAllDocuments } from "yaml";
import * as z from "zod/mini";

const mapping = z.looseObject({});
const schema = z.looseObject({
  version: z.number(),
  title: z.string(),
  phase: z.enum(["preparation", "project", "steering-group"]),
  rules: z.string(),
  partner: z.looseObject({ municipality: z.string(), country: z.string().check(z.regex(/^[A-Z]{2}$/)) }),
  years: z.array(z.int()),
  defaults: z.optional(mapping),
  people: z.optional(z.array(z.looseObject({ id: z.string(), side: z.enum(["sweden", "partner"]) }))),
  trips: z.optional(z.array(z.looseObject({ id: z.string() }))),
  work: z.optional(z.array(mapping)),
  costs: z.optional(z.array(mapping)),
});

/** Sums every number in a value. */
function sum(value) {
  if (typeof value === "number") return new Decimal(String(value));
  if (value === null || typeof value !== "object") return new Decimal(0);
  return Object.values(value).reduce((total, inner) => total.plus(sum(inner)), new Decimal(0));
}

export async function runFloor(argv, write) {
  const program = new Command("floor");
  program
    .command("check")
    .argument("<plans...>")
    .option("-f, --format <format>", "output format", "table")
    .action((plans) => {
      const [document] = parseAllDocuments(readFileSync(plans[0], "utf8"), { prettyErrors: false, uniqueKeys: false });
      const plan = schema.parse(document.toJS());
      const total = sum(plan);
      const envelopes = new Table({ head: ["Envelope", "Period", "Limit", "ICLD total", "Remaining", ""], style: { head: [], border: [], compact: true } });
      envelopes.push([plan.phase, "whole phase", "240 000 kr (max)", `${total.toFixed(2)} kr`, `${new Decimal(240000).minus(total).toFixed(2)} kr`, "fits"]);
      const categories = new Table({ head: ["Category", "Amount"], colAligns: ["left", "right"], style: { head: [], border: [], compact: true } });
      for (const [key, value] of Object.entries(plan)) categories.push([key, `${sum(value).toFixed(2)} kr`]);
      write(`${plan.title}\n${envelopes.toString()}\n${categories.toString()}\n`);
    });
  await program.parseAsync(argv, { from: "user" });
}
