/**
 * Folders and globs, walked by tinyglobby. This module is loaded only when a folder or glob is
 * given (expand-inputs.ts), and tinyglobby with it: it stays in node_modules, out of the bundle a
 * check of named files reads (scripts/bundle.mjs).
 */
import { realpathSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";

/**
 * Plans in a folder: YAML files in any case of extension, skipping hidden folders, node_modules
 * and actuals files (`*.actuals.yaml`, the follow-up's input, which is no plan).
 */
export const PLANS_BELOW = "**/*.{yaml,yml,YAML,YML,Yaml,Yml}";
const NODE_MODULES = "**/node_modules/**";
const ACTUALS_FILES = "**/*.actuals.{yaml,yml}";
const SKIPPED = [NODE_MODULES, ACTUALS_FILES];

/**
 * The files a glob matches below `cwd`, relative to it, sorted; a file reached twice (through a
 * link that leads back up the tree) is listed once, under the shortest of its paths.
 */
export function findFiles(pattern: string, cwd: string): string[] {
  const byFile = new Map<string, string>();
  const depth = (path: string) => path.split("/").length;
  for (const path of globSync(pattern, { cwd, followSymbolicLinks: true, ignore: SKIPPED, dot: false, expandDirectories: false })) {
    const real = realPath(join(cwd, path));
    const kept = byFile.get(real);
    if (kept === undefined || depth(path) < depth(kept) || (depth(path) === depth(kept) && path < kept)) byFile.set(real, path);
  }
  return [...byFile.values()].sort();
}

/**
 * How many actuals files (`*.actuals.yaml`) a folder or glob holds, which check skips: said when it
 * finds no plan there, so that "no plan files in budgets/follow-up" does not hide the file it skipped.
 */
export function skippedActuals(arg: string, isFolder: boolean): number {
  const pattern = isFolder ? PLANS_BELOW : arg;
  const cwd = isFolder ? arg : ".";
  const options = { cwd, followSymbolicLinks: true, dot: false, expandDirectories: false };
  const all = globSync(pattern, { ...options, ignore: [NODE_MODULES] }).length;
  return all - globSync(pattern, { ...options, ignore: SKIPPED }).length;
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // a dangling link: checking it reports the missing file
  }
}
