// npm run bench: measures the performance targets of the check side by side, as medians of
// interleaved runs (P1 as the median of paired ratios, with their quartiles), and prints a
// table under a line naming the machine, with what touching a fresh page of memory costs on it.
// Installs nothing. BENCH_RUNS sets P1's rounds (31); `--p1` measures P1 alone.
//
//   P1  checking an example plan vs `node -e 0`                        target ≤ 1.5 ×
//       and, for scale, the named stack alone doing a check's library work (scripts/p1-floor.mjs)
//   P3  1 000 typical plans in one call, --format github, vs one check   target ≤ 20 ×
//   P4  100 000 lines vs 10 000, in flow style, in block style and with a warning on every
//       line, as a table and as JSON                                      target ≤ 12 ×
//       peak memory for the largest accepted file (16 MiB)                target < 1.5 GB
//   P2  follow-up over a ledger of 100 000 rows vs hledger balance --budget over a journal of the
//       same 100 000 transactions (skipped with a note when hledger is absent)  target ≤ 0.5 ×;
//       memory grows linearly with the rows (10 000 vs 100 000)
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { BUNDLE_OPTIONS, MODULE_WRAPPER } from "./bundle-options.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/icld-budget.cjs");
const LOADER = join(ROOT, "bin/load-bundle.cjs");
const { loadBundle } = createRequire(import.meta.url)(LOADER);
/** Rounds of P1, a few tenths of a second each: many, as the machine's drift is of that size. */
const P1_RUNS = Number(process.env.BENCH_RUNS ?? 31);
const P1_ONLY = process.argv.includes("--p1");
const dir = mkdtempSync(join(tmpdir(), "icld-bench-"));
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

const hledger = spawnSync("hledger", ["--version"], { encoding: "utf8" });
const hasHledger = hledger.status === 0;

/**
 * P1's floor: scripts/p1-floor.mjs bundled as the tool is (scripts/bundle-options.mjs) and
 * started by the tool's own loader (bin/load-bundle.cjs) with a code cache made after one run.
 * Returns the script that starts it.
 */
async function buildFloor() {
  const bundle = join(dir, "floor", "floor.cjs");
  const { build } = await import("esbuild");
  await build({ entryPoints: [join(ROOT, "scripts/p1-floor.mjs")], outfile: bundle, ...BUNDLE_OPTIONS, banner: { js: MODULE_WRAPPER } });
  const { cli, saveCache } = loadBundle(bundle);
  await cli.runFloor(["check", join(ROOT, "budgets/preparation.yaml")], () => {});
  saveCache();
  const starter = join(dir, "floor", "start.cjs");
  writeFileSync(
    starter,
    `"use strict";
const { cli } = require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(bundle)});
cli.runFloor(process.argv.slice(2), (text) => require("node:fs").writeSync(1, text)).then(() => process.exit(0));
`,
  );
  return starter;
}

/** Runs a command once; returns wall seconds and, where GNU time is there, peak memory in MB. */
function once(command, args) {
  const started = process.hrtime.bigint();
  // Output goes nowhere (as to a file); standard error carries GNU time's peak memory.
  const options = { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, NO_COLOR: "1" } };
  const result = GNU_TIME ? spawnSync(GNU_TIME, ["-f", "%M", command, ...args], options) : spawnSync(command, args, options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
  const kb = GNU_TIME ? Number(result.stderr.trim().split("\n").pop()) : NaN;
  return { seconds, mb: kb / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Runs several commands interleaved, `runs` times each; medians, and every run's time. */
function measure(commands, runs) {
  const times = commands.map(() => []);
  const memory = commands.map(() => []);
  for (let run = 0; run < runs; run++) {
    commands.forEach(([command, args], i) => {
      const { seconds, mb } = once(command, args);
      times[i].push(seconds);
      memory[i].push(mb);
    });
  }
  return commands.map((_, i) => ({ seconds: median(times[i]), mb: Math.max(...memory[i]), runs, times: times[i] }));
}

/**
 * A ratio of two commands measured by `measure` in one run: the median of the ratios of each
 * pair run one after the other, with the quartiles. The machine's speed drifts over seconds
 * (its `node -e 0` has moved between 96 and 160 ms on one day); a pair shares the moment it
 * ran in, where the ratio of two medians can take them from different moments.
 */
function pairedRatio(measured, reference) {
  const ratios = measured.times.map((time, i) => time / reference.times[i]).sort((a, b) => a - b);
  const at = (p) => ratios[Math.round((ratios.length - 1) * p)];
  return `${median(ratios).toFixed(2)} × (${at(0.25).toFixed(2)}–${at(0.75).toFixed(2)})`;
}

/**
 * What touching a fresh page of memory costs here: the median of three processes writing 64 MiB
 * once every 4 KiB, printed with the machine. Much of what a check costs beyond `node -e 0` is
 * memory it touches for the first time, so P1's ratio moves with this cost from one machine to the
 * next (2.5 µs on the fifteenth session's machine, 15.6 µs on the fourteenth's).
 */
function freshPageMicroseconds() {
  const script =
    "const b = Buffer.allocUnsafeSlow(64 << 20); const t = process.hrtime.bigint(); for (let i = 0; i < b.length; i += 4096) b[i] = 1; process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e3 / (b.length / 4096)))";
  return median([0, 1, 2].map(() => Number(spawnSync(process.execPath, ["-e", script], { encoding: "utf8" }).stdout)));
}
const freshPage = freshPageMicroseconds();

const node = process.execPath;
// The check as a user runs it (here written to nowhere).
const check = (...args) => [node, [BIN, "check", ...args]];
const rows = [];
const fmt = (s) => `${(s * 1000).toFixed(0)} ms`;

const floor = await buildFloor();
const [base, example1, floor1] = measure(
  [[node, ["-e", "0"]], check(join(ROOT, "budgets/preparation.yaml")), [node, [floor, "check", join(ROOT, "budgets/preparation.yaml")]]],
  P1_RUNS,
);
rows.push(["P1", "check an example plan", fmt(example1.seconds), `node -e 0: ${fmt(base.seconds)}`, pairedRatio(example1, base), "≤ 1.5 ×", example1.runs]);
rows.push([
  "P1",
  "the named stack alone (scripts/p1-floor.mjs)",
  fmt(floor1.seconds),
  `node -e 0: ${fmt(base.seconds)}`,
  pairedRatio(floor1, base),
  "",
  floor1.runs,
]);

// `npm run bench -- --p1`: P1 alone (its two rows), in under half a minute rather than five.
if (P1_ONLY) {
  printRows();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

// The files P2, P3 and P4 read.
const header = [
  "version: 1",
  "title: Benchmark",
  "phase: project",
  "rules: icld-2023",
  "partner: {municipality: X, country: UA}",
  "years: [2024]",
  "defaults: {on_cost: 44.53%, hours_per_year: 1720}",
];
const amountOf = (i) => `${(i % 97) + 1}.${String(i % 100).padStart(2, "0")}`;
/**
 * The shapes P4 measures: a cost on each line in flow style, a cost over three lines in block
 * style, and a cost on each line that draws a warning. The counts are of lines in the file.
 */
const SHAPES = {
  flow: { lines: 1, cost: (i) => `  - {item: Cost ${i}, category: audit, amount: ${amountOf(i)}}` },
  block: { lines: 3, cost: (i) => `  - item: Cost ${i}\n    category: audit\n    amount: ${amountOf(i)}` },
  warning: { lines: 1, cost: (i) => `  - {item: Interpreter ${i}, category: interpretation, amount: ${amountOf(i)}}` },
};
const costPlan = (lines, shape) =>
  `${header.join("\n")}\ncosts:\n${Array.from({ length: Math.round(lines / shape.lines) }, (_, i) => shape.cost(i)).join("\n")}\n`;
const plans = {};
for (const [name, shape] of Object.entries(SHAPES)) {
  for (const lines of [10_000, 100_000]) {
    plans[`${name}-${lines}`] = join(dir, `${name}-${lines}.yaml`);
    writeFileSync(plans[`${name}-${lines}`], costPlan(lines, shape));
  }
}
// The largest file accepted: cost lines up to 16 MiB.
const largest = join(dir, "largest.yaml");
{
  const lines = [];
  let size = header.join("\n").length + 8;
  for (let i = 0; ; i++) {
    const line = `  - {item: Cost ${i} ${"x".repeat(40)}, category: audit, amount: ${amountOf(i)}, note: ${"n".repeat(20)}}`;
    if (size + line.length + 1 > 16 * 1024 * 1024 - 16) break;
    lines.push(line);
    size += line.length + 1;
  }
  writeFileSync(largest, `${header.join("\n")}\ncosts:\n${lines.join("\n")}\n`);
}
// P2: a ledger export of N rows (Swedish Excel's dialect), its actuals file, and the same
// transactions as an hledger journal with a yearly budget.
const ACCOUNTS = { 7310: "travel", 7320: "lodging", 7330: "subsistence", 6420: "audit" };
function writeLedger(rows) {
  const folder = join(dir, `ledger-${rows}`);
  mkdirSync(folder);
  const accounts = Object.keys(ACCOUNTS);
  const dateOf = (i) => `2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
  const csv = ["Datum;Verifikation;Konto;Text;Belopp"];
  const journal = ["~ yearly 2024", ...Object.values(ACCOUNTS).map((c) => `    expenses:${c}  100000`), "    assets:bank", ""];
  for (let i = 0; i < rows; i++) {
    const amount = `${(i % 97) + 1},${String(i % 100).padStart(2, "0")}`;
    csv.push(`${dateOf(i)};V${i};${accounts[i % 4]};Kostnad ${i};${amount}`);
    journal.push(`${dateOf(i)} Kostnad ${i}`, `    expenses:${ACCOUNTS[accounts[i % 4]]}  ${amount.replace(",", ".")}`, "    assets:bank", "");
  }
  writeFileSync(join(folder, "ledger.csv"), `${csv.join("\n")}\n`);
  writeFileSync(join(folder, "journal.ledger"), `${journal.join("\n")}\n`);
  writeFileSync(
    join(folder, "actuals.yaml"),
    `version: 1\nas_of: 2024-12-31\nledger: [{file: ledger.csv}]\naccounts: {${Object.entries(ACCOUNTS)
      .map(([a, c]) => `"${a}": ${c}`)
      .join(", ")}}\n`,
  );
  return folder;
}
const ledger10k = writeLedger(10_000);
const ledger100k = writeLedger(100_000);

const many = join(dir, "many");
mkdirSync(many);
const example = readFileSync(join(ROOT, "budgets/preparation.yaml"), "utf8");
for (let i = 0; i < 1000; i++) writeFileSync(join(many, `plan-${String(i).padStart(4, "0")}.yaml`), example);

const followUp = (folder) => [node, [BIN, "follow-up", join(ROOT, "budgets/project.yaml"), join(folder, "actuals.yaml"), "--format", "json"]];
const [f100k, ...ledgerPeer] = measure(
  [followUp(ledger100k), ...(hasHledger ? [["hledger", ["-f", join(ledger100k, "journal.ledger"), "balance", "--budget", "-Y"]]] : [])],
  3,
);
rows.push([
  "P2",
  "follow-up, 100 000 ledger rows",
  fmt(f100k.seconds),
  hasHledger ? `hledger: ${fmt(ledgerPeer[0].seconds)}` : "hledger not installed",
  hasHledger ? `${(f100k.seconds / ledgerPeer[0].seconds).toFixed(2)} ×` : "—",
  "≤ 0.5 ×",
  f100k.runs,
]);
const [f10k] = measure([followUp(ledger10k)], 3);
rows.push([
  "P2",
  "peak memory, 100 000 rows",
  Number.isNaN(f100k.mb) ? "n/a" : `${f100k.mb.toFixed(0)} MB`,
  Number.isNaN(f10k.mb) ? "" : `10 000: ${f10k.mb.toFixed(0)} MB`,
  "",
  "linear",
  f100k.runs,
]);

const [one, manyFiles] = measure([check("--format", "github", join(ROOT, "budgets/preparation.yaml")), check("--format", "github", many)], 3);
rows.push([
  "P3",
  "1 000 plans, --format github",
  fmt(manyFiles.seconds),
  `one plan: ${fmt(one.seconds)}`,
  `${(manyFiles.seconds / one.seconds).toFixed(1)} ×`,
  "≤ 20 ×",
  manyFiles.runs,
]);

for (const name of Object.keys(SHAPES)) {
  for (const format of ["table", "json"]) {
    const [small, big] = measure([check("--format", format, plans[`${name}-10000`]), check("--format", format, plans[`${name}-100000`])], 3);
    rows.push([
      "P4",
      `100 000 lines, ${name}, ${format}`,
      fmt(big.seconds),
      `10 000: ${fmt(small.seconds)}`,
      `${(big.seconds / small.seconds).toFixed(1)} ×`,
      "≤ 12 ×",
      big.runs,
    ]);
  }
}
const [biggest] = measure([check("--format", "json", largest)], 1);
rows.push([
  "P4",
  "peak memory, 16 MiB plan, json",
  Number.isNaN(biggest.mb) ? "n/a (no GNU time)" : `${biggest.mb.toFixed(0)} MB`,
  `in ${fmt(biggest.seconds)}`,
  "",
  "< 1500 MB",
  biggest.runs,
]);

printRows();
rmSync(dir, { recursive: true, force: true });

/** Prints the rows measured, under a line naming the machine. */
function printRows() {
  const head = ["", "what", "median", "compared with", "ratio", "target", "runs"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, a fresh page ${freshPage.toFixed(1)} µs, Node ${process.version}${hasHledger ? `, ${hledger.stdout.trim()}` : ""}`,
  );
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  if (!hasHledger && !P1_ONLY) console.log("hledger is not installed: P2 has no reference (Debian: apt-get install hledger).");
}
