/**
 * Standard output and error (bin/output.cjs): written directly where the descriptor allows, in
 * order and whole, through Node's stream from the moment a pipe refuses to wait, and quietly
 * ended when the reader has gone.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type Writer = { write(data: string | Uint8Array): boolean; pending(): number; direct?: boolean };
const { directWriter, isDirect } = createRequire(import.meta.url)("../../bin/output.cjs") as {
  directWriter: (fd: number, open: () => unknown, writeSync: (fd: number, bytes: Uint8Array, offset: number, length: number) => number) => Writer;
  isDirect: (fd: number, fs: object, platform: string) => boolean;
};

const ROOT = new URL("../..", import.meta.url).pathname;
const errno = (code: string) => Object.assign(new Error(code), { code });

/** A stand-in for process.stdout that keeps what it is given. */
function fakeStream() {
  const chunks: string[] = [];
  const write = (data: Uint8Array | string) => {
    chunks.push(Buffer.from(data).toString());
    return true;
  };
  return { chunks, stream: { write, on: () => undefined, writableLength: 0 } };
}

describe("standard output", () => {
  it("writes everything directly, however little each write takes", () => {
    const written: Buffer[] = [];
    const writer = directWriter(
      1,
      () => {
        throw new Error("no stream wanted");
      },
      (_fd, bytes, offset, length) => {
        const n = Math.min(3, length); // three bytes a call: "ö" is split across calls
        written.push(Buffer.from(bytes.subarray(offset, offset + n)));
        return n;
      },
    );
    expect(writer.write("kronor: 240 000\n")).toBe(true);
    expect(writer.write(new TextEncoder().encode("öre"))).toBe(true);
    expect(Buffer.concat(written).toString()).toBe("kronor: 240 000\nöre"); // no byte lost or doubled
    expect(writer.pending()).toBe(0);
  });

  it("goes on through the stream, in order, once a pipe refuses to wait", () => {
    const direct: string[] = [];
    const { chunks, stream } = fakeStream();
    let calls = 0;
    const writer = directWriter(
      1,
      () => stream,
      (_fd, bytes, offset) => {
        if (++calls > 1) throw errno("EAGAIN");
        direct.push(Buffer.from(bytes.subarray(offset, offset + 5)).toString());
        return 5;
      },
    );
    writer.write("first line\n");
    writer.write("second line\n");
    expect(direct).toEqual(["first"]);
    expect(chunks).toEqual([" line\n", "second line\n"]);
  });

  it("stops quietly when the reader has gone, and reports any other failure", () => {
    const gone = directWriter(
      1,
      () => undefined,
      () => {
        throw errno("EPIPE");
      },
    );
    expect(gone.write("a")).toBe(false);
    expect(gone.write("b")).toBe(false);
    const broken = directWriter(
      1,
      () => undefined,
      () => {
        throw errno("EIO");
      },
    );
    expect(() => broken.write("a")).toThrow("EIO");
  });

  it("writes directly to files, /dev/null, pipes and sockets, not to terminals nor on Windows", () => {
    const stat = (kind: string, rdev = 0) => ({
      isFile: () => kind === "file",
      isFIFO: () => kind === "fifo",
      isSocket: () => kind === "socket",
      isCharacterDevice: () => kind === "char",
      rdev,
    });
    const fsWith = (kind: string, rdev = 0) => ({ fstatSync: () => stat(kind, rdev), statSync: () => stat("char", 259) });
    expect(isDirect(1, fsWith("file"), "linux")).toBe(true);
    expect(isDirect(1, fsWith("fifo"), "linux")).toBe(true);
    expect(isDirect(1, fsWith("socket"), "darwin")).toBe(true);
    expect(isDirect(1, fsWith("char", 259), "linux")).toBe(true); // /dev/null
    expect(isDirect(1, fsWith("char", 34816), "linux")).toBe(false); // a terminal
    expect(isDirect(1, fsWith("file"), "win32")).toBe(false);
  });

  it("ends quietly, with the plan's exit status, when the reader stops reading early", async () => {
    const dir = mkdtempSync(join(tmpdir(), "icld-pipe-"));
    const plan = join(dir, "long.yaml");
    const costs = Array.from({ length: 3000 }, (_, i) => `  - {item: Cost ${i}, category: audit, amount: 100}`);
    writeFileSync(
      plan,
      [
        "version: 1",
        "title: Long",
        "phase: project",
        "rules: icld-2023",
        "partner: {municipality: X, country: UA}",
        "years: [2024]",
        "costs:",
        ...costs,
        "",
      ].join("\n"),
    );
    // 3 000 lines of 100 kr = 300 000 kr: fits the 450 000 kr of a project year; the JSON is far more than a pipe holds.
    const child = spawn(process.execPath, [join(ROOT, "bin/icld-budget.cjs"), "check", "--format", "json", plan], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.once("data", () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(status).toBe(0);
  });
});
