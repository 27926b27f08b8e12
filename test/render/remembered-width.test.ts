/**
 * The string-width that the bundles give cli-table3 (src/render/remembered-width.ts, by
 * scripts/bundle-options.mjs): the same widths as cli-table3's own string-width, each text
 * measured once.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { rememberWidths } from "../../src/render/remembered-width.js";

const require = createRequire(import.meta.url);
/** The string-width cli-table3 itself requires. */
const stringWidth: (text: unknown) => number = createRequire(require.resolve("cli-table3"))("string-width");

describe("rememberWidths", () => {
  it("gives cli-table3's string-width's widths, worked out by hand: colour codes take no room, wide characters two columns, a combining mark none", () => {
    const width = rememberWidths(stringWidth);
    const cases: [unknown, number][] = [
      ["", 0],
      ["Västerås", 8],
      ["236 090,60 kr", 13],
      ["\u001b[31mOVER\u001b[39m", 4],
      ["日本", 4],
      ["👍", 2],
      ["e\u0301", 1],
      ["a\tb", 2],
      [42, 0],
      [undefined, 0],
    ];
    // Twice over: the second time from what was remembered.
    for (const round of [1, 2]) for (const [text, expected] of cases) expect([round, text, width(text)]).toEqual([round, text, expected]);
  });

  it("measures each text once, anything but a string every time, and forgets all texts when `limit` are remembered", () => {
    const measured: unknown[] = [];
    const width = rememberWidths((text) => {
      measured.push(text);
      return stringWidth(text);
    }, 2);
    for (const text of ["a", "bb", "a", "bb", 7, 7]) width(text);
    expect(measured).toEqual(["a", "bb", 7, 7]);
    // A third text: the two remembered are forgotten first, then "ccc" is remembered.
    expect(width("ccc")).toBe(3);
    expect(width("a")).toBe(1);
    expect(width("ccc")).toBe(3);
    expect(measured).toEqual(["a", "bb", 7, 7, "ccc", "a"]);
  });
});
