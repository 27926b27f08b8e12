/**
 * A fast reader for the YAML that plans are written in: block mappings and sequences, flow
 * mappings and sequences (also over several lines), plain and quoted one-line scalars, and
 * comments. It yields the same plain data as yaml-to-value.ts and the offset of every key and
 * value, in a fraction of the time and memory of the full YAML library.
 *
 * Anything else (anchors and aliases, tags, block scalars, multi-line scalars, several
 * documents, tabs in indentation, duplicate keys, anything malformed) makes it give up and
 * return undefined: the caller then parses with the `yaml` library, which also words every
 * syntax error. So this reader never decides that a plan is wrong, only that it is simple.
 */
import type { PlainValue } from "./yaml-to-value.js";

/**
 * Where every key and value stands in the text, kept compactly: a plan of 10 000 lines has
 * some 40 000 nodes, and an object (with arrays) for each of them cost more time in garbage
 * collection than the reading itself. So the positions are one flat list of 32-bit numbers,
 * the tape, and a node is a number, its reference:
 * - a scalar's reference is its offset (zero or more);
 * - a collection's is −(index + 1) of its record on the tape: its offset (a flow collection's
 *   bracket, a block map's first key, a block sequence's first dash), its kind, its number of
 *   children, then for a mapping each key's offset and its value's reference, for a sequence
 *   each item's reference.
 * Key names are not kept: `fastOffset` reads them again from the text at their offsets, once
 * for each mapping it looks into.
 */
export interface FastPositions {
  readonly text: string;
  readonly tape: Int32Array;
  readonly root: number;
  /** For each mapping looked into (by tape index): its keys' entry numbers. */
  readonly keyIndexes: Map<number, Map<string, number>>;
}

const BLOCK_MAP = 0;
const FLOW_MAP = 1;
const SEQUENCE = 2;

export interface FastYaml {
  readonly value: PlainValue;
  readonly root: FastPositions;
}

/** Thrown inside the reader when the text is not of the simple kind; never escapes it. */
class NotSimple extends Error {}
const notSimple = (): never => {
  throw new NotSimple();
};

const NULLS = new Set(["", "~", "null", "Null", "NULL"]);
const TRUES = new Set(["true", "True", "TRUE"]);
const FALSES = new Set(["false", "False", "FALSE"]);
/** Characters that start something this reader does not handle, at the start of a value. */
const SPECIAL_START = new Set(["&", "*", "!", "|", ">", "%", "@", "`", "?"]);
const MAX_DEPTH = 64;

// Character codes the reader looks for most (a plan of 10 000 lines has half a million characters).
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;

/** What a flow mapping read by splitting (plainFlowMapping) must not hold. */
const NOT_PLAIN_FLOW = /["'[\]{}#&*!|>%@`?\t\r\n]/;

/** Whether a character is white space to YAML: a space, a tab or a line break (not \u00a0 and the like). */
function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r";
}

/** A scalar's text without the spaces and tabs that end it (YAML's white space, unlike trimEnd's). */
function trimWhite(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Whether a line ends here, or a space follows: what must follow a block key's colon or a dash. */
const isBreakOrSpace = (c: string) => c === " " || c === "\r" || c === "\n" || c === "";

/** Whether a flow key's colon is followed by what ends it: white space, `,`, `]`, `}` or the end. */
const isFlowEnd = (c: string) => c === "" || c === "," || c === "]" || c === "}" || isSpace(c);

function resolvePlain(text: string): PlainValue {
  // Only "", "~" and words of four or five letters can mean null, true or false.
  if (text.length > 5 || (text.length > 1 && text.length < 4)) return text;
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  return text; // A number stays its source text, as in yaml-to-value.ts.
}

/** Sets a key as an own property; only `__proto__` needs defineProperty (plain assignment would set the prototype). */
export function setKey(target: { [key: string]: PlainValue }, key: string, value: PlainValue) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Reads a plan's YAML, or returns undefined when it is not of the simple kind. */
export function parseFastYaml(text: string): FastYaml | undefined {
  try {
    const reader = new Reader(text);
    const value = reader.document();
    return { value, root: { text, tape: reader.finishedTape(), root: reader.ref, keyIndexes: new Map() } };
  } catch (error) {
    if (error instanceof NotSimple || error instanceof RangeError) return undefined;
    throw error;
  }
}

class Reader {
  private pos = 0;
  private depth = 0;
  /** The positions (see FastPositions). */
  private tape = new Int32Array(1024);
  private tapeLength = 0;
  /** Children of the collections being read, innermost last (one list for all: no list each). */
  private readonly pending: number[] = [];
  /** The reference of the node read last: each reading method returns a value and sets this. */
  ref = 0;

  constructor(private readonly text: string) {}

  /**
   * Writes the record of a collection whose children are `pending` from `from` on (see
   * FastPositions), takes them off `pending`, and returns the collection's reference.
   */
  private record(offset: number, kind: number, from: number): number {
    const pending = this.pending;
    const children = pending.length - from;
    const at = this.tapeLength;
    const end = at + 3 + children;
    if (end > this.tape.length) {
      const grown = new Int32Array(Math.max(end, this.tape.length * 2));
      grown.set(this.tape);
      this.tape = grown;
    }
    const tape = this.tape;
    tape[at] = offset;
    tape[at + 1] = kind;
    tape[at + 2] = kind === SEQUENCE ? children : children / 2;
    for (let i = 0; i < children; i++) tape[at + 3 + i] = pending[from + i]!;
    pending.length = from;
    this.tapeLength = end;
    return -(at + 1);
  }

  /** The tape, cut to what was written. */
  finishedTape(): Int32Array {
    return this.tape.subarray(0, this.tapeLength);
  }

  /** The key that starts at offset, read again as it was read the first time. */
  keyAt(offset: number, inFlow: boolean): string {
    this.pos = offset;
    const c = this.char();
    if (c === '"' || c === "'") return this.quoted();
    return inFlow ? this.flowPlain(true) : this.blockKey();
  }

  document(): PlainValue {
    this.skipBlankLines();
    if (this.pos >= this.text.length) notSimple(); // empty: let the full parser say so
    const indent = this.indentHere();
    const lineStart = this.pos;
    if (this.text.startsWith("---", lineStart) || this.text[lineStart] === "%") notSimple();
    const result = this.blockNode(indent);
    this.skipBlankLines();
    if (this.pos < this.text.length) notSimple(); // something left over: not simple
    return result;
  }

  // ——— lines ———

  private char(offset = this.pos): string {
    return this.text[offset] ?? "";
  }

  /** Skips blank lines and comment lines; leaves pos at the start of the next content line. */
  private skipBlankLines() {
    for (;;) {
      const lineStart = this.pos;
      let i = lineStart;
      while (this.char(i) === " ") i++;
      if (this.char(i) === "\t") notSimple();
      const c = this.char(i);
      if (c === "#" || c === "\n" || c === "\r") {
        const end = this.text.indexOf("\n", i);
        if (end < 0) {
          this.pos = this.text.length;
          return;
        }
        this.pos = end + 1;
        continue;
      }
      if (c === "") {
        this.pos = this.text.length;
        return;
      }
      this.pos = lineStart;
      return;
    }
  }

  /** The indentation of the line at pos (pos must be at a line start). */
  private indentHere(): number {
    let i = this.pos;
    while (this.char(i) === " ") i++;
    if (this.char(i) === "\t") notSimple();
    return i - this.pos;
  }

  /** After a value on a line: only spaces and a comment may follow; moves to the next line. */
  private endOfLine() {
    while (this.char() === " ") this.pos++;
    const c = this.char();
    if (c === "\t") {
      // A tab after a value is allowed white space in YAML.
      while (this.char() === " " || this.char() === "\t") this.pos++;
    }
    const d = this.char();
    if (d === "#" || d === "\r" || d === "\n" || d === "") {
      const end = this.text.indexOf("\n", this.pos);
      this.pos = end < 0 ? this.text.length : end + 1;
      return;
    }
    notSimple();
  }

  // ——— block structure ———

  /** A block node whose first line starts at pos with the given indentation. */
  private blockNode(indent: number): PlainValue {
    if (++this.depth > MAX_DEPTH) notSimple();
    try {
      const start = this.pos + indent;
      if (this.isDash(start)) return this.blockSequence(start, indent);
      if (this.looksLikeKey(start)) return this.blockMapping(start, indent);
      // A lone scalar or flow collection as the whole value.
      this.pos = start;
      const inline = this.inlineValue();
      this.endOfLine();
      return inline;
    } finally {
      this.depth--;
    }
  }

  /** Whether a block sequence's dash ("- " or a dash at the end of a line) stands at offset. */
  private isDash(offset: number): boolean {
    return this.char(offset) === "-" && isBreakOrSpace(this.char(offset + 1));
  }

  /** Whether nothing but a comment follows on this line from pos. */
  private atLineEnd(): boolean {
    const c = this.char();
    return c === "#" || c === "\r" || c === "\n" || c === "";
  }

  /**
   * The value of a key or dash with nothing after it on its line: the block on the following,
   * deeper lines (for a key also a sequence at the key's own indentation), or null.
   */
  private valueOnNextLines(indent: number, sequenceAtIndent: boolean): PlainValue {
    const here = this.pos;
    this.endOfLine();
    this.skipBlankLines();
    const nextIndent = this.pos < this.text.length ? this.indentHere() : -1;
    const sequenceHere = sequenceAtIndent && nextIndent === indent && this.isDash(this.pos + nextIndent);
    if (nextIndent > indent || sequenceHere) return this.blockNode(nextIndent);
    this.ref = here;
    return null;
  }

  /** Whether a mapping key (`key:` followed by space or end of line) starts at offset. */
  private looksLikeKey(offset: number): boolean {
    const c = this.char(offset);
    if (c === '"' || c === "'") {
      const end = this.quotedEnd(offset);
      return this.char(end) === ":" && isBreakOrSpace(this.char(end + 1));
    }
    if (c === "{" || c === "[" || SPECIAL_START.has(c) || c === "#") return false;
    const lineEnd = this.lineEnd(offset);
    for (let i = offset; i < lineEnd; i++) {
      const d = this.text[i];
      if (d === ":" && (i + 1 >= lineEnd || this.text[i + 1] === " " || this.text[i + 1] === "\r")) return true;
      if (d === " " && this.text[i + 1] === "#") return false;
    }
    return false;
  }

  private lineEnd(offset: number): number {
    const end = this.text.indexOf("\n", offset);
    return end < 0 ? this.text.length : end;
  }

  /** A block mapping whose first key starts at `first`; later keys at column `indent`. */
  private blockMapping(first: number, indent: number): PlainValue {
    const value: { [key: string]: PlainValue } = {};
    const from = this.pending.length;
    let keyStart = first;
    for (;;) {
      this.pos = keyStart;
      const key = this.blockKey();
      if (Object.hasOwn(value, key)) notSimple(); // duplicate key: the full parser reports it
      // After "key:" — an inline value, or a nested block on the next lines, or nothing.
      while (this.char() === " ") this.pos++;
      let child: PlainValue;
      if (this.atLineEnd()) {
        child = this.valueOnNextLines(indent, true);
      } else {
        child = this.inlineValue();
        this.endOfLine();
      }
      setKey(value, key, child);
      this.pending.push(keyStart, this.ref);
      // The next key must stand at exactly this mapping's indentation.
      this.skipBlankLines();
      if (this.pos >= this.text.length) break;
      const nextIndent = this.indentHere();
      if (nextIndent < indent) break;
      if (nextIndent > indent) notSimple(); // a continuation line or bad indentation
      const start = this.pos + nextIndent;
      if (!this.looksLikeKey(start)) {
        if (this.char(start) === "-") break; // a sequence at the parent's indentation ends this map
        notSimple();
      }
      keyStart = start;
    }
    this.ref = this.record(first, BLOCK_MAP, from);
    return value;
  }

  /** A mapping key at pos, through its colon; pos ends after the colon. */
  private blockKey(): string {
    const c = this.char();
    if (c === '"' || c === "'") {
      const key = this.quoted();
      if (this.char() !== ":") notSimple();
      this.pos++;
      return String(key);
    }
    const lineEnd = this.lineEnd(this.pos);
    let i = this.pos;
    while (i < lineEnd && !(this.text[i] === ":" && (i + 1 >= lineEnd || this.text[i + 1] === " " || this.text[i + 1] === "\r"))) i++;
    const key = this.text.slice(this.pos, i);
    if (key !== key.trim() || key === "" || key.includes(": ")) notSimple();
    this.pos = i + 1;
    return key;
  }

  /** A block sequence whose first dash is at `first`; later dashes at column `indent`. */
  private blockSequence(first: number, indent: number): PlainValue {
    const value: PlainValue[] = [];
    const from = this.pending.length;
    let dash = first;
    for (;;) {
      this.pos = dash + 1;
      while (this.char() === " ") this.pos++;
      let item: PlainValue;
      if (this.atLineEnd()) {
        item = this.valueOnNextLines(indent, false);
      } else if (this.isDash(this.pos)) {
        item = notSimple(); // "- - a": compact nested sequence
      } else if (this.looksLikeKey(this.pos)) {
        const column = this.pos - this.lineStartOf(this.pos);
        if (++this.depth > MAX_DEPTH) notSimple();
        item = this.blockMapping(this.pos, column);
        this.depth--;
      } else {
        item = this.inlineValue();
        this.endOfLine();
      }
      value.push(item);
      this.pending.push(this.ref);
      this.skipBlankLines();
      if (this.pos >= this.text.length) break;
      const nextIndent = this.indentHere();
      if (nextIndent < indent) break;
      const start = this.pos + nextIndent;
      if (nextIndent > indent) notSimple();
      if (!this.isDash(start)) break; // a key of the parent map
      dash = start;
    }
    this.ref = this.record(first, SEQUENCE, from);
    return value;
  }

  private lineStartOf(offset: number): number {
    return this.text.lastIndexOf("\n", offset - 1) + 1;
  }

  // ——— values on a line ———

  /** A scalar or flow collection at pos (block context: a plain scalar runs to the end of the line). */
  private inlineValue(): PlainValue {
    const start = this.pos;
    const c = this.char();
    if (c === "{" || c === "[") return this.flow();
    this.ref = start;
    if (c === '"' || c === "'") return this.quoted();
    if (SPECIAL_START.has(c) || this.isDash(start)) notSimple();
    const lineEnd = this.lineEnd(this.pos);
    let end = this.pos;
    while (end < lineEnd && !(this.text[end] === "#" && this.text[end - 1] === " ") && this.text[end] !== "\r") end++;
    const raw = trimWhite(this.text.slice(this.pos, end));
    if (raw.includes(": ") || raw.endsWith(":") || raw.includes("\t")) notSimple();
    this.pos = start + raw.length;
    return resolvePlain(raw);
  }

  /** The offset just after a quoted scalar that starts at offset. */
  private quotedEnd(offset: number): number {
    const quote = this.text[offset];
    let i = offset + 1;
    const lineEnd = this.lineEnd(offset);
    while (i < lineEnd) {
      const d = this.text[i];
      if (quote === "'" && d === "'") {
        if (this.text[i + 1] === "'") {
          i += 2;
          continue;
        }
        return i + 1;
      }
      if (quote === '"' && d === "\\") {
        i += 2;
        continue;
      }
      if (quote === '"' && d === '"') return i + 1;
      i++;
    }
    return -1;
  }

  /** A one-line quoted scalar at pos; pos ends after the closing quote. */
  private quoted(): string {
    const start = this.pos;
    const end = this.quotedEnd(start);
    if (end < 0) notSimple(); // unclosed, or spread over lines
    const body = this.text.slice(start + 1, end - 1);
    this.pos = end;
    if (this.text[start] === "'") return body.replace(/''/g, "'");
    return body.replace(/\\(.)/g, (_, escape: string) => {
      const known: Record<string, string> = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "\t", r: "\r", "0": "\0" };
      return known[escape] ?? notSimple();
    });
  }

  // ——— flow collections ———

  /** Skips spaces, line breaks and comments inside a flow collection. */
  private skipFlowSpace() {
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (code === SPACE || code === LF || code === CR || code === TAB) this.pos++;
      else if (code === HASH && isSpace(this.char(this.pos - 1))) this.pos = this.lineEnd(this.pos);
      else return;
    }
  }

  private flow(): PlainValue {
    if (++this.depth > MAX_DEPTH) notSimple();
    try {
      return this.char() === "{" ? this.flowMapping() : this.flowSequence();
    } finally {
      this.depth--;
    }
  }

  private flowMapping(): PlainValue {
    const start = this.pos;
    const plain = this.plainFlowMapping(start);
    if (plain !== undefined) return plain;
    this.pos++; // {
    const value: { [key: string]: PlainValue } = {};
    const from = this.pending.length;
    for (;;) {
      this.skipFlowSpace();
      if (this.char() === "}") {
        this.pos++;
        break;
      }
      const keyOffset = this.pos;
      const c = this.char();
      const key = c === '"' || c === "'" ? this.quoted() : this.flowPlain(true);
      if (typeof key !== "string" || key === "") notSimple();
      this.skipFlowSpace();
      if (this.char() !== ":") notSimple(); // a key without a value: rare, leave it to the full parser
      if (Object.hasOwn(value, key)) notSimple(); // duplicate key: the full parser reports it
      this.pos++;
      this.skipFlowSpace();
      let child: PlainValue;
      if (this.char() === "," || this.char() === "}") {
        child = null;
        this.ref = this.pos;
      } else {
        child = this.flowValue();
      }
      setKey(value, key, child);
      this.pending.push(keyOffset, this.ref);
      this.skipFlowSpace();
      if (this.char() === ",") this.pos++;
      else if (this.char() !== "}") notSimple();
    }
    this.ref = this.record(start, FLOW_MAP, from);
    return value;
  }

  /**
   * A flow mapping on one line of plain keys and values, `{item: Audit, amount: 4500}`, read by
   * splitting at its commas and colons: plans have thousands of these. Undefined, with nothing
   * read, for anything else (quotes, brackets, comments, tabs, an empty value, …), which
   * flowMapping then reads character by character.
   */
  private plainFlowMapping(start: number): PlainValue | undefined {
    const text = this.text;
    const close = text.indexOf("}", start);
    if (close < 0) return undefined;
    const lineEnd = text.indexOf("\n", start);
    if (lineEnd >= 0 && lineEnd < close) return undefined;
    if (NOT_PLAIN_FLOW.test(text.slice(start + 1, close))) return undefined;
    const value: { [key: string]: PlainValue } = {};
    const from = this.pending.length;
    for (let part = start + 1; part < close; ) {
      const comma = text.indexOf(",", part);
      const end = comma < 0 || comma > close ? close : comma;
      let colon = text.indexOf(": ", part);
      if (colon < 0 || colon >= end) colon = text.charCodeAt(end - 1) === COLON ? end - 1 : -1;
      let keyStart = part;
      while (text.charCodeAt(keyStart) === SPACE) keyStart++;
      let valueStart = colon + 1;
      while (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart++;
      let valueEnd = end;
      while (valueEnd > valueStart && text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      if (colon < 0 || keyStart >= colon || valueStart >= valueEnd) return this.abandon(from);
      const key = trimWhite(text.slice(keyStart, colon));
      const raw = text.slice(valueStart, valueEnd);
      // What the character-by-character reading would not take as a plain key and value.
      if (Object.hasOwn(value, key) || raw.includes(": ") || raw.endsWith(":") || (raw.startsWith("-") && raw[1] === " ")) return this.abandon(from);
      setKey(value, key, resolvePlain(raw));
      this.pending.push(keyStart, valueStart);
      part = end + 1;
    }
    if (this.pending.length === from) return undefined; // {}
    this.pos = close + 1;
    this.ref = this.record(start, FLOW_MAP, from);
    return value;
  }

  /** Drops what plainFlowMapping had read of a mapping it then left to flowMapping. */
  private abandon(from: number): undefined {
    this.pending.length = from;
    return undefined;
  }

  private flowSequence(): PlainValue {
    const start = this.pos;
    this.pos++; // [
    const value: PlainValue[] = [];
    const from = this.pending.length;
    for (;;) {
      this.skipFlowSpace();
      if (this.char() === "]") {
        this.pos++;
        break;
      }
      value.push(this.flowValue());
      this.pending.push(this.ref);
      this.skipFlowSpace();
      if (this.char() === ",") this.pos++;
      else if (this.char() !== "]") notSimple();
    }
    this.ref = this.record(start, SEQUENCE, from);
    return value;
  }

  private flowValue(): PlainValue {
    const start = this.pos;
    const c = this.char();
    if (c === "{" || c === "[") return this.flow();
    this.ref = start;
    if (c === '"' || c === "'") return this.quoted();
    if (SPECIAL_START.has(c) || c === "" || c === "-" && this.char(start + 1) === " ") notSimple();
    return resolvePlain(this.flowPlain(false));
  }

  /** A plain scalar inside a flow collection; a key stops at ":", a value at ",", "]" or "}". */
  private flowPlain(isKey: boolean): string {
    const start = this.pos;
    let i = start;
    const text = this.text;
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === LF || d === CR || d === COMMA || d === CLOSE_SQUARE || d === CLOSE_CURLY || d === OPEN_SQUARE || d === OPEN_CURLY) break;
      if (d === COLON && isFlowEnd(text[i + 1] ?? "")) {
        if (isKey) break;
        notSimple(); // "a: b" inside a value
      }
      if (d === HASH && text.charCodeAt(i - 1) === SPACE) break;
    }
    const raw = trimWhite(this.text.slice(start, i));
    // A plain scalar that runs on to the next line is left to the full parser.
    const next = this.text[i];
    if ((next === "\n" || next === "\r") && raw !== "") {
      let j = i;
      while (isSpace(this.text[j] ?? "")) j++;
      const after = this.text[j];
      if (after !== undefined && after !== "," && after !== "]" && after !== "}" && after !== "#" && !(isKey && after === ":")) notSimple();
    }
    this.pos = start + raw.length;
    return raw;
  }
}

/** The offset of the node at `path` (its key with anchor "key"), or of the deepest node that exists. */
export function fastOffset(positions: FastPositions, path: readonly (string | number)[], anchor: "key" | "value"): number {
  const { tape } = positions;
  let ref = positions.root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (ref >= 0) return ref;
    const at = -ref - 1;
    const offset = tape[at]!;
    const kind = tape[at + 1]!;
    const count = tape[at + 2]!;
    if (kind === SEQUENCE) {
      if (typeof segment !== "number" || segment >= count) return offset;
      ref = tape[at + 3 + segment]!;
      continue;
    }
    let keys = positions.keyIndexes.get(at);
    if (!keys) {
      keys = new Map();
      const reader = new Reader(positions.text);
      for (let k = 0; k < count; k++) keys.set(reader.keyAt(tape[at + 3 + 2 * k]!, kind === FLOW_MAP), k);
      positions.keyIndexes.set(at, keys);
    }
    const found = keys.get(String(segment));
    if (found === undefined) return offset;
    if (i === path.length - 1 && anchor === "key") return tape[at + 3 + 2 * found]!;
    ref = tape[at + 4 + 2 * found]!;
  }
  return ref >= 0 ? ref : tape[-ref - 1]!;
}
