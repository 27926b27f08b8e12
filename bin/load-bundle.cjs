// Loads the command-line bundle (dist/bundle/cli.cjs) with V8's code cache (dist/bundle/cli.cache),
// so that a check does not spend its first tens of milliseconds compiling the same code again.
// The cache is made at build time (scripts/bundle.mjs). A cache that does not fit this Node.js
// (another version) is simply ignored by V8, and the code is compiled as usual.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = path.join(__dirname, "..", "dist", "bundle", "cli.cjs");
const CACHE = path.join(__dirname, "..", "dist", "bundle", "cli.cache");

/** Loads the bundle; returns its exports, whether the cache was used, and a way to save a new cache. */
function loadCli() {
  let cachedData;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    cachedData = undefined; // no cache yet: compile as usual
  }
  const script = new Script(Module.wrap(readFileSync(BUNDLE, "utf8")), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return {
    cli: module.exports,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    /** Writes the code cache, best made after a run so that it holds the functions a check uses. */
    saveCache: () => writeFileSync(CACHE, script.createCachedData()),
  };
}

module.exports = { loadCli };
