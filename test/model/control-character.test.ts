/** Control characters: which a text may not hold, and how a quoted one is shown. */
import { describe, expect, it } from "vitest";
import { controlCharacterIn, visible } from "../../src/model/control-character.js";

describe("control characters", () => {
  it("finds C0 (but tab and line ends), DEL and C1, and names the first by its code point", () => {
    expect(["a\u001b[31m", "x\u0007", "\u007f", "\u009b2J", "a\u0000b\u001b"].map(controlCharacterIn)).toEqual([
      "U+001B",
      "U+0007",
      "U+007F",
      "U+009B",
      "U+0000",
    ]);
    expect(["tab\there", "two\nlines\r\n", "Västerås–Shatsk", "no\u00a0break", ""].map(controlCharacterIn)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("shows each as one visible character (a line end too), keeps tabs, and leaves a clean text as it is", () => {
    expect(visible("\u001b]0;x\u0007")).toBe("␛]0;x␇");
    expect(visible("a\nb\r")).toBe("a␊b␍");
    expect(visible("\u0000\u007f\u009b")).toBe("␀␡\ufffd");
    expect(visible("a\tb")).toBe("a\tb");
    const clean = "Västerås 1 234,50 kr";
    expect(visible(clean)).toBe(clean);
    // One character for one: an excerpt's caret stays under its column.
    expect(visible("x\u001by\u0085z").length).toBe(5);
  });
});
