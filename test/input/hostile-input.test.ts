/**
 * Hostile and odd input: alias bombs, deep nesting, huge files, prototype keys, byte-order
 * marks, CRLF line ends, tabs, binary content. None may crash or hang the tool.
 */
import { describe, expect, it } from "vitest";
import { describeFinding } from "../../src/check/messages.js";
import { decodePlanBytes } from "../../src/input/load-plan.js";
import { MAX_PLAN_LINES } from "../../src/input/parse-plan.js";
import { check, codesAt, planText } from "../helpers.js";

describe("hostile input", () => {
  it("refuses an alias bomb instead of expanding it", () => {
    const levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++)
      levels.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(",")}]`,
      );
    const result = check(`version: 1\n${levels.join("\n")}\n`);
    expect(result.findings.map((f) => f.code)).toEqual(["ALIAS_BOMB"]);
  });

  it("refuses a control character in any text, which would command the reader's terminal; keeps tabs and line ends", () => {
    // planText's body starts on line 9; the title is on line 2.
    const text = planText('costs:\n  - {item: "Tolk \\u0007", category: audit, amount: 1000, note: "a\\tb"}').replace(
      "title: Test plan",
      'title: "Plan \\u001b]0;pwned\\u0007"',
    );
    expect(codesAt(check(text).findings)).toEqual(["CONTROL_CHARACTER@2:8", "CONTROL_CHARACTER@10:12"]);
    expect(check(text).findings.map((f) => f.args.code)).toEqual(["U+001B", "U+0007"]);
    const fine = planText('costs:\n  - {item: Tolk, category: audit, amount: 1000, note: "tab\\there, line\\nend, \\u00e5 \\u00a0"}');
    expect(check(fine).findings.filter((f) => f.code === "CONTROL_CHARACTER")).toEqual([]);
  });

  it("accepts a harmless alias", () => {
    const text = planText("people:\n  - &anna {id: anna, side: sweden, monthly_salary: 40000}\ncosts:\n  - {item: Audit, category: audit, amount: 1000}");
    expect(check(text).verdict).toBe("fits");
  });

  it("refuses deep nesting", () => {
    const flow = check(`version: 1\ntitle: ${"[".repeat(50_000)}${"]".repeat(50_000)}\n`);
    expect(flow.findings.map((f) => f.code)).toEqual(["TOO_DEEP"]);
    const block = check(`version: 1\ntitle: ${"[".repeat(100)}${"]".repeat(100)}\n`);
    expect(block.findings.map((f) => f.code)).toEqual(["TOO_DEEP"]);
  });

  it("refuses a file of more than the line limit at once, naming its size", () => {
    const body = Array.from({ length: MAX_PLAN_LINES }, (_, i) => `  - {item: Cost ${i}, category: audit, amount: 1}`).join("\n");
    const result = check(planText(`costs:\n${body}`));
    expect(result.findings.map((f) => [f.code, f.args.max])).toEqual([["TOO_MANY_LINES", MAX_PLAN_LINES]]);
  });

  it("reports __proto__ and constructor as unknown keys, without touching prototypes", () => {
    const result = check(planText("__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}"));
    expect(result.findings.map((f) => [f.code, f.args.key])).toEqual([
      ["UNKNOWN_KEY", "__proto__"],
      ["UNKNOWN_KEY", "constructor"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts a byte-order mark and CRLF line ends as normal, with the same positions", () => {
    const text = planText("costs:\n  - {item: Audit, category: audit, amount: 1000, colour: red}");
    const plain = check(text);
    const windows = check(`\uFEFF${text.replace(/\n/g, "\r\n")}`);
    expect(codesAt(windows.findings)).toEqual(codesAt(plain.findings));
    const bytes = decodePlanBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(planText("costs: []").replace(/\n/g, "\r\n"))]));
    expect(bytes.ok && check(bytes.text).verdict).toBe("fits");
  });

  it("says where a carriage return alone ends a line, which the yaml library reads as no line end (its issue 595)", () => {
    const text = planText("costs:\n  - {item: Audit, category: audit, amount: 1000}\n  - {item: Visa, category: visa, amount: 500}");
    // Old Mac line ends throughout, after a comment: the yaml library reads one line, a comment.
    const macOnly = check(`# a plan\n${text}`.replace(/\n/g, "\r"));
    expect(macOnly.findings.map((f) => [f.code, f.args.loneCr])).toEqual([["EMPTY_FILE", "yes"]]);
    // One line end lost in a copy and paste: the syntax errors on that line (10) say so in their help.
    const pasted = check(text.replace("1000}\n", "1000}\r"));
    expect(pasted.findings.every((f) => f.code === "YAML_SYNTAX" && f.pos?.line === 10 && f.args.loneCr === "yes")).toBe(true);
    expect(pasted.findings.length).toBeGreaterThan(0);
    expect(describeFinding(pasted.findings[0]!).hint).toBe(
      "this line holds a carriage return alone (␍) where a line should end, which the YAML reader does not take as a line break: save the file with LF or CRLF line ends",
    );
    expect(describeFinding(pasted.findings[0]!, "sv").hint).toBe(
      "raden har en ensam vagnretur (␍) där en rad borde sluta, som YAML-läsaren inte tar som radslut: spara filen med radslut LF eller CRLF",
    );
    expect(describeFinding(macOnly.findings[0]!).hint).toBe("save the file with LF or CRLF line ends");
    // CRLF line ends are no lone carriage returns: a syntax error there keeps its usual help, and an
    // empty file is only empty.
    const crlfError = check(text.replace("amount: 500}", "amount: 500").replace(/\n/g, "\r\n"));
    expect(crlfError.findings.map((f) => [f.code, f.args.loneCr])).toEqual([["YAML_SYNTAX", undefined]]);
    expect(check("# nothing\r\n\r\n").findings.map((f) => [f.code, f.args.loneCr])).toEqual([["EMPTY_FILE", undefined]]);
  });

  it("gives a clear YAML error for tabs in indentation", () => {
    expect(check("version: 1\npartner:\n\tcountry: UA\n").findings.map((f) => [f.code, f.pos?.line])).toEqual([["TAB_INDENT", 3]]);
  });

  it("refuses binary content and invalid UTF-8", () => {
    expect(decodePlanBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatchObject({ ok: false, finding: { code: "BINARY_FILE" } });
    expect(decodePlanBytes(new Uint8Array([0x76, 0x3a, 0xff, 0xfe]))).toMatchObject({ ok: false, finding: { code: "BINARY_FILE" } });
  });
});
