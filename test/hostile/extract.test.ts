// Every hostile input through parseEmail → extractContact (issue 8): bounded work, no crash, a clear reason
// when the input is unusable, and no number the sender never wrote (homoglyph and bidi tricks are either
// normalised to the number a reader sees, or rejected).
//
// "Bounded work" is checked with ratios measured back-to-back in one process (see pipeline.ts), never with a
// fixed number of milliseconds: a small input against benign mail of the same size, a large one against itself
// at a tenth of the size. A quadratic step or a hang fails; a busy machine does not.
import * as fs from "node:fs";
import * as path from "node:path";
import { hostileCorpus, HostileCase } from "./corpus";
import { BENIGN_FACTOR, benignMail, compareCost, costProblem, extractor, LARGE_TIMEOUT_MS, misdials, parse, ParseOutcome, runIsolated, SMALL_SCALE } from "./pipeline";
import type { EngineRun } from "./run-case";
import { htmlToText } from "../../src/core/text";
import { MailParseError } from "../../src/core/mime";
import type { ContactExtraction } from "../../src/core/types";

const figures = {
  inputs: 0,
  parsed: 0,
  refusedWithReason: 0,
  extracted: 0,
  intendedFound: 0,
  intendedCases: 0,
  misdials: 0,
  slowest: [] as { id: string; stage: string; ms: number }[],
  /** The comparisons closest to their bound: cost against the reference, and the bound. */
  closestToBound: [] as { id: string; stage: string; ratio: number; maxRatio: number }[],
};

function record(id: string, stage: string, ms: number, ratio: number, maxRatio: number): void {
  figures.slowest.push({ id, stage, ms: Math.round(ms) });
  figures.closestToBound.push({ id, stage, ratio: Math.round(ratio * 100) / 100, maxRatio: Math.round(maxRatio * 100) / 100 });
}

afterAll(() => {
  figures.slowest = figures.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10);
  figures.closestToBound = figures.closestToBound.sort((a, b) => b.ratio / b.maxRatio - a.ratio / a.maxRatio).slice(0, 10);
  const dir = path.resolve(__dirname, "../../test-results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "figures-hostile-extract.json"), JSON.stringify(figures, null, 2) + "\n");
});

/** parseEmail → htmlToText → extractContact on one input. */
async function pipeline(c: HostileCase, bytes: Buffer): Promise<{ parsed: ParseOutcome; result: ContactExtraction | null }> {
  const parsed = await parse(c, bytes);
  if (!parsed.ok) return { parsed, result: null };
  if (parsed.message.html) htmlToText(parsed.message.html);
  const extract = extractor();
  return { parsed, result: extract ? extract(parsed.message) : null };
}

/** A reason people can read: one line, no stack, not raw bytes. */
function expectClearReason(e: Error): void {
  expect(e).toBeInstanceOf(MailParseError);
  expect(e.message).toMatch(/^[^\n]{5,200}$/);
  expect(e.message).not.toMatch(/\bat \S+ \(|\u0000|[\x80-\x9f]/);
}

async function runCase(c: HostileCase): Promise<void> {
  figures.inputs++;
  const bytes = c.bytes();
  const benign = benignMail(bytes.length);
  // The whole pipeline on this input against the same pipeline on benign mail of the same size, interleaved:
  // load slows both alike; a catastrophic step (backtracking, a blow-up) costs thousands of times more.
  const cmp = await compareCost(() => pipeline(c, bytes), () => pipeline(c, benign), BENIGN_FACTOR);
  record(c.id, "pipeline", cmp.subjectMs, cmp.ratio, cmp.maxRatio);
  if (cmp.ratio > cmp.maxRatio) throw new Error(costProblem(`the pipeline on ${c.id}`, cmp, "benign mail of the same size"));
  const { parsed, result } = cmp.value;
  if (!parsed.ok) {
    expectClearReason(parsed.error);
    figures.refusedWithReason++;
    // Only inputs that really are unusable may be refused.
    expect({ id: c.id, refused: parsed.error.message, mayBeUnusable: !!c.expect.mayBeUnusable }).toMatchObject({ mayBeUnusable: true });
    return;
  }
  figures.parsed++;
  if (!result) return;
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
  // Each in its own process, measured there: every stage at full size against the same case at SMALL_SCALE
  // (linear work grows about tenfold, a quadratic step about a hundredfold). The process is killed if a stage
  // runs far past what its reference predicts, so a hang fails in bounded time instead of holding the suite.
  it.each(large.map((c) => [c.id, c.description, c] as [string, string, HostileCase]))(
    "%s: %s",
    async (_id, _d, c) => {
      figures.inputs++;
      const run = await runIsolated<EngineRun>(["engine", c.id]);
      if (!run.ok) throw new Error(`${c.id}: ${run.reason}`);
      for (const s of run.value.stages) {
        record(c.id, s.stage, s.subjectMs, s.ratio, s.maxRatio);
        if (s.ratio > s.maxRatio) throw new Error(costProblem(`${s.stage} on ${c.id}`, s, `scale ${SMALL_SCALE}`));
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
