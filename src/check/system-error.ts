/**
 * What the system said when a file could not be read or written, in one language's words with its
 * code ("it does not exist (ENOENT)"): the way messages.ts and messages-sv.ts word it, each with
 * words of its own.
 */

/** The codes put in words, and `noFolder`: ENOENT for a file to be written, whose folder is what does not exist. */
export type SystemErrorWords = Readonly<Record<"ENOENT" | "ENOTDIR" | "EISDIR" | "EACCES" | "EPERM" | "EROFS" | "ENOSPC" | "EMFILE" | "noFolder", string>>;

/** `code` in `words`, with the code; a code without words as it is. `writing`: of a file to be written. */
export function systemErrorIn(words: SystemErrorWords, code: unknown, writing = false): string {
  const key = writing && code === "ENOENT" ? "noFolder" : String(code);
  return Object.hasOwn(words, key) ? `${words[key as keyof SystemErrorWords]} (${code})` : String(code);
}
