// Far zones: a New York attorney and clients in Tokyo and Mumbai, whose working days never overlap.
import { DateTime } from "luxon";
import { proposeSlots } from "./proposeSlots";

const NY = {
  timeZone: "Eastern Standard Time",
  workingHours: {
    daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
    startTime: "08:30:00.0000000",
    endTime: "17:30:00.0000000",
    timeZone: { name: "Eastern Standard Time" },
  },
};
const now = "2026-12-01T15:00:00Z"; // Tuesday, 10:00 in New York
const clock = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toFormat("HH:mm");

describe("proposeSlots across far zones", () => {
  it.each([
    ["Asia/Tokyo", 90],
    ["Asia/Kolkata", 90],
  ])("offers three edge times for a client in %s, least far outside first, each marked", (zone, gap) => {
    const strict = proposeSlots({ now, schedule: { scheduleItems: [] }, mailboxSettings: NY, clientTimeZone: zone, includeEdges: false });
    expect(strict.slots).toEqual([]);
    expect(strict.noOverlap).toBe(true);
    expect(strict.reason).toMatch(/never overlap/);

    const r = proposeSlots({ now, schedule: { scheduleItems: [] }, mailboxSettings: NY, clientTimeZone: zone });
    expect(r.slots).toHaveLength(3);
    expect(r.reason).toBeUndefined();
    for (const s of r.slots) {
      const outside = (s.attorneyOutsideMinutes ?? 0) + (s.clientOutsideMinutes ?? 0);
      // A 30-minute call in a 90-minute gap falls at least the gap (minus nothing) outside the two days together.
      expect(outside).toBe(gap + 30);
      expect(s.attorneyEdge ?? s.clientEdge).toBeDefined();
    }
    // Three different days.
    expect(new Set(r.slots.map((s) => DateTime.fromISO(s.start, { setZone: true }).toISODate())).size).toBe(3);
  });

  it("Tokyo: New York's evening is Tokyo's early morning", () => {
    const r = proposeSlots({ now, schedule: { scheduleItems: [] }, mailboxSettings: NY, clientTimeZone: "Asia/Tokyo" });
    const s = r.slots[0];
    expect(clock(s.start) >= "17:30").toBe(true);
    expect(s.attorneyEdge).toBe("late");
    expect(clock(s.clientStart) < "09:00").toBe(true);
    expect(s.clientEdge).toBe("early");
    // The stretch is shared: neither side carries the whole gap.
    expect(s.attorneyOutsideMinutes).toBe(60);
    expect(s.clientOutsideMinutes).toBe(60);
  });

  it("Mumbai: New York's early morning is Mumbai's evening", () => {
    const r = proposeSlots({ now, schedule: { scheduleItems: [] }, mailboxSettings: NY, clientTimeZone: "Asia/Kolkata" });
    const s = r.slots[0];
    expect(clock(s.start) < "08:30").toBe(true);
    expect(s.attorneyEdge).toBe("early");
    expect(clock(s.clientStart) >= "17:30").toBe(true);
    expect(s.clientEdge).toBe("late");
  });

  it("prefers a time inside both days when there is one, and widening the attorney's hours turns an edge time into a normal one", () => {
    const wide = proposeSlots({
      now,
      schedule: { scheduleItems: [] },
      mailboxSettings: NY,
      clientTimeZone: "Asia/Tokyo",
      attorneyHours: [{ daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"], startTime: "08:30", endTime: "20:00" }],
    });
    expect(wide.slots).toHaveLength(3);
    for (const s of wide.slots) expect(s.attorneyOutsideMinutes).toBe(0);
    expect(wide.slots.some((s) => s.clientOutsideMinutes === 0)).toBe(true);
  });

  it("says why when even the edges are taken", () => {
    const busy = { status: "busy", start: { dateTime: "2026-12-01T00:00:00.0000000", timeZone: "UTC" }, end: { dateTime: "2026-12-31T00:00:00.0000000", timeZone: "UTC" } };
    const r = proposeSlots({ now, schedule: { scheduleItems: [busy] }, mailboxSettings: NY, clientTimeZone: "Asia/Tokyo" });
    expect(r.slots).toEqual([]);
    expect(r.reason).toBe("your working hours and the client's never overlap in the next 10 working days, and nothing within 150 minutes of either day's start or end is free");
  });

  it("a 60-minute edge still bridges a 90-minute gap for a 30-minute call; a 20-minute edge cannot, and says so", () => {
    const r = proposeSlots({ now, schedule: { scheduleItems: [] }, mailboxSettings: NY, clientTimeZone: "Asia/Tokyo", edgeMinutes: 60 });
    expect(r.slots.length).toBe(3);
    const none = proposeSlots({ now, schedule: { scheduleItems: [] }, mailboxSettings: NY, clientTimeZone: "Asia/Tokyo", edgeMinutes: 20 });
    expect(none.slots).toEqual([]);
    expect(none.reason).toMatch(/within 20 minutes/);
  });
});
