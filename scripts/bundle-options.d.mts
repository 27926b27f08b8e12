// Types of bundle-options.mjs, for the tests that build as the bundles are built.
import type { BuildOptions } from "esbuild";

/** CommonJS's module wrapper: a bundle's text is this function (bin/load-bundle.cjs calls it). */
export declare const MODULE_WRAPPER: string;
/** One minified CommonJS file for Node.js 20 and later, written as the module wrapper (add the banner's opening). */
export declare const BUNDLE_OPTIONS: BuildOptions;
