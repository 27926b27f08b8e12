// Loads the command line's bundles (dist/bundle/cli.cjs, and more-commands.cjs when a command
// other than check runs) with V8's code cache, so that a check does not spend its first tens of
// milliseconds compiling the same code again. The cache is made at
// build time in a clone for the Node.js that built it (dist/bundle/<name>-<version>.cache, by
// scripts/bundle.mjs; named by version, so that a clone run with another Node.js makes and uses
// a cache of its own instead of having V8 reject the built one every time); an installed package
// ships none (a cache fits one Node.js version only), so it is made on first use in the user's
// cache folder ($XDG_CACHE_HOME or ~/.cache, icld-budget/) and used from then on. A cache that
// does not fit this Node.js is simply ignored by V8, and the code is compiled as usual.
"use strict";
const { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = path.join(__dirname, "..", "dist", "bundle", "cli.cjs");

/**
 * The cache file for a bundle and this Node.js in the user's cache folder
 * (cli.cjs: cli-<Node.js version>-<build>.cache), or undefined for a bundle without the hash of
 * its text that scripts/bundle.mjs writes at its end (`// icld-budget build <hash>`). The build
 * must be named by its whole text: V8 checks a cache against the length of the source alone, so
 * a cache made for another build of the same length (a corrected figure, one digit for another)
 * would be taken, and that build's code run.
 */
function userCache(file, source) {
  const build = /\n\/\/ icld-budget build ([0-9a-f]{16})\n/.exec(source.slice(-200))?.[1];
  if (build === undefined) return undefined;
  const base = process.env.XDG_CACHE_HOME || path.join(require("node:os").homedir(), ".cache");
  return path.join(base, "icld-budget", `${path.basename(file, ".cjs")}-${process.version}-${build}.cache`);
}

/** Opens a file for reading: its descriptor and size. */
function open(file) {
  const fd = openSync(file, "r");
  return { fd, size: fstatSync(fd).size };
}

/** Opens a cache file, or undefined where there is none to read. */
function openCache(file) {
  try {
    return open(file);
  } catch {
    return undefined;
  }
}

/** Reads an opened file whole into the start of `buffer` (a new one if it does not fit), closes it, and returns the bytes. */
function readWhole({ fd, size }, buffer) {
  try {
    const into = buffer.length >= size ? buffer : Buffer.allocUnsafeSlow(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, into, read, size - read, null);
      if (n === 0) break; // the file got shorter while being read
      read += n;
    }
    return into.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The cache's bytes, read into `buffer`; undefined where the file cannot be read. */
function readCache(opened, buffer) {
  try {
    return opened && readWhole(opened, buffer);
  } catch {
    return undefined;
  }
}

/**
 * The `require` a bundle gets: this file's (the bundles are in the same package, so a package
 * resolves from bin/ as from dist/bundle/, and a check need not load node:module, half a
 * millisecond, to make one for the bundle's path), and for `icld-budget:<name>` the exports of
 * the bundle <name>.cjs beside it. The command line's bundle asks so for the other commands'
 * (more-commands.cjs, which a check never loads; scripts/bundle.mjs), and that one for the
 * modules it shares with the first (cli.cjs). Each is loaded once, as this one was, with its own
 * code cache; `family` holds them by name.
 */
function bundleRequire(file, options, family) {
  return (id) => {
    if (!id.startsWith("icld-budget:")) return require(id);
    const name = id.slice("icld-budget:".length);
    return (family.get(name) ?? loadBundle(path.join(path.dirname(file), `${name}.cjs`), options, family)).cli;
  };
}

/**
 * Loads a bundle (a .cjs file written as CommonJS's module wrapper, as scripts/bundle.mjs makes
 * them) with its code cache for this Node.js, beside it (cli.cjs: cli-<version>.cache) or in the
 * user's cache folder; returns its exports, whether a cache was used, a way to save a new cache,
 * and the bundles of its family (see bundleRequire), by name, itself among them.
 */
function loadBundle(file, options = {}, family = new Map()) {
  const builtCache = path.join(path.dirname(file), `${path.basename(file, ".cjs")}-${process.version}.cache`);
  // The bundle's text is one function expression, CommonJS's module wrapper written out
  // (scripts/bundle.mjs), compiled as read: wrapping it here would have V8 copy all of it first.
  // The text is ASCII (the build checks it), so it is read as bytes and made a string as Latin-1,
  // one copy: Node.js's own UTF-8 file read makes more, and on a machine where fresh memory is slow
  // to touch that measured about 190 page faults (2 to 3 ms) more per check.
  // The cache is then read into the same memory (the string is a copy of the bytes): one buffer
  // instead of two is about 130 page faults (1.5 ms) fewer.
  const bundle = open(file);
  const built = options.userCache || options.debug ? undefined : openCache(builtCache);
  const buffer = Buffer.allocUnsafeSlow(Math.max(bundle.size, built?.size ?? 0));
  const source = readWhole(bundle, buffer).toString("latin1");
  if (options.debug) {
    // --debug: traces through the source map, which Node.js applies to the files it compiles as
    // modules. The call is appended after the source map comment, so every position still holds.
    process.setSourceMapsEnabled(true);
    const Module = require("node:module");
    const module = new Module(file);
    module.filename = file;
    module.paths = Module._nodeModulePaths(path.dirname(file));
    module.bundleRequire = bundleRequire(file, options, family);
    const loaded = { cli: module.exports, cacheUsed: false, saveCache: () => {}, saveUserCache: () => {}, saveOwnUserCache: () => {}, family };
    family.set(path.basename(file, ".cjs"), loaded);
    module._compile(`${source}\n(exports, module.bundleRequire, module, __filename, __dirname);\n`, file);
    loaded.cli = module.exports;
    return loaded;
  }
  const cacheFile = built ? builtCache : userCache(file, source);
  const cachedData = readCache(built ?? (cacheFile && openCache(cacheFile)), buffer);
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  const loaded = {
    cli: module.exports,
    cacheUsed,
    cacheFile,
    family,
    /** Writes the code cache beside the bundle, best made after a run so that it holds the functions the run used. */
    saveCache: () => writeFileSync(builtCache, script.createCachedData()),
    /** Makes the user's cache after a first run without one (and those of the family loaded since); quietly does nothing where it cannot. */
    saveUserCache: () => {
      for (const member of family.values()) member.saveOwnUserCache();
    },
    /** The user's cache of this bundle alone. */
    saveOwnUserCache: () => {
      if (cacheUsed || built || !cacheFile) return;
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
  family.set(path.basename(file, ".cjs"), loaded);
  script.runInThisContext()(module.exports, bundleRequire(file, options, family), module, file, path.dirname(file));
  loaded.cli = module.exports;
  return loaded;
}

/** Loads the command line's bundle, dist/bundle/cli.cjs. */
function loadCli(options = {}) {
  return loadBundle(BUNDLE, options);
}

module.exports = { loadBundle, loadCli };
