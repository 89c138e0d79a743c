// Fault injection against the layer: throttling storms, 5xx, dropped connections, token expiry,
// duplicate creates, batched parts and the concurrency cap.
import { createEmulator, createSeed, GraphEmulator } from "../../src/dev/emulator";
import { createGraph, CreateGraphOptions, GraphError } from "../../src/graph";

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

function setup(opts: Partial<CreateGraphOptions> = {}) {
  const emu = createEmulator({ seed });
  const graph = createGraph({ getToken: async () => "fault-test", fetch: emu.fetch, backoffBaseMs: 10, ...opts });
  return { emu, graph };
}

async function rejection(p: Promise<unknown>): Promise<GraphError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof GraphError) return err;
    throw err;
  }
  throw new Error("expected a GraphError");
}

function batchBodies(emu: GraphEmulator): { id: string }[][] {
  return emu.log.filter((l) => l.kind === "request" && l.url.endsWith("/$batch")).map((l) => (l.body as { requests: { id: string }[] }).requests);
}

describe("throttling", () => {
  it("rides out a short 429 storm, honouring fractional Retry-After", async () => {
    const { emu, graph } = setup();
    // Two throttled answers by count, not by a time window: how many requests fit in a window depends on how
    // loaded the machine is, so a time-boxed storm made the request count flaky.
    emu.faults.throttle({ count: 2, retryAfterSeconds: 0.1 });
    const started = Date.now();
    const settings = await graph.getMailboxSettings();
    expect(settings.timeZone).toBe("Eastern Standard Time");
    expect(emu.stats.requests).toBe(3);
    // Each 0.1 s Retry-After was waited out.
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  it("reports a storm that outlasts the bound clearly, after exactly maxRetries + 1 attempts", async () => {
    const { emu, graph } = setup({ maxRetries: 4, maxTotalWaitMs: 5_000 });
    emu.faults.throttle({ forMs: 60_000, retryAfterSeconds: 0.02 });
    const err = await rejection(graph.getMailboxSettings());
    expect(err.status).toBe(429);
    expect(err.code).toBe("TooManyRequests");
    expect(err.attempts).toBe(5);
    expect(emu.stats.requests).toBe(5);
    expect(err.userMessage).toMatch(/^Outlook is busy right now \(throttled\); tried 5 times over 0\.\d s\./);
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gives up at once when Retry-After exceeds the remaining wait budget", async () => {
    const { emu, graph } = setup({ maxTotalWaitMs: 1_000 });
    emu.faults.throttle({ count: 10, retryAfterSeconds: 30 });
    const started = Date.now();
    const err = await rejection(graph.getMailboxSettings());
    expect(err.status).toBe(429);
    // Far below the 30 s Graph asked for: it did not wait at all.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(emu.stats.requests).toBe(1);
  });

  it("backs off exponentially when a 429 comes without Retry-After (MailboxConcurrency)", async () => {
    const { emu, graph } = setup({ backoffBaseMs: 20 });
    emu.faults.throttle({ count: 2, retryAfterSeconds: null, code: "ApplicationThrottled" });
    const started = Date.now();
    await graph.getMe();
    expect(emu.stats.requests).toBe(3);
    // 20 ms then 40 ms (plus jitter).
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it.each([503, 504] as const)("retries %d", async (status) => {
    const { emu, graph } = setup();
    emu.faults.serverError({ status, count: 2 });
    await graph.getMe();
    expect(emu.stats.requests).toBe(3);
  });

  it("does not retry a 500", async () => {
    const { emu, graph } = setup();
    emu.faults.serverError({ status: 500, count: 1 });
    const err = await rejection(graph.getMe());
    expect(err.status).toBe(500);
    expect(emu.stats.requests).toBe(1);
    expect(err.userMessage).toMatch(/temporarily unavailable \(500\)/);
  });

  it("retries a dropped connection, then reports a NetworkError if it keeps dropping", async () => {
    const { emu, graph } = setup({ maxRetries: 2 });
    emu.faults.dropConnection({ route: "/me/mailboxSettings", count: 1 });
    await graph.getMailboxSettings();
    expect(emu.stats.requests).toBe(2);
    emu.faults.dropConnection({ route: "/me/mailboxSettings", count: 10 });
    const err = await rejection(graph.getMailboxSettings());
    expect(err.code).toBe("NetworkError");
    expect(err.attempts).toBe(3);
    expect(err.userMessage).toMatch(/Could not reach Microsoft 365/);
  });

  it("abandons an attempt that does not answer in time, then reports a Timeout", async () => {
    const { emu, graph } = setup({ timeoutMs: 50, maxRetries: 1 });
    emu.faults.latency(2_000, "/me/mailboxSettings");
    const started = Date.now();
    const err = await rejection(graph.getMailboxSettings());
    expect(err.code).toBe("Timeout");
    expect(err.attempts).toBe(2);
    expect(err.userMessage).toMatch(/did not answer in time; tried 2 times/);
    // Two abandoned attempts, not two full 2 s answers.
    expect(Date.now() - started).toBeLessThan(1_900);
  });

  it("is cancellable in flight", async () => {
    const { emu, graph } = setup();
    emu.faults.latency(2_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const err = await rejection(graph.getMe({ signal: controller.signal }));
    expect(err.code).toBe("Aborted");
  });

  it("is cancellable while waiting to retry", async () => {
    const { emu, graph } = setup();
    emu.faults.throttle({ forMs: 60_000, retryAfterSeconds: 5 });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const err = await rejection(graph.getMailboxSettings({ signal: controller.signal }));
    expect(err.code).toBe("Aborted");
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe("repeating only what is safe to repeat", () => {
  const contact = { givenName: "Oliver", surname: "Pemberton", emailAddresses: [{ address: "o.pemberton@thamesidelogistics.co.uk" }] };
  const event = { subject: "Call", start: { dateTime: "2026-11-26T15:00:00", timeZone: "UTC" }, end: { dateTime: "2026-11-26T15:30:00", timeZone: "UTC" } };

  it("does not repeat a POST /me/contacts whose connection dropped (the server may have created it)", async () => {
    const { emu, graph } = setup();
    emu.faults.dropConnection({ route: "/me/contacts", count: 1 });
    const err = await rejection(graph.createContact(contact));
    expect([err.code, err.attempts, emu.stats.requests]).toEqual(["NetworkError", 1, 1]);
  });

  it("does not repeat it after a 504 either, but does after 429 and 503 (not processed)", async () => {
    const { emu, graph } = setup();
    emu.faults.serverError({ status: 504, count: 1, route: "/me/contacts" });
    expect((await rejection(graph.createContact(contact))).status).toBe(504);
    emu.faults.serverError({ status: 503, count: 1, route: "/me/contacts" }).throttle({ count: 1, route: "/me/contacts", retryAfterSeconds: 0.01 });
    const before = emu.state.contacts.length;
    await graph.createContact(contact);
    expect(emu.state.contacts.length).toBe(before + 1);
  });

  it("repeats a create that carries a transactionId, and getSchedule, after a dropped connection", async () => {
    const { emu, graph } = setup();
    emu.faults.dropConnection({ route: "/me/events", count: 1 }).dropConnection({ route: "/me/calendar/getSchedule", count: 1 });
    const before = emu.state.events.length;
    await graph.createEvent(event, "tid-drop");
    await graph.getSchedule({ address: seed.me.mail, start: "2026-11-25T00:00:00Z", end: "2026-11-26T00:00:00Z" });
    expect(emu.state.events.length).toBe(before + 1);
    expect(emu.stats.requests).toBe(4);
  });
});

describe("token expiry", () => {
  it("refreshes the token once on 401 and retries once", async () => {
    const emu = createEmulator({ seed });
    emu.faults.expireToken("stale");
    const calls: (boolean | undefined)[] = [];
    const graph = createGraph({
      fetch: emu.fetch,
      getToken: async (o) => {
        calls.push(o?.forceRefresh);
        return o?.forceRefresh ? "fresh" : "stale";
      },
    });
    const me = await graph.getMe();
    expect(me.mail).toBe(seed.me.mail);
    expect(calls).toEqual([undefined, true]);
    expect(emu.stats.requests).toBe(2);
  });

  it("does not loop when the refreshed token is refused too", async () => {
    const emu = createEmulator({ seed });
    emu.faults.expireToken("stale").expireToken("also-stale");
    const getToken = jest.fn(async (o?: { forceRefresh?: boolean }) => (o?.forceRefresh ? "also-stale" : "stale"));
    const graph = createGraph({ fetch: emu.fetch, getToken });
    const err = await rejection(graph.getMe());
    expect(err.status).toBe(401);
    expect(err.code).toBe("InvalidAuthenticationToken");
    expect(getToken.mock.calls.filter(([o]) => o?.forceRefresh)).toHaveLength(1);
    expect(emu.stats.requests).toBe(2);
    expect(err.userMessage).toMatch(/sign-in has expired/);
  });

  it("answers a request without a bearer token with 401, as Graph does", async () => {
    const emu = createEmulator({ seed });
    const res = await emu.handle(new Request("https://graph.microsoft.com/v1.0/me"));
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("InvalidAuthenticationToken");
  });
});

describe("events", () => {
  it("a create repeated with the same transactionId leaves one event", async () => {
    const { emu, graph } = setup();
    const before = emu.state.events.length;
    const event = {
      subject: "Call with Priya Raman",
      start: { dateTime: "2026-11-26T15:00:00", timeZone: "Eastern Standard Time" },
      end: { dateTime: "2026-11-26T15:30:00", timeZone: "Eastern Standard Time" },
      attendees: [{ emailAddress: { address: "priya.raman@kestrelbio.com", name: "Priya Raman" }, type: "required" as const }],
    };
    const a = await graph.createEvent(event, "7E163156-7762-4BEB-A1C6-729EA81755A7");
    const b = await graph.createEvent(event, "7E163156-7762-4BEB-A1C6-729EA81755A7");
    expect(b.id).toBe(a.id);
    expect(emu.state.events.length).toBe(before + 1);
    await graph.createEvent(event, "another-transaction");
    expect(emu.state.events.length).toBe(before + 2);
  });

  it("a create retried after a 503 still leaves one event", async () => {
    const { emu, graph } = setup();
    const before = emu.state.events.length;
    emu.faults.serverError({ status: 503, count: 1, route: "/me/events" });
    await graph.createEvent({ subject: "x", start: { dateTime: "2026-11-26T15:00:00", timeZone: "UTC" }, end: { dateTime: "2026-11-26T16:00:00", timeZone: "UTC" } }, "tid-503");
    expect(emu.state.events.length).toBe(before + 1);
    expect(emu.stats.requests).toBe(2);
  });

  it("deleteEvent removes it", async () => {
    const { emu, graph } = setup();
    const e = await graph.createEvent({ subject: "x", start: { dateTime: "2026-11-26T15:00:00", timeZone: "UTC" }, end: { dateTime: "2026-11-26T16:00:00", timeZone: "UTC" } }, "tid-del");
    await graph.deleteEvent(e.id!);
    expect(emu.state.events.some((x) => x.transactionId === "tid-del")).toBe(false);
  });
});

describe("first paint", () => {
  it("arrives in ONE HTTP request", async () => {
    const { emu, graph } = setup({ timeZone: "Eastern Standard Time" });
    const fp = await graph.loadFirstPaint(FIRST_PAINT);
    expect(emu.stats.requests).toBe(1);
    expect(fp.httpRequests).toBe(1);
    expect(fp.message.ok && fp.message.value.from?.address).toBe("priya.raman@kestrelbio.com");
    expect(fp.thread.ok && fp.thread.value.map((m) => m.from?.name)).toEqual(["Priya Raman", "Alex Morgan", "Priya Raman"]);
    expect(fp.mailboxSettings.ok && fp.mailboxSettings.value.timeZone).toBe("Eastern Standard Time");
    expect(fp.schedule.ok && fp.schedule.value.availabilityView?.length).toBe(7 * 48);
    expect(fp.me.ok && fp.me.value.mail).toBe(seed.me.mail);
  });

  it("retries a throttled batch part alone", async () => {
    const { emu, graph } = setup();
    emu.faults.throttle({ route: /\/me\/calendar\/getSchedule$/, target: "part", count: 1, retryAfterSeconds: 0.05 });
    const fp = await graph.loadFirstPaint(FIRST_PAINT);
    expect(fp.schedule.ok).toBe(true);
    expect(emu.stats.requests).toBe(2);
    expect(batchBodies(emu).map((parts) => parts.map((p) => p.id).sort())).toEqual([
      ["mailboxSettings", "me", "message", "schedule", "thread"],
      ["schedule"],
    ]);
  });

  it("re-sends the 424 dependants of a throttled part with it", async () => {
    const { emu, graph } = setup();
    emu.faults.throttle({ route: "/me/mailboxSettings", target: "part", count: 1, retryAfterSeconds: 0.01 });
    const fp = await graph.loadFirstPaint(FIRST_PAINT);
    expect(fp.mailboxSettings.ok && fp.me.ok).toBe(true);
    expect(batchBodies(emu)[1].map((p) => p.id).sort()).toEqual(["mailboxSettings", "me"]);
  });

  it("does not throw when the batch request itself fails: every part carries the reason", async () => {
    const { emu, graph } = setup({ maxRetries: 1 });
    emu.faults.dropConnection({ route: "/$batch", count: 10 });
    const fp = await graph.loadFirstPaint(FIRST_PAINT);
    for (const part of [fp.message, fp.thread, fp.mailboxSettings, fp.schedule, fp.me]) {
      expect(part.ok).toBe(false);
      if (!part.ok) expect(part.error.code).toBe("NetworkError");
    }
    expect(fp.httpRequests).toBe(2);
  });

  it("reports a part that keeps failing as a typed error and keeps the others", async () => {
    const { emu, graph } = setup({ maxTotalWaitMs: 200 });
    emu.faults.throttle({ route: /getSchedule$/, target: "part", forMs: 60_000, retryAfterSeconds: 0.05 });
    const fp = await graph.loadFirstPaint({ ...FIRST_PAINT, messageId: "AAMkADnotthere=" });
    expect(fp.schedule.ok).toBe(false);
    if (!fp.schedule.ok) {
      expect(fp.schedule.error.status).toBe(429);
      expect(fp.schedule.error.userMessage).toMatch(/throttled/);
    }
    expect(fp.message.ok).toBe(false);
    if (!fp.message.ok) expect(fp.message.error.code).toBe("ErrorItemNotFound");
    expect(fp.thread.ok && fp.mailboxSettings.ok && fp.me.ok).toBe(true);
  });
});

describe("concurrency", () => {
  it("never has more than 4 requests in flight", async () => {
    const emu = createEmulator({ seed });
    emu.faults.latency(30);
    let inFlight = 0;
    let peak = 0;
    const countingFetch: typeof fetch = async (input, init) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        return await emu.fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const graph = createGraph({ getToken: async () => "t", fetch: countingFetch });
    await Promise.all(Array.from({ length: 12 }, () => graph.getMessage(kestrel.messageIds[0])));
    expect(emu.stats.requests).toBe(12);
    expect(peak).toBe(4);
    expect(graph.peakConcurrency).toBe(4);
    // The emulator enforces Outlook's limit: had the layer sent a fifth, it would have met a 429.
    expect(emu.log.every((l) => l.status === 200)).toBe(true);
  });

  it("the emulator refuses a fifth concurrent request with 429 ApplicationThrottled, no Retry-After", async () => {
    const emu = createEmulator({ seed });
    emu.faults.latency(30);
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => emu.handle(new Request("https://graph.microsoft.com/v1.0/me", { headers: { Authorization: "Bearer t" } }))),
    );
    const throttled = responses.filter((r) => r.status === 429);
    expect(throttled).toHaveLength(2);
    expect(throttled[0].headers.get("Retry-After")).toBeNull();
    expect((await throttled[0].json()).error.code).toBe("ApplicationThrottled");
  });

  it("a batch of more than 4 parallel parts meets the limit; the layer retries the throttled parts", async () => {
    const { emu, graph } = setup();
    const parts = Array.from({ length: 6 }, (_, i) => ({ id: String(i + 1), method: "GET" as const, url: "/me/mailboxSettings" }));
    const out = await graph.batch(parts);
    expect([...out.values()].every((o) => o.ok)).toBe(true);
    expect(batchBodies(emu).map((b) => b.length)).toEqual([6, 2]);
    // First paint stays within four parallel chains, so it never meets the limit.
    emu.resetStats();
    await graph.loadFirstPaint(FIRST_PAINT);
    expect(emu.log.filter((l) => l.kind === "part").every((l) => l.status === 200)).toBe(true);
  });
});

describe("errors", () => {
  it("turns an OData error into a GraphError with code, status, requestId and a readable message", async () => {
    const { graph } = setup();
    const err = await rejection(graph.getMessage("AAMkADnotthere="));
    expect(err).toBeInstanceOf(GraphError);
    expect([err.status, err.code]).toEqual([404, "ErrorItemNotFound"]);
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(err.userMessage).toBe("Outlook could not find that item; it may have been moved or deleted.");
  });
});
