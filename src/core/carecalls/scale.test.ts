// Scale: a seeded mailbox of 10,000 messages (the size the issue names). Checks the one-pass result against a
// naive reference and that a paged, incremental scan ends where a single scan does. No timing assertions:
// the work is one pass over the records plus one over the correspondents.
import { emptyCareCallPrefs } from "./prefs";
import { lastTwoWayContact, mergeScan } from "./scan";
import { suggestCareCalls } from "./suggest";
import type { ContactRecord } from "./types";

const firm = { ownAddresses: ["alex@firm.com"] };
const now = new Date("2026-06-15T09:00:00Z");

/** Deterministic pseudo-random numbers (mulberry32), so the mailbox is the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seededMailbox(count: number): ContactRecord[] {
  const random = rng(42);
  const people = [
    ...Array.from({ length: 800 }, (_, i) => `client${i}@company${i % 300}.com`),
    ...Array.from({ length: 40 }, (_, i) => `colleague${i}@firm.com`),
    "no-reply@docusign.net",
    "notifications@court.gov",
  ];
  const start = Date.UTC(2022, 0, 1);
  const span = now.getTime() - start;
  const records: ContactRecord[] = [];
  for (let i = 0; i < count; i++) {
    const address = people[Math.floor(random() ** 2 * people.length)];
    const r = random();
    const direction = r < 0.45 ? "sent" : r < 0.93 ? "received" : "meeting";
    const date = new Date(start + Math.floor(random() * span * (direction === "meeting" ? 1.02 : 1))).toISOString();
    records.push({ address, date, direction, name: address.split("@")[0] });
  }
  return records;
}

describe("care-call scan over 10,000 messages", () => {
  const records = seededMailbox(10_000);
  const byDirection = (rs: ContactRecord[], d: ContactRecord["direction"]) => rs.filter((r) => r.direction === d);

  it("matches a naive per-correspondent reference", () => {
    const state = mergeScan(null, {
      scannedAt: now.toISOString(),
      sent: byDirection(records, "sent"),
      received: byDirection(records, "received"),
      meetings: byDirection(records, "meeting"),
    }, firm);
    const addresses = Object.keys(state.correspondents);
    expect(addresses.some((a) => a.endsWith("@firm.com") || a.includes("reply") || a.startsWith("notifications"))).toBe(false);
    expect(addresses.length).toBeGreaterThan(300);
    for (const address of addresses.slice(0, 150)) {
      const mine = records.filter((r) => r.address === address);
      const newest = (d: ContactRecord["direction"], past = true) =>
        Math.max(-Infinity, ...mine.filter((r) => r.direction === d && (!past || Date.parse(r.date) <= now.getTime())).map((r) => Date.parse(r.date)));
      const mail = Math.min(newest("sent", false), newest("received", false));
      const expected = Math.max(mail, newest("meeting"));
      const got = lastTwoWayContact(state.correspondents[address], now);
      expect(got?.ms ?? -Infinity).toBe(expected);
    }
  });

  it("ends in the same state when paged and refreshed incrementally", () => {
    const sorted = [...records].filter((r) => r.direction !== "meeting").sort((a, b) => a.date.localeCompare(b.date));
    const meetings = byDirection(records, "meeting");
    const oneShot = mergeScan(null, { scannedAt: now.toISOString(), sent: byDirection(sorted, "sent"), received: byDirection(sorted, "received"), meetings }, firm);
    let state = null;
    // Pages of 1,000 in arrival order, then a final calendar read, as a first scan plus refreshes would do.
    for (let page = 0; page < sorted.length; page += 1000) {
      const slice = sorted.slice(page, page + 1000);
      state = mergeScan(state, { scannedAt: now.toISOString(), sent: byDirection(slice, "sent"), received: byDirection(slice, "received") }, firm);
    }
    state = mergeScan(state, { scannedAt: now.toISOString(), meetings }, firm);
    expect(state.correspondents).toEqual(oneShot.correspondents);
    expect(state.watermarks).toEqual(oneShot.watermarks);
    const s1 = suggestCareCalls(state, emptyCareCallPrefs(), firm, { now });
    const s2 = suggestCareCalls(oneShot, emptyCareCallPrefs(), firm, { now });
    expect(s1.today.length).toBeGreaterThanOrEqual(3);
    expect(s1).toEqual(s2);
    // The state is what the taskpane stores locally: keep it within browser-storage sizes.
    expect(JSON.stringify(state).length).toBeLessThan(1_000_000);
  });
});
