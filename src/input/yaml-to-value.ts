/**
 * Turns a parsed YAML document into plain data for validation, keeping exact numbers.
 *
 * Every number is kept as its source text ("4500.10", not 4500.1), so that amounts become exact
 * Decimals and never pass through a float; the schema's numeric leaves read that text. Keys
 * are set as own properties (`__proto__` is an ordinary, unknown key: no prototype pollution).
 * Aliases are expanded with a budget, so that an alias bomb is refused instead of filling memory.
 */
import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type Node } from "./yaml-library.js";

/** Limits that keep hostile input from exhausting the machine. */
export const VALUE_LIMITS = {
  /** Values produced by expanding aliases (*name); a real plan needs a handful. */
  maxAliasValues: 100_000,
  /** Nesting depth of mappings and sequences. */
  maxDepth: 64,
} as const;

export type PlainValue = string | boolean | null | PlainValue[] | { [key: string]: PlainValue };

/** Why the conversion stopped. */
export type ValueLimitError = { kind: "too-deep"; node: Node } | { kind: "alias-bomb"; node: Node };

export class ValueLimitExceeded extends Error {
  constructor(readonly detail: ValueLimitError) {
    super(detail.kind);
  }
}

/** Two keys of one mapping that are the same text (`2025` and `"2025"`): the first is kept. */
export interface DuplicateKey {
  readonly key: string;
  readonly first: number;
  readonly second: number;
}

/**
 * Converts the document's contents; throws ValueLimitExceeded past the limits. Keys that the
 * yaml library holds apart but that read as the same text (the number 2025 and the string
 * "2025") are passed to `onDuplicate` with both offsets: the plan would otherwise keep one of
 * them silently.
 */
export function yamlToValue(doc: Document, onDuplicate: (duplicate: DuplicateKey) => void = () => {}): PlainValue {
  let aliasValues = 0;
  let aliasNode: Node | undefined; // The outermost alias being expanded, for the error's position.
  const convert = (node: unknown, depth: number): PlainValue => {
    if (aliasNode && ++aliasValues > VALUE_LIMITS.maxAliasValues) {
      throw new ValueLimitExceeded({ kind: "alias-bomb", node: aliasNode });
    }
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target === undefined) return null;
      if (aliasNode) return convert(target, depth);
      aliasNode = node;
      try {
        return convert(target, depth);
      } finally {
        aliasNode = undefined;
      }
    }
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value === "number" || typeof value === "bigint") {
        return node.source ?? String(value);
      }
      if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
      return String(value);
    }
    if (depth >= VALUE_LIMITS.maxDepth) throw new ValueLimitExceeded({ kind: "too-deep", node: node as Node });
    if (isSeq(node)) return node.items.map((item) => convert(item, depth + 1));
    if (isMap(node)) {
      const out: { [key: string]: PlainValue } = {};
      const offsets = new Map<string, number>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = keyText(pair.key);
        const offset = (pair.key as Node | null)?.range?.[0] ?? 0;
        const first = offsets.get(key);
        if (first !== undefined) {
          onDuplicate({ key, first, second: offset });
          continue;
        }
        offsets.set(key, offset);
        setKey(out, key, convert(pair.value, depth + 1));
      }
      return out;
    }
    return null;
  };
  return convert(doc.contents, 0);
}

/** The yaml library's words for a syntax error, without the position it appends (the finding has its own): its first line. */
export const yamlErrorText = (message: string) => message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");

/** Sets a key as an own property; only `__proto__` needs defineProperty (plain assignment would set the prototype). */
function setKey(target: { [key: string]: PlainValue }, key: string, value: PlainValue) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** The text of a mapping key: a scalar's source text, or a placeholder for complex keys. */
export function keyText(key: unknown): string {
  if (isScalar(key)) {
    if (typeof key.value === "number") return key.source ?? String(key.value);
    return String(key.value);
  }
  return "[complex key]";
}

/** The offset of the node at `path` (its key with anchor "key"), or of the deepest node that exists. */
export function offsetOf(doc: Document, path: readonly (string | number)[], anchor: "key" | "value"): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
      if (!pair) return offset;
      const last = i === path.length - 1;
      const keyNode = pair.key as Node | null;
      if (last && anchor === "key" && keyNode?.range) return keyNode.range[0];
      node = pair.value;
      const valueRange = (node as Node | null)?.range;
      offset = valueRange ? valueRange[0] : (keyNode?.range?.[0] ?? offset);
    } else if (isSeq(node) && typeof segment === "number") {
      node = node.items[segment];
      const range = (node as Node | null)?.range;
      if (!range) return offset;
      offset = range[0];
    } else {
      return offset;
    }
  }
  return offset;
}
