import { DateTime } from "luxon";
import { InputError } from "./inputError";
import { MailboxSettings, ScheduleInformation, ScheduleItem, WeeklyWindow } from "./graphShapes";
import { ProposeSlotsInput, proposeSlots } from "./proposeSlots";

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"];

function settings(timeZone: string, start = "08:00:00.0000000", end = "17:00:00.0000000", days = WEEKDAYS): MailboxSettings {
  return { timeZone, workingHours: { daysOfWeek: days, startTime: start, endTime: end, timeZone: { name: timeZone } } };
}

/** A busy item the way getSchedule returns it without a Prefer header: UTC wall clock, no offset. */
function busy(startIso: string, endIso: string, status = "busy"): ScheduleItem {
  const f = (s: string) => DateTime.fromISO(s, { setZone: true }).toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'0000'");
  return { status, start: { dateTime: f(startIso), timeZone: "UTC" }, end: { dateTime: f(endIso), timeZone: "UTC" } };
}

function schedule(items: ScheduleItem[] = []): ScheduleInformation {
  return { scheduleId: "attorney@example.com", availabilityView: "", scheduleItems: items };
}

const local = (iso: string, zone: string) => DateTime.fromISO(iso, { setZone: true }).setZone(zone);

describe("proposeSlots: real-world cases", () => {
  it("spreads three slots over three working days, after the lead time and on the quarter hour", () => {
    const r = proposeSlots({
      now: "2026-03-02T09:05:00-05:00", // Monday, New York
      schedule: schedule(),
      mailboxSettings: settings("Eastern Standard Time"),
      clientTimeZone: "America/Chicago",
    });
    expect(r.reason).toBeUndefined();
    expect(r.slots).toHaveLength(3);
    const days = new Set(r.slots.map((s) => local(s.start, "America/New_York").toISODate()));
    expect(days.size).toBe(3);
    const first = local(r.slots[0].start, "America/New_York");
    // 09:05 + 2 h lead = 11:05, rounded up to 11:15.
    expect(first.toFormat("yyyy-MM-dd HH:mm")).toBe("2026-03-02 11:15");
    for (const s of r.slots) {
      expect(s.timeZone).toBe("America/New_York");
      expect(s.clientTimeZone).toBe("America/Chicago");
      expect(local(s.start, "UTC").minute % 15).toBe(0);
      expect(DateTime.fromISO(s.end).diff(DateTime.fromISO(s.start), "minutes").minutes).toBe(30);
      expect(DateTime.fromISO(s.clientStart).toMillis()).toBe(DateTime.fromISO(s.start).toMillis());
    }
  });

  it("keeps clear of meetings by the buffer on both sides", () => {
    const r = proposeSlots({
      now: "2026-03-02T06:00:00Z", // Monday 06:00 London; earliest 08:00
      schedule: schedule([busy("2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z")]),
      mailboxSettings: settings("GMT Standard Time", "09:00", "17:00"),
      clientTimeZone: "Europe/London",
      count: 1,
    });
    // 09:00–10:00 busy + 10 min buffer → 10:10, next quarter hour 10:15.
    expect(local(r.slots[0].start, "Europe/London").toFormat("HH:mm")).toBe("10:15");
  });

  it("treats tentative, out-of-office and working-elsewhere as busy in any casing, but not free", () => {
    const day = (d: string, from: string, to: string, status: string) => busy(`2026-03-0${d}T${from}:00Z`, `2026-03-0${d}T${to}:00Z`, status);
    const r = proposeSlots({
      now: "2026-03-01T12:00:00Z", // Sunday
      schedule: schedule([
        day("2", "09:00", "17:00", "Tentative"),
        day("3", "09:00", "17:00", "oof"),
        day("4", "09:00", "17:00", "WorkingElsewhere"),
        day("5", "09:00", "17:00", "free"),
      ]),
      mailboxSettings: settings("UTC", "09:00", "17:00"),
      clientTimeZone: "UTC",
      count: 1,
    });
    expect(r.slots[0].start).toBe("2026-03-05T09:00:00+00:00");
  });

  it("skips the weekend: asked on Friday afternoon, the first time is Monday", () => {
    const r = proposeSlots({
      now: "2026-03-06T15:30:00+01:00", // Friday, Berlin
      schedule: schedule(),
      mailboxSettings: settings("W. Europe Standard Time", "09:00", "18:00"),
      clientTimeZone: "Europe/Paris",
    });
    const first = local(r.slots[0].start, "Europe/Berlin");
    expect(first.weekdayLong).toBe("Monday");
    expect(first.toFormat("HH:mm")).toBe("09:00");
    expect(r.slots.every((s) => local(s.start, "Europe/Berlin").weekday <= 5)).toBe(true);
  });

  it("answers a fully booked horizon with a reason instead of a slot", () => {
    const r = proposeSlots({
      now: "2026-03-02T08:00:00-08:00",
      schedule: schedule([busy("2026-03-01T00:00:00Z", "2026-03-31T00:00:00Z")]),
      mailboxSettings: settings("Pacific Standard Time"),
      clientTimeZone: "America/New_York",
    });
    expect(r.slots).toEqual([]);
    expect(r.reason).toBe("no time free in the next 10 working days: every hour both of you work is taken");
    expect(local(r.horizonEnd, "America/Los_Angeles").toISODate()).toBe("2026-03-14"); // 10 weekdays from Mon 2 Mar
  });

  it("finds time after a booked week when the horizon reaches past it", () => {
    const r = proposeSlots({
      now: "2026-03-02T08:00:00-08:00",
      schedule: schedule([busy("2026-03-01T00:00:00Z", "2026-03-07T08:00:00Z")]),
      mailboxSettings: settings("Pacific Standard Time"),
      clientTimeZone: "America/Los_Angeles",
    });
    expect(r.slots.length).toBe(3);
    expect(local(r.slots[0].start, "America/Los_Angeles").toISODate()).toBe("2026-03-09");
  });

  it("handles the weeks when the US has changed to summer time and the UK has not", () => {
    // 8–29 March 2026: Los Angeles is UTC-7, London still UTC+0, so the overlap is 08:00–10:30 Pacific.
    const r = proposeSlots({
      now: "2026-03-09T07:00:00-07:00",
      schedule: schedule(),
      mailboxSettings: settings("Pacific Standard Time"),
      clientTimeZone: "Europe/London",
      count: 6,
    });
    expect(r.slots.length).toBe(6);
    expect(r.slots[0].start).toBe("2026-03-09T09:00:00-07:00"); // 07:00 + 2 h lead
    for (const s of r.slots) {
      const a = local(s.start, "America/Los_Angeles");
      expect(s.start).toMatch(/-07:00$/);
      expect(s.clientStart).toMatch(/\+00:00$/);
      expect(a.hour * 60 + a.minute).toBeGreaterThanOrEqual(8 * 60);
      expect(a.hour * 60 + a.minute + 30).toBeLessThanOrEqual(10 * 60 + 30);
    }
  });

  it("uses the client's evening-to-night window when the client's business day crosses the attorney's midnight", () => {
    // Client in Tokyo 09:00–17:30 JST = 19:00–03:30 New York (EST); the attorney takes calls 18:00–23:00.
    const r = proposeSlots({
      now: "2026-02-02T12:00:00-05:00", // Monday
      schedule: schedule(),
      mailboxSettings: settings("Eastern Standard Time", "07:00", "23:30"),
      callbackWindows: [{ daysOfWeek: WEEKDAYS, startTime: "18:00", endTime: "23:00" }],
      clientTimeZone: "Asia/Tokyo",
      count: 10,
    });
    expect(r.slots.length).toBeGreaterThanOrEqual(5);
    for (const s of r.slots) {
      const a = local(s.start, "America/New_York");
      const c = local(s.clientStart, "Asia/Tokyo");
      expect(a.hour).toBeGreaterThanOrEqual(19);
      expect(c.weekday).toBeLessThanOrEqual(5);
      // Friday evening in New York is Saturday morning in Tokyo: never proposed.
      expect(a.weekday).not.toBe(5);
    }
  });

  it("handles an attorney window that itself crosses midnight", () => {
    // Attorney in London takes late calls 22:00–01:00 for a client in Los Angeles (14:00–17:00 PST).
    const r = proposeSlots({
      now: "2026-01-12T09:00:00Z", // Monday
      schedule: schedule(),
      mailboxSettings: settings("GMT Standard Time", "00:00", "00:00", [...WEEKDAYS, "saturday"]),
      callbackWindows: [{ daysOfWeek: WEEKDAYS, startTime: "22:00", endTime: "01:00" }],
      clientTimeZone: "America/Los_Angeles",
      count: 4,
    });
    expect(r.slots.length).toBe(4);
    for (const s of r.slots) {
      const a = local(s.start, "Europe/London");
      expect(a.hour === 22 || a.hour === 23 || (a.hour === 0 && a.minute <= 30)).toBe(true);
    }
  });

  it.each([
    // [client zone, attorney zone, expected client minute-of-hour set]
    ["Asia/Kolkata", "Europe/London", [0, 15, 30, 45]],
    ["Asia/Kathmandu", "Europe/London", [0, 15, 30, 45]],
    ["Australia/Adelaide", "Asia/Tokyo", [0, 15, 30, 45]],
  ])("keeps a %s client inside 09:00–17:30 local with an attorney in %s", (clientZone, attorneyZone, minutes) => {
    const r = proposeSlots({
      now: "2026-06-01T00:00:00Z",
      schedule: schedule(),
      mailboxSettings: settings(attorneyZone, "07:00", "19:00"),
      clientTimeZone: clientZone,
      count: 8,
    });
    expect(r.slots.length).toBe(8);
    for (const s of r.slots) {
      const c = local(s.clientStart, clientZone);
      const ce = local(s.clientEnd, clientZone);
      expect(c.hour * 60 + c.minute).toBeGreaterThanOrEqual(9 * 60);
      expect(ce.hour * 60 + ce.minute).toBeLessThanOrEqual(17 * 60 + 30);
      expect(minutes).toContain(c.minute);
      expect(s.clientStart).toBe(c.toISO({ suppressMilliseconds: true }));
    }
  });

  it("follows Adelaide's daylight-saving start (UTC+9:30 → +10:30 on 4 October 2026)", () => {
    const r = proposeSlots({
      now: "2026-10-02T10:00:00+09:30", // Friday
      schedule: schedule(),
      mailboxSettings: settings("Cen. Australia Standard Time", "09:00", "17:00"),
      clientTimeZone: "Australia/Adelaide",
      count: 2,
    });
    expect(r.slots[0].start).toBe("2026-10-02T12:00:00+09:30");
    expect(r.slots[1].start).toMatch(/^2026-10-05T\d\d:\d\d:00\+10:30$/);
    expect(r.slots[0].timeZone).toBe("Australia/Adelaide");
  });

  it("reads the attorney's hours from a customTimeZone (getSchedule's Pacific rules)", () => {
    const custom: MailboxSettings = {
      workingHours: {
        daysOfWeek: WEEKDAYS,
        startTime: "08:00:00.0000000",
        endTime: "17:00:00.0000000",
        timeZone: {
          "@odata.type": "#microsoft.graph.customTimeZone",
          bias: 480,
          name: "Customized Time Zone",
          standardOffset: { time: "02:00:00.0000000", dayOccurrence: 1, dayOfWeek: "sunday", month: 11, year: 0 },
          daylightOffset: { daylightBias: -60, time: "02:00:00.0000000", dayOccurrence: 2, dayOfWeek: "sunday", month: 3, year: 0 },
        },
      },
    };
    const base = { now: "2026-03-06T12:00:00Z", schedule: schedule(), clientTimeZone: "America/Los_Angeles", count: 4 };
    const viaRules = proposeSlots({ ...base, mailboxSettings: custom });
    const viaName = proposeSlots({ ...base, mailboxSettings: settings("Pacific Standard Time") });
    expect(viaRules.slots.map((s) => DateTime.fromISO(s.start).toMillis())).toEqual(viaName.slots.map((s) => DateTime.fromISO(s.start).toMillis()));
    // The rules are Pacific time's, so the slots are labelled (and will be booked) as Los Angeles time.
    expect(viaRules.slots[0].timeZone).toBe("America/Los_Angeles");
  });

  it("labels a custom zone that matches no named zone by its offset", () => {
    const odd: MailboxSettings = {
      workingHours: {
        daysOfWeek: WEEKDAYS,
        startTime: "09:00",
        endTime: "18:30",
        timeZone: {
          bias: -200,
          standardOffset: { time: "02:00:00.0000000", dayOccurrence: 4, dayOfWeek: "sunday", month: 5, year: 0 },
          daylightOffset: { daylightBias: -100, time: "02:00:00.0000000", dayOccurrence: 2, dayOfWeek: "sunday", month: 10, year: 0 },
        },
      },
    };
    const r = proposeSlots({ now: "2026-07-01T06:00:00Z", schedule: schedule(), mailboxSettings: odd, clientTimeZone: "Asia/Dubai", count: 1 });
    expect(r.slots[0].timeZone).toBe("UTC+3:20");
    expect(r.slots[0].start).toMatch(/\+03:20$/);
  });

  it("accepts the whole getSchedule response and blocks the availabilityView when its frame is given", () => {
    const view = "2222222222222222"; // eight hours busy at 30-minute digits from 09:00 UTC on Monday
    const input: ProposeSlotsInput = {
      now: "2026-03-01T12:00:00Z",
      schedule: { value: [{ availabilityView: view, scheduleItems: [] }] },
      scheduleRequest: { startTime: { dateTime: "2026-03-02T09:00:00", timeZone: "UTC" }, availabilityViewInterval: 30 },
      mailboxSettings: settings("UTC", "09:00", "17:00"),
      clientTimeZone: "UTC",
      count: 1,
    };
    expect(proposeSlots(input).slots[0].start).toBe("2026-03-03T09:00:00+00:00");
    expect(proposeSlots({ ...input, scheduleRequest: undefined }).slots[0].start).toBe("2026-03-02T09:00:00+00:00");
  });

  it("reads Graph's Pacific-time schedule items (Prefer header set) and a client's Saudi Sunday–Thursday week", () => {
    const clientHours: WeeklyWindow[] = [{ daysOfWeek: ["sunday", "monday", "tuesday", "wednesday", "thursday"], startTime: "09:00", endTime: "17:00" }];
    const r = proposeSlots({
      now: "2026-03-05T00:00:00Z", // Thursday
      schedule: {
        scheduleItems: [
          { status: "busy", start: { dateTime: "2026-03-05T08:00:00.0000000", timeZone: "GMT Standard Time" }, end: { dateTime: "2026-03-05T12:00:00.0000000", timeZone: "GMT Standard Time" } },
        ],
      },
      mailboxSettings: settings("GMT Standard Time", "08:00", "18:00"),
      clientTimeZone: "Asia/Riyadh",
      clientHours,
      count: 3,
    });
    // Thursday: London is busy until 12:00 (+10 min buffer); Riyadh closes at 17:00 = 14:00 London.
    expect(r.slots[0].start).toBe("2026-03-05T12:15:00+00:00");
    // Friday is Riyadh's weekend, Saturday/Sunday London's: next day is Monday.
    expect(local(r.slots[1].start, "Europe/London").weekdayLong).toBe("Monday");
  });

  it("reads the attorney's item out of a getSchedule response that lists several people", () => {
    const colleague = { scheduleId: "assistant@example.com", scheduleItems: [busy("2026-03-02T00:00:00Z", "2026-03-20T00:00:00Z")] };
    const mine = { scheduleId: "Attorney@Example.com", scheduleItems: [] };
    const base = { now: "2026-03-02T07:00:00Z", schedule: { value: [colleague, mine] }, mailboxSettings: settings("UTC"), clientTimeZone: "UTC", count: 1 };
    expect(proposeSlots({ ...base, scheduleId: "attorney@example.com" }).slots).toHaveLength(1);
    expect(proposeSlots(base).slots).toHaveLength(0); // without an id the first item is taken
  });

  it.each([
    // Sydney's DST ends 5 April 2026 (+11 → +10); New York's started 8 March. The overlap with a New York
    // business day shrinks from 07:00–08:30 to 07:00–07:30 Sydney time, and Sydney's Monday is New York's Sunday.
    ["Australia/Sydney", "America/New_York", "2026-04-02T09:00:00+11:00", ["2026-04-03T07:00:00+11:00", "2026-04-07T07:00:00+10:00"]],
    // Auckland's DST ends 5 April 2026 (+13 → +12); London's started 29 March. Before the change London opens
    // at 21:00 Auckland time, after the working day; after it, at 20:00.
    ["Pacific/Auckland", "Europe/London", "2026-04-02T12:00:00+13:00", ["2026-04-06T20:00:00+12:00", "2026-04-07T20:15:00+12:00"]],
  ])("attorney in %s, client in %s across both DST changes", (attorneyZone, clientZone, now, expectedStarts) => {
    const r = proposeSlots({
      now,
      schedule: schedule(),
      mailboxSettings: settings(attorneyZone, "07:00", "21:00", [...WEEKDAYS]),
      clientTimeZone: clientZone,
      count: 2,
    });
    expect(r.slots.map((s) => s.start)).toEqual(expectedStarts);
    for (const s of r.slots) {
      const c = local(s.clientStart, clientZone);
      expect(c.hour * 60 + c.minute).toBeGreaterThanOrEqual(9 * 60);
      expect(c.weekday).toBeLessThanOrEqual(5);
    }
  });

  it("proposes more slots on request, still without overlaps", () => {
    const r = proposeSlots({ now: "2026-03-02T07:00:00Z", schedule: schedule(), mailboxSettings: settings("UTC"), clientTimeZone: "UTC", count: 20 });
    expect(r.slots).toHaveLength(20);
    const starts = r.slots.map((s) => DateTime.fromISO(s.start).toMillis());
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(30 * 60_000);
  });

  it("leaves out times the client already declined", () => {
    const base = { now: "2026-03-02T07:00:00Z", schedule: schedule(), mailboxSettings: settings("UTC"), clientTimeZone: "UTC", count: 1 };
    const first = proposeSlots(base).slots[0];
    const second = proposeSlots({ ...base, exclude: [{ start: first.start, end: first.end }] }).slots[0];
    expect(DateTime.fromISO(second.start).toMillis()).toBeGreaterThanOrEqual(DateTime.fromISO(first.end).toMillis());
  });
});

describe("proposeSlots: input errors name the field", () => {
  const good: ProposeSlotsInput = { now: "2026-03-02T07:00:00Z", schedule: schedule(), mailboxSettings: settings("UTC") };
  it.each<[string, Partial<ProposeSlotsInput>, string]>([
    ["now without offset", { now: "2026-03-02T07:00:00" }, "now"],
    ["now not a date", { now: "next Tuesday" }, "now"],
    ["unknown attorney zone", { mailboxSettings: { ...settings("UTC"), timeZone: "Mars Standard Time" } }, "mailboxSettings.timeZone"],
    ["bad working day", { mailboxSettings: { timeZone: "UTC", workingHours: { daysOfWeek: ["funday"], startTime: "09:00", endTime: "17:00" } } }, "mailboxSettings.workingHours.daysOfWeek[0]"],
    ["bad start time", { mailboxSettings: { timeZone: "UTC", workingHours: { daysOfWeek: ["monday"], startTime: "9am", endTime: "17:00" } } }, "mailboxSettings.workingHours.startTime"],
    ["bad callback window", { callbackWindows: [{ daysOfWeek: ["monday"], startTime: "14:00", endTime: "25:00" }] }, "callbackWindows[0].endTime"],
    ["bad duration", { durationMinutes: -5 }, "durationMinutes"],
    ["bad client zone", { clientTimeZone: "Atlantis/Capital" }, "clientTimeZone"],
    ["schedule item without dates", { schedule: { scheduleItems: [{ status: "busy" } as unknown as ScheduleItem] } }, "schedule.scheduleItems[0].start"],
    ["schedule with an error", { schedule: { error: { message: "mailbox not found" } } }, "schedule.error"],
    ["empty response", { schedule: { value: [] } }, "schedule.value"],
  ])("%s", (_name, patch, field) => {
    let caught: unknown;
    try {
      proposeSlots({ ...good, ...patch });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).field).toBe(field);
  });
});
