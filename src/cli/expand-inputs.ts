/**
 * What `check` was asked to read: files, directories (every *.yaml and *.yml below them),
 * quoted globs (`"budgets/**\/*.yaml"`), and `-` for standard input. Folders and globs are
 * walked by tinyglobby, loaded only when one is given; it follows symbolic links, so a linked
 * plan is checked like any other (a link that leads back into its own folder is walked once).
 */
import { realpathSync, statSync } from "node:fs";
import { join } from "node:path";

export type Input = { readonly kind: "file"; readonly path: string } | { readonly kind: "stdin" } | { readonly kind: "no-match"; readonly pattern: string };

/**
 * Plans in a folder: YAML files in any case of extension, skipping hidden folders, node_modules
 * and actuals files (`*.actuals.yaml`, the follow-up's input, which is no plan).
 */
const PLANS_BELOW = "**/*.{yaml,yml,YAML,YML,Yaml,Yml}";
const SKIPPED = ["**/node_modules/**", "**/*.actuals.{yaml,yml}"];
const GLOB_CHARS = /[*?[{]/;

/** Expands the command-line arguments into the plans to check, in a stable order. */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") {
      inputs.push({ kind: "stdin" });
    } else if (GLOB_CHARS.test(arg) && !exists(arg)) {
      const matches = await findFiles(arg, ".");
      if (matches.length === 0) inputs.push({ kind: "no-match", pattern: arg });
      else for (const path of matches) inputs.push({ kind: "file", path });
    } else if (isDirectory(arg)) {
      for (const path of await findFiles(PLANS_BELOW, arg)) inputs.push({ kind: "file", path: arg === "." ? path : join(arg, path) });
    } else {
      inputs.push({ kind: "file", path: arg });
    }
  }
  return inputs;
}

/**
 * The files a glob matches below `cwd`, relative to it, sorted; a file reached twice (through a
 * link that leads back up the tree) is listed once, under the shortest of its paths.
 */
async function findFiles(pattern: string, cwd: string): Promise<string[]> {
  const { globSync } = await import("tinyglobby");
  const byFile = new Map<string, string>();
  const depth = (path: string) => path.split("/").length;
  for (const path of globSync(pattern, { cwd, followSymbolicLinks: true, ignore: SKIPPED, dot: false, expandDirectories: false })) {
    const real = realPath(join(cwd, path));
    const kept = byFile.get(real);
    if (kept === undefined || depth(path) < depth(kept) || (depth(path) === depth(kept) && path < kept)) byFile.set(real, path);
  }
  return [...byFile.values()].sort();
}

function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // a dangling link: checking it reports the missing file
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
