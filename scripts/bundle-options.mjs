// How a command-line bundle is built: esbuild's options shared by scripts/bundle.mjs (the tool)
// and scripts/bench.mjs (P1's floor, scripts/p1-floor.mjs), so that the two are built alike and
// the bench compares like with like.

/** CommonJS's module wrapper: a bundle's text is this function (bin/load-bundle.cjs calls it). */
export const MODULE_WRAPPER = "(function (exports, require, module, __filename, __dirname) {";

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
};
