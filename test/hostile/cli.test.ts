// Every hostile input through the CLI (issue 8): `dialback extract FILE` and `dialback propose --eml FILE
// --context context.json`, in-process with a fake IO. Bounded work; usable input gives JSON; unusable input
// gives one stderr line naming the file and exit status 1; never a stack trace or an "unexpected error".
//
// "Bounded work" is a ratio measured back-to-back in one process (see pipeline.ts), never a fixed number of
// milliseconds: a small input against the same command on benign mail of the same size, a large one (in a
// child process, whose start-up is not measured) against itself at a tenth of the size.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { hostileCorpus, HostileCase, eml, plainBody } from "./corpus";
import { BENIGN_FACTOR, benignMail, compareCost, Comparison, CONTEXT, costProblem, GROWTH_SLACK, LARGE_TIMEOUT_MS, misdials, runIsolated, SMALL_SCALE } from "./pipeline";
import type { CliRun } from "./run-case";
import { headerBreaks, unsafeMarkup } from "./markup";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import type { FoundNumber } from "../../src/core/types";

const figures = {
  inputs: 0,
  extractOk: 0,
  extractRefused: 0,
  proposeOk: 0,
  proposeRefused: 0,
  misdials: 0,
  /** The time comparisons closest to their bound (cost against the reference, and the bound). */
  closestToBound: [] as { what: string; ratio: number; maxRatio: number }[],
};

let dir: string;
let contextFile: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dialback-hostile-cli-"));
  contextFile = path.join(dir, "context.json");
  fs.writeFileSync(contextFile, JSON.stringify(CONTEXT));
  // One plain run of each command first: loading modules and metadata is paid once per process, not by
  // whichever hostile case happens to run first (on a loaded machine that alone passed the bound).
  const warm = path.join(dir, "warm-up.eml");
  fs.writeFileSync(warm, eml({ body: plainBody() }));
  await run(["extract", warm]);
  await run(["propose", "--eml", warm, "--context", contextFile]);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  figures.closestToBound = figures.closestToBound.sort((a, b) => b.ratio / b.maxRatio - a.ratio / a.maxRatio).slice(0, 10);
  const out = path.resolve(__dirname, "../../test-results");
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "figures-hostile-cli.json"), JSON.stringify(figures, null, 2) + "\n");
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => Buffer.alloc(0),
    cwd: dir,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Fails unless `cmp` is within its bound. */
function expectWithinBound(what: string, cmp: Omit<Comparison<unknown>, "value">, reference: string): void {
  figures.closestToBound.push({ what, ratio: Math.round(cmp.ratio * 100) / 100, maxRatio: Math.round(cmp.maxRatio * 100) / 100 });
  if (cmp.ratio > cmp.maxRatio) throw new Error(costProblem(what, cmp, reference));
}

const benignFiles = new Map<number, string>();
/** A file of benign mail about `bytes` long, the reference a small case's command is compared with. */
function benignFile(bytes: number): string {
  let file = benignFiles.get(bytes);
  if (!file) {
    file = path.join(dir, `benign-${bytes}.eml`);
    fs.writeFileSync(file, benignMail(bytes));
    benignFiles.set(bytes, file);
  }
  return file;
}

/** The command on the case's file against the same command on benign mail of the same size, interleaved. */
async function runSmall(argv: (file: string) => string[], file: string, bytes: number): Promise<Run> {
  const cmp = await compareCost(() => run(argv(file)), () => run(argv(benignFile(bytes))), BENIGN_FACTOR);
  expectWithinBound(`${argv(file)[0]} on ${path.basename(file)}`, cmp, "benign mail of the same size");
  return cmp.value;
}

/** The error contract: exactly one line, naming the file, no stack, no crash marker. */
function expectOneClearLine(r: Run, file: string): void {
  const lines = r.stderr.split("\n").filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(path.basename(file));
  expect(r.stderr).not.toMatch(/unexpected error|\n\s+at \S|TypeError|RangeError|ReferenceError|Maximum call stack/);
  expect(lines[0].length).toBeLessThan(400);
}

/** The case's file (a large case's child process writes its own, under the same name). */
function writeCase(c: HostileCase): { file: string; bytes: number } {
  const file = path.join(dir, `${c.id}.${c.ext}`);
  if (c.size === "large") return { file, bytes: 0 };
  const bytes = c.bytes();
  fs.writeFileSync(file, bytes);
  return { file, bytes: bytes.length };
}

/**
 * Large inputs run in a child process, which measures the command at full size against the same case at
 * SMALL_SCALE (see run-case.ts); the child is killed only as a hang guard.
 */
async function runLarge(mode: "cli-extract" | "cli-propose", c: HostileCase): Promise<Run> {
  const r = await runIsolated<CliRun>([mode, c.id, dir, contextFile]);
  if (!r.ok) throw new Error(`${mode} ${c.id}: ${r.reason}`);
  expectWithinBound(`${mode} on ${c.id}`, r.value.cost, `scale ${SMALL_SCALE}`);
  return r.value;
}

async function extractCase(c: HostileCase): Promise<void> {
  figures.inputs++;
  const { file, bytes } = writeCase(c);
  try {
    const r = c.size === "large" ? await runLarge("cli-extract", c) : await runSmall((f) => ["extract", f], file, bytes);
    expect([0, 1]).toContain(r.code);
    if (r.code === 1) {
      figures.extractRefused++;
      expectOneClearLine(r, file);
      expect({ id: c.id, mayBeUnusable: !!c.expect.mayBeUnusable, stderr: r.stderr }).toMatchObject({ mayBeUnusable: true });
      return;
    }
    figures.extractOk++;
    expect(r.stderr).toBe("");
    const records = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { file: string; best: FoundNumber | null; numbers: FoundNumber[] });
    expect(records.length).toBeGreaterThanOrEqual(1);
    for (const rec of records) {
      expect(rec.file).toContain(path.basename(file));
      const bad = misdials({ best: rec.best, numbers: rec.numbers ?? [] }, c.expect);
      figures.misdials += bad.length;
      expect(bad).toEqual([]);
    }
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function proposeCase(c: HostileCase): Promise<void> {
  const { file, bytes } = writeCase(c);
  try {
    const r = c.size === "large" ? await runLarge("cli-propose", c) : await runSmall((f) => ["propose", "--eml", f, "--context", contextFile], file, bytes);
    if (r.code !== 0) {
      figures.proposeRefused++;
      expect(r.code).toBe(1);
      expectOneClearLine(r, file);
      expect(c.expect.mayBeUnusable).toBe(true);
      return;
    }
    figures.proposeOk++;
    const out = JSON.parse(r.stdout) as { email: { subject: string; html: string }; event: { subject: string; body: { content: string } } | null; best: FoundNumber | null; numbers: FoundNumber[] };
    expect(unsafeMarkup(out.email.html)).toEqual([]);
    expect(headerBreaks(out.email.subject)).toBe(false);
    if (out.event) expect(unsafeMarkup(out.event.body.content)).toEqual([]);
    const bad = misdials({ best: out.best, numbers: out.numbers ?? [] }, c.expect);
    figures.misdials += bad.length;
    expect(bad).toEqual([]);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const corpus = hostileCorpus();
const table = (cs: HostileCase[]) => cs.map((c) => [c.id, c] as [string, HostileCase]);

describe("dialback extract on hostile files", () => {
  it.each(table(corpus.filter((c) => c.size === "small")))("%s", async (_id, c) => extractCase(c));
});

describe("dialback extract on large hostile files", () => {
  it.each(table(corpus.filter((c) => c.size === "large")))("%s", async (_id, c) => extractCase(c), LARGE_TIMEOUT_MS);
});

describe("dialback propose on hostile files", () => {
  it.each(table(corpus.filter((c) => c.size === "small")))("%s", async (_id, c) => proposeCase(c));
});

describe("dialback propose on large hostile files", () => {
  // One of each kind: extract above already takes every large input through parsing and extraction.
  const oneOfEach = [...new Map(corpus.filter((c) => c.size === "large").map((c) => [c.category, c])).values()];
  it.each(table(oneOfEach))("%s", async (_id, c) => proposeCase(c), LARGE_TIMEOUT_MS);
});

describe("one bad file among good ones", () => {
  it("reports the bad one on one line, still processes the others, and exits 1", async () => {
    const good = path.join(dir, "good.eml");
    fs.writeFileSync(good, eml({ body: plainBody() }));
    const bad = path.join(dir, "garbage.eml");
    fs.writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const missing = path.join(dir, "missing.eml");
    const r = await run(["extract", good, bad, missing, good]);
    expect(r.code).toBe(1);
    const errLines = r.stderr.split("\n").filter(Boolean);
    expect(errLines).toHaveLength(2);
    expect(errLines.some((l) => l.includes("garbage.eml"))).toBe(true);
    expect(errLines.some((l) => l.includes("missing.eml"))).toBe(true);
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(2);
  });
});

describe("dialback propose with a hostile context", () => {
  const good = () => {
    const f = path.join(dir, "ctx-good.eml");
    fs.writeFileSync(f, eml({ body: plainBody() }));
    return f;
  };
  /** A schedule of `n` one-minute busy items (and an availability view as long). */
  const busySchedule = (n: number) => ({
    ...CONTEXT,
    schedule: {
      value: [{
        scheduleId: CONTEXT.attorney.address,
        availabilityView: "2".repeat(n),
        scheduleItems: Array.from({ length: n }, (_, i) => ({
          status: "busy",
          start: { dateTime: new Date(Date.parse("2026-11-23T14:00:00Z") + i * 60_000).toISOString().slice(0, 19), timeZone: "UTC" },
          end: { dateTime: new Date(Date.parse("2026-11-23T14:00:00Z") + (i + 1) * 60_000).toISOString().slice(0, 19), timeZone: "UTC" },
        })),
      }],
    },
  });
  // A context is a value, or for a large one a builder taking a scale (as HostileCase.bytes does).
  const contexts: [string, unknown, string | null][] = [
    ["not JSON", "{ this is not json", null],
    ["an array", [], null],
    ["no mailboxSettings", { ...CONTEXT, mailboxSettings: undefined }, "mailboxSettings"],
    ["no schedule", { ...CONTEXT, schedule: undefined }, "schedule"],
    ["now is garbage", { ...CONTEXT, now: "<script>alert(1)</script>" }, "now"],
    ["a markup time zone", { ...CONTEXT, clientTimeZone: "<script>alert(1)</script>" }, "clientTimeZone"],
    ["a billion-minute call", { ...CONTEXT, durationMinutes: 1e9 }, "durationMinutes"],
    ["a negative duration", { ...CONTEXT, durationMinutes: -30 }, "durationMinutes"],
    ["windows that are not windows", { ...CONTEXT, callbackWindows: [{ daysOfWeek: "<b>", startTime: "25:99", endTime: {} }] }, "callbackWindows"],
    ["a schedule of 100,000 items", (scale: number) => busySchedule(Math.round(100_000 * scale)), null],
    ["a mailbox time zone that does not exist", { ...CONTEXT, mailboxSettings: { ...CONTEXT.mailboxSettings, timeZone: "Mars/Olympus_Mons" } }, null],
    ["prototype pollution keys", JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'), null],
  ];

  const write = (name: string, ctx: unknown) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, typeof ctx === "string" ? ctx : JSON.stringify(ctx));
    return f;
  };

  it.each(contexts)("%s", async (name, ctx, field) => {
    const mail = good();
    const propose = (ctxFile: string) => () => run(["propose", "--eml", mail, "--context", ctxFile]);
    let cmp: Comparison<Run>;
    if (typeof ctx === "function") {
      // A large context against itself at SMALL_SCALE: work on the schedule must grow linearly with it.
      const full = write("ctx-hostile.json", ctx(1));
      const small = write("ctx-hostile-small.json", ctx(SMALL_SCALE));
      const maxRatio = GROWTH_SLACK * (fs.statSync(full).size / fs.statSync(small).size);
      cmp = await compareCost(propose(full), propose(small), maxRatio);
      expectWithinBound(`propose with ${name}`, cmp, `the context at scale ${SMALL_SCALE}`);
    } else {
      // A small context against the valid one, interleaved.
      cmp = await compareCost(propose(write("ctx-hostile.json", ctx)), propose(contextFile), BENIGN_FACTOR);
      expectWithinBound(`propose with ${name}`, cmp, "the valid context");
    }
    const r = cmp.value;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.stderr).not.toMatch(/unexpected error|\n\s+at \S/);
    if (r.code === 0) {
      const out = JSON.parse(r.stdout) as { email: { html: string } };
      expect(unsafeMarkup(out.email.html)).toEqual([]);
      // A context the issue calls bad must be refused, not silently used.
      expect(field).toBeNull();
      return;
    }
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    if (field) expect(lines[0]).toContain(field);
  }, LARGE_TIMEOUT_MS);
});
