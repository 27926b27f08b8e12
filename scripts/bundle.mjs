// Bundles the command line from its TypeScript sources into one CommonJS file, dist/bundle/cli.cjs,
// with esbuild (and a source map, for --debug), and makes
// V8's code cache for it and this Node.js (dist/bundle/cli-<version>.cache; see bin/load-bundle.cjs). A check then loads
// one file, compiled already, instead of hundreds of modules. Code only some commands need
// (report formats, diff, init, the JSON Schema) is bundled but not run until asked for; the
// libraries of the follow-up (csv-parse, iconv-lite with its encoding tables), of rates fetch
// (undici) and exceljs (only for .xlsx) stay in node_modules, so that a check does not read them. The library keeps its typed tsc output in dist/.
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";
import { BUNDLE_OPTIONS, MODULE_WRAPPER } from "./bundle-options.mjs";

rmSync("dist/bundle", { recursive: true, force: true }); // no stale files from an earlier build

await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/bundle/cli.cjs",
  ...BUNDLE_OPTIONS,
  // For --debug: a trace points into the TypeScript sources (bin/icld-budget.cjs turns maps on).
  sourcemap: "linked",
  sourcesContent: false,
  external: ["exceljs", "csv-parse", "iconv-lite", "undici"],
  // The sources are ES modules; in one CommonJS file import.meta.url is the file's own URL.
  define: { "import.meta.url": "__icldBundleUrl", __ICLD_BUDGET_VERSION__: JSON.stringify(JSON.parse(readFileSync("package.json", "utf8")).version) },
  // The file is one function expression, CommonJS's module wrapper written out, so that
  // bin/load-bundle.cjs compiles the text as read: wrapping it at run time made V8 copy the
  // whole string (and collect garbage) before compiling it. esbuild keeps the source map's
  // positions right across the banner.
  banner: { js: `${MODULE_WRAPPER}var __icldBundleUrl=require('node:url').pathToFileURL(__filename).href;` },
});

// bin/load-bundle.cjs reads the bundle as Latin-1, which is right only for ASCII text (esbuild
// escapes what is not, by default): refuse a build that would make it read a character wrong.
const firstNonAscii = readFileSync("dist/bundle/cli.cjs").findIndex((byte) => byte > 0x7f);
if (firstNonAscii >= 0) throw new Error(`dist/bundle/cli.cjs has a byte outside ASCII at offset ${firstNonAscii}; load-bundle.cjs reads it as Latin-1`);

// Run the command a user runs most, a check of one plan shown as a table, then save the code
// cache, so that it holds what that command uses. Measured: a cache from this one run starts
// that check about 2 ms sooner than one that also holds the JSON output and a second plan;
// other commands and formats compile what they use on the way, as without a cache.
const { loadCli } = createRequire(import.meta.url)("../bin/load-bundle.cjs");
const { cli, saveCache } = loadCli();
const quiet = { write: () => true };
const io = { stdout: quiet, stderr: quiet, env: {}, stdoutIsTTY: false };
if ((await cli.runCli(["check", "budgets/preparation.yaml"], io)) !== 0) throw new Error("budgets/preparation.yaml does not pass check");
saveCache();
