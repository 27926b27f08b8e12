/**
 * The `yaml` library, loaded on first use. Most plans are read by the fast reader
 * (fast-yaml.ts) and never need it, so a check does not pay for loading it.
 */
import { createRequire } from "node:module";
import type * as Yaml from "yaml";

let loaded: typeof Yaml | undefined;

/** The yaml library (its CommonJS build, loaded synchronously so that parsing stays synchronous). */
export function yamlLibrary(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)("yaml") as typeof Yaml;
  return loaded;
}
