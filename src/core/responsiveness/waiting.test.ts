import { formatWaiting, waitingForReply, waitingSinceLabel, workingMillisBetween } from "./waiting";
import type { ThreadMessageLike } from "./waiting";

const identity = { ownAddresses: ["alex@firm.com"] };
const client = (date: string, address = "jane@acme.com"): ThreadMessageLike => ({ from: { address, name: "Jane Doe" }, date });
const firm = (date: string, address = "alex@firm.com"): ThreadMessageLike => ({ from: { address, name: "Alex" }, date });
const H = 3_600_000;

describe("formatWaiting", () => {
  it.each([
    [0, "waiting 1 min"],
    [59_000, "waiting 1 min"],
    [12 * 60_000, "waiting 12 min"],
    [H, "waiting 1 h"],
    [3.5 * H, "waiting 3 h"],
    [23.9 * H, "waiting 23 h"],
    [24 * H, "waiting 1 day"],
    [47 * H, "waiting 1 day"],
    [49 * H, "waiting 2 days"],
    [-5, "waiting 1 min"],
  ])("%d ms → %s", (ms, label) => {
    expect(formatWaiting(ms)).toBe(label);
  });
});

describe("workingMillisBetween", () => {
  const ny = { timeZone: "America/New_York" };
  it.each([
    ["inside one working day", "2026-03-03T14:00:00Z", "2026-03-03T17:00:00Z", {}, 3],
    ["night does not count", "2026-03-03T16:00:00Z", "2026-03-04T10:00:00Z", {}, 1 + 2],
    ["a weekend does not count (Fri 16:00 → Mon 09:00 UTC)", "2026-03-06T16:00:00Z", "2026-03-09T09:00:00Z", {}, 1 + 1],
    ["the mailbox zone (New York, 08–17 local = 13–22 UTC)", "2026-03-03T12:00:00Z", "2026-03-03T15:00:00Z", ny, 2],
    ["Windows zone names", "2026-03-03T12:00:00Z", "2026-03-03T15:00:00Z", { timeZone: "Eastern Standard Time" }, 2],
    ["custom working hours with their own zone", "2026-03-07T08:00:00Z", "2026-03-07T20:00:00Z",
      { workingHours: { daysOfWeek: ["saturday"], startTime: "10:00:00.0000000", endTime: "12:00:00.0000000", timeZone: { name: "Europe/London" } } }, 2],
    ["broken working hours fall back to the default", "2026-03-03T14:00:00Z", "2026-03-03T17:00:00Z",
      { workingHours: { daysOfWeek: ["someday"], startTime: "xx", endTime: "17:00" } }, 3],
    ["an empty or reversed interval", "2026-03-03T17:00:00Z", "2026-03-03T14:00:00Z", {}, 0],
  ])("%s", (_label, from, to, options, hours) => {
    expect(workingMillisBetween(Date.parse(from), Date.parse(to), options) / H).toBeCloseTo(hours, 5);
  });
});

describe("waitingForReply", () => {
  const now = new Date("2026-03-04T15:00:00Z"); // Wednesday

  it.each<[string, ThreadMessageLike[], Record<string, unknown>]>([
    ["the client wrote last: waiting since that message", [client("2026-03-02T10:00:00Z"), firm("2026-03-02T12:00:00Z"), client("2026-03-04T12:00:00Z")],
      { state: "waiting", since: "2026-03-04T12:00:00.000Z", unanswered: 1, label: "waiting 3 h", nudge: false }],
    ["two unanswered messages: the wait runs from the first", [firm("2026-03-02T09:00:00Z"), client("2026-03-03T09:00:00Z"), client("2026-03-04T09:00:00Z")],
      { state: "waiting", since: "2026-03-03T09:00:00.000Z", unanswered: 2, label: "waiting 1 day", nudge: true }],
    ["past four working hours: nudge", [client("2026-03-04T09:00:00Z")], { state: "waiting", label: "waiting 6 h", nudge: true }],
    ["a colleague's reply answers the client", [client("2026-03-03T09:00:00Z"), firm("2026-03-03T11:00:00Z", "paralegal@firm.com")],
      { state: "answered", repliedAt: "2026-03-03T11:00:00.000Z" }],
    ["the attorney replied last", [client("2026-03-03T09:00:00Z"), firm("2026-03-03T10:00:00Z")], { state: "answered" }],
    ["any order in, same answer", [client("2026-03-04T12:00:00Z"), firm("2026-03-02T12:00:00Z"), client("2026-03-02T10:00:00Z")],
      { state: "waiting", since: "2026-03-04T12:00:00.000Z" }],
    ["internal-only thread", [firm("2026-03-03T09:00:00Z"), firm("2026-03-03T10:00:00Z", "pat@firm.com")], { state: "none" }],
    ["an e-signature envelope is nobody waiting", [client("2026-03-03T09:00:00Z", "dse_NA3@docusign.net")], { state: "none" }],
    ["a no-reply notification is nobody waiting", [client("2026-03-03T09:00:00Z", "no-reply@docusign.net")], { state: "none" }],
    ["undated messages are ignored", [{ from: { address: "jane@acme.com" }, date: null }, { from: null, date: "2026-03-03T09:00:00Z" }], { state: "none" }],
    ["an empty thread", [], { state: "none" }],
    ["an unsent draft is not a reply", [client("2026-03-04T12:00:00Z"), { ...firm("2026-03-04T13:00:00Z"), isDraft: true }], { state: "waiting", label: "waiting 3 h" }],
  ])("%s", (_label, thread, expected) => {
    expect(waitingForReply(thread, { now, identity })).toMatchObject(expected);
  });

  it("names the waiting client and counts only working time towards the nudge", () => {
    // Friday 16:00 UTC → Monday 09:30 UTC: 66 wall-clock hours but 2.5 working hours.
    const status = waitingForReply([client("2026-03-06T16:00:00Z")], { now: new Date("2026-03-09T09:30:00Z"), identity });
    expect(status).toMatchObject({ state: "waiting", client: { address: "jane@acme.com", name: "Jane Doe" }, label: "waiting 2 days", nudge: false });
    if (status.state !== "waiting") throw new Error("expected waiting");
    expect(status.workingMs).toBe(2.5 * H);
    expect(status.elapsedMs).toBe(65.5 * H);
  });

  it.each([
    [1, true],
    [3, true],
    [4, false],
  ])("honours a threshold of %d working hours", (threshold, nudge) => {
    const status = waitingForReply([client("2026-03-04T12:00:00Z")], { now, identity, nudgeAfterWorkingHours: threshold });
    expect(status).toMatchObject({ nudge });
  });

  it("formats when the wait started in the attorney's zone", () => {
    const status = waitingForReply([client("2026-03-04T12:00:00Z")], { now, identity });
    if (status.state !== "waiting") throw new Error("expected waiting");
    expect(waitingSinceLabel(status, "America/New_York")).toBe("Wed 07:00");
  });
});
