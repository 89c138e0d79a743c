// The paths every hostile input goes through (issue 8): parseEmail → extractContact, and proposeCall →
// compose/booking, with a fixed, valid attorney context. Shared by the hostile test files.
import { parseEmail, MailParseError } from "../../src/core/mime";
import { proposeCall, proposeCallWith } from "../../src/core/proposal";
import type { ContactExtraction, FoundNumber, MailMessage } from "../../src/core/types";
import type { ProposeCallInput, ProposeCallResult } from "../../src/core/proposal";
import { eml, HostileCase, HostileExpectation, plainBody } from "./corpus";

/** The attorney's side of every proposal: a free calendar in New York. */
export const CONTEXT = {
  now: "2026-11-23T09:00:00-05:00",
  attorney: { name: "Alex Attorney", address: "alex@lawfirm.example" },
  mailboxSettings: {
    timeZone: "Eastern Standard Time",
    workingHours: {
      daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      startTime: "08:00:00.0000000",
      endTime: "18:00:00.0000000",
      timeZone: { name: "Eastern Standard Time" },
    },
  },
  schedule: { value: [{ scheduleId: "alex@lawfirm.example", availabilityView: "", scheduleItems: [] }] },
} as const;

type Extract = (m: MailMessage, o?: { defaultRegion?: string | null }) => ContactExtraction;

let cachedExtract: Extract | null | undefined;

/** The extraction engine from src/core/extract (issue 3), or null while it has not landed. */
export function extractor(): Extract | null {
  if (cachedExtract === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fn = (require("../../src/core/extract") as Record<string, unknown>).extractContact;
      cachedExtract = typeof fn === "function" ? (fn as Extract) : null;
    } catch (e) {
      if ((e as { code?: string }).code !== "MODULE_NOT_FOUND") throw e;
      cachedExtract = null;
    }
  }
  return cachedExtract;
}

export type ParseOutcome = { ok: true; message: MailMessage } | { ok: false; error: Error };

/** parseEmail; a MailParseError is the expected answer for unusable input, anything else is a crash. */
export async function parse(c: HostileCase, bytes = c.bytes()): Promise<ParseOutcome> {
  try {
    return { ok: true, message: await parseEmail(bytes) };
  } catch (e) {
    if (e instanceof MailParseError) return { ok: false, error: e };
    throw e;
  }
}

/** Numbers an extraction reports that the case does not allow: each one a potential mis-dial. */
export function misdials(result: Pick<ContactExtraction, "best" | "numbers">, expect: HostileExpectation): string[] {
  const bad: string[] = [];
  const all: FoundNumber[] = [...(result.best ? [result.best] : []), ...result.numbers];
  for (const n of all) {
    if (expect.allowedNumbers && !expect.allowedNumbers.includes(n.e164)) bad.push(`${n.e164} (from "${n.line}")`);
    if (expect.allowedExt && !expect.allowedExt.includes(n.ext ?? null)) bad.push(`${n.e164} ext ${n.ext} (from "${n.line}")`);
    // Whatever the case, a reported number must be dialable E.164.
    if (!/^\+[1-9]\d{5,14}$/.test(n.e164)) bad.push(`not E.164: ${JSON.stringify(n.e164)}`);
  }
  return [...new Set(bad)];
}

/** proposeCall with the attorney context; `contact` given when the extraction is not under test. */
export function propose(message: MailMessage, contact?: ContactExtraction, extra: Partial<ProposeCallInput> = {}): ProposeCallResult {
  const input: ProposeCallInput = {
    message,
    now: CONTEXT.now,
    attorney: CONTEXT.attorney,
    mailboxSettings: structuredClone(CONTEXT.mailboxSettings) as unknown as ProposeCallInput["mailboxSettings"],
    schedule: structuredClone(CONTEXT.schedule) as unknown as ProposeCallInput["schedule"],
    booking: { inviteClient: true },
    ...extra,
  };
  const extract = extractor();
  if (contact) input.contact = contact;
  return extract && !contact ? proposeCallWith(extract, input) : proposeCall(input);
}

// ---------------------------------------------------------------------------------------------------------
// Time checks that hold on a loaded machine.
//
// No check compares a wall-clock time with a fixed number of milliseconds: how long a stage takes depends on
// what else the machine is doing. Each check instead compares two costs measured back-to-back in the same
// process, interleaved, each the best of its rounds, so load slows both alike and the ratio says how the work
// grows, not how busy the machine is:
//   - a large case at full size against the same case at SMALL_SCALE (about a tenth of the bytes): linear work
//     grows about tenfold (up to about twentyfold here, from memory effects on 10 MB strings), a quadratic step
//     about a hundredfold, and the bound, GROWTH_SLACK times the size ratio (about 40), lies between;
//   - a small case against benign mail of the same size through the same code, measured just before it: at
//     most BENIGN_FACTOR times (a catastrophic step such as backtracking costs thousands of times more).
// Wall-clock limits remain only as hang guards (a child process killed, jest's timeout), never as the assertion.

/** Large cases are compared with themselves at this scale (see HostileCase.bytes). */
export const SMALL_SCALE = 0.1;
/** Full size may cost at most this many times what linear growth from SMALL_SCALE predicts. */
export const GROWTH_SLACK = 4;
/**
 * A small hostile input may cost at most this many times benign mail of the same size (measured alike). Most
 * cost under 5 times; the most expensive, message/rfc822 nested 200 deep, costs 40 to 70 times.
 */
export const BENIGN_FACTOR = 200;
/** Quick work is repeated until a measurement lasts this long: timer resolution and one GC pause do not decide a ratio. */
export const MIN_SAMPLE_MS = 25;
/** Rounds at most before a ratio above its bound counts: a stall in one round does not fail linear work. */
export const MAX_ROUNDS = 4;

/** Milliseconds per call of `fn` (repeated until MIN_SAMPLE_MS have passed, at least once) and its last result. */
export async function sample<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  let calls = 0;
  let value: T;
  let elapsed: number;
  do {
    value = await fn();
    calls++;
    elapsed = performance.now() - t0;
  } while (elapsed < MIN_SAMPLE_MS);
  return { ms: elapsed / calls, value };
}

export interface Comparison<T> {
  /** Best cost of the subject and of the reference, ms per call. */
  subjectMs: number;
  referenceMs: number;
  /** subjectMs / referenceMs */
  ratio: number;
  maxRatio: number;
  rounds: number;
  /** The subject's result (from its last run). */
  value: T;
}

/**
 * The cost of `subject` relative to `reference`: reference (once to warm up, then measured), subject,
 * reference, subject, ..., each the best of its rounds. Stops once the ratio is within `maxRatio`, else
 * measures again, up to MAX_ROUNDS: a moment of heavy load passes, super-linear work stays above the bound
 * in every round. `beforeSubject` is told the best reference cost so far before each subject run (a child
 * process uses it to set its hang guard). The caller asserts on the result.
 */
export async function compareCost<T>(
  subject: () => Promise<T> | T,
  reference: () => unknown,
  maxRatio: number,
  beforeSubject?: (referenceMs: number) => void,
): Promise<Comparison<T>> {
  await reference();
  let referenceMs = Infinity;
  let subjectMs = Infinity;
  let value!: T;
  let rounds = 0;
  while (rounds < MAX_ROUNDS) {
    rounds++;
    referenceMs = Math.min(referenceMs, (await sample(reference)).ms);
    beforeSubject?.(referenceMs);
    const s = await sample(subject);
    subjectMs = Math.min(subjectMs, s.ms);
    value = s.value;
    if (subjectMs / referenceMs <= maxRatio) break;
  }
  return { subjectMs, referenceMs, ratio: subjectMs / referenceMs, maxRatio, rounds, value };
}

/** The growth bound for a large case: GROWTH_SLACK times the ratio of its sizes at scale 1 and SMALL_SCALE. */
export function growthBound(c: HostileCase): { full: Buffer; small: Buffer; maxRatio: number } {
  const full = c.bytes();
  const small = c.bytes(SMALL_SCALE);
  return { full, small, maxRatio: GROWTH_SLACK * (full.length / small.length) };
}

/** Benign mail of about `bytes` bytes (prose and a signature), the reference for a small case. */
export function benignMail(bytes: number): Buffer {
  const line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.\n";
  const base = eml({ body: plainBody() }).length;
  return eml({ body: "Hi Alex,\n" + line.repeat(Math.max(0, Math.ceil((bytes - base) / line.length))) + plainBody() });
}

/** One line for a failed comparison: what was measured, the ratio and its bound. */
export function costProblem(what: string, cmp: Omit<Comparison<unknown>, "value">, reference: string): string {
  return `${what} took ${cmp.subjectMs.toFixed(1)} ms against ${cmp.referenceMs.toFixed(1)} ms for ${reference}: ×${cmp.ratio.toFixed(1)}, bound ×${cmp.maxRatio.toFixed(1)} (best of ${cmp.rounds} interleaved rounds): super-linear`;
}

// ---------------------------------------------------------------------------------------------------------
// Child processes for the large cases

/** Hang guard while a child starts (loads the TypeScript sources, builds its inputs): not a time bound. */
export const STARTUP_GUARD_MS = 120_000;
/** Hang guard for one measured run, at least: the child asks for more when its reference says so. */
export const RUN_GUARD_MS = 60_000;

/**
 * The hang guard a child sets before a full-size run: ten times the bound its reference predicts, so work
 * that merely fails the bound (a quadratic step, about a hundredfold) still finishes and is reported with
 * its ratio, and only worse is killed.
 */
export function runGuardMs(referenceMs: number, maxRatio: number): number {
  return Math.max(RUN_GUARD_MS, Math.ceil(10 * maxRatio * referenceMs));
}
/** Hang guard for a whole child, inside jest's timeout for a large case (LARGE_TIMEOUT_MS). */
export const CHILD_GUARD_MS = 270_000;
/** Jest's timeout for a large case: the last hang guard. */
export const LARGE_TIMEOUT_MS = 300_000;

export type Isolated<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Runs test/hostile/run-case.ts in a child process. The child measures inside itself, so start-up (loading
 * the sources, building a 10 MB input) is never part of a measured cost; the parent only guards against a
 * hang. The child reports on stderr: "guard <ms>" moves the kill deadline to <ms> from now (it sends one as
 * each stage starts and one before each full-size run, scaled from the reference it has just measured: see
 * runGuardMs), and "<stage> started"/"<stage> done" name the stage a kill interrupts.
 */
export function runIsolated<T>(args: string[]): Promise<Isolated<T>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawn } = require("node:child_process") as typeof import("node:child_process");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require("node:path") as typeof import("node:path");
  const root = path.resolve(__dirname, "../..");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "run-case.ts"), ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let pending = "";
    let done = false;
    const finish = (r: Isolated<T>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearTimeout(overall);
      resolve(r);
    };
    const kill = (why: string) => {
      child.kill("SIGKILL");
      const last = err.trim().split("\n").filter((l) => l && !l.startsWith("guard ")).pop() ?? "starting";
      finish({ ok: false, reason: `${why} (last: ${last}): stuck or super-linear` });
    };
    let timer = setTimeout(() => kill(`did not start within ${STARTUP_GUARD_MS} ms (hang guard)`), STARTUP_GUARD_MS);
    const overall = setTimeout(() => kill(`did not finish within ${CHILD_GUARD_MS} ms (hang guard)`), CHILD_GUARD_MS);
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      const text = d.toString();
      err += text;
      pending += text;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const m = /^guard (\d+)$/.exec(line.trim());
        if (!m) continue;
        const ms = Number(m[1]);
        clearTimeout(timer);
        timer = setTimeout(() => kill(`no progress within ${ms} ms (hang guard)`), ms);
      }
    });
    child.on("close", (code) => {
      if (done) return;
      const line = out.trim().split("\n").pop() ?? "";
      try {
        const value = JSON.parse(line) as T & { crash?: string };
        if (value.crash) finish({ ok: false, reason: `crashed: ${value.crash}` });
        else finish({ ok: true, value });
      } catch {
        finish({ ok: false, reason: `exited ${code} without a result: ${err.trim().slice(-300)}` });
      }
    });
  });
}
