// Loads the command-line bundle (dist/bundle/cli.cjs) with V8's code cache, so that a check does
// not spend its first tens of milliseconds compiling the same code again. The cache is made at
// build time in a clone (dist/bundle/cli.cache, by scripts/bundle.mjs); an installed package
// ships none (a cache fits one Node.js version only), so it is made on first use in the user's
// cache folder ($XDG_CACHE_HOME or ~/.cache, icld-budget/) and used from then on. A cache that
// does not fit this Node.js is simply ignored by V8, and the code is compiled as usual.
"use strict";
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const os = require("node:os");
const path = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = path.join(__dirname, "..", "dist", "bundle", "cli.cjs");
const BUILT_CACHE = path.join(__dirname, "..", "dist", "bundle", "cli.cache");

/** The cache file for this bundle and this Node.js in the user's cache folder. */
function userCache(source) {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  // The bundle's length and a sample of it name the build; the Node.js version names the V8.
  let hash = 0;
  for (let i = 0; i < source.length; i += 4099) hash = (hash * 31 + source.charCodeAt(i)) | 0;
  return path.join(base, "icld-budget", `cli-${process.version}-${source.length}-${(hash >>> 0).toString(36)}.cache`);
}

function readCache(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Loads the bundle; returns its exports, whether a cache was used, and a way to save a new cache. */
function loadCli(options = {}) {
  // The bundle's text is one function expression, CommonJS's module wrapper written out
  // (scripts/bundle.mjs), compiled as read: wrapping it here would have V8 copy all of it first.
  // The text is ASCII (the build checks it), so it is read as bytes and made a string as Latin-1,
  // one copy: Node.js's own UTF-8 file read makes more, and on a machine where fresh memory is slow
  // to touch that measured about 190 page faults (2 to 3 ms) more per check.
  const source = readFileSync(BUNDLE).toString("latin1");
  if (options.debug) {
    // --debug: traces through the source map, which Node.js applies to the files it compiles as
    // modules. The call is appended after the source map comment, so every position still holds.
    process.setSourceMapsEnabled(true);
    const module = new Module(BUNDLE);
    module.filename = BUNDLE;
    module.paths = Module._nodeModulePaths(path.dirname(BUNDLE));
    module._compile(`${source}\n(exports, require, module, __filename, __dirname);\n`, BUNDLE);
    return { cli: module.exports, cacheUsed: false, saveCache: () => {}, saveUserCache: () => {} };
  }
  const built = options.userCache ? undefined : readCache(BUILT_CACHE);
  const cacheFile = built ? BUILT_CACHE : userCache(source);
  const cachedData = built ?? readCache(cacheFile);
  const script = new Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  return {
    cli: module.exports,
    cacheUsed,
    cacheFile,
    /** Writes the code cache, best made after a run so that it holds the functions a check uses. */
    saveCache: () => writeFileSync(BUILT_CACHE, script.createCachedData()),
    /** Makes the user's cache after a first run without one; quietly does nothing where it cannot. */
    saveUserCache: () => {
      if (cacheUsed || built) return;
      try {
        mkdirSync(path.dirname(cacheFile), { recursive: true });
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only home or cache folder: the next run compiles as this one did.
      }
    },
  };
}

module.exports = { loadCli };
