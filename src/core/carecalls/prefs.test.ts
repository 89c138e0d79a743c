import {
  dismissCareCall,
  emptyCareCallPrefs,
  isDismissed,
  isSnoozed,
  parseCareCallPrefs,
  pruneCareCallPrefs,
  snoozeCareCall,
  undismissCareCall,
} from "./prefs";

const now = new Date("2026-01-31T12:00:00Z");

describe("care-call preferences", () => {
  it("snoozes for one calendar month by default, keyed by the lower-cased address", () => {
    const prefs = snoozeCareCall(emptyCareCallPrefs(), "Jane@Acme.com", now);
    expect(prefs.snoozed).toEqual({ "jane@acme.com": "2026-02-28T12:00:00.000Z" });
    expect(isSnoozed(prefs, "jane@acme.com", new Date("2026-02-28T11:59:59Z"))).toBe(true);
    expect(isSnoozed(prefs, "jane@acme.com", new Date("2026-02-28T12:00:00Z"))).toBe(false);
  });

  it("dismisses for good, clears a snooze, and can be undone", () => {
    let prefs = snoozeCareCall(emptyCareCallPrefs(), "jane@acme.com", now, { days: 3 });
    prefs = dismissCareCall(prefs, "JANE@acme.com", now);
    expect(isDismissed(prefs, "jane@acme.com")).toBe(true);
    expect(prefs.snoozed).toEqual({});
    prefs = undismissCareCall(prefs, "jane@acme.com");
    expect(isDismissed(prefs, "jane@acme.com")).toBe(false);
  });

  it("returns new objects and leaves the input alone", () => {
    const before = emptyCareCallPrefs();
    const after = dismissCareCall(before, "jane@acme.com", now);
    expect(before).toEqual(emptyCareCallPrefs());
    expect(after).not.toBe(before);
  });

  it("prunes snoozes that have run out", () => {
    let prefs = snoozeCareCall(emptyCareCallPrefs(), "a@x.com", now, { days: 1 });
    prefs = snoozeCareCall(prefs, "b@x.com", now, { days: 10 });
    expect(Object.keys(pruneCareCallPrefs(prefs, new Date("2026-02-05T00:00:00Z")).snoozed)).toEqual(["b@x.com"]);
  });

  it("rejects something that is not an address", () => {
    expect(() => dismissCareCall(emptyCareCallPrefs(), "Jane Doe", now)).toThrow(RangeError);
  });

  it.each<[string, unknown, ReturnType<typeof emptyCareCallPrefs>]>([
    ["a JSON string round trip", JSON.stringify(dismissCareCall(emptyCareCallPrefs(), "a@x.com", now)), { version: 1, dismissed: { "a@x.com": now.toISOString() }, snoozed: {} }],
    ["an object", { version: 1, dismissed: {}, snoozed: { "B@X.com": "2026-03-01T00:00:00Z" } }, { version: 1, dismissed: {}, snoozed: { "b@x.com": "2026-03-01T00:00:00Z" } }],
    ["bad entries dropped", { version: 1, dismissed: { "not an address": now.toISOString(), "a@x.com": 5 }, snoozed: { "b@x.com": "never" } }, emptyCareCallPrefs()],
    ["an unknown version", { version: 2, dismissed: { "a@x.com": now.toISOString() } }, emptyCareCallPrefs()],
    ["broken JSON", "{", emptyCareCallPrefs()],
    ["nothing stored", undefined, emptyCareCallPrefs()],
  ])("parses %s", (_label, stored, expected) => {
    expect(parseCareCallPrefs(stored)).toEqual(expected);
  });
});
