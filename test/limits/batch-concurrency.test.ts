// Issue 16.4: Graph sends up to four parts of a $batch to Exchange at once, so the per-mailbox limit of
// four concurrent requests counts batch parts, not HTTP requests. The emulator enforces that; the layer's
// limiter must count parts too, or first paint beside a care-call scan meets 429 ApplicationThrottled.
import { createEmulator, createSeed } from "../../src/dev/emulator";
import { createGraph, Semaphore } from "../../src/graph";

const NOW = new Date("2026-11-25T15:00:00Z");
const seed = createSeed({ now: NOW });
const kestrel = seed.threads["kestrel-license"];
const FIRST_PAINT = {
  messageId: kestrel.messageIds[2],
  conversationId: kestrel.conversationId,
  ownerAddress: seed.me.mail,
  scheduleStart: "2026-11-25T15:00:00Z",
  scheduleEnd: "2026-12-02T15:00:00Z",
};

describe("concurrency counts batch parts", () => {
  it("the emulator throttles the parts of a batch that find the mailbox's slots taken by other requests", async () => {
    const emu = createEmulator({ seed });
    emu.faults.latency(40);
    const get = () => emu.handle(new Request("https://graph.microsoft.com/v1.0/me", { headers: { Authorization: "Bearer t" } }));
    const batch = emu.handle(
      new Request("https://graph.microsoft.com/v1.0/$batch", {
        method: "POST",
        headers: { Authorization: "Bearer t", "Content-Type": "application/json" },
        body: JSON.stringify({ requests: [1, 2, 3].map((i) => ({ id: String(i), method: "GET", url: "/me/mailboxSettings" })) }),
      }),
    );
    await new Promise((r) => setTimeout(r, 10)); // the batch has arrived and sits in its latency
    // Two single requests arrive while the batch's three parts hold three of the four slots: one fits.
    const [b, r1, r2] = await Promise.all([batch, get(), get()]);
    expect((await b.json()).responses.every((p: { status: number }) => p.status === 200)).toBe(true);
    expect([r1.status, r2.status].sort()).toEqual([200, 429]);
  });

  it("first paint beside a care-call scan sees no 429", async () => {
    const emu = createEmulator({ seed });
    emu.faults.latency(25);
    const graph = createGraph({ getToken: async () => "t", fetch: emu.fetch, backoffBaseMs: 10 });
    await Promise.all([graph.scanCorrespondents({ now: NOW }), graph.loadFirstPaint(FIRST_PAINT), graph.scanCorrespondents({ now: NOW })]);
    expect(emu.log.filter((l) => l.status === 429)).toEqual([]);
    expect(graph.peakConcurrency).toBeLessThanOrEqual(4);
  });

  it("a weighted holder waits for enough free slots, and waiters are served in order", async () => {
    const s = new Semaphore(4);
    const r1 = await s.acquire(undefined, 1);
    const order: string[] = [];
    const heavy = s.acquire(undefined, 4).then((r) => (order.push("heavy"), r));
    const light = s.acquire(undefined, 1).then((r) => (order.push("light"), r));
    await Promise.resolve();
    expect(order).toEqual([]);
    r1();
    const rh = await heavy;
    expect(s.inUse).toBe(4);
    rh();
    (await light)();
    expect(order).toEqual(["heavy", "light"]);
    expect(s.inUse).toBe(0);
  });
});
