// Shared set-up for the Graph fault tests: an emulator, a Graph client over its fetch, a token source that
// counts refreshes, a tally of injected faults, and the booking path (core booking → Graph createEvent).
import { createEmulator, GraphEmulator } from "../../src/dev/emulator";
import { createGraph, Graph, GraphError } from "../../src/graph";
import { buildCallEvent } from "../../src/core/booking";
import type { GraphEventBody } from "../../src/core/booking";

export const NOW = new Date("2026-11-23T09:00:00Z");
export const BASE_URL = "https://graph.microsoft.com/v1.0";

/** Totals across the fault suites, written to test-results/ for the issue 8 figures. */
export const tally = { faultsInjected: 0, bookings: 0, duplicateEvents: 0, scenarios: 0 };

/** Statuses an injected fault produces in the emulator's log (0 = dropped connection). */
const FAULT_STATUSES = new Set([0, 401, 429, 500, 502, 503, 504]);

export interface Rig {
  emu: GraphEmulator;
  graph: Graph;
  /** Calls to getToken, and how many of them asked for a refresh. */
  tokens: { calls: number; refreshes: number; current: string };
  /** Faults the emulator actually served (outer requests and batch parts). */
  faultsServed(): number;
}

/**
 * fetch over the emulator that behaves like a real network on abort: the caller's promise rejects with an
 * AbortError at once, while the server (the emulator) goes on with the request it already received.
 * (The emulator's own fetch waits for the handler and then answers even after an abort.)
 */
export function networkFetch(emu: GraphEmulator): typeof fetch {
  return ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      const aborted = () => reject(new DOMException("This operation was aborted", "AbortError"));
      if (signal?.aborted) return aborted();
      signal?.addEventListener("abort", aborted, { once: true });
      emu
        .handle(new Request(input, { ...init, signal: undefined }))
        .then((res) => (res.type === "error" ? reject(new TypeError("fetch failed: connection dropped")) : resolve(res)), reject);
    })) as typeof fetch;
}

export function rig(opts: { maxRetries?: number; maxTotalWaitMs?: number; fetch?: (emu: GraphEmulator) => typeof fetch } = {}): Rig {
  const emu = createEmulator({ now: NOW });
  const tokens = { calls: 0, refreshes: 0, current: "token-0" };
  const graph = createGraph({
    baseUrl: BASE_URL,
    fetch: (opts.fetch ?? networkFetch)(emu),
    getToken: async (o) => {
      tokens.calls++;
      if (o?.forceRefresh) {
        tokens.refreshes++;
        tokens.current = `token-${tokens.refreshes}`;
      }
      return tokens.current;
    },
    // Short waits keep the suite fast; the bounds are what is under test, not their size.
    backoffBaseMs: 5,
    maxRetries: opts.maxRetries ?? 4,
    maxTotalWaitMs: opts.maxTotalWaitMs ?? 2_000,
    timeZone: "UTC",
  });
  tally.scenarios++;
  return {
    emu,
    graph,
    tokens,
    faultsServed: () => emu.log.filter((e) => FAULT_STATUSES.has(e.status) && !(e.status === 401 && e.kind === "part")).length,
  };
}

/** Adds a rig's served faults to the tally (call at the end of a scenario). */
export function count(r: Rig): number {
  const n = r.faultsServed();
  tally.faultsInjected += n;
  return n;
}

/** The event booking would send for the seeded client message and a fixed slot. */
export function callEvent(messageId = "<booking-test@clientco.com>", start = "2026-11-24T15:00:00Z"): GraphEventBody & { transactionId: string } {
  const event = buildCallEvent({
    client: { name: "Jane Client", address: "jane.client@clientco.com" },
    slot: { start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString(), timeZone: "UTC" },
    dialNumber: { e164: "+12125550142", ext: null, display: "+1 212 555 0142" },
    agenda: [],
    messageId,
  });
  if (!event.transactionId) throw new Error("booking built an event without a transactionId");
  return event as GraphEventBody & { transactionId: string };
}

/** Books through the Graph layer as the taskpane does: the event's own transactionId on every try. */
export async function book(r: Rig, event: GraphEventBody & { transactionId: string }, signal?: AbortSignal) {
  tally.bookings++;
  return r.graph.createEvent(event as never, event.transactionId, signal ? { signal } : undefined);
}

/** Events in the emulated calendar carrying this transactionId; more than one is a double booking. */
export function eventsWith(r: Rig, transactionId: string): number {
  const n = r.emu.state.events.filter((e) => e.transactionId === transactionId).length;
  if (n > 1) tally.duplicateEvents += n - 1;
  return n;
}

/** POST /me/events requests that reached the emulator (dropped ones included). */
export function eventPosts(r: Rig): number {
  return r.emu.log.filter((e) => e.kind === "request" && e.method === "POST" && /\/me\/events$/.test(new URL(e.url).pathname)).length;
}

/** The assertion every failure must pass: a typed error whose message a person can read and act on. */
export function expectReadable(err: unknown, expected: { status?: number; code?: string | RegExp; mentions?: RegExp }): GraphError {
  expect(err).toBeInstanceOf(Error);
  const e = err as GraphError;
  expect(e.name).toBe("GraphError");
  if (expected.status !== undefined) expect(e.status).toBe(expected.status);
  if (expected.code !== undefined) expect(e.code).toMatch(expected.code);
  const msg = e.userMessage;
  expect(typeof msg).toBe("string");
  // A sentence for people: starts with a capital, ends with a full stop, no JSON, stack, or placeholder.
  expect(msg).toMatch(/^[A-Z][^\n]{10,300}[.]$/);
  expect(msg).not.toMatch(/[{}]|\bundefined\b|\bnull\b|\[object|\bat \S+ \(|Bearer|token-\d/);
  if (expected.mentions) expect(msg).toMatch(expected.mentions);
  // Last, so a broken prototype chain shows up on its own: callers branch with `instanceof GraphError`
  // and read the `transient` getter.
  expect(err).toBeInstanceOf(GraphError);
  expect(typeof e.transient).toBe("boolean");
  return e;
}

/** Runs fn and returns what it threw (failing the test when it did not throw). */
export async function thrown(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to fail");
}
