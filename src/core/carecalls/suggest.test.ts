import { dismissCareCall, emptyCareCallPrefs, snoozeCareCall } from "./prefs";
import { mergeScan } from "./scan";
import { careCallDayKey, careCallsForDay, listCareCallCandidates, suggestCareCalls, wholeMonthsBetween } from "./suggest";
import type { CareCallScanState, ContactRecord } from "./types";

const firm = { ownAddresses: ["alex@firm.com"] };
const now = new Date("2026-06-15T09:00:00Z");

/** A two-way mail exchange with each correspondent `monthsAgo[i]` months before now. */
function stateWith(monthsAgo: Record<string, number>): CareCallScanState {
  const sent: ContactRecord[] = [];
  const received: ContactRecord[] = [];
  for (const [address, months] of Object.entries(monthsAgo)) {
    const date = new Date(now.getTime() - months * 30.5 * 86400000).toISOString();
    sent.push({ address, date, direction: "sent", name: address.split("@")[0] });
    received.push({ address, date, direction: "received" });
  }
  return mergeScan(null, { scannedAt: now.toISOString(), sent, received }, firm);
}

describe("careCallsForDay", () => {
  it("stays within the bounds and varies over days", () => {
    const counts = new Set<number>();
    for (let d = 1; d <= 60; d++) {
      const day = `2026-03-${String((d % 28) + 1).padStart(2, "0")}-${d}`;
      const n = careCallsForDay(day);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      counts.add(n);
    }
    expect(counts).toEqual(new Set([3, 4, 5]));
  });

  it.each([
    [{ min: 2, max: 2 }, 2],
    [{ min: 0, max: 0 }, 0],
    [{ min: 4, max: 1 }, undefined],
    [{ min: NaN, max: 5 }, undefined],
  ])("honours %p", (perDay, exact) => {
    const n = careCallsForDay("2026-06-15", perDay);
    if (exact !== undefined) expect(n).toBe(exact);
    else expect(n).toBeGreaterThanOrEqual(1);
  });
});

describe("wholeMonthsBetween", () => {
  it.each([
    ["2025-01-10T10:00:00Z", "2025-03-09T10:00:00Z", 1],
    ["2025-01-10T10:00:00Z", "2025-03-10T10:00:00Z", 2],
    ["2025-01-10T10:00:00Z", "2025-03-10T09:59:59Z", 1],
    ["2024-06-15T00:00:00Z", "2026-06-15T00:00:00Z", 24],
    ["2025-01-31T00:00:00Z", "2025-02-28T23:00:00Z", 0],
    ["2026-07-01T00:00:00Z", "2026-06-01T00:00:00Z", 0],
  ])("%s → %s is %d", (from, to, months) => {
    expect(wholeMonthsBetween(Date.parse(from), new Date(to))).toBe(months);
  });
});

describe("careCallDayKey", () => {
  it.each([
    ["UTC", undefined, "2026-06-15"],
    ["Tokyo is already on the next day", "Asia/Tokyo", "2026-06-16"],
    ["an unknown zone falls back to UTC", "Mars/Olympus", "2026-06-15"],
  ])("%s", (_label, zone, expected) => {
    expect(careCallDayKey(new Date("2026-06-15T20:00:00Z"), zone)).toBe(expected);
  });
});

describe("listCareCallCandidates", () => {
  it("lists everyone with two-way contact, newest first, and filters by the threshold", () => {
    const state = stateWith({ "recent@a.com": 2, "old@b.com": 14, "older@c.com": 30 });
    const all = listCareCallCandidates(state, emptyCareCallPrefs(), firm, { now });
    expect(all.map((c) => [c.address, c.monthsSince, c.lastContactKind])).toEqual([
      ["recent@a.com", 2, "mail"],
      ["old@b.com", 14, "mail"],
      ["older@c.com", 30, "mail"],
    ]);
    expect(all[0].name).toBe("recent");
    const overdue = listCareCallCandidates(state, emptyCareCallPrefs(), firm, { now, overdueOnly: true });
    expect(overdue.map((c) => c.address)).toEqual(["old@b.com", "older@c.com"]);
    const overdue24 = listCareCallCandidates(state, emptyCareCallPrefs(), firm, { now, months: 24, overdueOnly: true });
    expect(overdue24.map((c) => c.address)).toEqual(["older@c.com"]);
  });

  it.each([[NaN], [-3], [0]])("falls back to 12 months for a threshold of %p", (months) => {
    const state = stateWith({ "recent@a.com": 2, "old@b.com": 14 });
    const got = listCareCallCandidates(state, emptyCareCallPrefs(), firm, { now, months, overdueOnly: true });
    expect(got.map((c) => c.address)).toEqual(["old@b.com"]);
  });

  it("does not suggest someone with a meeting already ahead", () => {
    let state = stateWith({ "old@b.com": 14 });
    state = mergeScan(state, { scannedAt: now.toISOString(), meetings: [{ address: "old@b.com", date: "2026-07-01T10:00:00Z", direction: "meeting" }] });
    expect(listCareCallCandidates(state, emptyCareCallPrefs(), firm, { now, overdueOnly: true })).toEqual([]);
  });

  it("applies a firm domain configured after the scan", () => {
    const state = stateWith({ "old@b.com": 14, "counsel@affiliate.com": 14 });
    const got = listCareCallCandidates(state, emptyCareCallPrefs(), { ownAddresses: ["alex@firm.com"], internalDomains: ["affiliate.com"] }, { now });
    expect(got.map((c) => c.address)).toEqual(["old@b.com"]);
  });
});

describe("suggestCareCalls", () => {
  const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`client${i}@c${i}.com`, 13 + i]));
  const state = stateWith(many);

  it("picks a few a day, oldest contact first, all overdue", () => {
    const s = suggestCareCalls(state, emptyCareCallPrefs(), firm, { now });
    expect(s.day).toBe("2026-06-15");
    expect(s.today).toHaveLength(careCallsForDay("2026-06-15"));
    expect(s.overdue).toHaveLength(40);
    const times = s.today.map((c) => Date.parse(c.lastContact));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    for (const c of s.today) expect(c.monthsSince).toBeGreaterThanOrEqual(12);
  });

  it("is deterministic for a day, whatever the input order, and changes from day to day", () => {
    const reversed: CareCallScanState = { ...state, correspondents: Object.fromEntries(Object.entries(state.correspondents).reverse()) };
    const a = suggestCareCalls(state, emptyCareCallPrefs(), firm, { now });
    const b = suggestCareCalls(reversed, emptyCareCallPrefs(), firm, { now: new Date("2026-06-15T22:00:00Z") });
    expect(b.today).toEqual(a.today.map((c) => ({ ...c, monthsSince: expect.any(Number) })));
    const days = new Set<string>();
    for (let d = 0; d < 10; d++) {
      const s = suggestCareCalls(state, emptyCareCallPrefs(), firm, { now: new Date(now.getTime() + d * 86400000) });
      days.add(s.today.map((c) => c.address).join(","));
    }
    expect(days.size).toBeGreaterThan(5);
  });

  it("keeps the rest of today's list in place when one is dismissed or snoozed", () => {
    const first = suggestCareCalls(state, emptyCareCallPrefs(), firm, { now });
    const [gone, ...rest] = first.today;
    const dismissed = suggestCareCalls(state, dismissCareCall(emptyCareCallPrefs(), gone.address, now), firm, { now });
    expect(dismissed.today.map((c) => c.address)).not.toContain(gone.address);
    expect(dismissed.today.map((c) => c.address)).toEqual(expect.arrayContaining(rest.map((c) => c.address)));
    expect(dismissed.overdue).toHaveLength(39);
    const snoozed = suggestCareCalls(state, snoozeCareCall(emptyCareCallPrefs(), rest[0].address, now), firm, { now });
    expect(snoozed.today.map((c) => c.address)).not.toContain(rest[0].address);
    const monthLater = suggestCareCalls(state, snoozeCareCall(emptyCareCallPrefs(), rest[0].address, now), firm, { now: new Date("2026-07-16T09:00:00Z") });
    expect(monthLater.overdue.map((c) => c.address)).toContain(rest[0].address);
  });

  it("favours the longest-neglected over many days", () => {
    const seen = new Map<string, number>();
    for (let d = 0; d < 300; d++) {
      for (const c of suggestCareCalls(state, emptyCareCallPrefs(), firm, { now: new Date(now.getTime() + d * 86400000) }).today) {
        seen.set(c.address, (seen.get(c.address) ?? 0) + 1);
      }
    }
    // Everyone comes up at some point, and the most neglected quarter more often than the least.
    expect(seen.size).toBe(40);
    const freq = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => seen.get(`client${from + i}@c${from + i}.com`) ?? 0).reduce((a, b) => a + b, 0);
    expect(freq(30, 40)).toBeGreaterThan(freq(0, 10));
  });

  it("returns an empty pick when nobody is overdue", () => {
    const s = suggestCareCalls(stateWith({ "recent@a.com": 1 }), emptyCareCallPrefs(), firm, { now });
    expect(s.today).toEqual([]);
    expect(s.overdue).toEqual([]);
  });
});
