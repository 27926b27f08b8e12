/**
 * Refuses absurdly deep nesting before the `yaml` library parses it. The library handles a few
 * thousand levels quickly (and reports a stack overflow as an ordinary error), but ten megabytes
 * of `[` take it minutes and gigabytes. A cheap scan of the characters bounds the depth from
 * above; only a text whose bound is high is read by the library's own lexer, which tells flow
 * brackets from brackets inside quotes and comments and stops at the first level too deep.
 */
import { Lexer } from "./yaml-library.js";

/** Below this bound the parser is fast whatever the text (measured: 10 000 levels in 0.2 s). */
const SAFE_BOUND = 5000;

/** Lexer tokens that mark structure but stand for no character of the text (yaml's CST). */
const CONTROL_TOKENS = new Set(["\u0002", "\u0018", "\u001f"]);

const SPACE = 0x20;
const NEWLINE = 0x0a;
const isBlank = (code: number) => code === SPACE || code === 0x09 || code === NEWLINE || code === 0x0d || Number.isNaN(code);

/**
 * The offset at which `text` nests deeper than `max` levels, or undefined. Block collections nest
 * by indentation or by an indicator (`- `, `? `, `: `) on the same line, so a line's depth is at
 * most twice its indentation and indicators; flow collections nest by `[` and `{`, so their depth
 * is at most the number of those in the text.
 */
export function nestingProblem(text: string, max: number): number | undefined {
  let openers = 0;
  let lineStart = 0;
  let indent = 0;
  let inIndent = true;
  let indicators = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code === NEWLINE) {
      if (2 * (indent + indicators) + 2 > SAFE_BOUND) return lineStart;
      lineStart = i + 1;
      indent = 0;
      indicators = 0;
      inIndent = true;
      continue;
    }
    if (inIndent) {
      if (code === SPACE) {
        indent++;
        continue;
      }
      inIndent = false;
    }
    if (code === 0x5b || code === 0x7b)
      openers++; // [ {
    else if ((code === 0x2d || code === 0x3f || code === 0x3a) && isBlank(text.charCodeAt(i + 1))) indicators++; // - ? :
  }
  if (openers <= SAFE_BOUND) return undefined;

  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (CONTROL_TOKENS.has(token)) continue;
    if (token === "[" || token === "{") {
      if (++depth > max) return offset;
    } else if (token === "]" || token === "}") depth--;
    offset += token.length;
  }
  return undefined;
}
