/**
 * Writing output files: whole or not at all (a temporary file renamed into place), never onto
 * a plan being read, and never over an existing file unless asked to.
 */
import { link, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Lang } from "../render/format.js";
import { problemLine } from "./words.js";

export type WriteResult = { ok: true } | { ok: false; code: "EXISTS" | "IS_INPUT" | "WRITE_FAILED"; detail?: string };

/** Writes `data` to `path` atomically. */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  options: { force?: boolean; inputs?: readonly string[] } = {},
): Promise<WriteResult> {
  const target = resolve(path);
  if ((options.inputs ?? []).some((input) => resolve(input) === target)) return { ok: false, code: "IS_INPUT" };
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, data, { flag: "wx" });
    if (options.force) {
      await rename(temporary, target);
    } else {
      // link() fails if the target exists, so no other writer's file is replaced.
      await link(temporary, target);
      await unlink(temporary);
    }
    return { ok: true };
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return { ok: false, code: "EXISTS" };
    return { ok: false, code: "WRITE_FAILED", detail: code ?? String(error) };
  }
}

/**
 * Writes a report to standard output (no file, or `-`) or to a file, atomically; a file that
 * cannot be written is said on standard error. Returns whether the output was written.
 */
export async function writeOutput(
  output: string | undefined,
  data: string | Uint8Array,
  options: { force: boolean; inputs: readonly string[]; lang: Lang },
  io: { stdout: { write(data: string | Uint8Array): unknown }; stderr: { write(text: string): unknown } },
): Promise<boolean> {
  if (output === undefined || output === "-") {
    io.stdout.write(data);
    return true;
  }
  const written = await writeFileAtomically(output, data, options);
  if (written.ok) return true;
  const code = { EXISTS: "OUTPUT_EXISTS", IS_INPUT: "OUTPUT_IS_INPUT", WRITE_FAILED: "OUTPUT_NOT_WRITTEN" }[written.code];
  io.stderr.write(problemLine(code, { file: output, detail: written.detail ?? written.code }, options.lang));
  return false;
}
