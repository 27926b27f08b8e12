/**
 * Rates from a user's files: rate packs named by a plan or by a config file above it, an edition
 * file of one's own, and the `rates` command that looks figures up. Figures by hand: a 2025 trip
 * to Poland (no built-in 2025 figure), 07:00 out and 18:00 home after 3 nights = 3.5 days.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { planText, trip } from "../helpers.js";

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, {
    stdout: { write: (t: string | Uint8Array) => out.push(String(t)) },
    stderr: { write: (t: string) => err.push(t) },
    env: {},
    stdoutIsTTY: false,
  });
  return { status, stdout: out.join(""), stderr: err.join("") };
}

const OURS =
  "year,country_code,country_sv,normalbelopp_sek,status,source\n2025,PL,Polen,585,secondary,payroll firm's list 2025\n2024,PL,Polen,500,secondary,a wrong copy\n";
const OPEN_DATA_CSV = "land eller område;normalbelopp;år;landskod\nPolen;590;2025;PL\nÖvriga länder och områden;480;2025;\n";
const OPEN_DATA_JSON = JSON.stringify({
  results: [{ "land eller område": "Polen", normalbelopp: 595, år: "2025", landskod: "PL" }],
  offset: 0,
  limit: 500,
  total: 1,
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "icld-packs-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const poland2025 = (extra = "") => planText(`${extra}trips:\n${trip({ depart: "2025-03-10T07:00", return: "2025-03-13T18:00" })}`, { years: "[2025]" });
const perDiem = async (file: string) => {
  const json = JSON.parse((await cli(["check", "--format", "json", file])).stdout).plans[0];
  return { json, line: json.lines?.find((l: { category: string }) => l.category === "subsistence") };
};

describe("rate packs", () => {
  it("price a 2025 trip to Poland from a pack the plan names (3.5 days × 585 = 2 047.50), saying where the figure came from", async () => {
    const dir = folder({ "rates/2025.csv": OURS, "plan.yaml": poland2025("rate_packs: [rates/2025.csv]\n") });
    const { json, line } = await perDiem(join(dir, "plan.yaml"));
    expect([line.rate, line.amount]).toEqual(["585.00", "2047.50"]);
    const assumption = json.assumptions.find((a: { key: string }) => a.key === "per_diem.2025.PL");
    expect([assumption.status, assumption.source]).toEqual(["secondary", `rate pack ${join(dir, "rates/2025.csv")}: payroll firm's list 2025`]);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(["UNCONFIRMED_FIGURE"]);
  });

  it("read Skatteverket's open-data layout as CSV and as the API's JSON; the first pack with a figure wins", async () => {
    const dir = folder({
      "a.csv": OPEN_DATA_CSV,
      "b.json": OPEN_DATA_JSON,
      "csv.yaml": poland2025("rate_packs: [a.csv, b.json]\n"),
      "json.yaml": poland2025("rate_packs: [b.json, a.csv]\n"),
    });
    expect((await perDiem(join(dir, "csv.yaml"))).line.rate).toBe("590.00");
    expect((await perDiem(join(dir, "json.yaml"))).line.rate).toBe("595.00");
  });

  it("come from a config file found in the plan's folder or above, after the plan's own packs", async () => {
    const dir = folder({ ".icld-budget.yaml": "rate_packs: [rates/open.csv]\n", "rates/open.csv": OPEN_DATA_CSV, "plans/2025/plan.yaml": poland2025() });
    expect((await perDiem(join(dir, "plans/2025/plan.yaml"))).line.rate).toBe("590.00");
  });

  it("warn when a pack contradicts a confirmed built-in figure, showing both", async () => {
    const text = planText(`rate_packs: [ours.csv]\ntrips:\n${trip({ depart: "2024-03-11T07:00", return: "2024-03-14T18:00" })}`, { years: "[2024]" });
    const dir = folder({ "ours.csv": OURS, "plan.yaml": text });
    const { json, line } = await perDiem(join(dir, "plan.yaml"));
    expect(line.rate).toBe("500.00");
    expect(json.findings.find((f: { code: string }) => f.code === "RATE_OVERRIDDEN").args).toMatchObject({
      by: "pack",
      value: "500",
      builtIn: "562",
      status: "confirmed",
    });
  });

  it("that cannot be read make the plan invalid at the line that names them", async () => {
    const dir = folder({
      "bad.csv": "year,country_code,country_sv,normalbelopp_sek,status,source\n2025,QQ,Nowhere,1,secondary,x\n",
      "plan.yaml": poland2025("rate_packs: [bad.csv, missing.csv]\n"),
    });
    const { status, stderr } = await cli(["check", join(dir, "plan.yaml")]);
    expect(status).toBe(2);
    // The body starts on line 9: `rate_packs: [` is 13 characters, so bad.csv is in column 14, missing.csv in 23.
    expect(stderr).toContain("plan.yaml:9:14: error[RATE_PACK_INVALID]");
    expect(stderr).toContain(`the rate pack ${join(dir, "bad.csv")} cannot be used: row 2, column country_code: "QQ" is not an ISO country code`);
    expect(stderr).toContain("plan.yaml:9:23: error[RATE_PACK_UNREADABLE]");
    // In Swedish, what is wrong in the pack is said in Swedish too.
    const sv = await cli(["check", "--lang", "sv", join(dir, "plan.yaml")]);
    expect(sv.stderr).toContain(
      `fel[RATE_PACK_INVALID]: beloppstabellen ${join(dir, "bad.csv")} kan inte användas: rad 2, kolumn country_code: "QQ" är ingen landskod enligt ISO (tom för "Övriga länder och områden")`,
    );
  });
});

describe("a control character in a table file (a terminal's command, as rates fetch could copy from a server)", () => {
  it("makes a rate pack unusable, at its row and column, in our layout and in the open data's", async () => {
    const dir = folder({
      "ours.csv": OURS.replace("payroll firm's list 2025", "payroll \u001b]0;x\u0007list"),
      "open.json": OPEN_DATA_JSON.replace("Polen", "Po\\u001b[31mlen"),
      "a.yaml": poland2025("rate_packs: [ours.csv]\n"),
      "b.yaml": poland2025("rate_packs: [open.json]\n"),
    });
    const a = await cli(["check", join(dir, "a.yaml")]);
    expect(a.status).toBe(2);
    expect(a.stderr).toContain(
      `the rate pack ${join(dir, "ours.csv")} cannot be used: row 2, column source: the text holds the control character U+001B, which a terminal would take for a command`,
    );
    const b = await cli(["check", "--lang", "sv", join(dir, "b.yaml")]);
    expect(b.stderr).toContain(
      `beloppstabellen ${join(dir, "open.json")} kan inte användas: rad 1, kolumn land eller område: texten innehåller styrtecknet U+001B`,
    );
    for (const text of [a.stderr, b.stderr]) expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("makes an edition file unusable, with where in it", async () => {
    const edition = readFileSync(new URL("../../src/rates/editions/icld-2023.yaml", import.meta.url), "utf8").replace("id: icld-2023", 'id: "x\\u0007y"');
    const dir = folder({ "rules/x.yaml": edition, "plan.yaml": planText("").replace("rules: icld-2023", "rules: rules/x.yaml") });
    const { status, stderr } = await cli(["check", join(dir, "plan.yaml")]);
    expect(status).toBe(2);
    const line = edition.split("\n").findIndex((text) => text.startsWith("id: ")) + 1;
    expect(line).toBeGreaterThan(0);
    expect(stderr).toContain(`cannot be used: line ${line}, column 5, id: the text holds the control character U+0007`);
  });
});

describe("an edition file of one's own", () => {
  it("checks a plan against its envelopes: a successor programme's 100 000 kr preparation maximum", async () => {
    const edition = readFileSync(new URL("../../src/rates/editions/icld-2023.yaml", import.meta.url), "utf8")
      .replace("id: icld-2023", "id: successor-2027")
      .replace("kind: max, limit: 240000,", "kind: max, limit: 100000,");
    const dir = folder({
      "rules/successor.yaml": edition,
      "plan.yaml": planText("costs:\n  - {item: Audit, category: audit, amount: 100000.01}").replace("rules: icld-2023", "rules: rules/successor.yaml"),
    });
    const { status, stdout } = await cli(["check", "--format", "json", join(dir, "plan.yaml")]);
    expect(status).toBe(1);
    const plan = JSON.parse(stdout).plans[0];
    expect([plan.rules, plan.envelopes[0].limit, plan.envelopes[0].remaining]).toEqual(["rules/successor.yaml", "100000.00", "-0.01"]);
  });

  it("that is wrong is reported at the plan's rules line", async () => {
    const dir = folder({ "rules/x.yaml": "format: 1\nid: x\nenvelopes: []\n", "plan.yaml": planText("").replace("rules: icld-2023", "rules: rules/x.yaml") });
    const { status, stderr } = await cli(["check", join(dir, "plan.yaml")]);
    expect(status).toBe(2);
    // Every problem of the file at once, each with its line and column in the edition file.
    const file = join(dir, "rules/x.yaml");
    expect(stderr.split("\n").filter((line) => line.includes("error[EDITION_INVALID]"))).toEqual([
      `${join(dir, "plan.yaml")}:4:8: error[EDITION_INVALID]: the edition file ${file} cannot be used: line 1, column 1: title, source, status, eligible missing`,
      `${join(dir, "plan.yaml")}:4:8: error[EDITION_INVALID]: the edition file ${file} cannot be used: line 3, column 12, envelopes: empty`,
    ]);
  });

  it("that is missing is said so in the plan's language", async () => {
    const dir = folder({ "plan.yaml": planText("").replace("rules: icld-2023", "rules: rules/saknas.yaml") });
    const { status, stderr } = await cli(["check", "--lang", "sv", join(dir, "plan.yaml")]);
    expect([status, stderr]).toEqual([
      2,
      expect.stringContaining(`fel[EDITION_INVALID]: utgåvefilen ${join(dir, "rules/saknas.yaml")} kan inte användas: filen finns inte`),
    ]);
  });
});

describe("icld-budget rates", () => {
  it("finds a country by code, Swedish or English name, and suggests the nearest", async () => {
    for (const query of ["PL", "pl", "Polen", "poland"]) {
      const json = JSON.parse((await cli(["rates", query, "--year", "2024", "--format", "json"])).stdout);
      expect([json.country, json.figures.map((f: { amount: string; status: string }) => [f.amount, f.status])]).toEqual(["PL", [["562", "confirmed"]]]);
    }
    const miss = await cli(["rates", "Polan"]);
    expect([miss.status, miss.stderr]).toEqual([2, expect.stringContaining("did you mean Polen (PL)?")]);
  });

  it("finds a country however its name is written: and, och or &, a hyphen or none, accents or none", async () => {
    const country = async (query: string) => JSON.parse((await cli(["rates", query, "--year", "2024", "--format", "json"])).stdout).country;
    // Skatteverket writes Bosnien-Hercegovina, ICU's English Bosnia & Herzegovina.
    for (const query of ["Bosnia and Herzegovina", "Bosnien och Hercegovina", "bosnien hercegovina", "BOSNIA & HERZEGOVINA"])
      expect([query, await country(query)]).toEqual([query, "BA"]);
    expect([await country("osterrike"), await country("Trinidad & Tobago"), await country("cote d'ivoire")]).toEqual(["AT", "TT", "CI"]);
  });

  it("shows a pack's figure before the built-in one, and the Övriga fallback for a country a list does not name", async () => {
    const dir = folder({ "open.csv": OPEN_DATA_CSV });
    const json = JSON.parse((await cli(["rates", "Tonga", "--year", "2025", "--format", "json", "--pack", join(dir, "open.csv")])).stdout);
    expect(
      json.figures.map((f: { amount: string; table: string; source: string }) => [
        f.amount,
        f.table,
        f.source.includes('"Övriga länder och områden" (TO is not listed)'),
      ]),
    ).toEqual([["480", "pack", true]]);
  });

  it("lists the figures a plan needs that no table has, exit 1", async () => {
    const dir = folder({ "plan.yaml": poland2025() });
    const { status, stdout } = await cli(["rates", "--missing", join(dir, "plan.yaml"), "--format", "json"]);
    expect(status).toBe(1);
    // The trip, in flow style, is on line 10 (the body starts on line 9 with `trips:`).
    expect(JSON.parse(stdout).missing).toEqual([{ year: 2025, country: "PL", name: "Polen (PL)", line: 10 }]);
  });

  it("shows a plan's other problems as check does (it said 'invalid for other reasons' of a file not found), and takes one plan only", async () => {
    const dir = folder({ "plan.yaml": poland2025("colour: red\n") });
    const missingFile = await cli(["rates", "--missing", join(dir, "nowhere.yaml")]);
    expect([missingFile.status, missingFile.stdout, missingFile.stderr]).toEqual([
      2,
      "",
      `${join(dir, "nowhere.yaml")}: error[FILE_NOT_FOUND]: file not found\n  = help: check the path; plans are YAML files such as budgets/preparation.yaml\n`,
    ]);
    // The plan lacks Poland's 2025 figure too; only the problem in the way is shown, at its place.
    const invalid = await cli(["rates", "--missing", join(dir, "plan.yaml"), "--lang", "sv"]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/plan\.yaml:9:1: fel\[UNKNOWN_KEY\]: okänd nyckel "colour"/);
    expect(invalid.stderr).not.toContain("MISSING_PER_DIEM_RATE");
    const two = folder({ "a.yaml": poland2025(), "b.yaml": poland2025() });
    const several = await cli(["rates", "--missing", two]);
    expect([several.status, several.stderr]).toEqual([2, `icld-budget: ${two} holds 2 plans; this command reads one plan for each name: give a plan file.\n`]);
  });
});
