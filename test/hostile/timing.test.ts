// The time checks themselves (pipeline.ts): they pass linear work and fail quadratic work, measured the way
// the hostile tests measure, so a bound that could never fail would show here.
import { BENIGN_FACTOR, compareCost, GROWTH_SLACK, growthBound, MAX_ROUNDS, sample, SMALL_SCALE } from "./pipeline";
import { hostileCorpus } from "./corpus";

/** Work proportional to n (kept opaque to the optimiser by its result). */
function linear(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) x = (x * 31 + i) | 0;
  return x;
}

/** Work proportional to n². */
function quadratic(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) x = (x * 31 + i + j) | 0;
  return x;
}

/** The bound a large case gets for inputs ten times apart. */
const maxRatio = GROWTH_SLACK / SMALL_SCALE;

describe("time checks", () => {
  it("repeat quick work until a measurement is long enough, and report the cost of one call", async () => {
    let calls = 0;
    const s = await sample(() => ++calls);
    expect(calls).toBeGreaterThan(1);
    expect(s.value).toBe(calls);
    expect(s.ms).toBeGreaterThan(0);
  });

  it("pass linear work ten times larger", async () => {
    const cmp = await compareCost(() => linear(5_000_000), () => linear(500_000), maxRatio);
    expect(cmp.ratio).toBeLessThanOrEqual(cmp.maxRatio);
  });

  it("fail quadratic work on an input ten times larger, in every round", async () => {
    const cmp = await compareCost(() => quadratic(3_000), () => quadratic(300), maxRatio);
    expect(cmp.rounds).toBe(MAX_ROUNDS);
    expect(cmp.ratio).toBeGreaterThan(cmp.maxRatio);
  });

  it("fail a catastrophic step on a small input", async () => {
    const cmp = await compareCost(() => quadratic(5_000), () => linear(5_000), BENIGN_FACTOR);
    expect(cmp.ratio).toBeGreaterThan(cmp.maxRatio);
  });

  it("give a large case a bound between linear and quadratic growth", () => {
    for (const c of hostileCorpus().filter((x) => x.category === "many-phones")) {
      const { full, small, maxRatio: bound } = growthBound(c);
      const sizeRatio = full.length / small.length;
      expect(bound).toBeGreaterThan(2 * sizeRatio);
      expect(bound).toBeLessThan(sizeRatio * sizeRatio);
    }
  });
});
