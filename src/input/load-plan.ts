/**
 * The one place that reads plan files from disk. Everything it finds wrong with a file (missing,
 * a directory, unreadable, binary, too large) comes back as a finding, never as an exception.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import type { Finding } from "../model/types.js";
import { MAX_PLAN_BYTES } from "./parse-plan.js";

export type LoadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly finding: Finding };

const problem = (code: string, args: Record<string, string | number> = {}): { readonly ok: false; readonly finding: Finding } => ({
  ok: false,
  finding: { code, severity: "error", args },
});

/**
 * Reads a plan file as UTF-8 text. Synchronous on purpose: a command line that checks a
 * thousand small plans spends most of an asynchronous read waiting for the thread pool.
 */
export function loadPlanText(path: string): LoadResult {
  const loaded = loadBytes(path);
  return loaded.ok ? decodePlanBytes(loaded.bytes) : loaded;
}

/** Reads a file's bytes, up to the size limit (a ledger export, a plan). */
export function loadBytes(path: string): { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly finding: Finding } {
  try {
    const info = statSync(path);
    if (info.isDirectory()) return problem("IS_DIRECTORY");
    if (info.size > MAX_PLAN_BYTES) return problem("FILE_TOO_LARGE", { bytes: info.size, max: MAX_PLAN_BYTES });
    // A device or pipe (/dev/zero) reports no size: read one byte past the limit at most.
    const bytes = readAtMost(path, MAX_PLAN_BYTES + 1);
    if (bytes.length > MAX_PLAN_BYTES) return problem("FILE_TOO_LARGE", { max: MAX_PLAN_BYTES });
    return { ok: true, bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return problem("FILE_NOT_FOUND");
    if (code === "EISDIR") return problem("IS_DIRECTORY");
    return problem("UNREADABLE", { detail: code ?? String(error) });
  }
}

/** Reads a file's first `limit` bytes (all of it, if it is shorter). */
function readAtMost(path: string, limit: number): Buffer {
  const buffer = Buffer.allocUnsafe(Math.min(limit, 1 << 16));
  const chunks: Buffer[] = [];
  let total = 0;
  const fd = openSync(path, "r");
  try {
    while (total < limit) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
      total += read;
    }
  } finally {
    closeSync(fd);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** Decodes bytes as UTF-8 text, refusing binary content and more than the size limit. */
export function decodePlanBytes(bytes: Uint8Array): LoadResult {
  if (bytes.length > MAX_PLAN_BYTES) return problem("FILE_TOO_LARGE", { max: MAX_PLAN_BYTES });
  if (bytes.includes(0)) return problem("BINARY_FILE");
  try {
    // A byte-order mark is dropped by the decoder.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return problem("BINARY_FILE");
  }
}
