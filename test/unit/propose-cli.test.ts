// `dialback propose` through the real entry point, with an in-memory IO.
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

const FIXTURES = path.join(__dirname, "..", "fixtures", "context");
const EML = path.join(FIXTURES, "client-email.eml");
const CONTEXT = path.join(FIXTURES, "context.json");

function fakeIO(cwd = FIXTURES, stdin = ""): CliIO & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    cwd,
    stdout: (s: string) => {
      io.out += s;
    },
    stderr: (s: string) => {
      io.err += s;
    },
    readStdin: async () => Buffer.from(stdin),
  };
  return io;
}

function writeContext(patch: (ctx: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dialback-propose-"));
  const ctx = JSON.parse(readFileSync(CONTEXT, "utf8"));
  patch(ctx);
  const file = path.join(dir, "context.json");
  writeFileSync(file, JSON.stringify(ctx));
  return file;
}

async function run(args: string[], io = fakeIO()) {
  const code = await main(["propose", ...args], io);
  return { code, out: io.out, err: io.err };
}

describe("dialback propose on the example context", () => {
  it("prints the whole proposal as JSON: number, agenda, slots in both zones, email and event", async () => {
    const { code, out, err } = await run(["--eml", "client-email.eml", "--context", "context.json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(Object.keys(r)).toEqual(expect.arrayContaining(["client", "best", "numbers", "agenda", "slots", "email", "event"]));
    expect(r.client).toMatchObject({ address: "jane.okafor@acme-holdings.co.uk", timeZone: "Europe/London" });
    expect(r.best).toMatchObject({ e164: "+442079460321", kind: "direct" });
    expect(r.agenda.map((i: { kind: string }) => i.kind)).toEqual(["question", "deadline", "question"]);
    expect(JSON.stringify(r.agenda)).not.toContain("insurance"); // the attorney's quoted question
    // Wednesday is booked, Thursday out of office; London's afternoon is Los Angeles' morning.
    expect(r.slots.map((s: { start: string }) => s.start)).toEqual(["2026-03-06T08:00:00-08:00", "2026-03-09T09:45:00-07:00", "2026-03-10T08:00:00-07:00"]);
    expect(r.slots[0]).toMatchObject({ clientStart: "2026-03-06T16:00:00+00:00", timeZone: "America/Los_Angeles", clientTimeZone: "Europe/London" });
    expect(r.email.subject).toBe("Re: Lease renewal - Canary Wharf office");
    expect(r.email.html).toContain('href="tel:+442079460321"');
    expect(r.event).toMatchObject({ subject: "Call with Jane Okafor", start: { dateTime: "2026-03-06T08:00:00", timeZone: "Pacific Standard Time" }, showAs: "busy" });
    expect(r.event.transactionId).toMatch(/^[0-9A-F]{8}-/);
  });

  it("gives the same transactionId on every run, so a retried booking makes one event", async () => {
    const a = JSON.parse((await run(["--eml", EML, "--context", CONTEXT])).out);
    const b = JSON.parse((await run(["--eml", EML, "--context", CONTEXT])).out);
    expect(a.event.transactionId).toBe(b.event.transactionId);
  });

  it("prints a readable summary with --format text, and reads the email from stdin", async () => {
    const io = fakeIO(FIXTURES, readFileSync(EML, "utf8"));
    const { code, out } = await run(["--eml", "-", "--context", "context.json", "--format", "text"], io);
    expect(code).toBe(0);
    expect(out).toContain("Call:     +44 20 7946 0321 (direct)");
    expect(out).toContain("Fri, Mar 6 08:00–08:30 America/Los_Angeles = 16:00–16:30 Europe/London (client)");
    expect(out).toContain("- Friday, March 6, 4:00 PM – 4:30 PM your time (8:00 AM in Los Angeles)"); // in the email
    expect(out).toContain("Hi Jane,");
  });

  it("handles a customTimeZone mailbox, an availabilityView and a client across the date line (second example)", async () => {
    const { code, out } = await run(["--eml", "client-email.eml", "--context", "context-custom-zone.json"]);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    // Thursday 16:00–19:00 is busy in the view; Friday evening in California is Saturday in Tokyo;
    // after the 8 March change Tokyo's 09:00 is 17:00 in California.
    expect(r.slots.map((s: { start: string }) => s.start)).toEqual(["2026-03-09T17:00:00-07:00", "2026-03-10T17:45:00-07:00", "2026-03-11T17:00:00-07:00"]);
    expect(r.slots[0]).toMatchObject({ timeZone: "America/Los_Angeles", clientStart: "2026-03-10T09:00:00+09:00", clientTimeZone: "Asia/Tokyo" });
    expect(r.client).toMatchObject({ timeZone: "Asia/Tokyo", timeZoneSource: "given" });
    expect(r.email.text).toContain("- Tuesday 10 March, 09:00 – 09:45 your time (Monday 9 March, 17:00 in Los Angeles)");
    expect(r.event.start).toEqual({ dateTime: "2026-03-09T17:00:00", timeZone: "Pacific Standard Time" });
  });

  it("reports a full calendar in words", async () => {
    const ctx = writeContext((c) => {
      (c.schedule as { value: { scheduleItems: unknown[] }[] }).value[0].scheduleItems = [
        { status: "busy", start: { dateTime: "2026-03-01T00:00:00", timeZone: "UTC" }, end: { dateTime: "2026-04-01T00:00:00", timeZone: "UTC" } },
      ];
    });
    const r = JSON.parse((await run(["--eml", EML, "--context", ctx])).out);
    expect(r.slots).toEqual([]);
    expect(r.reason).toBe("no time free in the next 10 working days: every hour both of you work is taken");
    expect(r.event).toBeNull();
  });

  it("reads earlier messages listed in the context's thread", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dialback-thread-"));
    writeFileSync(
      path.join(dir, "earlier.eml"),
      "From: Jane Okafor <jane.okafor@acme-holdings.co.uk>\r\nTo: Alex Chen <achen@chenlaw.com>\r\nSubject: Lease renewal\r\nDate: Fri, 27 Feb 2026 11:00:00 +0000\r\nMessage-ID: <earlier@acme>\r\n\r\nHi Alex,\r\n\r\nWe are still waiting for the landlord's schedule of dilapidations.\r\n\r\nJane\r\n",
    );
    const ctx = JSON.parse(readFileSync(CONTEXT, "utf8"));
    writeFileSync(path.join(dir, "context.json"), JSON.stringify({ ...ctx, thread: ["earlier.eml"] }));
    const r = JSON.parse((await run(["--eml", EML, "--context", path.join(dir, "context.json")])).out);
    expect(r.agenda.map((i: { sourceMessageId: string }) => i.sourceMessageId)).toContain("<earlier@acme>");
  });
});

describe("dialback propose: bad input gives one clear line and exit 2", () => {
  it.each<[string, (ctx: Record<string, unknown>) => void, RegExp]>([
    ["missing now", (c) => delete c.now, /context\.json: now: required/],
    ["now without offset", (c) => (c.now = "2026-03-03T10:00:00"), /context\.json: now: .*has no offset/],
    ["unknown zone", (c) => ((c.mailboxSettings as { timeZone: string }).timeZone = "Atlantis Standard Time"), /mailboxSettings\.timeZone: unknown time zone "Atlantis Standard Time"/],
    ["bad callback window", (c) => (c.callbackWindows = [{ daysOfWeek: ["mon"], startTime: "07:30", endTime: "11:00" }]), /callbackWindows\[0\]\.daysOfWeek\[0\]: unknown day "mon"/],
    ["bad schedule item", (c) => ((c.schedule as { value: { scheduleItems: unknown[] }[] }).value[0].scheduleItems = [{ status: "busy", start: { dateTime: "soon", timeZone: "UTC" }, end: { dateTime: "2026-03-04T17:30:00", timeZone: "UTC" } }]), /schedule\.value\[0\]\.scheduleItems\[0\]\.start\.dateTime: not a date-time: "soon"/],
    ["duration as text", (c) => (c.durationMinutes = "thirty"), /durationMinutes: expected a whole number/],
    ["typo in a key", (c) => (c.callbackWindow = []), /callbackWindow: unknown field/],
    ["bad client zone", (c) => (c.clientTimeZone = "Europe/Londn"), /clientTimeZone: unknown time zone "Europe\/Londn"/],
  ])("%s", async (_label, patch, message) => {
    const { code, out, err } = await run(["--eml", EML, "--context", writeContext(patch)]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it.each([
    ["context is not JSON", () => ["--eml", EML, "--context", EML], /not valid JSON/],
    ["context missing", () => ["--eml", EML, "--context", "nope.json"], /cannot read context file nope\.json: no such file/],
    ["no --eml", () => ["--context", CONTEXT], /--eml is required/],
    ["bad format", () => ["--eml", EML, "--context", CONTEXT, "--format", "xml"], /--format must be json or text/],
    ["unknown option", () => ["--eml", EML, "--context", CONTEXT, "--zone", "UTC"], /Unknown option '--zone'/],
  ])("%s", async (_label, args, message) => {
    const { code, err } = await run(args());
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  // A mail file that cannot be used is a failed input, as with `extract`: exit 1, one line naming the file.
  it.each([
    ["eml missing", () => ["--eml", "missing.eml", "--context", CONTEXT], /cannot read email missing\.eml: no such file/],
    ["eml is not an email", () => ["--eml", CONTEXT, "--context", CONTEXT], /context\.json: not an email/],
  ])("%s", async (_label, args, message) => {
    const { code, err } = await run(args());
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
  });
});
