// How a command-line bundle is built: esbuild's options shared by scripts/bundle.mjs (the tool)
// and scripts/bench.mjs (P1's floor, scripts/p1-floor.mjs), so that the two are built alike and
// the bench compares like with like.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const REMEMBERED_WIDTH = fileURLToPath(new URL("../src/render/remembered-width.ts", import.meta.url));

/** CommonJS's module wrapper: a bundle's text is this function (bin/load-bundle.cjs calls it). */
export const MODULE_WRAPPER = "(function (exports, require, module, __filename, __dirname) {";

/**
 * commander requires child_process (and with it net, dgram, streams) at load, for subcommands
 * that are separate programs, which icld-budget does not have. It gets a stand-in that loads
 * the real module on first use, so a check does not compile those Node.js internals.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("node_modules/commander/") ? { path: "lazy-child-process", namespace: "icld" } : undefined,
    );
    build.onLoad({ filter: /^lazy-child-process$/, namespace: "icld" }, () => ({
      contents: 'let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require("node:child_process"))[key] });\n',
      loader: "js",
    }));
  },
};

/**
 * cli-table3 gets string-width with each text's width remembered (src/render/remembered-width.ts:
 * why). Measured: a check of an example plan 10 ms sooner, 1.58 → 1.51 × `node -e 0` (31 paired
 * rounds), the widths the same. The library (dist/index.js) leaves cli-table3 as it is.
 */
const rememberedStringWidth = {
  name: "remembered-string-width",
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (!args.importer.includes("node_modules/cli-table3/")) return undefined;
      // cli-table3's own string-width, as Node.js would find it from there.
      const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: "remembered-string-width" };
    });
    build.onLoad({ filter: /.*/, namespace: "remembered-string-width" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(REMEMBERED_WIDTH)}).rememberWidths(require(${JSON.stringify(args.path)}));\n`,
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * yaml ships its source built twice: CommonJS in dist/ (the package's `node` condition, which
 * esbuild follows for Node.js) and ES modules in browser/ (its default condition). The bundles
 * take the ES modules: esbuild hoists them into the bundle's scope and leaves out what is not used,
 * where each CommonJS file is a function that runs at start and fills an exports object of its
 * own. Measured: cli.cjs 14 KB smaller, 43 page faults fewer for a check. The two builds differ
 * only in how yaml warns (console.warn, not process.emitWarning) and in the CommonJS build's
 * debugging output (LOG_TOKENS, LOG_STREAM in the environment).
 */
const yamlModules = {
  name: "yaml-modules",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, async (args) => {
      if (args.pluginData?.yamlModules) return undefined;
      const commonJs = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { yamlModules: true },
      });
      if (commonJs.errors.length > 0) return { errors: commonJs.errors };
      const modules = join(dirname(commonJs.path), "..", "browser", "index.js");
      if (!existsSync(modules))
        return { errors: [{ text: `yaml's ES-module build is not at ${modules} (yaml's files have moved: see scripts/bundle-options.mjs)` }] };
      return { path: modules };
    });
  },
};

/** One minified CommonJS file for Node.js 20 and later, written as the module wrapper (add the banner's opening). */
export const BUNDLE_OPTIONS = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  footer: { js: "})" },
  logLevel: "warning",
  plugins: [lazyChildProcess, rememberedStringWidth, yamlModules],
};
