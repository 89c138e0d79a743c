// No message content or tokens in console output (issue 8, privacy). Runs extraction, proposal, the CLI and
// Graph calls (including their error paths) with every console method spied on, and looks for markers planted
// in the message body, subject, sender name, signature number and the bearer token.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { eml, plainBody } from "../hostile/corpus";
import { CONTEXT, extractor, propose } from "../hostile/pipeline";
import { parseEmail } from "../../src/core/mime";
import { createGraph, GraphError } from "../../src/graph";
import { createEmulator } from "../../src/dev/emulator";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

const MARKERS = {
  body: "PRIVATE-BODY-7f3a91",
  subject: "PRIVATE-SUBJECT-19c2d4",
  name: "Privatename Zqxwv",
  number: "+44 20 7946 0321",
  numberE164: "+442079460321",
  token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.SECRET-TOKEN-5d1e.sig",
};

const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;
let output: string[] = [];
let spies: jest.SpyInstance[] = [];

beforeEach(() => {
  output = [];
  spies = METHODS.map((m) =>
    jest.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      output.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === "string" ? a : safeJson(a))).join(" "));
    }),
  );
});
afterEach(() => spies.forEach((s) => s.mockRestore()));

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

function leaks(): string[] {
  const found: string[] = [];
  for (const line of output) for (const [what, marker] of Object.entries(MARKERS)) if (line.includes(marker)) found.push(`${what} in: ${line.slice(0, 120)}`);
  return found;
}

const privateMail = () =>
  eml({
    from: `"${MARKERS.name}" <client@privateco.example>`,
    subject: `Re: ${MARKERS.subject}`,
    body: plainBody({
      prose: `The details are ${MARKERS.body}.`,
      question: `Could you tell me whether ${MARKERS.body} is settled?`,
      signature: [MARKERS.name, "PrivateCo Ltd, London", `Direct: ${MARKERS.number}`],
    }),
  });

const memoryIO = () => {
  const out = { stdout: "", stderr: "" };
  const io: CliIO = { stdout: (s) => void (out.stdout += s), stderr: (s) => void (out.stderr += s), readStdin: async () => Buffer.alloc(0), cwd: process.cwd() };
  return { io, out };
};

describe("nothing private reaches the console", () => {
  it("while parsing, extracting and proposing", async () => {
    const message = await parseEmail(privateMail());
    const extract = extractor();
    if (extract) extract(message);
    const contact = { from: message.from, best: null, numbers: [], region: "GB", timeZone: null, signatureLines: [] };
    propose(message, extract ? undefined : contact);
    expect(leaks()).toEqual([]);
  });

  it("while the CLI extracts and proposes, and fails on a bad file", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dialback-privacy-"));
    try {
      const mail = path.join(dir, "private.eml");
      fs.writeFileSync(mail, privateMail());
      const bad = path.join(dir, "bad.eml");
      fs.writeFileSync(bad, `${MARKERS.body}\n${MARKERS.token}\n`);
      const ctx = path.join(dir, "context.json");
      fs.writeFileSync(ctx, JSON.stringify(CONTEXT));
      const a = memoryIO();
      await main(["extract", mail, bad], a.io);
      const b = memoryIO();
      await main(["propose", "--eml", mail, "--context", ctx], b.io);
      expect(leaks()).toEqual([]);
      // The error line for the bad file names the file, not its content.
      expect(a.out.stderr).not.toContain(MARKERS.body);
      expect(a.out.stderr).not.toContain(MARKERS.token);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("while Graph calls succeed, fail, retry and refresh the token", async () => {
    const emu = createEmulator({ now: new Date("2026-11-23T09:00:00Z") });
    const graph = createGraph({
      baseUrl: "https://graph.microsoft.com/v1.0",
      fetch: emu.fetch,
      getToken: async () => MARKERS.token,
      backoffBaseMs: 1,
      maxTotalWaitMs: 100,
    });
    const msg = emu.state.messages[0];
    msg.subject = MARKERS.subject;
    msg.bodyHtml = `<p>${MARKERS.body}</p>`;
    await graph.getMessage(msg.id);
    emu.faults.throttle({ count: 2, retryAfterSeconds: 0.01 });
    await graph.getMessage(msg.id);
    emu.faults.serverError({ forMs: 10_000 });
    const err = await graph.getMessage(msg.id).catch((e: unknown) => e);
    expect((err as GraphError).name).toBe("GraphError");
    emu.faults.clear().expireToken(MARKERS.token);
    await graph.getMe().catch(() => undefined);
    expect(leaks()).toEqual([]);
    // The error a caller might log carries neither the token nor the content.
    const text = `${(err as Error).message} ${(err as GraphError).userMessage} ${(err as Error).stack}`;
    expect(text).not.toContain(MARKERS.token);
    expect(text).not.toContain(MARKERS.body);
  });

  it("the spy itself sees what is logged (so the checks above can fail)", () => {
    console.warn("leak", MARKERS.body);
    expect(leaks()).toHaveLength(1);
  });
});

describe("no logging of content in the code we ship", () => {
  // A static backstop: console calls in src/ (outside dev tools and the CLI's own output) must not be handed
  // message, body, token or contact values.
  const root = path.resolve(__dirname, "../../src");
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) files.push(p);
    }
  };
  walk(root);

  it("no console call passes a token, body, message or extraction", () => {
    const offenders: string[] = [];
    for (const f of files) {
      const lines = fs.readFileSync(f, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (/console\.(log|info|warn|error|debug|trace)\(/.test(line) && /token|accessToken|body|bodyHtml|\.html\b|\.text\b|message\b(?!Id)|contact|signature|e164|subject/i.test(line)) {
          offenders.push(`${path.relative(root, f)}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(offenders).toEqual([]);
  });
});
