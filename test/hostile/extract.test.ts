// Every hostile input through parseEmail → extractContact (issue 8): bounded time, no crash, a clear reason
// when the input is unusable, and no number the sender never wrote (homoglyph and bidi tricks are either
// normalised to the number a reader sees, or rejected).
import * as fs from "node:fs";
import * as path from "node:path";
import { hostileCorpus, HostileCase } from "./corpus";
import { budgetFor, CHILD_STARTUP_MS, extractor, measureFloor, misdials, parse, runIsolated } from "./pipeline";
import type { EngineRun } from "./run-case";
import { htmlToText } from "../../src/core/text";
import { MailParseError } from "../../src/core/mime";

/** Jest's own timeout per large case: far above any budget, so a budget failure names the slow stage. */
const LARGE_TIMEOUT_MS = 300_000;

const figures = {
  inputs: 0,
  parsed: 0,
  refusedWithReason: 0,
  extracted: 0,
  intendedFound: 0,
  intendedCases: 0,
  misdials: 0,
  /** Parse time of benign mail on this machine during the run, the floor the bounds are relative to. */
  floorMsPerMB: 0,
  slowest: [] as { id: string; stage: string; ms: number }[],
};

afterAll(() => {
  figures.slowest = figures.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10);
  const dir = path.resolve(__dirname, "../../test-results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "figures-hostile-extract.json"), JSON.stringify(figures, null, 2) + "\n");
});

async function timed<T>(id: string, stage: string, budget: number, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  const ms = Math.round(performance.now() - t0);
  figures.slowest.push({ id, stage, ms });
  if (ms > budget) throw new Error(`${stage} took ${ms} ms on ${id} (bound ${budget} ms): super-linear or stuck`);
  return out;
}

/** A reason people can read: one line, no stack, not raw bytes. */
function expectClearReason(e: Error): void {
  expect(e).toBeInstanceOf(MailParseError);
  expect(e.message).toMatch(/^[^\n]{5,200}$/);
  expect(e.message).not.toMatch(/\bat \S+ \(|\u0000|[\x80-\x9f]/);
}

beforeAll(async () => {
  figures.floorMsPerMB = Math.round((await measureFloor()) * 1024 * 1024);
});

async function runCase(c: HostileCase): Promise<void> {
  figures.inputs++;
  const bytes = c.bytes();
  // Generous bounds on work: a hang or a quadratic blow-up fails them, a busy machine does not.
  const budget = budgetFor(bytes.length);
  const parsed = await timed(c.id, "parseEmail", budget, () => parse(c, bytes));
  if (!parsed.ok) {
    expectClearReason(parsed.error);
    figures.refusedWithReason++;
    // Only inputs that really are unusable may be refused.
    expect({ id: c.id, refused: parsed.error.message, mayBeUnusable: !!c.expect.mayBeUnusable }).toMatchObject({ mayBeUnusable: true });
    return;
  }
  figures.parsed++;
  const message = parsed.message;
  if (message.html) await timed(c.id, "htmlToText", budget, () => htmlToText(message.html!));

  const extract = extractor();
  if (!extract) return;
  const result = await timed(c.id, "extractContact", budget, () => extract(message));
  figures.extracted++;
  expect(Array.isArray(result.numbers)).toBe(true);
  const bad = misdials(result, c.expect);
  figures.misdials += bad.length;
  expect(bad).toEqual([]);
  if (c.expect.intended) {
    figures.intendedCases++;
    if (result.best?.e164 === c.expect.intended) figures.intendedFound++;
  }
}

const corpus = hostileCorpus();
const small = corpus.filter((c) => c.size === "small");
const large = corpus.filter((c) => c.size === "large");

describe("small hostile inputs", () => {
  it.each(small.map((c) => [c.id, c.description, c] as [string, string, HostileCase]))("%s: %s", async (_id, _d, c) => {
    await runCase(c);
  });
});

describe("large hostile inputs (10 MB bodies, 10^5 nesting, huge headers, thousands of numbers)", () => {
  // Each in its own process, stopped at its bound: a quadratic step fails in seconds, not minutes.
  it.each(large.map((c) => [c.id, c.description, c] as [string, string, HostileCase]))(
    "%s: %s",
    async (_id, _d, c) => {
      figures.inputs++;
      const budget = budgetFor(c.bytes().length);
      const run = await runIsolated<EngineRun>(["engine", c.id], 3 * budget + CHILD_STARTUP_MS);
      if (!run.ok) throw new Error(`${c.id}: ${run.reason} (bound ${budget} ms per stage)`);
      for (const s of run.value.stages) {
        figures.slowest.push({ id: c.id, stage: s.stage, ms: s.ms });
        if (s.ms > budget) throw new Error(`${s.stage} took ${s.ms} ms on ${c.id} (bound ${budget} ms): super-linear or stuck`);
      }
      if (run.value.refused) {
        expect(run.value.refused.name).toBe("MailParseError");
        expect(c.expect.mayBeUnusable).toBe(true);
        figures.refusedWithReason++;
        return;
      }
      figures.parsed++;
      figures.extracted++;
      const bad = misdials(run.value, c.expect);
      figures.misdials += bad.length;
      expect(bad).toEqual([]);
      if (c.expect.intended) {
        figures.intendedCases++;
        if (run.value.best?.e164 === c.expect.intended) figures.intendedFound++;
      }
    },
    LARGE_TIMEOUT_MS,
  );
});

describe("figures", () => {
  it("tried at least 100 inputs and never mis-dialled", () => {
    expect(figures.inputs).toBeGreaterThanOrEqual(100);
    expect(figures.misdials).toBe(0);
  });
});
