// Property tests: whatever the calendar, zones and windows, every proposed slot must be keepable.
// The checks below re-derive each rule from wall-clock readings, independently of the span maths.
import fc from "fast-check";
import { DateTime } from "luxon";
import { ScheduleItem, WeeklyWindow } from "./graphShapes";
import { proposeSlots } from "./proposeSlots";

const ZONES = ["America/Los_Angeles", "America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Adelaide", "Asia/Tokyo", "Pacific/Auckland", "America/St_Johns", "UTC"];
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MIN = 60_000;

const clock = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

const windowArb = fc
  .record({
    days: fc.subarray(DAYS, { minLength: 1 }),
    start: fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
    length: fc.integer({ min: 2, max: 64 }).map((q) => q * 15),
  })
  .map(({ days, start, length }) => ({ daysOfWeek: days, startTime: clock(start), endTime: clock(start + length) }));

/** Does the wall-clock minute at `ms` in `zone` fall inside the weekly window? */
function inWindow(ms: number, zone: string, w: WeeklyWindow): boolean {
  const t = DateTime.fromMillis(ms, { zone });
  const m = t.hour * 60 + t.minute;
  const [sh, sm] = w.startTime.split(":").map(Number);
  const [eh, em] = w.endTime.split(":").map(Number);
  const s = sh * 60 + sm;
  const e = eh * 60 + em;
  const day = (x: DateTime) => DAYS[x.weekday % 7];
  const days = w.daysOfWeek as string[];
  if (e > s) return days.includes(day(t)) && m >= s && m < e;
  return (days.includes(day(t)) && m >= s) || (days.includes(day(t.minus({ days: 1 }))) && m < e);
}

/** Every minute of [start, end) lies in one of the windows (checked at the ends and every 5 minutes). */
function covered(start: number, end: number, zone: string, windows: WeeklyWindow[]): boolean {
  for (let t = start; t < end; t += 5 * MIN) if (!windows.some((w) => inWindow(t, zone, w))) return false;
  return windows.some((w) => inWindow(end - MIN, zone, w));
}

const inputArb = fc.record({
  now: fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z") }).map((d) => Math.floor(d.getTime() / MIN) * MIN),
  attorneyZone: fc.constantFrom(...ZONES),
  clientZone: fc.constantFrom(...ZONES),
  working: windowArb,
  callback: fc.option(fc.array(windowArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  client: fc.option(fc.array(windowArb, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  duration: fc.constantFrom(15, 30, 45, 60),
  buffer: fc.constantFrom(0, 5, 10, 15),
  lead: fc.constantFrom(0, 30, 120),
  count: fc.integer({ min: 1, max: 6 }),
  busy: fc.array(
    fc.record({ offset: fc.integer({ min: -2 * 1440, max: 16 * 1440 }), length: fc.integer({ min: 5, max: 600 }), status: fc.constantFrom("busy", "Busy", "tentative", "oof", "workingElsewhere") }),
    { maxLength: 25 },
  ),
});

describe("proposeSlots properties", () => {
  it("every slot is inside all windows, clear of every busy interval plus buffer, after the lead time, and slots never overlap", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const items: ScheduleItem[] = x.busy.map((b) => ({
          status: b.status,
          start: { dateTime: DateTime.fromMillis(x.now + b.offset * MIN, { zone: "UTC" }).toFormat("yyyy-MM-dd'T'HH:mm:ss'.0000000'"), timeZone: "UTC" },
          end: { dateTime: DateTime.fromMillis(x.now + (b.offset + b.length) * MIN, { zone: "UTC" }).toFormat("yyyy-MM-dd'T'HH:mm:ss'.0000000'"), timeZone: "UTC" },
        }));
        const clientHours = x.client ?? [{ daysOfWeek: DAYS.slice(1, 6), startTime: "09:00", endTime: "17:30" }];
        const r = proposeSlots({
          now: new Date(x.now),
          schedule: { scheduleItems: items },
          mailboxSettings: { timeZone: x.attorneyZone, workingHours: { ...x.working, timeZone: { name: x.attorneyZone } } },
          callbackWindows: x.callback,
          clientTimeZone: x.clientZone,
          clientHours,
          durationMinutes: x.duration,
          bufferMinutes: x.buffer,
          leadMinutes: x.lead,
          count: x.count,
          includeEdges: false,
        });
        expect(r.slots.length).toBeLessThanOrEqual(x.count);
        if (r.slots.length === 0) expect(r.reason).toMatch(/the next \d+ working days/);
        const spans = r.slots.map((s) => ({ start: DateTime.fromISO(s.start).toMillis(), end: DateTime.fromISO(s.end).toMillis() }));
        spans.forEach((s, i) => {
          expect(s.end - s.start).toBe(x.duration * MIN);
          expect(s.start).toBeGreaterThanOrEqual(x.now + x.lead * MIN);
          expect(DateTime.fromMillis(s.start, { zone: x.attorneyZone }).minute % 15).toBe(0);
          expect(covered(s.start, s.end, x.attorneyZone, [x.working])).toBe(true);
          if (x.callback) expect(covered(s.start, s.end, x.attorneyZone, x.callback)).toBe(true);
          expect(covered(s.start, s.end, x.clientZone, clientHours)).toBe(true);
          for (const b of x.busy) {
            const bs = x.now + (b.offset - x.buffer) * MIN;
            const be = x.now + (b.offset + b.length + x.buffer) * MIN;
            expect(s.start < be && bs < s.end).toBe(false);
          }
          for (const o of spans.slice(i + 1)) expect(s.start < o.end && o.start < s.end).toBe(false);
          expect(DateTime.fromISO(r.slots[i].clientStart).toMillis()).toBe(s.start);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("spreads slots over different days before doubling up on one", () => {
    fc.assert(
      fc.property(inputArb, (x) => {
        const r = proposeSlots({
          now: new Date(x.now),
          schedule: { scheduleItems: [] },
          mailboxSettings: { timeZone: x.attorneyZone, workingHours: { ...x.working, timeZone: { name: x.attorneyZone } } },
          clientTimeZone: x.attorneyZone,
          clientHours: [{ daysOfWeek: DAYS, startTime: "00:00", endTime: "00:00" }],
          count: x.count,
          includeEdges: false,
        });
        const days = r.slots.map((s) => DateTime.fromISO(s.start, { zone: x.attorneyZone }).toISODate());
        const distinct = new Set(days).size;
        // A repeated day is only allowed when fewer distinct days than slots were available at all.
        if (distinct < days.length) {
          const more = proposeSlots({
            now: new Date(x.now),
            schedule: { scheduleItems: [] },
            mailboxSettings: { timeZone: x.attorneyZone, workingHours: { ...x.working, timeZone: { name: x.attorneyZone } } },
            clientTimeZone: x.attorneyZone,
            clientHours: [{ daysOfWeek: DAYS, startTime: "00:00", endTime: "00:00" }],
            count: 50,
            includeEdges: false,
          });
          expect(new Set(more.slots.map((s) => DateTime.fromISO(s.start, { zone: x.attorneyZone }).toISODate())).size).toBe(distinct);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("with edges on, times inside both days come first; an edge time is at most edgeMinutes outside either day and still clear of the calendar", () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(60, 150, 240), (x, edge) => {
        const items: ScheduleItem[] = x.busy.map((b) => ({
          status: b.status,
          start: { dateTime: DateTime.fromMillis(x.now + b.offset * MIN, { zone: "UTC" }).toFormat("yyyy-MM-dd'T'HH:mm:ss'.0000000'"), timeZone: "UTC" },
          end: { dateTime: DateTime.fromMillis(x.now + (b.offset + b.length) * MIN, { zone: "UTC" }).toFormat("yyyy-MM-dd'T'HH:mm:ss'.0000000'"), timeZone: "UTC" },
        }));
        const clientHours = x.client ?? [{ daysOfWeek: DAYS.slice(1, 6), startTime: "09:00", endTime: "17:30" }];
        const base = {
          now: new Date(x.now),
          schedule: { scheduleItems: items },
          mailboxSettings: { timeZone: x.attorneyZone, workingHours: { ...x.working, timeZone: { name: x.attorneyZone } } },
          clientTimeZone: x.clientZone,
          clientHours,
          durationMinutes: x.duration,
          bufferMinutes: x.buffer,
          leadMinutes: x.lead,
          count: x.count,
        };
        const strict = proposeSlots({ ...base, includeEdges: false });
        const r = proposeSlots({ ...base, edgeMinutes: edge });
        expect(r.slots.length).toBeLessThanOrEqual(x.count);
        expect(r.slots.length).toBeGreaterThanOrEqual(strict.slots.length);
        // The times inside both days are the same ones, first.
        expect(r.slots.slice(0, strict.slots.length).map((s) => s.start)).toEqual(strict.slots.map((s) => s.start));
        r.slots.forEach((slot, i) => {
          const s = DateTime.fromISO(slot.start).toMillis();
          const e = DateTime.fromISO(slot.end).toMillis();
          expect(s).toBeGreaterThanOrEqual(x.now + x.lead * MIN);
          const a = slot.attorneyOutsideMinutes ?? -1;
          const c = slot.clientOutsideMinutes ?? -1;
          expect(a).toBeGreaterThanOrEqual(0);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(a).toBeLessThanOrEqual(edge);
          expect(c).toBeLessThanOrEqual(edge);
          if (a === 0) expect(covered(s, e, x.attorneyZone, [x.working])).toBe(true);
          if (c === 0) expect(covered(s, e, x.clientZone, clientHours)).toBe(true);
          if (i < strict.slots.length) expect(a + c).toBe(0);
          else expect(a + c).toBeGreaterThan(0);
          for (const b of x.busy) {
            const bs = x.now + (b.offset - x.buffer) * MIN;
            const be = x.now + (b.offset + b.length + x.buffer) * MIN;
            expect(s < be && bs < e).toBe(false);
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
