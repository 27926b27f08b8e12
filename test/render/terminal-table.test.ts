/**
 * Tables and sentences fitted to a terminal's width: wrapped at words, never inside an amount,
 * losing nothing.
 */
import { describe, expect, it } from "vitest";
import { fitText, renderTerminalTable } from "../../src/render/terminal-table.js";

const widths = (text: string) => text.split("\n").map((line) => [...line].length);

describe("fitText", () => {
  it("wraps a sentence at words to the width, never inside an amount, and leaves one that fits alone", () => {
    const sentence = "Remaining: 3 909,40 kr buys about 8 hours at 453,76 kr/h, 44,53 % on-costs, or SEK 1,234.";
    expect(fitText(sentence, undefined)).toBe(sentence);
    expect(fitText(sentence, 200)).toBe(sentence);
    // At 12 a greedy wrap at spaces would leave "3" alone at the end of a line; an amount, a
    // percentage and "SEK 1,234." each stay whole on their line.
    expect(fitText(sentence, 12).split("\n")).toEqual([
      "Remaining:",
      "3 909,40 kr",
      "buys about 8",
      "hours at",
      "453,76 kr/h,",
      "44,53 %",
      "on-costs, or",
      "SEK 1,234.",
    ]);
    // Nothing lost: the words are those of the sentence, in order.
    expect(fitText(sentence, 12).split(/\s+/)).toEqual(sentence.split(/\s+/));
  });

  it("wraps a finding's help, which begins with spaces, without cutting its first line's last word short", () => {
    // cli-table3 counts no spaces that begin a text: at 60 it had the first line end in "un…".
    const help = "  = help: people defined: anna; add the person under people:, or use a group {side: sweden, count: 1}";
    expect(fitText(help, 60, 10).split("\n")).toEqual([
      "  = help: people defined: anna; add the person under",
      "          people:, or use a group {side: sweden, count: 1}",
    ]);
    for (const width of [40, 50, 55, 58, 60, 61, 62, 80]) {
      const fitted = fitText(help, width, 10);
      expect([width, fitted.includes("…"), Math.max(...widths(fitted)) <= width]).toEqual([width, false, true]);
      expect(fitted.split(/\s+/)).toEqual(help.split(/\s+/));
    }
  });

  it("keeps a word wider than the width whole on its own line, rather than cutting it", () => {
    const path = "/tmp/a/very/long/folder/name/that/is/wider/than/the/terminal/plan.yaml:";
    expect(fitText(`${path} invalid: 2 problems`, 40).split("\n")).toEqual([path, "invalid: 2 problems"]);
  });

  it("keeps a text that holds the placeholder character as it is", () => {
    const odd = "a\ue000b 1 000 kr";
    expect(fitText(odd, 4).replace(/\s+/g, " ")).toBe("a\ue000b 1 000 kr");
  });
});

describe("renderTerminalTable with maxWidth", () => {
  const head = ["Text", "Amount"];
  const rows = [
    ["pay 1 234 567,89 kr to the partner", "1 234 567,89 kr"],
    ["audit", "10 000 kr"],
  ];

  it("wraps the column of text, never narrower than its longest amount, and never the numbers", () => {
    const piped = renderTerminalTable(head, rows, { right: [false, true] });
    // The text (34 + 2), the amounts (15 + 2) and 3 lines.
    expect(Math.max(...widths(piped))).toBe(56);
    const texts = (table: string) =>
      table
        .split("\n")
        .filter((line) => line.startsWith("│"))
        .map((line) => line.split("│")[1]!.trim());
    // In 40 the text gets 40 − 17 − 3 = 20 (18 inside): "pay 1 234 567,89 kr" (19) does not fit,
    // and the amount goes whole to the next line (with "to", 18).
    const narrow = renderTerminalTable(head, rows, { right: [false, true], maxWidth: 40 });
    expect(new Set(widths(narrow))).toEqual(new Set([40]));
    expect(texts(narrow)).toEqual(["Text", "pay", "1 234 567,89 kr to", "the partner", "audit"]);
    expect(narrow).toContain("│ 1 234 567,89 kr │");
    // Narrower than that, the text stops at its longest word, the amount (15 + 2): 17 + 17 + 3 = 37.
    const narrowest = renderTerminalTable(head, rows, { right: [false, true], maxWidth: 20 });
    expect(new Set(widths(narrowest))).toEqual(new Set([37]));
    expect(texts(narrowest)).toEqual(["Text", "pay", "1 234 567,89 kr", "to the partner", "audit"]);
  });

  it("wraps no column the caller forbids, and a right-aligned one it allows", () => {
    const three = [["Envelope", "whole phase", "✔ fits"]];
    const forbidden = renderTerminalTable(["a", "b", "c"], three, { maxWidth: 10, wrap: [false, false, false] });
    expect(forbidden).toBe(renderTerminalTable(["a", "b", "c"], three));
    // "whole phase" (11 + 2), right-aligned, goes down to its longest word ("whole", 5 + 2): two lines.
    const allowed = renderTerminalTable(["a", "b", "c"], three, { maxWidth: 10, minWrapped: 4, right: [false, true, false], wrap: [false, true, false] });
    expect(
      allowed
        .split("\n")
        .filter((line) => line.startsWith("│"))
        .map((line) => line.split("│")[2]),
    ).toEqual(["     b ", " whole ", " phase "]);
  });
});
