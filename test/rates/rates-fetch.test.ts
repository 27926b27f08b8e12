/**
 * rates fetch against a server on 127.0.0.1 that serves recorded pages of the row store: paging,
 * an HTTP 500 then success, a request that never answers, malformed JSON, a year with no rows.
 * Nothing else talks to the network. Most tests run the command in-process; one runs the real
 * bin/ (the bundle), as a user does.
 */
import { execFile } from "node:child_process";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { readRatePack } from "../../src/rates/read-tables.js";

/** Skatteverket's rows for 2026, as the row store gives them. */
const ROWS_2026 = [
  { "land eller område": "Polen", normalbelopp: "597", år: "2026", landskod: "PL" },
  { "land eller område": "Tyskland", normalbelopp: "760", år: "2026", landskod: "DE" },
  { "land eller område": "Ukraina", normalbelopp: "402", år: "2026", landskod: "UA" },
  { "land eller område": "Danmark", normalbelopp: "1226", år: "2026", landskod: "DK" },
  { "land eller område": "Övriga länder och områden", normalbelopp: "493", år: "2026", landskod: "" },
];

let base = "";
const requests: string[] = [];
let failuresLeft = 0;
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  requests.push(`${url.pathname}?${url.searchParams.toString()}`);
  const send = (status: number, body: string) => response.writeHead(status, { "content-type": "application/json" }).end(body);
  if (url.pathname === "/flaky" && failuresLeft-- > 0) return send(500, "{}");
  if (url.pathname === "/hangs") return; // never answers
  if (url.pathname === "/broken") return send(200, "<html>maintenance</html>");
  if (url.pathname === "/escapes")
    return send(200, JSON.stringify({ results: [{ ...ROWS_2026[0], "land eller område": "Po\u001b]0;pwned\u0007len" }], offset: 0, limit: 500, total: 1 }));
  if (url.pathname === "/low") return send(200, JSON.stringify({ results: [{ ...ROWS_2026[0], normalbelopp: "12" }], offset: 0, limit: 500, total: 1 }));
  const year = url.searchParams.get("år");
  const rows = year === "2026" ? ROWS_2026 : [];
  // Pages of two at most, whatever the _limit: the client must page by what it got.
  const offset = Number(url.searchParams.get("_offset"));
  send(200, JSON.stringify({ results: rows.slice(offset, offset + 2), offset, limit: 2, total: rows.length }));
});

beforeAll(async () => {
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

async function fetchRates(path: string, extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "icld-fetch-"));
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (t: string | Uint8Array) => out.push(String(t)) }, stderr: { write: (t: string) => err.push(t) }, env: {}, stdoutIsTTY: false };
  const status = await runCli(
    [
      "rates",
      "fetch",
      "--year",
      extra.includes("--year") ? extra[extra.indexOf("--year") + 1]! : "2026",
      "--url",
      `${base}${path}`,
      "-o",
      join(dir, "pack.csv"),
      ...extra.filter((_, i, all) => all[i] !== "--year" && all[i - 1] !== "--year"),
    ],
    io,
  );
  return { status, stderr: err.join(""), dir, file: join(dir, "pack.csv") };
}

describe("rates fetch", () => {
  it("pages through the row store and writes a rate pack with its provenance", async () => {
    requests.length = 0;
    const { status, file } = await fetchRates("/store");
    expect(status).toBe(0);
    expect(requests).toEqual([
      "/store?%C3%A5r=2026&_limit=500&_offset=0",
      "/store?%C3%A5r=2026&_limit=500&_offset=2",
      "/store?%C3%A5r=2026&_limit=500&_offset=4",
    ]);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(new RegExp(`^# Retrieved \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ from ${base}/store: 5 rows\\.$`, "m"));
    // A list from an address other than Skatteverket's is only what it says it is.
    expect(readRatePack(text, "pack.csv").map((row) => [row.country, row.amount, row.status])).toEqual([
      ["DE", "760", "unconfirmed"],
      ["DK", "1226", "unconfirmed"],
      ["PL", "597", "unconfirmed"],
      ["UA", "402", "unconfirmed"],
      ["", "493", "unconfirmed"],
    ]);
  });

  it("works from the bundle that bin/ starts: a pack written, and a refused connection said as such (exit 2, not an internal error)", async () => {
    const bin = new URL("../../bin/icld-budget.cjs", import.meta.url).pathname;
    const run = (url: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
        // Not spawnSync: the server answering is in this process.
        const child = execFile(
          process.execPath,
          [bin, "rates", "fetch", "--year", "2026", "--url", url, "-o", "-"],
          { env: { PATH: process.env.PATH ?? "" } },
          (_, stdout, stderr) => done({ status: child.exitCode, stdout, stderr }),
        );
      });
    const written = await run(`${base}/store`);
    expect(written.stderr).toBe("");
    expect(written.status).toBe(0);
    expect(written.stdout.split("\n").filter((line) => line.startsWith("2026,"))).toHaveLength(5);
    // Port 9 is one fetch refuses outright: the same path as a network that is down, without waiting.
    const refused = await run("http://127.0.0.1:9/store");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      "icld-budget rates fetch: http://127.0.0.1:9/store failed 3 times: fetch failed (bad port). Nothing was written. Check the network or proxy (HTTPS_PROXY), or give the dataset's address with --url.\n",
    );
  });

  it("refuses a list with a control character in it (a terminal's command from the server), and writes nothing", async () => {
    const { status, stderr, dir } = await fetchRates("/escapes");
    expect(status).toBe(2);
    expect(stderr).toBe(
      "icld-budget rates fetch: the list cannot be used: the text holds the control character U+001B, which a terminal would take for a command (result 1). Nothing was written.\n",
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("speaks Swedish when asked, and writes the source in both languages", async () => {
    const { status, stderr, file } = await fetchRates("/store", ["--lang", "sv"]);
    expect(status).toBe(0);
    expect(stderr).toBe(`Skrev ${file}: 5 belopp för 2026 (obekräftad). Använd den med rate_packs: [${file}] i en plan eller i .icld-budget.yaml\n`);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(new RegExp(`^# Hämtad \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ från ${base}/store: 5 rader\\.$`, "m"));
    expect(readRatePack(text, "pack.csv").map((row) => [row.country, row.source, row.sourceSv])[0]).toEqual([
      "DE",
      expect.stringMatching(new RegExp(`^Skatteverket open data ${base}/store, retrieved `)),
      expect.stringMatching(new RegExp(`^Skatteverkets öppna data ${base}/store, hämtad `)),
    ]);
    const broken = await fetchRates("/broken", ["--lang", "sv"]);
    expect([broken.status, broken.stderr]).toEqual([
      2,
      `icld-budget rates fetch: svaret från ${base}/broken är ingen JSON (det börjar "<html>maintenance</html>"). Inget skrevs. Kontrollera nätverket eller proxyn (HTTPS_PROXY), eller ange datamängdens adress med --url.\n`,
    ]);
    const empty = await fetchRates("/store", ["--year", "2031", "--lang", "sv"]);
    expect(empty.stderr).toBe(
      "icld-budget rates fetch: listan för 2031 ser inte rätt ut, så inget skrevs:\n  - den öppna datan har inga rader för 2031: Skatteverket har kanske inte publicerat det året än\n",
    );
  });

  it("tries again after an HTTP 500", async () => {
    failuresLeft = 1;
    const { status, file } = await fetchRates("/flaky");
    expect(status).toBe(0);
    expect(readRatePack(readFileSync(file, "utf8"), "p").length).toBe(5);
  });

  it("gives up after three attempts that time out, and writes nothing", async () => {
    const { status, stderr, dir } = await fetchRates("/hangs", ["--timeout", "200"]);
    expect(status).toBe(2);
    expect(stderr).toContain("failed 3 times: no answer within 200 ms. Nothing was written.");
    expect(readdirSync(dir)).toEqual([]);
  }, 15_000);

  it("refuses an answer that is not JSON, a year with no rows, and implausible amounts", async () => {
    const broken = await fetchRates("/broken");
    expect([broken.status, broken.stderr]).toEqual([2, expect.stringContaining('is not JSON (it starts "<html>maintenance</html>")')]);
    const empty = await fetchRates("/store", ["--year", "2031"]);
    expect([empty.status, empty.stderr]).toEqual([2, expect.stringContaining("the open data has no rows for 2031")]);
    const low = await fetchRates("/low");
    expect([low.status, low.stderr]).toEqual([2, expect.stringContaining("Polen SEK 12 is below the domestic maximum (SEK 300)")]);
    for (const attempt of [broken, empty, low]) expect(readdirSync(attempt.dir)).toEqual([]);
  });
});
