// The CLI's streamed mbox path: messages come out one at a time while the file is still being read, chunk
// boundaries never change where messages split, the earlier-signature index stays bounded, and `dialback
// extract` on an .mbox still uses the sender's earlier signed message as the thread.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { splitMbox } from "../../src/core/mime";
import type { MailMessage } from "../../src/core/types";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { mboxMessages, SenderIndex } from "../../src/cli/mbox-stream";

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

function message(i: number, from = `client${i % 7}@example.com`): string {
  return `From ${from} Mon Mar  2 10:00:00 2026\nFrom: Client ${i} <${from}>\nTo: a@firm.example\nSubject: note ${i}\nMessage-ID: <m${i}@example.com>\n\nBody ${i}\n>From the archive, escaped\nFrom the top, not an envelope\n\n`;
}

async function* chunked(bytes: Uint8Array, size: number, consumed: { n: number }): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) {
    consumed.n = i + size;
    yield bytes.subarray(i, i + size);
  }
}

describe("streamed mbox reading", () => {
  const mbox = new TextEncoder().encode(Array.from({ length: 200 }, (_, i) => message(i)).join(""));

  it.each([1, 7, 64, 4096])("splits exactly as splitMbox does with %i-byte chunks", async (size) => {
    const got: string[] = [];
    for await (const m of mboxMessages(chunked(mbox, size, { n: 0 }))) got.push(decode(m));
    expect(got).toEqual(splitMbox(mbox).map(decode));
    expect(got).toHaveLength(200);
    expect(got[3]).toContain("\nFrom the archive, escaped\nFrom the top, not an envelope\n");
  });

  it("yields each message while the rest of the file is still unread", async () => {
    const consumed = { n: 0 };
    const readWhenYielded: number[] = [];
    for await (const _ of mboxMessages(chunked(mbox, 512, consumed))) readWhenYielded.push(consumed.n);
    // The first message comes out after about one message's bytes, not after the whole file.
    expect(readWhenYielded[0]).toBeLessThan(2 * 512);
    expect(readWhenYielded[100]).toBeLessThan(mbox.length / 2 + 1024);
  });

  it("keeps a bounded per-sender index of earlier messages", () => {
    const index = new SenderIndex((m) => m.text ?? "", 3, 50, 100);
    const mk = (i: number, sender = `s${i % 40}`): MailMessage => ({ from: { name: "", address: `${sender}@x.example` }, to: [], subject: "", messageId: `<${i}>`, text: "x".repeat(1000) });
    for (let i = 0; i < 10_000; i++) index.add(mk(i));
    expect(index.size).toBe(3 * 40);
    const thread = index.threadFor(mk(9_999));
    expect(thread.map((m) => m.messageId)).toEqual(["<9919>", "<9959>", "<9999>"]);
    expect(thread.every((m) => (m.text ?? "").length === 100)).toBe(true);
    // New senders push out the least recently seen ones: never more than 50 senders are held.
    for (let i = 0; i < 10_000; i++) index.add(mk(i, `new${i}`));
    expect(index.size).toBe(50);
    expect(index.threadFor(mk(9_999))).toEqual([]);
    expect(index.threadFor(mk(9_999, "new9999")).map((m) => m.messageId)).toEqual(["<9999>"]);
  });
});

describe("dialback extract on an .mbox file", () => {
  it("takes a signature-less reply's number from the sender's earlier message in the same file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dialback-mbox-"));
    const signed = "Dear Alex,\n\nPlease find the lease attached.\n\nBest regards,\nJane Okafor\nGeneral Counsel | Acme Holdings Ltd\nDirect: +44 20 7946 0321\nMobile: +44 7911 123456\n";
    const head = (id: string, date: string, from = "Jane Okafor <jane.okafor@acme.co.uk>") => `From: ${from}\nTo: Alex Morgan <alex.morgan@harwellmorgan.com>\nSubject: Lease\nDate: ${date}\nMessage-ID: <${id}@acme.co.uk>\n\n`;
    const file =
      `From jane.okafor@acme.co.uk Tue Mar  3 09:14:00 2026\n${head("signed", "Tue, 03 Mar 2026 09:14:00 +0000")}${signed}\n` +
      `From someone@else.example Tue Mar  3 10:00:00 2026\n${head("other", "Tue, 03 Mar 2026 10:00:00 +0000", "Sam Else <someone@else.example>")}Hello\n\nSam\n+1 212 555 0199\n\n` +
      `From jane.okafor@acme.co.uk Wed Mar  4 08:00:00 2026\n${head("reply", "Wed, 04 Mar 2026 08:00:00 +0000")}Yes, Thursday works.\n\nSent from my iPhone\n`;
    fs.writeFileSync(path.join(dir, "mailbox.mbox"), file);
    const io: CliIO & { out: string; err: string } = { out: "", err: "", stdout: (s) => void (io.out += s), stderr: (s) => void (io.err += s), readStdin: async () => Buffer.alloc(0), cwd: dir };
    expect(await main(["extract", "mailbox.mbox"], io)).toBe(0);
    const rows = io.out.split("\n").filter(Boolean).map((l) => JSON.parse(l));
    expect(rows.map((r) => r.messageId)).toEqual(["<signed@acme.co.uk>", "<other@acme.co.uk>", "<reply@acme.co.uk>"]);
    expect(rows[2].best).toMatchObject({ e164: "+442079460321", source: "earlier-signature" });
    // Output is handed over message by message: the command waits for stdout after each one.
    let waits = 0;
    const slow: CliIO = { ...io, stdout: () => undefined, drained: async () => void waits++ };
    expect(await main(["extract", "mailbox.mbox"], slow)).toBe(0);
    expect(waits).toBe(3);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
