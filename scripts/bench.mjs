// npm run bench: measures the performance targets of the check side by side, as medians of
// interleaved runs, and prints a table. Installs nothing; skips hledger when it is absent.
//
//   P1  checking an example plan vs `node -e 0`              target ≤ 1.4 ×
//   P2  a plan of 10 000 cost lines vs hledger balance --budget -Y on 10 000 transactions
//                                                             target ≤ 0.5 ×
//   P3  1 000 plan files in one call                          target ≤ 2 s
//   P4  100 000 cost lines vs 10 000                          target ≤ 12 ×, peak memory < 300 MB
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/icld-budget.cjs");
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const dir = mkdtempSync(join(tmpdir(), "icld-bench-"));
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

const header = [
  "version: 1", "title: Benchmark", "phase: project", "rules: icld-2023", "partner: {municipality: X, country: UA}",
  "years: [2024]", "defaults: {on_cost: 44.53%, hours_per_year: 1720}",
];
function costPlan(lines) {
  const body = Array.from({ length: lines }, (_, i) => `  - {item: Cost ${i}, category: audit, amount: ${(i % 97) + 1}.${String(i % 100).padStart(2, "0")}}`);
  return `${header.join("\n")}\ncosts:\n${body.join("\n")}\n`;
}
const plan10k = join(dir, "plan-10k.yaml");
const plan100k = join(dir, "plan-100k.yaml");
writeFileSync(plan10k, costPlan(10_000));
writeFileSync(plan100k, costPlan(100_000));
const many = join(dir, "many");
mkdirSync(many);
const example = readFileSync(join(ROOT, "budgets/preparation.yaml"), "utf8");
for (let i = 0; i < 1000; i++) writeFileSync(join(many, `plan-${String(i).padStart(4, "0")}.yaml`), example);

// hledger: 10 000 transactions over a year, with a monthly budget, for `balance --budget -Y`.
const hledger = spawnSync("hledger", ["--version"], { encoding: "utf8" });
const hasHledger = hledger.status === 0;
const journal = join(dir, "journal.ledger");
if (hasHledger) {
  const rows = ["~ monthly\n    expenses:travel  1000\n    expenses:audit   500\n    assets:bank\n"];
  for (let i = 0; i < 10_000; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    rows.push(`${day} cost ${i}\n    expenses:${i % 2 ? "travel" : "audit"}  ${(i % 97) + 1}.${String(i % 100).padStart(2, "0")}\n    assets:bank\n`);
  }
  writeFileSync(journal, rows.join("\n"));
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

/** Runs several commands interleaved, RUNS times each (fewer for slow ones); medians. */
function measure(commands, runs = RUNS) {
  const times = commands.map(() => []);
  const memory = commands.map(() => []);
  for (let run = 0; run < runs; run++) {
    commands.forEach(([command, args], i) => {
      const { seconds, mb } = once(command, args);
      times[i].push(seconds);
      memory[i].push(mb);
    });
  }
  return commands.map((_, i) => ({ seconds: median(times[i]), mb: Math.max(...memory[i]), runs }));
}

const node = process.execPath;
// The check as a user runs it (the terminal report, here written to nowhere).
const check = (...args) => [node, [BIN, "check", ...args]];
const rows = [];
const fmt = (s) => `${(s * 1000).toFixed(0)} ms`;

const [base, example1] = measure([[node, ["-e", "0"]], check(join(ROOT, "budgets/preparation.yaml"))]);
rows.push(["P1", "check an example plan", fmt(example1.seconds), `node -e 0: ${fmt(base.seconds)}`, `${(example1.seconds / base.seconds).toFixed(2)} ×`, "≤ 1.40 ×", example1.runs]);

const [p10k, ...ledger] = measure([check(plan10k), ...(hasHledger ? [["hledger", ["-f", journal, "balance", "--budget", "-Y"]]] : [])], 9);
rows.push([
  "P2", "10 000 cost lines", fmt(p10k.seconds),
  hasHledger ? `hledger: ${fmt(ledger[0].seconds)}` : "hledger not installed",
  hasHledger ? `${(p10k.seconds / ledger[0].seconds).toFixed(2)} ×` : "—", "≤ 0.50 ×", p10k.runs,
]);

const [manyFiles] = measure([check(many)], 3);
rows.push(["P3", "1 000 plan files in one call", fmt(manyFiles.seconds), "", "", "≤ 2000 ms", manyFiles.runs]);

const [p100k] = measure([check(plan100k)], 3);
rows.push(["P4", "100 000 cost lines", fmt(p100k.seconds), `10 000: ${fmt(p10k.seconds)}`, `${(p100k.seconds / p10k.seconds).toFixed(1)} ×`, "≤ 12 ×", p100k.runs]);
rows.push(["P4", "peak memory, 100 000 lines", Number.isNaN(p100k.mb) ? "n/a (no GNU time)" : `${p100k.mb.toFixed(0)} MB`, "", "", "< 300 MB", p100k.runs]);
// For information: the same plan with every line in the JSON result (30 MB of output).
const [p100kJson] = measure([[node, [BIN, "check", "--format", "json", plan100k]]], 3);
rows.push(["", "100 000 lines, --format json", fmt(p100kJson.seconds), Number.isNaN(p100kJson.mb) ? "" : `${p100kJson.mb.toFixed(0)} MB at peak`, "", "(no target)", p100kJson.runs]);

const head = ["", "what", "median", "compared with", "ratio", "target", "runs"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}${hasHledger ? `, ${hledger.stdout.trim()}` : ""}`);
console.log(line(head));
for (const r of rows) console.log(line(r));
if (!hasHledger) console.log("hledger is not installed: P2 has no reference (Debian: apt-get install hledger).");
rmSync(dir, { recursive: true, force: true });
