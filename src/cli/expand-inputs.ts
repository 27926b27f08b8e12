/**
 * What `check` was asked to read: files, directories (every *.yaml and *.yml below them),
 * quoted globs (`"budgets/**\/*.yaml"`), and `-` for standard input. Folders and globs are
 * walked by tinyglobby (find-files.ts), loaded only when one is given; it follows symbolic links,
 * so a linked plan is checked like any other (a link that leads back into its own folder is
 * walked once).
 */
import { statSync } from "node:fs";
import { join } from "node:path";

export type Input = { readonly kind: "file"; readonly path: string } | { readonly kind: "stdin" } | { readonly kind: "no-match"; readonly pattern: string };

const GLOB_CHARS = /[*?[{]/;

/** Expands the command-line arguments into the plans to check, in a stable order. */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") {
      inputs.push({ kind: "stdin" });
    } else if (GLOB_CHARS.test(arg) && !exists(arg)) {
      const { findFiles } = await import("./find-files.js");
      const matches = findFiles(arg, ".");
      if (matches.length === 0) inputs.push({ kind: "no-match", pattern: arg });
      else for (const path of matches) inputs.push({ kind: "file", path });
    } else if (isDirectory(arg)) {
      const { findFiles, PLANS_BELOW } = await import("./find-files.js");
      for (const path of findFiles(PLANS_BELOW, arg)) inputs.push({ kind: "file", path: arg === "." ? path : join(arg, path) });
    } else {
      inputs.push({ kind: "file", path: arg });
    }
  }
  return inputs;
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
