// `dialback extract` through main(), with an in-memory IO: formats, inputs (eml, mbox, text, folders, stdin)
// and the bad-input contract (one clear line per failed file, others still processed, exit 1, no stack).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

const FIXTURES = path.resolve(__dirname, "../fixtures/eml");

function fakeIO(stdin = ""): CliIO & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    readStdin: async () => Buffer.from(stdin),
    cwd: FIXTURES,
  };
  return io;
}

const lines = (s: string) => s.split("\n").filter(Boolean).map((l) => JSON.parse(l));

describe("dialback extract", () => {
  it("prints one JSON object per message with the best number and its evidence", async () => {
    const io = fakeIO();
    expect(await main(["extract", "de-qp-latin1.eml"], io)).toBe(0);
    const [row] = lines(io.out);
    expect(row).toMatchObject({
      file: "de-qp-latin1.eml",
      messageId: "<de-qp-1@hoffmann-lenz.de>",
      from: { name: "Jürgen Hoffmann", address: "j.hoffmann@hoffmann-lenz.de" },
      best: { e164: "+492118642317", ext: null, kind: "direct", line: "Durchwahl: +49 211 86 42-317" },
    });
    expect(row.best.confidence).toBeGreaterThan(0);
    expect(row).toMatchObject({ confidence: "high", best: { source: "signature", evidence: "from Jürgen's signature in this email" } });
    expect(row.reason).toBeUndefined();
    expect(row.numbers.map((n: { kind: string }) => n.kind)).toEqual(["main", "direct", "fax", "mobile"]);
    expect(io.err).toBe("");
  });

  it("splits an mbox into messages and keeps extensions", async () => {
    const io = fakeIO();
    expect(await main(["extract", "two-messages.mbox"], io)).toBe(0);
    const rows = lines(io.out);
    expect(rows.map((r) => r.messageId)).toEqual(["<mbox-1@example.com>", "<mbox-2@example.org>"]);
    expect(rows[0].best).toMatchObject({ e164: "+17135550187", ext: "204", kind: "direct" });
    expect(rows[1].best).toBeNull();
    expect(rows[1]).toMatchObject({ confidence: "none", reason: "Tom gave no phone number in this email" });
  });

  it("reads HTML-only mail and never answers with the quoted sender's number", async () => {
    const io = fakeIO();
    await main(["extract", "gb-html-outlook-reply.eml"], io);
    const [row] = lines(io.out);
    expect(row.best).toMatchObject({ e164: "+442071234567", kind: "direct" });
    expect(row.numbers.map((n: { e164: string }) => n.e164)).not.toContain("+12125550142");
  });

  it("walks folders and accepts plain text notes and stdin", async () => {
    const io = fakeIO("Jane Roe\nMobile: +1 415 555 0123\n");
    expect(await main(["extract", ".", "-", "--region", "us"], io)).toBe(0);
    const rows = lines(io.out);
    expect(rows.map((r) => r.file)).toEqual(["de-qp-latin1.eml", "gb-html-outlook-reply.eml", "note.txt", "two-messages.mbox", "two-messages.mbox", "-"]);
    expect(rows.find((r) => r.file === "note.txt").best).toMatchObject({ e164: "+14155550110", kind: "direct" });
    expect(rows.find((r) => r.file === "-").best).toMatchObject({ e164: "+14155550123", kind: "mobile" });
  });

  it("prints a table for people", async () => {
    const io = fakeIO();
    await main(["extract", "--format", "table", "de-qp-latin1.eml", "two-messages.mbox"], io);
    const out = io.out.split("\n");
    expect(out[0]).toMatch(/^file\s+from\s+best\s+kind\s+evidence/);
    expect(io.out).toContain("+49 211 8642317");
    expect(io.out).toContain("ext. 204");
    // A row without a number says why, as the card does.
    expect(io.out).toContain("Tom gave no phone number in this email");
    expect(io.out).toContain("from Maria's signature in this email");
  });

  it("reports each bad input on one line, still processes the rest and exits 1", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dialback-cli-"));
    fs.writeFileSync(path.join(dir, "empty.eml"), "");
    fs.writeFileSync(path.join(dir, "image.eml"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    fs.writeFileSync(path.join(dir, "prose.eml"), "just some words, no headers\n");
    const io = fakeIO();
    const code = await main(["extract", path.join(dir, "empty.eml"), path.join(dir, "image.eml"), path.join(dir, "prose.eml"), "missing.eml", "de-qp-latin1.eml"], io);
    expect(code).toBe(1);
    const errors = io.err.trim().split("\n");
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/empty\.eml: empty/);
    expect(errors[1]).toMatch(/image\.eml: binary/);
    expect(errors[2]).toMatch(/prose\.eml: not an email/);
    expect(errors[3]).toMatch(/missing\.eml: no such file/);
    for (const e of errors) expect(e).not.toMatch(/\n|\bat \S+:\d+/);
    expect(lines(io.out)).toHaveLength(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [["extract"], /at least one file/],
    [["extract", "--format", "xml", "a.eml"], /--format must be json or table/],
    [["extract", "--region", "USA", "a.eml"], /two-letter country code/],
    [["extract", "--bogus", "a.eml"], /unknown option --bogus/],
  ])("rejects bad usage %j with exit 2", async (argv, message) => {
    const io = fakeIO();
    expect(await main(argv as string[], io)).toBe(2);
    expect(io.err).toMatch(message);
  });
});
