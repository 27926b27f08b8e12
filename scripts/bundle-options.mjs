// How a command-line bundle is built: esbuild's options shared by scripts/bundle.mjs (the tool)
// and scripts/bench.mjs (P1's floor, scripts/p1-floor.mjs), so that the two are built alike and
// the bench compares like with like.

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
  plugins: [lazyChildProcess],
};
