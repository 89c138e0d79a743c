// Graph faults through src/graph against the emulator (issue 8): 429 storms, 503/504, timeouts, dropped
// connections (before and after the server acted), 401 expiry and a $batch whose parts fail. Every failure
// must come back as a typed error a person can read; booking must leave exactly one event.
import * as fs from "node:fs";
import * as path from "node:path";
import { GraphError } from "../../src/graph";
import { book, callEvent, count, eventPosts, eventsWith, expectReadable, NOW, rig, tally, thrown } from "./harness";

afterAll(() => {
  const dir = path.resolve(__dirname, "../../test-results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "figures-faults.json"), JSON.stringify(tally, null, 2) + "\n");
});

const SCHEDULE = { address: "", start: "2026-11-23T00:00:00Z", end: "2026-11-28T00:00:00Z" };

describe("429 throttling", () => {
  it("rides out a short storm honouring Retry-After", async () => {
    const r = rig();
    r.emu.faults.throttle({ route: "/me/mailboxSettings", count: 3, retryAfterSeconds: 0.02 });
    const settings = await r.graph.getMailboxSettings();
    expect(settings).toHaveProperty("timeZone");
    expect(r.emu.log.filter((e) => e.status === 429)).toHaveLength(3);
    expect(count(r)).toBe(3);
  });

  it("backs off when Outlook's concurrency 429 carries no Retry-After", async () => {
    const r = rig();
    r.emu.faults.throttle({ route: "/me/mailboxSettings", count: 2, retryAfterSeconds: null, code: "ApplicationThrottled" });
    await expect(r.graph.getMailboxSettings()).resolves.toBeTruthy();
    count(r);
  });

  it("gives up within its bounds on a storm that does not stop, and says so plainly", async () => {
    const r = rig({ maxRetries: 4, maxTotalWaitMs: 500 });
    r.emu.faults.throttle({ forMs: 60_000, retryAfterSeconds: 0.05 });
    const started = Date.now();
    const err = expectReadable(await thrown(() => r.graph.getMailboxSettings()), { status: 429, mentions: /busy|throttl/i });
    expect(err.transient).toBe(true);
    // Bounded: at most maxRetries + 1 requests, and no waiting beyond the total bound.
    expect(r.emu.stats.requests).toBeLessThanOrEqual(5);
    expect(err.attempts).toBe(r.emu.stats.requests);
    expect(err.waitedMs).toBeLessThanOrEqual(500);
    expect(Date.now() - started).toBeLessThan(10_000);
    count(r);
  });

  it("does not wait out a Retry-After longer than the bound", async () => {
    const r = rig({ maxTotalWaitMs: 1_000 });
    r.emu.faults.throttle({ count: 1, retryAfterSeconds: 3600 });
    const started = Date.now();
    expectReadable(await thrown(() => r.graph.getMe()), { status: 429 });
    expect(Date.now() - started).toBeLessThan(5_000);
    count(r);
  });
});

describe("503 / 504", () => {
  it.each([503, 504] as const)("retries a passing %i and succeeds", async (status) => {
    const r = rig();
    r.emu.faults.serverError({ route: "/me/calendar/getSchedule", count: 2, status });
    const info = await r.graph.getSchedule({ ...SCHEDULE, address: r.emu.state.me.mail });
    expect(info.scheduleId?.toLowerCase()).toBe(r.emu.state.me.mail.toLowerCase());
    expect(count(r)).toBe(2);
  });

  it("reports a lasting outage as temporarily unavailable", async () => {
    const r = rig({ maxTotalWaitMs: 300 });
    r.emu.faults.serverError({ forMs: 60_000, status: 503, retryAfterSeconds: 0.05 });
    const err = expectReadable(await thrown(() => r.graph.getMailboxSettings()), { status: 503, mentions: /unavailable/i });
    expect(err.transient).toBe(true);
    count(r);
  });

  it("does not retry a 500 (not documented as transient) more than its bounds allow", async () => {
    const r = rig();
    r.emu.faults.serverError({ count: 10, status: 500 });
    expectReadable(await thrown(() => r.graph.getMe()), { status: 500 });
    expect(r.emu.stats.requests).toBeLessThanOrEqual(5);
    count(r);
  });
});

describe("timeouts and dropped connections", () => {
  it("a call that hangs is cancelled by its signal with a readable error", async () => {
    const r = rig();
    r.emu.faults.latency(5_000, "/me/mailboxSettings");
    const started = Date.now();
    const err = expectReadable(await thrown(() => r.graph.getMailboxSettings({ signal: AbortSignal.timeout(100) })), { code: "Aborted" });
    expect(err.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
    tally.faultsInjected++;
  });

  it("retries a read after a dropped connection", async () => {
    const r = rig();
    r.emu.faults.dropConnection({ route: "/me", count: 2 });
    await expect(r.graph.getMe()).resolves.toHaveProperty("mail");
    expect(count(r)).toBe(2);
  });

  it("reports a network that stays down as a network error", async () => {
    const r = rig({ maxTotalWaitMs: 200 });
    r.emu.faults.dropConnection({ forMs: 60_000 });
    expectReadable(await thrown(() => r.graph.getMe()), { code: "NetworkError", mentions: /network|reach/i });
    count(r);
  });
});

describe("401 expiry", () => {
  it("refreshes the token once and carries on", async () => {
    const r = rig();
    r.emu.faults.expireToken("token-0");
    await expect(r.graph.getMailboxSettings()).resolves.toBeTruthy();
    expect(r.tokens.refreshes).toBe(1);
    expect(r.emu.log.filter((e) => e.status === 401)).toHaveLength(1);
    count(r);
  });

  it("stops after one refresh when the new token is refused too", async () => {
    const r = rig();
    r.emu.faults.expireToken("token-0").expireToken("token-1").expireToken("token-2");
    expectReadable(await thrown(() => r.graph.getMe()), { status: 401, mentions: /sign/i });
    expect(r.tokens.refreshes).toBe(1);
    expect(r.emu.stats.requests).toBe(2);
    count(r);
  });

  it("a token expiring in the middle of a session is refreshed once for the next call", async () => {
    const r = rig();
    await r.graph.getMe();
    r.emu.faults.expireToken("token-0");
    await r.graph.getMailboxSettings();
    await r.graph.getMe();
    expect(r.tokens.refreshes).toBe(1);
    count(r);
  });
});

describe("$batch with failed parts", () => {
  function firstPaintInput(r: ReturnType<typeof rig>) {
    const msg = r.emu.state.messages.find((m) => m.folder === "inbox")!;
    return {
      messageId: msg.id,
      conversationId: msg.conversationId,
      ownerAddress: r.emu.state.me.mail,
      scheduleStart: NOW.toISOString(),
      scheduleEnd: new Date(NOW.getTime() + 5 * 86_400_000).toISOString(),
    };
  }

  it("retries throttled parts and still paints everything", async () => {
    const r = rig();
    r.emu.faults.throttle({ route: "/me/mailboxSettings", target: "part", count: 1, retryAfterSeconds: 0.02 });
    r.emu.faults.serverError({ route: "/me/calendar/getSchedule", target: "part", count: 1, retryAfterSeconds: 0.02 });
    const fp = await r.graph.loadFirstPaint(firstPaintInput(r));
    for (const part of [fp.message, fp.thread, fp.mailboxSettings, fp.schedule, fp.me]) expect(part.ok).toBe(true);
    // One batch, plus one follow-up for the failed parts and their dependants.
    expect(r.emu.stats.requests).toBe(2);
    expect(count(r)).toBe(2);
  });

  it("returns partial data and names the part that failed", async () => {
    const r = rig({ maxTotalWaitMs: 300 });
    r.emu.faults.serverError({ route: "/me/calendar/getSchedule", target: "part", forMs: 60_000, retryAfterSeconds: 0.05 });
    const fp = await r.graph.loadFirstPaint(firstPaintInput(r));
    expect(fp.message.ok).toBe(true);
    expect(fp.thread.ok).toBe(true);
    expect(fp.mailboxSettings.ok).toBe(true);
    expect(fp.me.ok).toBe(true);
    expect(fp.schedule.ok).toBe(false);
    if (!fp.schedule.ok) expectReadable(fp.schedule.error, { status: 503, mentions: /unavailable/i });
    count(r);
  });

  it("a lasting failure of one part fails its dependants with a reason, not the whole load", async () => {
    const r = rig({ maxTotalWaitMs: 300 });
    r.emu.faults.throttle({ route: "/me/mailboxSettings", target: "part", forMs: 60_000, retryAfterSeconds: 0.05 });
    const fp = await r.graph.loadFirstPaint(firstPaintInput(r));
    expect(fp.message.ok && fp.thread.ok && fp.schedule.ok).toBe(true);
    expect(fp.mailboxSettings.ok).toBe(false);
    if (!fp.mailboxSettings.ok) expectReadable(fp.mailboxSettings.error, { status: 429 });
    // "me" rides behind mailboxSettings: it either got through on a later round or failed with a reason.
    if (!fp.me.ok) expectReadable(fp.me.error, {});
    count(r);
  });

  it("a missing item (404) in a batch is reported for that part only", async () => {
    const r = rig();
    const input = { ...firstPaintInput(r), messageId: "AAMkNoSuchMessage=" };
    const fp = await r.graph.loadFirstPaint(input);
    expect(fp.message.ok).toBe(false);
    if (!fp.message.ok) expectReadable(fp.message.error, { status: 404, mentions: /could not find/i });
    expect(fp.mailboxSettings.ok && fp.schedule.ok).toBe(true);
  });

  it("the whole $batch request throttled is retried as a request", async () => {
    const r = rig();
    r.emu.faults.throttle({ route: "/$batch", target: "request", count: 2, retryAfterSeconds: 0.02 });
    const fp = await r.graph.loadFirstPaint(firstPaintInput(r));
    expect(fp.message.ok && fp.schedule.ok && fp.mailboxSettings.ok).toBe(true);
    expect(count(r)).toBe(2);
  });
});

describe("GraphError is typed and safe to show", () => {
  it("carries no token or request body in its message", async () => {
    const r = rig({ maxTotalWaitMs: 100 });
    r.emu.faults.serverError({ forMs: 60_000, status: 503 });
    const event = callEvent("<secret-body@clientco.com>");
    const err = (await thrown(() => book(r, event))) as GraphError;
    expect(err).toBeInstanceOf(GraphError);
    const text = `${err.message}\n${err.userMessage}\n${String(err.stack)}`;
    expect(text).not.toContain(r.tokens.current);
    expect(text).not.toContain("+12125550142");
    expect(text).not.toContain(event.transactionId);
    count(r);
  });
});

// Booking: eventsWith() feeds the duplicate-event figure; every scenario must end with exactly one event.
describe("booking is exactly-once", () => {
  it("a plain booking makes one event", async () => {
    const r = rig();
    const event = callEvent();
    await book(r, event);
    expect(eventsWith(r, event.transactionId)).toBe(1);
  });

  it("a second click books nothing more", async () => {
    const r = rig();
    const event = callEvent();
    await book(r, event);
    await book(r, event);
    expect(eventsWith(r, event.transactionId)).toBe(1);
  });

  it("two concurrent clicks make one event", async () => {
    const r = rig();
    const event = callEvent();
    await Promise.all([book(r, event), book(r, event), book(r, event)]);
    expect(eventsWith(r, event.transactionId)).toBe(1);
  });

  it("a 429 storm during booking ends with one event", async () => {
    const r = rig();
    r.emu.faults.throttle({ route: "/me/events", count: 3, retryAfterSeconds: 0.02 });
    const event = callEvent();
    await book(r, event);
    expect(eventsWith(r, event.transactionId)).toBe(1);
    expect(count(r)).toBe(3);
  });

  it("a connection dropped before the request reached Graph is retried into one event", async () => {
    const r = rig();
    r.emu.faults.dropConnection({ route: "/me/events", count: 2 });
    const event = callEvent();
    await book(r, event);
    expect(eventPosts(r)).toBe(3);
    expect(eventsWith(r, event.transactionId)).toBe(1);
    count(r);
  });

  it("a connection dropped after Graph created the event (response lost) is retried into the same one event", async () => {
    let dropsLeft = 2;
    const r = rig({
      // Graph acts on the request, then the connection dies before the response reaches us.
      fetch: (emu) => (async (input: RequestInfo | URL, init?: RequestInit) => {
        const res = await emu.fetch(input, init);
        if (init?.method === "POST" && String(input).endsWith("/me/events") && dropsLeft > 0) {
          dropsLeft--;
          tally.faultsInjected++;
          throw new TypeError("fetch failed: connection reset after the server answered");
        }
        return res;
      }) as typeof fetch,
    });
    const event = callEvent();
    const created = await book(r, event);
    expect(eventPosts(r)).toBe(3);
    expect(eventsWith(r, event.transactionId)).toBe(1);
    // The answer to the last try is the event the first try created (ids are immutable: Prefer IdType).
    const stored = r.emu.state.events.find((e) => e.transactionId === event.transactionId)!;
    expect([stored.id, stored.immutableId]).toContain(created.id);
  });

  it("a booking that timed out on our side while Graph went on, then retried by the user, is one event", async () => {
    const r = rig();
    r.emu.faults.latency(1_000, "/me/events");
    const event = callEvent();
    expectReadable(await thrown(() => book(r, event, AbortSignal.timeout(50))), { code: "Aborted" });
    // The emulator finishes the request it already received, as Graph would.
    await new Promise((res) => setTimeout(res, 1_200));
    r.emu.faults.clear();
    await book(r, event);
    expect(eventsWith(r, event.transactionId)).toBe(1);
    tally.faultsInjected++;
  });

  it("a failed booking retried by the user after the outage is one event", async () => {
    const r = rig({ maxTotalWaitMs: 100 });
    r.emu.faults.serverError({ route: "/me/events", forMs: 60_000, status: 503 });
    const event = callEvent();
    expectReadable(await thrown(() => book(r, event)), { status: 503 });
    expect(eventsWith(r, event.transactionId)).toBe(0);
    count(r);
    r.emu.faults.clear();
    await book(r, event);
    expect(eventsWith(r, event.transactionId)).toBe(1);
  });

  it("401 during booking refreshes once and books once", async () => {
    const r = rig();
    r.emu.faults.expireToken("token-0");
    const event = callEvent();
    await book(r, event);
    expect(r.tokens.refreshes).toBe(1);
    expect(eventsWith(r, event.transactionId)).toBe(1);
    count(r);
  });

  it("different slots for the same message are different bookings", async () => {
    const r = rig();
    const a = callEvent("<m@clientco.com>", "2026-11-24T15:00:00Z");
    const b = callEvent("<m@clientco.com>", "2026-11-25T15:00:00Z");
    expect(a.transactionId).not.toBe(b.transactionId);
    await book(r, a);
    await book(r, b);
    await book(r, a);
    expect(eventsWith(r, a.transactionId)).toBe(1);
    expect(eventsWith(r, b.transactionId)).toBe(1);
  });

  it("the same slot written with another offset is the same booking", () => {
    expect(callEvent("<m@x>", "2026-11-24T15:00:00Z").transactionId).toBe(callEvent("<m@x>", "2026-11-24T10:00:00-05:00").transactionId);
  });

  it("ends the suite with no duplicate events", () => {
    expect(tally.duplicateEvents).toBe(0);
  });
});
