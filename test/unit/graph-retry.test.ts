import { backoffDelay, DEFAULT_RETRY_POLICY, isRetriableStatus, parseRetryAfter, Semaphore } from "../../src/graph";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-11-25T15:00:00Z");
  it.each([
    ["2.128", 2128],
    ["0", 0],
    ["10", 10_000],
    ["0.5", 500],
    [" 3 ", 3000],
    ["Wed, 25 Nov 2026 15:00:30 GMT", 30_000],
    ["Wed, 25 Nov 2026 14:59:00 GMT", 0],
    ["", null],
    ["soon", null],
    ["-1", null],
    [null, null],
  ])("%p → %p ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe("backoffDelay", () => {
  it("doubles from the base and stops at the cap, with at most 20% jitter", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, backoffBaseMs: 100, backoffMaxMs: 1000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, () => 0))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffDelay(1, policy, () => 0.999)).toBeLessThanOrEqual(120);
  });
});

describe("isRetriableStatus", () => {
  it.each([
    [429, true],
    [503, true],
    [504, true],
    [500, false],
    [502, false],
    [401, false],
    [404, false],
    [200, false],
  ])("%d → %p", (status, expected) => expect(isRetriableStatus(status)).toBe(expected));
});

describe("Semaphore", () => {
  it("never lets more than the limit run, and serves waiters in order", async () => {
    const sem = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        sem.run(async () => {
          running++;
          peak = Math.max(peak, running);
          order.push(i);
          await new Promise((r) => setTimeout(r, 5));
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(sem.peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sem.inUse).toBe(0);
  });

  it("does not over-admit when a new caller arrives while a slot is handed over", async () => {
    const sem = new Semaphore(1);
    const first = await sem.acquire();
    const second = sem.acquire();
    first();
    const third = sem.acquire();
    (await second)();
    (await third)();
    expect(sem.peak).toBe(1);
  });

  it("lets a waiting caller abort", async () => {
    const sem = new Semaphore(1);
    const held = await sem.acquire();
    const controller = new AbortController();
    const waiting = sem.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeDefined();
    held();
    expect(sem.inUse).toBe(0);
  });

  it("rejects a limit below 1", () => expect(() => new Semaphore(0)).toThrow(RangeError));
});
