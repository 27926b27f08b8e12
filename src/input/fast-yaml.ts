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
 * Where a value stands in the text: a scalar is just its offset (there are many, so no object
 * each); a collection also knows where its children stand. The offset is a scalar's first
 * character, a flow collection's bracket, a block map's first key, a block sequence's first dash.
 */
export type FastNode = number | FastCollection;

export interface FastCollection {
  readonly offset: number;
  /** A mapping's keys in order, with their offsets and values' nodes (parallel lists: plans have many small mappings). */
  readonly keys?: string[];
  readonly keyOffsets?: number[];
  readonly values?: FastNode[];
  /** Children of a sequence by index. */
  readonly items?: FastNode[];
}

/** Collects a mapping's entries, refusing a duplicate key (the full parser reports it). */
class Entries {
  readonly keys: string[] = [];
  readonly keyOffsets: number[] = [];
  readonly values: FastNode[] = [];

  add(key: string, keyOffset: number, node: FastNode) {
    if (this.keys.includes(key)) notSimple();
    this.keys.push(key);
    this.keyOffsets.push(keyOffset);
    this.values.push(node);
  }
}

const offsetOfNode = (node: FastNode) => (typeof node === "number" ? node : node.offset);

export interface FastYaml {
  readonly value: PlainValue;
  readonly root: FastNode;
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

function resolvePlain(text: string): PlainValue {
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
    return new Reader(text).document();
  } catch (error) {
    if (error instanceof NotSimple || error instanceof RangeError) return undefined;
    throw error;
  }
}

class Reader {
  private pos = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  document(): FastYaml {
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
  private blockNode(indent: number): FastYaml {
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
    return this.char(offset) === "-" && /[ \r\n]|^$/.test(this.char(offset + 1));
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
  private valueOnNextLines(indent: number, sequenceAtIndent: boolean): FastYaml {
    const here = this.pos;
    this.endOfLine();
    this.skipBlankLines();
    const nextIndent = this.pos < this.text.length ? this.indentHere() : -1;
    const sequenceHere = sequenceAtIndent && nextIndent === indent && this.isDash(this.pos + nextIndent);
    return nextIndent > indent || sequenceHere ? this.blockNode(nextIndent) : { value: null, root: here };
  }

  /** Whether a mapping key (`key:` followed by space or end of line) starts at offset. */
  private looksLikeKey(offset: number): boolean {
    const c = this.char(offset);
    if (c === '"' || c === "'") {
      const end = this.quotedEnd(offset);
      return this.char(end) === ":" && /[ \r\n]|^$/.test(this.char(end + 1));
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
  private blockMapping(first: number, indent: number): FastYaml {
    const value: { [key: string]: PlainValue } = {};
    const entries = new Entries();
    let keyStart = first;
    for (;;) {
      this.pos = keyStart;
      const key = this.blockKey();
      if (entries.keys.includes(key)) notSimple(); // duplicate key: the full parser reports it
      // After "key:" — an inline value, or a nested block on the next lines, or nothing.
      while (this.char() === " ") this.pos++;
      let child: FastYaml;
      if (this.atLineEnd()) {
        child = this.valueOnNextLines(indent, true);
      } else {
        child = this.inlineValue();
        this.endOfLine();
      }
      setKey(value, key, child.value);
      entries.add(key, keyStart, child.root);
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
    return { value, root: { offset: first, keys: entries.keys, keyOffsets: entries.keyOffsets, values: entries.values } };
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
  private blockSequence(first: number, indent: number): FastYaml {
    const value: PlainValue[] = [];
    const items: FastNode[] = [];
    let dash = first;
    for (;;) {
      this.pos = dash + 1;
      while (this.char() === " ") this.pos++;
      let item: FastYaml;
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
      value.push(item.value);
      items.push(item.root);
      this.skipBlankLines();
      if (this.pos >= this.text.length) break;
      const nextIndent = this.indentHere();
      if (nextIndent < indent) break;
      const start = this.pos + nextIndent;
      if (nextIndent > indent) notSimple();
      if (!this.isDash(start)) break; // a key of the parent map
      dash = start;
    }
    return { value, root: { offset: first, items } };
  }

  private lineStartOf(offset: number): number {
    return this.text.lastIndexOf("\n", offset - 1) + 1;
  }

  // ——— values on a line ———

  /** A scalar or flow collection at pos (block context: a plain scalar runs to the end of the line). */
  private inlineValue(): FastYaml {
    const start = this.pos;
    const c = this.char();
    if (c === "{" || c === "[") return this.flow();
    if (c === '"' || c === "'") return { value: this.quoted(), root: start };
    if (SPECIAL_START.has(c) || this.isDash(start)) notSimple();
    const lineEnd = this.lineEnd(this.pos);
    let end = this.pos;
    while (end < lineEnd && !(this.text[end] === "#" && this.text[end - 1] === " ") && this.text[end] !== "\r") end++;
    const raw = this.text.slice(this.pos, end).replace(/\s+$/, "");
    if (raw.includes(": ") || raw.endsWith(":") || raw.includes("\t")) notSimple();
    this.pos = start + raw.length;
    return { value: resolvePlain(raw), root: start };
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
      const c = this.char();
      if (c === " " || c === "\n" || c === "\r" || c === "\t") this.pos++;
      else if (c === "#" && /[\s]/.test(this.char(this.pos - 1))) this.pos = this.lineEnd(this.pos);
      else return;
    }
  }

  private flow(): FastYaml {
    if (++this.depth > MAX_DEPTH) notSimple();
    try {
      return this.char() === "{" ? this.flowMapping() : this.flowSequence();
    } finally {
      this.depth--;
    }
  }

  private flowMapping(): FastYaml {
    const start = this.pos;
    this.pos++; // {
    const value: { [key: string]: PlainValue } = {};
    const entries = new Entries();
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
      this.pos++;
      this.skipFlowSpace();
      let child: FastYaml;
      if (this.char() === "," || this.char() === "}") child = { value: null, root: this.pos };
      else child = this.flowValue();
      setKey(value, key as string, child.value);
      entries.add(key, keyOffset, child.root);
      this.skipFlowSpace();
      if (this.char() === ",") this.pos++;
      else if (this.char() !== "}") notSimple();
    }
    return { value, root: { offset: start, keys: entries.keys, keyOffsets: entries.keyOffsets, values: entries.values } };
  }

  private flowSequence(): FastYaml {
    const start = this.pos;
    this.pos++; // [
    const value: PlainValue[] = [];
    const items: FastNode[] = [];
    for (;;) {
      this.skipFlowSpace();
      if (this.char() === "]") {
        this.pos++;
        break;
      }
      const item = this.flowValue();
      value.push(item.value);
      items.push(item.root);
      this.skipFlowSpace();
      if (this.char() === ",") this.pos++;
      else if (this.char() !== "]") notSimple();
    }
    return { value, root: { offset: start, items } };
  }

  private flowValue(): FastYaml {
    const start = this.pos;
    const c = this.char();
    if (c === "{" || c === "[") return this.flow();
    if (c === '"' || c === "'") return { value: this.quoted(), root: start };
    if (SPECIAL_START.has(c) || c === "" || c === "-" && this.char(start + 1) === " ") notSimple();
    const text = this.flowPlain(false);
    return { value: resolvePlain(text), root: start };
  }

  /** A plain scalar inside a flow collection; a key stops at ":", a value at ",", "]" or "}". */
  private flowPlain(isKey: boolean): string {
    const start = this.pos;
    let i = start;
    for (;;) {
      const d = this.text[i];
      if (d === undefined || d === "\n" || d === "\r") break;
      if (d === "," || d === "]" || d === "}" || d === "[" || d === "{") break;
      if (d === ":" && /[\s,\]}]|^$/.test(this.text[i + 1] ?? "")) {
        if (isKey) break;
        notSimple(); // "a: b" inside a value
      }
      if (d === "#" && this.text[i - 1] === " ") break;
      i++;
    }
    const raw = this.text.slice(start, i).replace(/\s+$/, "");
    // A plain scalar that runs on to the next line is left to the full parser.
    const next = this.text[i];
    if ((next === "\n" || next === "\r") && raw !== "") {
      let j = i;
      while (/[\s]/.test(this.text[j] ?? "")) j++;
      const after = this.text[j];
      if (after !== undefined && after !== "," && after !== "]" && after !== "}" && after !== "#" && !(isKey && after === ":")) notSimple();
    }
    this.pos = start + raw.length;
    return raw;
  }
}

/** The offset of the node at `path` (its key with anchor "key"), or of the deepest node that exists. */
export function fastOffset(root: FastNode, path: readonly (string | number)[], anchor: "key" | "value"): number {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (typeof node === "number") return node;
    if (node.keys) {
      const at = node.keys.indexOf(String(segment));
      if (at < 0) return node.offset;
      if (i === path.length - 1 && anchor === "key") return node.keyOffsets![at]!;
      node = node.values![at]!;
    } else if (node.items && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) return node.offset;
      node = item;
    } else {
      return node.offset;
    }
  }
  return offsetOfNode(node);
}
