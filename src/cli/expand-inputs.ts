/**
 * What `check` was asked to read: files, directories (every *.yaml and *.yml below them),
 * quoted globs (`"budgets/**\/*.yaml"`), and `-` for standard input. Synchronous, like the
 * reading of the plans: there is nothing to do meanwhile, and it keeps fs/promises unloaded.
 */
import { readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";

export type Input = { readonly kind: "file"; readonly path: string } | { readonly kind: "stdin" } | { readonly kind: "no-match"; readonly pattern: string };

const PLAN_FILE = /\.ya?ml$/i;
const GLOB_CHARS = /[*?[]/;

/** Expands the command-line arguments into the plans to check, in a stable order. */
export function expandInputs(args: readonly string[]): Input[] {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === "-") {
      inputs.push({ kind: "stdin" });
    } else if (GLOB_CHARS.test(arg)) {
      const matches = expandGlob(arg);
      if (matches.length === 0) inputs.push({ kind: "no-match", pattern: arg });
      else inputs.push(...matches.map((path) => ({ kind: "file" as const, path })));
    } else if (isDirectory(arg)) {
      inputs.push(...planFilesBelow(arg).map((path) => ({ kind: "file" as const, path })));
    } else {
      inputs.push({ kind: "file", path: arg });
    }
  }
  return inputs;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every *.yaml / *.yml file below a directory, skipping hidden folders and node_modules. */
export function planFilesBelow(dir: string): string[] {
  return walk(dir).filter((path) => PLAN_FILE.test(path));
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const path = dir === "." ? entry.name : join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      out.push(...walk(path));
    } else if (entry.isFile()) {
      out.push(path);
    }
  }
  return out;
}

/** Matches a glob (`*`, `?`, `[…]`, `**` for any folders) against the files below its fixed prefix. */
export function expandGlob(pattern: string): string[] {
  const normalized = pattern.split(sep).join("/");
  const parts = normalized.split("/");
  const fixed: string[] = [];
  for (const part of parts) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  const base = fixed.length === 0 ? "." : fixed.join("/") || "/";
  if (!isDirectory(base)) return [];
  const regex = globToRegExp(normalized);
  return walk(base).filter((path) => regex.test(path.split(sep).join("/")));
}

/** A glob as a regular expression over a whole relative path. */
export function globToRegExp(glob: string): RegExp {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === "*") {
      if (glob[i + 1] === "*") {
        const slash = glob[i + 2] === "/";
        out += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else {
        out += "[^/]*";
      }
    } else if (char === "?") {
      out += "[^/]";
    } else if (char === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) out += "\\[";
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else {
      out += char.replace(/[.+^${}()|\\]/g, "\\$&");
    }
  }
  return new RegExp(`^(?:\\./)?${out}$`);
}
