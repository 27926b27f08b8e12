/**
 * The one place that reads plan files from disk. Everything it finds wrong with a file (missing,
 * a directory, unreadable, binary, too large) comes back as a finding, never as an exception.
 */
import { readFileSync, statSync } from "node:fs";
import type { Finding } from "../model/types.js";
import { MAX_PLAN_BYTES } from "./parse-plan.js";

export type LoadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly finding: Finding };

const problem = (code: string, args: Record<string, string | number> = {}): LoadResult => ({
  ok: false,
  finding: { code, severity: "error", args },
});

/**
 * Reads a plan file as UTF-8 text. Synchronous on purpose: a command line that checks a
 * thousand small plans spends most of an asynchronous read waiting for the thread pool.
 */
export function loadPlanText(path: string): LoadResult {
  let bytes: Buffer;
  try {
    const info = statSync(path);
    if (info.isDirectory()) return problem("IS_DIRECTORY");
    if (info.size > MAX_PLAN_BYTES) return problem("FILE_TOO_LARGE", { bytes: info.size, max: MAX_PLAN_BYTES });
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return problem("FILE_NOT_FOUND");
    if (code === "EISDIR") return problem("IS_DIRECTORY");
    return problem("UNREADABLE", { detail: code ?? String(error) });
  }
  return decodePlanBytes(bytes);
}

/** Decodes bytes as UTF-8 text, refusing binary content. */
export function decodePlanBytes(bytes: Uint8Array): LoadResult {
  if (bytes.includes(0)) return problem("BINARY_FILE");
  try {
    // A byte-order mark is dropped by the decoder.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return problem("BINARY_FILE");
  }
}
