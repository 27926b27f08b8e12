// Bundles the command line into dist/bundle/ with esbuild, so that a check loads a few files
// instead of hundreds of modules. Code only some commands need (report formats, diff, init,
// the JSON Schema) stays in chunks loaded on demand; exceljs stays in node_modules and loads
// only for .xlsx. The library keeps its typed tsc output in dist/.
import { rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist/bundle", { recursive: true, force: true }); // no stale chunks from an earlier build

await build({
  entryPoints: { cli: "dist/cli/main.js" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "linked",
  chunkNames: "chunks/[name]-[hash]",
  external: ["exceljs"],
  // commander and other CommonJS dependencies call require(); give the ES module one.
  banner: { js: "import{createRequire as __icldRequire}from'node:module';const require=__icldRequire(import.meta.url);" },
  logLevel: "warning",
});
