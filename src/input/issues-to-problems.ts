/**
 * Turns zod's validation issues into input problems: a finding code, its arguments and the
 * path in the plan it concerns. Union failures are narrowed to the branch the user evidently
 * meant (the one whose type matches what was written), so a typo inside `{per_night, nights}`
 * is reported as that typo, not as "invalid lodging".
 */
import type * as z from "zod/mini";
import { closest } from "./suggest.js";

export type Path = readonly (string | number)[];

/** Where on the node a problem points: its key (unknown keys) or its value. */
export type Anchor = "key" | "value";

/** A problem with the plan's content, before it is placed in the file. */
export interface InputProblem {
  readonly code: string;
  readonly args: Readonly<Record<string, string | number>>;
  readonly path: Path;
  readonly anchor: Anchor;
}

type Issue = z.core.$ZodIssue;
type Def = { type: string; [key: string]: unknown };

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def: Def } })?._zod?.def;

/** Strips wrappers (optional, default, pipes of transforms, refinements) off a schema. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (!def) return current;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else return current;
  }
  return current;
}

/** The schema that validates the value at `path`, choosing union branches by the value's shape. */
export function schemaAt(root: unknown, path: Path, rootValue: unknown): unknown {
  let schema = unwrap(root);
  let value = rootValue;
  for (const segment of path) {
    schema = pickBranch(schema, value);
    const def = defOf(schema);
    if (!def) return undefined;
    if (def.type === "object") schema = (def.shape as Record<string, unknown>)[segment as string];
    else if (def.type === "array") schema = def.element;
    else if (def.type === "record") schema = def.valueType;
    else return undefined;
    schema = unwrap(schema);
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return pickBranch(schema, value);
}

function pickBranch(schema: unknown, value: unknown): unknown {
  const def = defOf(schema);
  if (def?.type !== "union") return schema;
  const options = (def.options as unknown[]).map(unwrap);
  const wanted = Array.isArray(value) ? "array" : isRecord(value) ? "object" : undefined;
  return options.find((option) => defOf(option)?.type === wanted) ?? schema;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The keys a mapping schema knows. */
export function knownKeys(schema: unknown): string[] {
  const def = defOf(schema);
  return def?.type === "object" ? Object.keys(def.shape as Record<string, unknown>) : [];
}

/** The value at a path of a plain value (undefined where there is none). */
export function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const segment of path) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * For text where true or false was expected: the one it says (`yes`, `no`, `on`, `off`, as YAML
 * 1.1 read them, and `ja`, `nej`), which YAML 1.2 reads as text.
 */
function booleanWord(expected: string, value: unknown): { boolean?: "true" | "false" } {
  if (expected !== "yes-no" || typeof value !== "string") return {};
  if (/^(y|yes|on|ja)$/i.test(value)) return { boolean: "true" };
  if (/^(n|no|off|nej)$/i.test(value)) return { boolean: "false" };
  return {};
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (isRecord(value)) return "a mapping";
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Converts zod issues to problems; `rootSchema` and `rootValue` give context for suggestions. */
export function issuesToProblems(issues: readonly Issue[], rootSchema: unknown, rootValue: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  const visit = (issue: Issue, prefix: Path) => {
    const path: Path = [...prefix, ...(issue.path as (string | number)[])];
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = knownKeys(schemaAt(rootSchema, path, rootValue));
        for (const key of issue.keys) {
          const suggestion = closest(key, known);
          problems.push({
            code: "UNKNOWN_KEY",
            args: { key, known: known.join(", "), ...(suggestion ? { suggestion } : {}) },
            path: [...path, key],
            anchor: "key",
          });
        }
        return;
      }
      case "invalid_type": {
        const value = valueAt(rootValue, path);
        const expected = issue.message.startsWith("expected:") ? issue.message.slice(9) : issue.expected;
        if (value === undefined) {
          problems.push({ code: "MISSING_KEY", args: { key: String(path[path.length - 1]), expected }, path, anchor: "value" });
        } else {
          problems.push({ code: "INVALID_TYPE", args: { expected, received: describeValue(value), ...booleanWord(expected, value) }, path, anchor: "value" });
        }
        return;
      }
      case "invalid_value": {
        const value = valueAt(rootValue, path);
        const allowed = issue.values.map(String);
        if (value === undefined) {
          problems.push({ code: "MISSING_KEY", args: { key: String(path[path.length - 1]), allowed: allowed.join(", ") }, path, anchor: "value" });
          return;
        }
        const suggestion = typeof value === "string" ? closest(value, allowed) : undefined;
        problems.push({
          code: "INVALID_CHOICE",
          args: { value: describeValue(value), allowed: allowed.join(", "), ...(suggestion ? { suggestion } : {}) },
          path,
          anchor: "value",
        });
        return;
      }
      case "invalid_union": {
        visitUnion(issue, path, visit, problems, rootValue);
        return;
      }
      case "custom": {
        const params = (issue.params ?? {}) as Record<string, string | number>;
        problems.push({ code: issue.message, args: params, path, anchor: "value" });
        return;
      }
      case "too_small": {
        problems.push({ code: issue.message === "EMPTY_LIST" ? "EMPTY_LIST" : "TOO_SMALL", args: {}, path, anchor: "value" });
        return;
      }
      case "invalid_format": {
        const value = valueAt(rootValue, path);
        problems.push({ code: issue.message, args: { text: typeof value === "string" ? value : describeValue(value) }, path, anchor: "value" });
        return;
      }
      case "invalid_key": {
        // What is wrong is the key (fx: {5: …}, per_diem_rates: {"25": …}), not the value under it:
        // the problem quotes the key and points at it.
        const key = String(path[path.length - 1]);
        const before = problems.length;
        for (const inner of issue.issues) visit(inner as Issue, path);
        for (let index = before; index < problems.length; index++) {
          const problem = problems[index]!;
          problems[index] = { ...problem, args: "text" in problem.args ? { ...problem.args, text: key } : problem.args, anchor: "key" };
        }
        return;
      }
      default:
        problems.push({ code: "INVALID_VALUE", args: { detail: issue.message }, path, anchor: "value" });
    }
  };
  for (const issue of issues) visit(issue, []);
  return problems;
}

/** Reports a failed union as the failure of the branch the value evidently meant. */
function visitUnion(
  issue: Extract<Issue, { code: "invalid_union" }>,
  path: Path,
  visit: (issue: Issue, prefix: Path) => void,
  problems: InputProblem[],
  rootValue: unknown,
) {
  const isRootTypeMismatch = (inner: Issue) => inner.path.length === 0 && inner.code === "invalid_type";
  const candidates = issue.errors.filter((branch) => !branch.some(isRootTypeMismatch));
  const deep = candidates.filter((branch) => branch.some((inner) => inner.path.length > 0 || inner.code === "unrecognized_keys"));
  const chosen = candidates.length === 1 ? candidates[0] : deep.length === 1 ? deep[0] : undefined;
  if (chosen) {
    for (const inner of chosen) visit(inner, path);
    return;
  }
  const value = valueAt(rootValue, path);
  const expected = issue.message.startsWith("expected:") ? issue.message.slice(9) : "value";
  if (value === undefined) {
    problems.push({ code: "MISSING_KEY", args: { key: String(path[path.length - 1]), expected }, path, anchor: "value" });
    return;
  }
  const words = issue.errors.flat().flatMap((inner) => (inner.code === "invalid_value" ? inner.values.map(String) : []));
  const suggestion = typeof value === "string" ? closest(value, words) : undefined;
  problems.push({
    code: "INVALID_TYPE",
    args: { expected, received: describeValue(value), ...(suggestion ? { suggestion } : {}) },
    path,
    anchor: "value",
  });
}
