// Bundles the command line from its TypeScript sources with esbuild (and source maps, for
// --debug) into two CommonJS files, and makes V8's code cache for each and this Node.js
// (dist/bundle/<name>-<version>.cache; see bin/load-bundle.cjs):
//   dist/bundle/cli.cjs            the command line and the check;
//   dist/bundle/more-commands.cjs  the other commands (report, follow-up, explain, rates, init,
//                                  diff, schema), loaded only when one of them runs.
// A check then reads and compiles none of the other commands' code, which was a sixth of its
// bundle (measured: 4 ms of a check's start, 1.61 → 1.55 × `node -e 0`). more-commands.cjs holds
// only what cli.cjs has not: a module both use is cli.cjs's, handed over by name, so that there is
// one instance of each (the same classes, the same module state) and the other commands cost no
// more to start than before (measured: report's page faults within 3 %).
// The libraries of the follow-up (csv-parse, iconv-lite with its encoding tables, re2js), of rates fetch
// (undici), of folders and globs (tinyglobby, with picomatch and fdir: 37 KB a check of named files
// read for nothing) and exceljs (only for .xlsx) stay in node_modules. The library keeps its typed tsc
// output in dist/.
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { build } from "esbuild";
import { BUNDLE_OPTIONS, MODULE_WRAPPER } from "./bundle-options.mjs";

rmSync("dist/bundle", { recursive: true, force: true }); // no stale files from an earlier build

/** Options both bundles are built with. */
const common = {
  ...BUNDLE_OPTIONS,
  // For --debug: a trace points into the TypeScript sources (bin/icld-budget.cjs turns maps on).
  sourcemap: "linked",
  sourcesContent: false,
  external: ["exceljs", "csv-parse", "iconv-lite", "re2js", "tinyglobby", "undici"],
  // The sources are ES modules; in one CommonJS file import.meta.url is the file's own URL, made
  // when a module asks for it (init does; a check does not).
  define: { "import.meta": "__icldImportMeta", __ICLD_BUDGET_VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) },
  // Each file is one function expression, CommonJS's module wrapper written out, so that
  // bin/load-bundle.cjs compiles the text as read: wrapping it at run time made V8 copy the
  // whole string (and collect garbage) before compiling it. esbuild keeps the source map's
  // positions right across the banner.
  banner: { js: `${MODULE_WRAPPER}var __icldImportMeta={get url(){return require('node:url').pathToFileURL(__filename).href}};` },
};

/**
 * An esbuild plugin that puts, in place of each module `pick` names (by its path, or undefined
 * for a module to bundle as usual), a line that takes it from the bundle <bundle>.cjs, its export
 * `table`, through the `require` bin/load-bundle.cjs gives a bundle. `taken` collects the paths.
 */
function takeFrom(bundle, table, taken, pick) {
  return {
    name: `from-${bundle}`,
    setup(build) {
      build.onResolve({ filter: /^icld-budget:/ }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /.*/ }, async (args) => {
        const source = await pick(args, build);
        if (source === undefined) return undefined;
        taken.add(source);
        return { path: source, namespace: `from-${bundle}` };
      });
      build.onLoad({ filter: /.*/, namespace: `from-${bundle}` }, (args) => ({
        contents: `module.exports = require("icld-budget:${bundle}").${table}[${JSON.stringify(args.path)}];`,
        loader: "js",
      }));
    },
  };
}

/**
 * The modules main.ts imports when a command other than check runs (every module it imports with
 * `import()`, but help-sv.ts, the Swedish help, which a Swedish check loads too), and the readers
 * of rate packs and edition files: cli.cjs takes them from more-commands.cjs.
 */
const moreCommands = new Set();
const toMoreCommands = takeFrom("more-commands", "modules", moreCommands, (args) => {
  if (args.kind !== "dynamic-import") return undefined;
  const fromMain = args.importer.endsWith(path.join("src", "cli", "main.ts")) && args.path !== "./help-sv.js";
  // The readers of rate packs and edition files, which a check needs only for a plan that names
  // one (or a config file that does): 8 KB a check of the examples would read for nothing.
  const tableReaders = args.path.endsWith("/rates/read-tables.js");
  if (!fromMain && !tableReaders) return undefined;
  return path.relative(process.cwd(), path.resolve(args.resolveDir, args.path)).replace(/\.js$/, ".ts");
});

/**
 * An entry's export `name`: for each module, by its path, a getter that starts the module on first
 * use (esbuild's `require` of a bundled module) and returns its exports. In order, so that a
 * build is the same text each time (esbuild resolves in parallel).
 */
const lazyModules = (name, modules) =>
  `export const ${name} = {\n${[...modules]
    .sort()
    .map((source) => `  get ${JSON.stringify(source)}() { return require(${JSON.stringify(`./${source}`)}); },`)
    .join("\n")}\n};\n`;

// First what cli.cjs is made of, and which of its modules more-commands.cjs's own import (nothing
// written); then the two bundles: cli.cjs with a getter for each of those, more-commands.cjs
// with a line in place of each that takes it from cli.cjs.
const inputsOf = async (options) =>
  Object.entries((await build({ ...options, write: false, metafile: true, outfile: "dist/bundle/x.cjs" })).metafile.inputs).filter(
    ([file]) => !file.includes(":"),
  );
const cliOptions = { ...common, entryPoints: ["src/cli/main.ts"], plugins: [...common.plugins, toMoreCommands] };
const cliInputs = new Map(await inputsOf(cliOptions));
const moreOptions = {
  ...common,
  stdin: { contents: lazyModules("modules", moreCommands), resolveDir: process.cwd(), sourcefile: "more-commands.ts", loader: "ts" },
};
/**
 * The modules more-commands.cjs takes from cli.cjs rather than holding copies: those of ours and
 * the CommonJS packages (cli-table3) that cli.cjs has too. One instance of each, so that a
 * command's objects and module state are those of the check's code it calls. Not ES-module
 * packages (zod, chalk, yaml's ES-module build): cli.cjs holds only what a check uses of them, and
 * handing out a whole module would make it hold all of it. yaml goes through a module of ours
 * (src/input/yaml-library.ts) that exports what the other commands use; zod's registry of schemas
 * is one per process anyway.
 */
const fromCliCandidate = (source) => cliInputs.has(source) && (source.startsWith("src/") || cliInputs.get(source).format === "cjs");
/** The modules of cli.cjs that more-commands.cjs's own import: cli.cjs hands out these. */
const shared = new Set();
const fromCli = takeFrom("cli", "shared", shared, async (args, build) => {
  if (args.pluginData?.resolving || args.kind === "entry-point" || args.path.startsWith("node:")) return undefined;
  const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
  if (resolved.errors.length > 0 || resolved.external) return undefined;
  const source = path.relative(process.cwd(), resolved.path);
  return fromCliCandidate(source) ? source : undefined;
});
const moreInputs = await inputsOf({ ...moreOptions, plugins: [...common.plugins, fromCli] });
// A module both bundles hold would be two instances (two classes of one name, two states): only
// zod may, whose settings and registry of schemas are one per process (on globalThis).
const copies = moreInputs.map(([file]) => file).filter((file) => cliInputs.has(file) && !file.includes("node_modules/zod/"));
if (copies.length > 0)
  throw new Error(`more-commands.cjs would hold a copy of ${copies.join(", ")}, which cli.cjs has: let cli.cjs hand it over (fromCliCandidate)`);

await build({
  ...cliOptions,
  entryPoints: undefined,
  stdin: { contents: `export * from "./src/cli/main.ts";\n${lazyModules("shared", shared)}`, resolveDir: process.cwd(), sourcefile: "cli.ts", loader: "ts" },
  outfile: "dist/bundle/cli.cjs",
});
await build({ ...moreOptions, plugins: [...common.plugins, fromCli], outfile: "dist/bundle/more-commands.cjs" });

for (const file of ["dist/bundle/cli.cjs", "dist/bundle/more-commands.cjs"]) {
  const text = readFileSync(file);
  // bin/load-bundle.cjs reads a bundle as Latin-1, which is right only for ASCII text (esbuild
  // escapes what is not, by default): refuse a build that would make it read a character wrong.
  const firstNonAscii = text.findIndex((byte) => byte > 0x7f);
  if (firstNonAscii >= 0) throw new Error(`${file} has a byte outside ASCII at offset ${firstNonAscii}; load-bundle.cjs reads it as Latin-1`);
  // The hash of the text names the code cache a user's first run makes (bin/load-bundle.cjs); it
  // goes on the line before the source map's, which stays the last.
  const mapLine = text.lastIndexOf("\n//# sourceMappingURL=");
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
  writeFileSync(file, Buffer.concat([text.subarray(0, mapLine + 1), Buffer.from(`// icld-budget build ${hash}\n`), text.subarray(mapLine + 1)]));
}

// Run the command a user runs most, a check of one plan shown as a table, then save the code
// cache, so that it holds what that command uses. Measured: a cache from this one run starts
// that check about 2 ms sooner than one that also holds the JSON output and a second plan;
// other formats compile what they use on the way, as without a cache. Then the same for the
// other commands' bundle, with the two a user runs most after check: report and follow-up.
const { loadCli } = createRequire(import.meta.url)("../bin/load-bundle.cjs");
const { cli, saveCache, family } = loadCli();
const quiet = { write: () => true };
const io = { stdout: quiet, stderr: quiet, env: {}, stdoutIsTTY: false };
if ((await cli.runCli(["check", "budgets/preparation.yaml"], io)) !== 0) throw new Error("budgets/preparation.yaml does not pass check");
if (family.size !== 1) throw new Error(`a check loaded ${[...family.keys()].join(", ")}; more-commands.cjs is for the other commands`);
saveCache();
for (const argv of [
  ["report", "budgets/project.yaml"],
  ["follow-up", "budgets/project.yaml", "budgets/follow-up/2024.actuals.yaml"],
]) {
  if ((await cli.runCli(argv, io)) !== 0) throw new Error(`icld-budget ${argv.join(" ")} failed`);
}
family.get("more-commands").saveCache();
