/**
 * The wording of findings: one place per language, the same codes in both, and Swedish where the
 * reader asked for Swedish.
 */
import { describe, expect, it } from "vitest";
import { describeFinding, MESSAGE_CODES } from "../../src/check/messages.js";
import { MESSAGES_SV } from "../../src/check/messages-sv.js";
import { renderPlanTable } from "../../src/render/table.js";
import { check, planText } from "../helpers.js";

describe("messages", () => {
  it("word the same codes in English and Swedish", () => {
    expect(Object.keys(MESSAGES_SV).sort()).toEqual([...MESSAGE_CODES].sort());
  });

  it("word a finding in Swedish, with amounts in Swedish form", () => {
    const finding = {
      code: "ENVELOPE_EXCEEDED",
      severity: "error" as const,
      args: { envelope: "steering-group.work", period: "2025", total: "189420.60", limit: "150000.00", over: "39420.60" },
    };
    expect(describeFinding(finding, "sv").message).toBe(
      "styrgruppramens arbetsandel för 2025 överskrider högsta beloppet: 189 420,60 kr av 150 000 kr, 39 420,60 kr över",
    );
    expect(describeFinding(finding).message).toBe("the steering-group work share for 2025 is over its maximum: 189420.60 of 150000.00 kr, 39420.60 kr over");
  });

  it("give check's table in Swedish: words, findings and hints", () => {
    const result = check(planText("costs:\n  - {item: Tolk, category: interpretation, amount: 240000.01}"));
    const table = renderPlanTable(result, { lang: "sv" });
    for (const word of [
      "Ram",
      "Gräns",
      "Kvar",
      "Kategori (betalas av ICLD)",
      "Tolkning",
      "RYMS INTE",
      "överskrider högsta beloppet",
      "hjälp:",
      "1 fel, 1 varning",
    ])
      expect(table).toContain(word);
    for (const english of ["Envelope", "Remaining", "help:", "DOES NOT FIT", "is over its maximum", "errors"]) expect(table).not.toContain(english);
  });
});
