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

/**
 * Time bounds relative to this machine's speed right now: parsing a benign mail of the same size is the floor,
 * and a hostile input may take at most FLOOR_FACTOR times that (never less than MIN_BUDGET_MS). A linear engine
 * passes with room to spare on a busy machine; a quadratic step or a hang does not.
 */
export const FLOOR_FACTOR = 10;
export const MIN_BUDGET_MS = 3_000;
let floorMsPerByte: number | null = null;

export async function measureFloor(): Promise<number> {
  if (floorMsPerByte === null) {
    const line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.\n";
    const bytes = eml({ body: "Hi Alex,\n" + line.repeat(Math.ceil((2 * 1024 * 1024) / line.length)) + plainBody() });
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await parseEmail(bytes);
      runs.push((performance.now() - t0) / bytes.length);
    }
    floorMsPerByte = runs.sort((a, b) => a - b)[1];
  }
  return floorMsPerByte;
}

/** The bound for one stage on an input of `bytes` bytes (call measureFloor() first). */
export function budgetFor(bytes: number): number {
  return Math.max(MIN_BUDGET_MS, Math.round(FLOOR_FACTOR * (floorMsPerByte ?? 0) * bytes));
}

/** Startup of a child process with the TypeScript loader, on top of any budget. */
export const CHILD_STARTUP_MS = 15_000;

export type Isolated<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Runs test/hostile/run-case.ts in a child process and kills it after `limitMs`: the bound holds even when the
 * code under test never returns. The child reports the stage it is in on stderr, so a kill names the slow stage.
 */
export function runIsolated<T>(args: string[], limitMs: number): Promise<Isolated<T>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawn } = require("node:child_process") as typeof import("node:child_process");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const path = require("node:path") as typeof import("node:path");
  const root = path.resolve(__dirname, "../..");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "run-case.ts"), ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      const last = err.trim().split("\n").filter(Boolean).pop() ?? "starting";
      resolve({ ok: false, reason: `did not finish within ${limitMs} ms (last: ${last}): stuck or super-linear` });
    }, limitMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").pop() ?? "";
      try {
        const value = JSON.parse(line) as T & { crash?: string };
        if (value.crash) resolve({ ok: false, reason: `crashed: ${value.crash}` });
        else resolve({ ok: true, value });
      } catch {
        if (!child.killed) resolve({ ok: false, reason: `exited ${code} without a result: ${err.trim().slice(-300)}` });
      }
    });
  });
}
