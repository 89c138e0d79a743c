import fc from "fast-check";
import { emptyScanState, lastTwoWayContact, mergeScan } from "./scan";
import type { ContactRecord, CorrespondentAggregate, ScanBatch } from "./types";

const firm = { ownAddresses: ["alex@firm.com"] };
const rec = (address: string, date: string, direction: ContactRecord["direction"], name?: string): ContactRecord => ({ address, date, direction, name });

describe("mergeScan", () => {
  it("folds each direction into the newest time per correspondent and keeps the newest name", () => {
    const state = mergeScan(
      null,
      {
        scannedAt: "2026-06-01T00:00:00Z",
        sent: [rec("Jane@Acme.com", "2025-01-10T10:00:00Z", "sent", "J. Doe"), rec("jane@acme.com", "2025-03-01T10:00:00+02:00", "sent", "Jane Doe")],
        received: [rec("jane@acme.com", "2025-02-01T09:00:00Z", "received", "jane@acme.com")],
        meetings: [rec("jane@acme.com", "2025-05-01T15:00:00Z", "meeting"), rec("jane@acme.com", "2026-07-01T15:00:00Z", "meeting")],
      },
      firm,
    );
    expect(state.correspondents["jane@acme.com"]).toEqual({
      address: "jane@acme.com",
      name: "Jane Doe",
      lastSent: "2025-03-01T08:00:00.000Z",
      lastReceived: "2025-02-01T09:00:00.000Z",
      lastMeeting: "2025-05-01T15:00:00.000Z",
      nextMeeting: "2026-07-01T15:00:00.000Z",
    });
    expect(state.watermarks).toEqual({
      sent: "2025-03-01T08:00:00.000Z",
      received: "2025-02-01T09:00:00.000Z",
      meetings: "2026-06-01T00:00:00.000Z",
    });
    expect(state.scannedAt).toBe("2026-06-01T00:00:00.000Z");
  });

  it.each([
    ["the attorney", "alex@firm.com"],
    ["a colleague", "pat@firm.com"],
    ["a no-reply sender", "no-reply@vendor.com"],
    ["an Exchange X.500 path", "/o=ExchangeLabs/cn=jane"],
  ])("leaves out %s", (_label, address) => {
    const state = mergeScan(null, { scannedAt: "2026-01-01T00:00:00Z", received: [rec(address, "2025-01-01T00:00:00Z", "received")] }, firm);
    expect(Object.keys(state.correspondents)).toEqual([]);
  });

  it("leaves out records flagged automated and records with bad dates; the watermark still passes what was read", () => {
    const state = mergeScan(null, {
      scannedAt: "2026-01-01T00:00:00Z",
      received: [
        { address: "digest@client.com", date: "2025-01-01T00:00:00Z", direction: "received", automated: true },
        { address: "jane@acme.com", date: "yesterday", direction: "received" },
      ],
    });
    expect(state.correspondents).toEqual({});
    expect(state.watermarks.received).toBe("2025-01-01T00:00:00.000Z");
  });

  it("does not change the previous state", () => {
    const first = mergeScan(null, { scannedAt: "2026-01-01T00:00:00Z", sent: [rec("jane@acme.com", "2025-01-01T00:00:00Z", "sent")] });
    const snapshot = JSON.stringify(first);
    mergeScan(first, { scannedAt: "2026-02-01T00:00:00Z", sent: [rec("jane@acme.com", "2026-01-15T00:00:00Z", "sent")] });
    expect(JSON.stringify(first)).toBe(snapshot);
  });

  it("continues from the watermark: a refresh adds only what is new, explicit watermarks win", () => {
    const first = mergeScan(null, {
      scannedAt: "2026-01-01T00:00:00Z",
      sent: [rec("jane@acme.com", "2025-06-01T00:00:00Z", "sent")],
      received: [rec("jane@acme.com", "2025-05-01T00:00:00Z", "received")],
    });
    const refreshed = mergeScan(first, {
      scannedAt: "2026-02-01T00:00:00Z",
      received: [rec("jane@acme.com", "2026-01-20T00:00:00Z", "received"), rec("bob@beta.com", "2026-01-21T00:00:00Z", "received")],
      watermarks: { received: "2026-01-31T23:00:00.000Z" },
    });
    expect(refreshed.correspondents["jane@acme.com"].lastReceived).toBe("2026-01-20T00:00:00.000Z");
    expect(refreshed.correspondents["jane@acme.com"].lastSent).toBe("2025-06-01T00:00:00.000Z");
    expect(refreshed.correspondents["bob@beta.com"].lastReceived).toBe("2026-01-21T00:00:00.000Z");
    expect(refreshed.watermarks).toEqual({ sent: "2025-06-01T00:00:00.000Z", received: "2026-01-31T23:00:00.000Z", meetings: null });
  });

  it("replaces the next meeting from a new calendar window (a cancelled meeting disappears, a held one becomes past)", () => {
    const first = mergeScan(null, {
      scannedAt: "2026-01-01T00:00:00Z",
      meetings: [rec("jane@acme.com", "2026-01-10T10:00:00Z", "meeting"), rec("bob@beta.com", "2026-01-12T10:00:00Z", "meeting")],
    });
    expect(first.correspondents["bob@beta.com"].nextMeeting).toBe("2026-01-12T10:00:00.000Z");
    const later = mergeScan(first, { scannedAt: "2026-01-15T00:00:00Z", meetings: [rec("jane@acme.com", "2026-01-10T10:00:00Z", "meeting")] });
    expect(later.correspondents["jane@acme.com"]).toMatchObject({ lastMeeting: "2026-01-10T10:00:00.000Z", nextMeeting: null });
    expect(later.correspondents["bob@beta.com"]).toMatchObject({ lastMeeting: null, nextMeeting: null });
    // A refresh of mail only keeps the meeting it cannot see.
    const mailOnly = mergeScan(first, { scannedAt: "2026-01-02T00:00:00Z", sent: [] });
    expect(mailOnly.correspondents["bob@beta.com"].nextMeeting).toBe("2026-01-12T10:00:00.000Z");
  });

  it("starts from an empty state as from nothing", () => {
    const batch: ScanBatch = { scannedAt: "2026-01-01T00:00:00Z", sent: [rec("jane@acme.com", "2025-01-01T00:00:00Z", "sent")] };
    expect(mergeScan(emptyScanState(), batch)).toEqual(mergeScan(null, batch));
    expect(emptyScanState()).toEqual({ version: 1, scannedAt: null, watermarks: { sent: null, received: null, meetings: null }, correspondents: {} });
  });

  it("rejects a batch without a valid scan time", () => {
    expect(() => mergeScan(null, { scannedAt: "soon" } as ScanBatch)).toThrow(RangeError);
  });

  // Overlapping `ge` windows resend records; the merge must neither double-count nor depend on batch order.
  it("is idempotent and order-independent (property)", () => {
    const address = fc.constantFrom("a@x.com", "b@y.com", "c@z.org");
    const date = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 0, 1) }).map((ms) => new Date(ms).toISOString());
    const record = fc.record({ address, date, direction: fc.constantFrom("sent" as const, "received" as const) });
    const batch = fc.array(record, { maxLength: 20 }).map((rs): ScanBatch => ({
      scannedAt: "2026-01-01T00:00:00Z",
      sent: rs.filter((r) => r.direction === "sent"),
      received: rs.filter((r) => r.direction === "received"),
    }));
    fc.assert(
      fc.property(batch, batch, (a, b) => {
        const ab = mergeScan(mergeScan(null, a), b);
        const ba = mergeScan(mergeScan(null, b), a);
        expect(ab.correspondents).toEqual(ba.correspondents);
        expect(mergeScan(ab, a).correspondents).toEqual(ab.correspondents);
      }),
      { numRuns: 200 },
    );
  });
});

describe("lastTwoWayContact", () => {
  const agg = (over: Partial<CorrespondentAggregate>): CorrespondentAggregate => ({
    address: "jane@acme.com",
    name: null,
    lastSent: null,
    lastReceived: null,
    lastMeeting: null,
    nextMeeting: null,
    ...over,
  });
  const now = new Date("2026-06-01T00:00:00Z");
  it.each<[string, Partial<CorrespondentAggregate>, string | null, "mail" | "meeting" | null]>([
    ["only sent: no two-way contact", { lastSent: "2026-01-01T00:00:00Z" }, null, null],
    ["only received: no two-way contact", { lastReceived: "2026-01-01T00:00:00Z" }, null, null],
    ["both ways: the older of the two", { lastSent: "2026-01-01T00:00:00Z", lastReceived: "2024-03-01T00:00:00Z" }, "2024-03-01T00:00:00.000Z", "mail"],
    ["a meeting alone counts", { lastMeeting: "2025-02-01T00:00:00Z" }, "2025-02-01T00:00:00.000Z", "meeting"],
    ["a meeting newer than mail", { lastSent: "2024-01-01T00:00:00Z", lastReceived: "2024-01-02T00:00:00Z", lastMeeting: "2025-02-01T00:00:00Z" }, "2025-02-01T00:00:00.000Z", "meeting"],
    ["mail newer than a meeting", { lastSent: "2026-01-01T00:00:00Z", lastReceived: "2026-01-02T00:00:00Z", lastMeeting: "2025-02-01T00:00:00Z" }, "2026-01-01T00:00:00.000Z", "mail"],
    ["a scheduled meeting that has since taken place", { nextMeeting: "2026-05-01T00:00:00Z" }, "2026-05-01T00:00:00.000Z", "meeting"],
    ["a meeting still ahead does not count yet", { nextMeeting: "2026-07-01T00:00:00Z" }, null, null],
  ])("%s", (_label, over, expected, kind) => {
    const got = lastTwoWayContact(agg(over), now);
    expect(got === null ? null : new Date(got.ms).toISOString()).toBe(expected);
    expect(got?.kind ?? null).toBe(kind);
  });
});
