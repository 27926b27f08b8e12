/**
 * The package as a user gets it: npm pack, installed into a new project, then used both as a
 * library (import) and as a command (npx icld-budget). The tarball holds what a user needs and no
 * code cache (which fits one Node.js only); the command makes one in the user's cache folder on
 * first use.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });

describe("the packed package", () => {
  const dir = mkdtempSync(join(tmpdir(), "icld-pack-"));
  // --ignore-scripts: the build is there already (npm test builds first).
  const [packed] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", dir], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const files = packed!.files.map((file) => file.path);

  it("holds the command, the library with its types, the schemas and the licence; no code cache, tests or sources", () => {
    for (const needed of [
      "bin/icld-budget.cjs",
      "bin/load-bundle.cjs",
      "dist/bundle/cli.cjs",
      "dist/bundle/more-commands.cjs",
      "dist/index.js",
      "dist/index.d.ts",
      "schema/plan.schema.json",
      "schema/actuals.schema.json",
      "LICENSE",
      "README.md",
      "package.json",
    ]) {
      expect(files).toContain(needed);
    }
    expect(files.filter((file) => /\.cache$|^test\/|^src\/|\.test\./.test(file))).toEqual([]);
  });

  it("installs into a new project and works as a library and as a command", () => {
    const project = join(dir, "project");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user", version: "1.0.0", type: "module", private: true }));
    npm(["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", join(dir, packed!.filename)], project);
    writeFileSync(
      join(project, "plan.yaml"),
      readFileSync(join(ROOT, "budgets/preparation.yaml"), "utf8").replace("../schema/plan.schema.json", "node_modules/icld-budget/schema/plan.schema.json"),
    );
    const script =
      'import { checkPlanFile, renderCheckResult } from "icld-budget"; const r = checkPlanFile("plan.yaml"); console.log(r.verdict, JSON.parse(renderCheckResult([r], "json")).plans[0].totals.icld);';
    expect(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: project, encoding: "utf8" }).trim()).toBe("fits 236090.60");

    const cache = join(dir, "cache");
    const run = () =>
      spawnSync(join(project, "node_modules/.bin/icld-budget"), ["check", "plan.yaml"], {
        cwd: project,
        encoding: "utf8",
        env: { PATH: `${process.env.PATH}`, XDG_CACHE_HOME: cache, NO_COLOR: "1" },
      });
    const first = run();
    expect([first.status, first.stdout]).toEqual([0, expect.stringContaining("236 090,60 kr")]);
    // The first run made the code cache for this Node.js, which the next one uses.
    expect(
      existsSync(join(cache, "icld-budget")) && readdirSync(join(cache, "icld-budget")).filter((name) => name.startsWith(`cli-${process.version}-`)),
    ).toHaveLength(1);
    expect(run().stdout).toBe(first.stdout);
    // Another command loads the other commands' bundle, and makes its code cache too.
    const report = spawnSync(join(project, "node_modules/.bin/icld-budget"), ["report", "plan.yaml", "--format", "markdown", "--lang", "en"], {
      cwd: project,
      encoding: "utf8",
      env: { PATH: `${process.env.PATH}`, XDG_CACHE_HOME: cache },
    });
    expect([report.status, report.stdout]).toEqual([0, expect.stringContaining("SEK 236,090.60")]);
    expect(readdirSync(join(cache, "icld-budget")).filter((name) => name.startsWith(`more-commands-${process.version}-`))).toHaveLength(1);
    const version = spawnSync(join(project, "node_modules/.bin/icld-budget"), ["--version"], { encoding: "utf8" });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  }, 120_000);
});
