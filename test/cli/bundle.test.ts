/**
 * The command line runs from an esbuild bundle (dist/bundle/cli.cjs) with V8's code cache; the
 * library is the tsc output. Both must give the same results: the JSON of every example plan,
 * and of invalid ones.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { checkPlanText } from "../../src/check/check-plan.js";
import { BUILT_IN_RATES } from "../../src/rates/index.js";
import { renderJson } from "../../src/render/json.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/icld-budget.cjs");

describe("the bundled command line", () => {
  it("is what bin/ starts, and its code cache fits this Node.js", () => {
    expect(readFileSync(BIN, "utf8")).toContain('("./load-bundle.cjs")');
    const { loadCli } = createRequire(import.meta.url)("../../bin/load-bundle.cjs");
    const loaded = loadCli();
    expect(typeof loaded.cli.runCli).toBe("function");
    expect(loaded.cacheUsed).toBe(true);
    // Named by the Node.js that made it: run with another, a clone makes a cache of its own in the
    // user's cache folder (as an installed package does, test/package.test.ts) instead of having
    // V8 reject this one on every run.
    expect(loaded.cacheFile).toBe(join(ROOT, "dist/bundle", `cli-${process.version}.cache`));
  });

  it("names a user's code cache by the whole text of the build: a cache of another build of the same length is never taken", () => {
    const { loadBundle } = createRequire(import.meta.url)("../../bin/load-bundle.cjs");
    const dir = mkdtempSync(join(tmpdir(), "icld-cache-"));
    const file = join(dir, "tiny.cjs");
    // A bundle as scripts/bundle.mjs writes one: CommonJS's module wrapper, then the build's hash.
    const write = (text: string) => {
      const source = `(function (exports, require, module, __filename, __dirname) {exports.rate = ${text};})`;
      writeFileSync(file, `${source}\n// icld-budget build ${createHash("sha256").update(source).digest("hex").slice(0, 16)}\n`);
    };
    const cacheHome = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = join(dir, "cache");
    try {
      write('"203"');
      const first = loadBundle(file);
      expect([first.cli.rate, first.cacheUsed]).toEqual(["203", false]);
      first.saveUserCache();
      expect(loadBundle(file).cacheUsed).toBe(true);
      // One figure corrected, the length the same: V8 would take the first build's cache (it
      // checks the length alone), and its code would still say 203.
      write('"208"');
      const corrected = loadBundle(file);
      expect([corrected.cli.rate, corrected.cacheUsed]).toEqual(["208", false]);
      expect(corrected.cacheFile).not.toBe(first.cacheFile);
      // A bundle without the build's hash gets no user cache at all.
      writeFileSync(file, '(function (exports) {exports.rate = "203";})\n');
      const unnamed = loadBundle(file);
      expect([unnamed.cli.rate, unnamed.cacheFile]).toEqual(["203", undefined]);
    } finally {
      if (cacheHome === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = cacheHome;
    }
  });

  it("runs a check from cli.cjs alone, and the other commands from more-commands.cjs, which takes the modules both use from cli.cjs", async () => {
    const { loadCli } = createRequire(import.meta.url)("../../bin/load-bundle.cjs");
    const { cli, family } = loadCli();
    const out: string[] = [];
    const io = { stdout: { write: (text: string) => out.push(text) }, stderr: { write: () => true }, env: {}, stdoutIsTTY: false };
    expect(await cli.runCli(["check", "budgets/preparation.yaml"], io)).toBe(0);
    expect([...family.keys()]).toEqual(["cli"]);
    // In Swedish too: the Swedish help (its words set up before the command line is read) is cli.cjs's.
    expect(await cli.runCli(["check", "budgets/preparation.yaml"], { ...io, env: { LANG: "sv_SE.UTF-8" } })).toBe(0);
    expect([...family.keys()]).toEqual(["cli"]);
    expect(await cli.runCli(["report", "budgets/preparation.yaml", "--format", "json"], io)).toBe(0);
    expect([...family.keys()]).toEqual(["cli", "more-commands"]);
    expect(family.get("more-commands").cacheUsed).toBe(true);
    // The report priced the plan with cli.cjs's modules: the same total as the check.
    expect(JSON.parse(out.at(-1)!).plans[0].totals.icld).toBe("236090.60");
    // more-commands.cjs holds only its own modules: the money module, the plan's reader and the
    // terminal's tables are cli.cjs's, taken by name.
    const more = readFileSync(join(ROOT, "dist/bundle/more-commands.cjs"), "utf8");
    for (const source of ["src/model/money.ts", "src/input/parse-plan.ts", "src/render/terminal-table.ts"]) {
      expect(more).toContain(`require("icld-budget:cli").shared["${source}"]`);
      expect(Object.keys(cli.shared)).toContain(source);
    }
    // Holding its own copies of those modules, it measured 498 KB against cli.cjs's 463 KB; its
    // own code alone is under a quarter of cli.cjs (110 KB against 476 KB).
    expect(statSync(join(ROOT, "dist/bundle/more-commands.cjs")).size).toBeLessThan(statSync(join(ROOT, "dist/bundle/cli.cjs")).size / 2);
  });

  it("gives cli-table3 its string-width with each text's width remembered, and draws the same tables with it", async () => {
    // Built as the bundles are (scripts/bundle-options.mjs): a table with colour codes, wide
    // characters and a cell measured again and again.
    const { build } = await import("esbuild");
    const { BUNDLE_OPTIONS } = await import("../../scripts/bundle-options.mjs");
    const dir = mkdtempSync(join(tmpdir(), "icld-width-"));
    const draw = `const Table = require("cli-table3");
      const table = new Table({ head: ["Land", "Belopp"], style: { head: [], border: [] } });
      table.push(["\u001b[31mVästerås\u001b[39m", "236 090,60 kr"], ["日本 👍", "1 kr"], ["e\u0301", "\u001b[1m2 kr\u001b[22m"]);
      module.exports = table.toString();`;
    writeFileSync(join(dir, "draw.cjs"), draw);
    const { metafile } = await build({
      ...BUNDLE_OPTIONS,
      entryPoints: [join(dir, "draw.cjs")],
      outfile: join(dir, "drawn.cjs"),
      footer: undefined,
      nodePaths: [join(ROOT, "node_modules")],
      metafile: true,
    });
    const inputs = Object.keys(metafile!.inputs);
    expect(inputs).toContain("src/render/remembered-width.ts");
    expect(inputs.filter((input) => input.startsWith("remembered-string-width:"))).toEqual([expect.stringMatching(/node_modules\/string-width\/index\.js$/)]);
    const bundled = createRequire(import.meta.url)(join(dir, "drawn.cjs"));
    writeFileSync(join(dir, "draw.cjs"), draw.replace('require("cli-table3")', `require(${JSON.stringify(join(ROOT, "node_modules/cli-table3"))})`));
    expect(bundled).toBe(createRequire(import.meta.url)(join(dir, "draw.cjs")));
    expect(bundled.split("\n")[3]).toBe("│ \u001b[31mVästerås\u001b[39m │ 236 090,60 kr │");
  });

  it("bundles yaml's ES-module files, in cli.cjs only: more-commands.cjs reads YAML with cli.cjs's yaml", async () => {
    const sources = (bundle: string) =>
      (JSON.parse(readFileSync(join(ROOT, `dist/bundle/${bundle}.cjs.map`), "utf8")).sources as string[]).filter((source) =>
        source.includes("node_modules/yaml/"),
      );
    const cliYaml = sources("cli");
    expect(cliYaml).toContainEqual(expect.stringMatching(/node_modules\/yaml\/browser\/dist\/parse\/lexer\.js$/));
    expect(cliYaml.filter((source) => !source.includes("node_modules/yaml/browser/"))).toEqual([]);
    expect(sources("more-commands")).toEqual([]);
    expect(readFileSync(join(ROOT, "dist/bundle/more-commands.cjs"), "utf8")).toContain('require("icld-budget:cli").shared["src/input/yaml-library.ts"]');
    // A plan's edition file is read by more-commands.cjs with that yaml: its syntax error is found and placed.
    const dir = mkdtempSync(join(tmpdir(), "icld-yaml-"));
    writeFileSync(join(dir, "plan.yaml"), readFileSync(join(ROOT, "budgets/preparation.yaml"), "utf8").replace("rules: icld-2023", "rules: ./edition.yaml"));
    writeFileSync(join(dir, "edition.yaml"), "format: 1\nid: [unclosed\n");
    const { loadCli } = createRequire(import.meta.url)("../../bin/load-bundle.cjs");
    const { cli, family } = loadCli();
    const out: string[] = [];
    const io = { stdout: { write: (text: string) => out.push(text) }, stderr: { write: () => true }, env: {}, stdoutIsTTY: false };
    expect(await cli.runCli(["check", join(dir, "plan.yaml"), "--format", "json"], io)).toBe(2);
    expect([...family.keys()]).toEqual(["cli", "more-commands"]);
    const [finding] = JSON.parse(out.join("")).plans[0].findings;
    expect(finding).toMatchObject({ code: "EDITION_INVALID", line: 10, column: 8 });
    expect(finding.message).toContain("line 3, column 1: Flow sequence in block collection");
  });

  it("reads no glob code for a check of named files: tinyglobby is loaded from node_modules for a folder or glob only", () => {
    const script = `
      const { loadCli } = require(${JSON.stringify(join(ROOT, "bin/load-bundle.cjs"))});
      const { cli } = loadCli();
      const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {}, stdoutIsTTY: false };
      const globbing = () => Object.keys(require.cache).some((file) => file.includes("/tinyglobby/"));
      (async () => {
        const seen = [await cli.runCli(["check", "budgets/preparation.yaml"], io), globbing()];
        seen.push(await cli.runCli(["check", "budgets"], io), globbing());
        process.stdout.write(JSON.stringify(seen));
      })();`;
    const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(run.stdout)).toEqual([0, false, 0, true]);
    expect(readFileSync(join(ROOT, "dist/bundle/cli.cjs"), "latin1")).not.toContain("picomatch");
  });

  it("starts a check without Node.js's node:module, and a report still finds its packages in node_modules", () => {
    // The bundles get bin/'s own require (the same package, so the same node_modules): making one
    // for the bundle's path with node:module's createRequire loaded node:module and the parts of
    // the ES-module loader it needs, about half a millisecond of every check.
    const dir = mkdtempSync(join(tmpdir(), "icld-loaded-"));
    const preload = join(dir, "loaded.cjs");
    writeFileSync(
      preload,
      `const exit = process.exit;
process.exit = (code) => { require("node:fs").writeFileSync(${JSON.stringify(join(dir, "loaded.json"))}, JSON.stringify(process.moduleLoadList)); exit(code); };`,
    );
    const check = spawnSync(process.execPath, ["-r", preload, BIN, "check", "budgets/preparation.yaml"], { cwd: ROOT, encoding: "utf8" });
    expect(check.status).toBe(0);
    const loaded: string[] = JSON.parse(readFileSync(join(dir, "loaded.json"), "utf8"));
    expect(loaded).toContain("NativeModule vm");
    expect(loaded).not.toContain("NativeModule module");
    const xlsx = join(dir, "report.xlsx");
    const report = spawnSync(process.execPath, [BIN, "report", "budgets/preparation.yaml", "--output", xlsx], { cwd: ROOT, encoding: "utf8" });
    expect(report.status).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString("latin1")).toBe("PK"); // written by exceljs, loaded from node_modules
  });

  it("gives a module its bundle's URL as import.meta.url when it asks, which a check does not", async () => {
    // init finds the schema shipped with the tool from import.meta.url where bin/ gives no package root.
    const { loadCli } = createRequire(import.meta.url)("../../bin/load-bundle.cjs");
    const { cli } = loadCli();
    const out: string[] = [];
    const io = { stdout: { write: (text: string) => out.push(text) }, stderr: { write: () => true }, env: {}, stdoutIsTTY: false };
    expect(await cli.runCli(["init", "--phase", "preparation"], io)).toBe(0);
    expect(out.join("").split("\n")[0]).toBe(`# yaml-language-server: $schema=${join(ROOT, "schema/plan.schema.json")}`);
    // The URL is made on first use: no bundle computes it as it starts.
    for (const name of ["cli.cjs", "more-commands.cjs"]) {
      const start = readFileSync(join(ROOT, "dist/bundle", name), "latin1").slice(0, 300);
      expect(start, name).toContain("{get url(){return require('node:url').pathToFileURL(__filename).href}}");
    }
  });

  it("has no import() left: bin/load-bundle.cjs compiles the bundles with require only", () => {
    // An import() in a bundle fails when it runs ("A dynamic import callback was not specified"):
    // rates fetch had one for undici, and every fetch ended as an internal error.
    for (const name of ["cli.cjs", "more-commands.cjs"]) {
      const text = readFileSync(join(ROOT, "dist/bundle", name), "latin1");
      const found = [...text.matchAll(/(?<![\w$.])import\s*\(/g)].map((match) => text.slice(match.index - 40, match.index + 20));
      expect(found, name).toEqual([]);
    }
  });

  const plans = [
    ...readdirSync(join(ROOT, "budgets"))
      .filter((name) => name.endsWith(".yaml"))
      .map((name) => `budgets/${name}`),
    "test/fixtures/invalid/unknown-key.yaml",
    "test/fixtures/invalid/missing-per-diem.yaml",
  ];
  for (const file of plans) {
    it(`gives the library's result for ${file}`, () => {
      const run = spawnSync(process.execPath, [BIN, "check", "--format", "json", file], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
      const library = renderJson([checkPlanText(readFileSync(join(ROOT, file), "utf8"), file, BUILT_IN_RATES)]);
      expect(run.stdout).toBe(library);
    });
  }

  it("writes the same bytes to a file (written directly) as to a pipe, with the same exit status", () => {
    const file = join(mkdtempSync(join(tmpdir(), "icld-out-")), "out.json");
    for (const plan of ["budgets/preparation.yaml", "test/fixtures/invalid/unknown-key.yaml"]) {
      const args = [BIN, "check", "--format", "json", plan];
      const piped = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
      const fd = openSync(file, "w");
      const toFile = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", fd, "pipe"] });
      closeSync(fd);
      expect(readFileSync(file, "utf8")).toBe(piped.stdout);
      expect(piped.stdout.length).toBeGreaterThan(100);
      expect(toFile.status).toBe(piped.status);
      expect(toFile.stderr).toBe(piped.stderr);
    }
  });
});
