// Call times a busy attorney and a client can both keep: the attorney's working hours and call-back
// windows, the client's business hours in the client's zone, minus every blocking calendar item plus a
// buffer, after a minimum lead time, on a 15-minute grid, spread over different days.
import { DateTime, FixedOffsetZone, IANAZone, Zone } from "luxon";
import { Interval } from "../types";
import { GetScheduleResponse, MailboxSettings, ScheduleInformation, WeeklyWindow, WorkingHours } from "./graphShapes";
import { InputError } from "./inputError";
import { AvailabilityViewFrame, busySpans } from "./busyTimes";
import { Span, intersectSpans, mergeSpans, subtractSpans } from "./spans";
import { RuleBasedZone, isoToMillis, namedEquivalent, toIanaZoneName, zoneFromGraph, zoneLabel } from "./timeZones";
import { expandWeeklyWindow, expandWeeklyWindows, graphDayName, parseDays } from "./weeklyWindows";

export interface ProposeSlotsInput {
  /** The current instant, ISO 8601 with offset (or a Date). */
  now: string | Date;
  /** A getSchedule `scheduleInformation` item, or the whole response (see `scheduleId`). */
  schedule: ScheduleInformation | GetScheduleResponse;
  /** Which item of a whole response is the attorney's (matched on scheduleId, case-insensitive); default the first. */
  scheduleId?: string | null;
  /** The getSchedule request's start and interval, needed to read `availabilityView`; optional. */
  scheduleRequest?: AvailabilityViewFrame;
  mailboxSettings: MailboxSettings;
  /** When the attorney takes calls, in the attorney's zone, e.g. weekdays 14:00–16:00. */
  callbackWindows?: WeeklyWindow[];
  /** The client's zone: IANA, Windows, or a fixed offset such as "UTC+2". Defaults to the attorney's. */
  clientTimeZone?: string | null;
  /** The client's business hours in the client's zone. Default Mon–Fri 09:00–17:30. */
  clientHours?: WeeklyWindow[];
  durationMinutes?: number;
  /** Free time kept before and after every calendar item. */
  bufferMinutes?: number;
  /** Minimum time between now and the first proposed start. */
  leadMinutes?: number;
  roundingMinutes?: number;
  /** How far ahead to look, in the attorney's working days (today counts). */
  horizonWorkingDays?: number;
  count?: number;
  /** Times to avoid besides the calendar, e.g. slots the client already turned down. */
  exclude?: Interval[];
  /** The attorney's hours for this search, in the attorney's zone; default the mailbox's working hours. */
  attorneyHours?: WeeklyWindow[];
  /**
   * When fewer than `count` times fall inside both days, also offer times at the edges: up to
   * `edgeMinutes` before or after either side's hours, ranked by how far outside they fall. Default true.
   */
  includeEdges?: boolean;
  /** How far outside either side's hours an edge time may fall. Default 150 minutes. */
  edgeMinutes?: number;
}

export interface ProposedSlot {
  /** ISO 8601 with the attorney's offset. */
  start: string;
  end: string;
  /** The attorney's zone (IANA, or "UTC±h" for a rule-based custom zone). */
  timeZone: string;
  /** The same instants with the client's offset. */
  clientStart: string;
  clientEnd: string;
  clientTimeZone: string;
  /** Minutes the slot falls outside the attorney's hours (0 inside): before their day starts or after it ends. */
  attorneyOutsideMinutes?: number;
  /** "early" or "late" when the slot is outside the attorney's hours. */
  attorneyEdge?: "early" | "late";
  /** Minutes the slot falls outside the client's hours (0 inside). */
  clientOutsideMinutes?: number;
  clientEdge?: "early" | "late";
}

export interface SlotProposal {
  slots: ProposedSlot[];
  /** Set when no slot fits, in words, e.g. "no time free in the next 10 working days". */
  reason?: string;
  /** True when the attorney's and the client's hours never overlap in the horizon. */
  noOverlap?: boolean;
  /** End of the searched horizon, ISO with the attorney's offset. */
  horizonEnd: string;
}

export const SCHEDULING_DEFAULTS = {
  durationMinutes: 30,
  bufferMinutes: 10,
  leadMinutes: 120,
  roundingMinutes: 15,
  horizonWorkingDays: 10,
  count: 3,
  edgeMinutes: 150,
  clientHours: [{ daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"], startTime: "09:00", endTime: "17:30" }] as WeeklyWindow[],
  /** Exchange's own default when a mailbox has no working hours. */
  workingHours: { daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"], startTime: "08:00", endTime: "17:00" } as WorkingHours,
};

const MINUTE = 60_000;

export function proposeSlots(input: ProposeSlotsInput): SlotProposal {
  if (!input || typeof input !== "object") throw new InputError("input", "expected an object");
  const now = input.now instanceof Date ? input.now.getTime() : isoToMillis(input.now, "now");
  if (!Number.isFinite(now)) throw new InputError("now", "invalid date");
  const duration = positiveInt(input.durationMinutes, SCHEDULING_DEFAULTS.durationMinutes, "durationMinutes", 5, 8 * 60);
  const buffer = positiveInt(input.bufferMinutes, SCHEDULING_DEFAULTS.bufferMinutes, "bufferMinutes", 0, 240);
  const lead = positiveInt(input.leadMinutes, SCHEDULING_DEFAULTS.leadMinutes, "leadMinutes", 0, 14 * 24 * 60);
  const rounding = positiveInt(input.roundingMinutes, SCHEDULING_DEFAULTS.roundingMinutes, "roundingMinutes", 1, 60);
  const horizonDays = positiveInt(input.horizonWorkingDays, SCHEDULING_DEFAULTS.horizonWorkingDays, "horizonWorkingDays", 1, 60);
  const count = positiveInt(input.count, SCHEDULING_DEFAULTS.count, "count", 1, 50);
  const edgeMinutes = positiveInt(input.edgeMinutes, SCHEDULING_DEFAULTS.edgeMinutes, "edgeMinutes", 0, 6 * 60);
  if (input.includeEdges !== undefined && typeof input.includeEdges !== "boolean") throw new InputError("includeEdges", "expected true or false");
  const includeEdges = input.includeEdges !== false && edgeMinutes > 0;

  const settings = input.mailboxSettings;
  if (!settings || typeof settings !== "object") throw new InputError("mailboxSettings", "expected Graph's mailboxSettings object");
  const { schedule, field: scheduleField } = pickSchedule(input.schedule, input.scheduleId);
  const workingHours = settings.workingHours ?? schedule.workingHours ?? null;
  const whField = settings.workingHours ? "mailboxSettings.workingHours" : "schedule.workingHours";
  const ruleZone = attorneyZoneOf(settings, workingHours, whField);
  // A custom zone that matches a named one is reported (and later booked) under that name.
  const attorneyZone = ruleZone instanceof RuleBasedZone ? (namedEquivalent(ruleZone, now) ?? ruleZone) : ruleZone;
  const workingZone = workingHours?.timeZone ? zoneFromGraph(workingHours.timeZone, `${whField}.timeZone`) : attorneyZone;
  const hours = workingHours ?? SCHEDULING_DEFAULTS.workingHours;
  const workingDays = parseDays(hours.daysOfWeek, `${whField}.daysOfWeek`);
  const clientZone = clientZoneOf(input.clientTimeZone, attorneyZone);

  const earliest = roundUp(now + lead * MINUTE, attorneyZone, rounding);
  const horizonEnd = horizonEndOf(now, attorneyZone, workingDays, horizonDays);
  const range: Span[] = [{ start: earliest, end: horizonEnd }];

  // Edge times may start before the lead time's day begins; the horizon is widened by the edge on both sides.
  const pad = includeEdges ? edgeMinutes * MINUTE : 0;
  let attorneySpans: Span[];
  if (input.attorneyHours !== undefined && input.attorneyHours !== null) {
    if (!Array.isArray(input.attorneyHours) || input.attorneyHours.length === 0) throw new InputError("attorneyHours", "expected a non-empty list of { daysOfWeek, startTime, endTime }");
    attorneySpans = mergeSpans(expandWeeklyWindows(input.attorneyHours, attorneyZone, earliest - pad, horizonEnd + pad, "attorneyHours"));
  } else {
    attorneySpans = mergeSpans(expandWeeklyWindow(hours, workingZone, earliest - pad, horizonEnd + pad, whField));
  }
  let callback: Span[] | null = null;
  if (input.callbackWindows !== undefined && input.callbackWindows !== null) {
    if (!Array.isArray(input.callbackWindows)) throw new InputError("callbackWindows", "expected a list of { daysOfWeek, startTime, endTime }");
    if (input.callbackWindows.length > 0) callback = expandWeeklyWindows(input.callbackWindows, attorneyZone, earliest, horizonEnd, "callbackWindows");
  }
  const clientHours = input.clientHours ?? SCHEDULING_DEFAULTS.clientHours;
  if (!Array.isArray(clientHours) || clientHours.length === 0) throw new InputError("clientHours", "expected a non-empty list of { daysOfWeek, startTime, endTime }");
  const clientSpans = mergeSpans(expandWeeklyWindows(clientHours, clientZone, earliest - pad, horizonEnd + pad, "clientHours"));

  const blocked = busySpans(schedule, input.scheduleRequest, scheduleField).map((s) => ({
    start: s.start - buffer * MINUTE,
    end: s.end + buffer * MINUTE,
  }));
  if (input.exclude != null && !Array.isArray(input.exclude)) throw new InputError("exclude", "expected a list of { start, end }");
  (input.exclude ?? []).forEach((x, i) => {
    blocked.push({ start: isoToMillis(x?.start, `exclude[${i}].start`), end: isoToMillis(x?.end, `exclude[${i}].end`) });
  });
  const busy = mergeSpans(blocked);

  const overlap = intersectSpans(intersectSpans(range, attorneySpans), clientSpans);
  let free = callback ? intersectSpans(overlap, callback) : overlap;
  free = subtractSpans(free, busy);

  const starts = candidateStarts(free, duration, rounding, attorneyZone);
  let picked = spreadOverDays(starts, count, duration, attorneyZone);

  // Far zones: the days do not overlap (or too little is free). Offer the edges of both days, least far outside first.
  let edgePicked: number[] = [];
  if (includeEdges && picked.length < count) {
    const widen = (spans: Span[]) => mergeSpans(spans.map((x) => ({ start: x.start - pad, end: x.end + pad })));
    let wide = intersectSpans(intersectSpans(range, widen(attorneySpans)), widen(clientSpans));
    if (callback) wide = intersectSpans(wide, callback);
    wide = subtractSpans(wide, busy);
    const taken = (s: number) => picked.some((p) => Math.abs(p - s) < duration * MINUTE);
    const edgeStarts = candidateStarts(wide, duration, rounding, attorneyZone)
      .filter((s) => !taken(s))
      .map((s) => {
        const a = outside(s, duration, attorneySpans).minutes;
        const c = outside(s, duration, clientSpans).minutes;
        return { s, score: a + c, worst: Math.max(a, c) };
      })
      .filter((c) => c.score > 0)
      // Least far outside in total first; among equals, the one that shares the stretch most evenly.
      .sort((a, b) => a.score - b.score || a.worst - b.worst || a.s - b.s);
    edgePicked = pickEdges(edgeStarts, count - picked.length, duration, attorneyZone, picked);
  }
  picked = [...picked.sort((a, b) => a - b), ...edgePicked];

  const attorneyName = zoneLabel(attorneyZone, now);
  const clientName = zoneLabel(clientZone, now);
  const slots = picked.map((start): ProposedSlot => {
    const end = start + duration * MINUTE;
    const a = outside(start, duration, attorneySpans);
    const c = outside(start, duration, clientSpans);
    const slot: ProposedSlot = {
      start: iso(start, attorneyZone),
      end: iso(end, attorneyZone),
      timeZone: attorneyName,
      clientStart: iso(start, clientZone),
      clientEnd: iso(end, clientZone),
      clientTimeZone: clientName,
      attorneyOutsideMinutes: a.minutes,
      clientOutsideMinutes: c.minutes,
    };
    if (a.edge) slot.attorneyEdge = a.edge;
    if (c.edge) slot.clientEdge = c.edge;
    return slot;
  });
  const result: SlotProposal = { slots, horizonEnd: iso(horizonEnd, attorneyZone) };
  const noOverlap = intersectSpans(intersectSpans(range, attorneySpans), clientSpans).length === 0;
  if (noOverlap) result.noOverlap = true;
  if (slots.length === 0) {
    const days = `the next ${horizonDays} working days`;
    if (noOverlap && !includeEdges) result.reason = `your working hours and the client's never overlap in ${days}, and early and late times are turned off`;
    else if (noOverlap) result.reason = `your working hours and the client's never overlap in ${days}, and nothing within ${edgeMinutes} minutes of either day's start or end is free`;
    else result.reason = `no time free in ${days}: every hour both of you work is taken`;
  }
  return result;
}

/** How far a slot falls outside a list of hours: 0 inside one span, else the distance to the nearest span. */
function outside(start: number, duration: number, spans: Span[]): { minutes: number; edge?: "early" | "late" } {
  const end = start + duration * MINUTE;
  let best: { minutes: number; edge?: "early" | "late" } = { minutes: Infinity };
  for (const sp of spans) {
    if (start >= sp.start && end <= sp.end) return { minutes: 0 };
    const early = Math.max(0, sp.start - start);
    const late = Math.max(0, end - sp.end);
    const minutes = Math.round((early + late) / MINUTE);
    if (minutes < best.minutes) best = { minutes, edge: early >= late ? "early" : "late" };
  }
  return Number.isFinite(best.minutes) ? best : { minutes: 24 * 60 };
}

/** The least-far edge times, one per day first, then more at least an hour from the others. */
function pickEdges(ranked: { s: number; score: number }[], count: number, duration: number, zone: Zone, already: number[]): number[] {
  const out: number[] = [];
  const dayOf = (s: number) => Math.floor((s + zone.offset(s) * MINUTE) / 86_400_000);
  const days = new Set(already.map(dayOf));
  for (const c of ranked) {
    if (out.length >= count) break;
    if (days.has(dayOf(c.s))) continue;
    days.add(dayOf(c.s));
    out.push(c.s);
  }
  const gap = Math.max(duration, 60) * MINUTE;
  for (const c of ranked) {
    if (out.length >= count) break;
    if ([...already, ...out].every((p) => Math.abs(p - c.s) >= gap)) out.push(c.s);
  }
  return out;
}

function positiveInt(value: unknown, fallback: number, field: string, min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new InputError(field, `expected a whole number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function pickSchedule(value: ScheduleInformation | GetScheduleResponse, scheduleId: string | null | undefined): { schedule: ScheduleInformation; field: string } {
  if (!value || typeof value !== "object") throw new InputError("schedule", "expected a getSchedule response or one of its items");
  if (Array.isArray((value as GetScheduleResponse).value)) {
    const items = (value as GetScheduleResponse).value;
    if (items.length === 0) throw new InputError("schedule.value", "the getSchedule response lists no schedule");
    const wanted = scheduleId?.trim().toLowerCase();
    const index = wanted ? items.findIndex((s) => s?.scheduleId?.trim().toLowerCase() === wanted) : -1;
    const at = index >= 0 ? index : 0;
    return { schedule: items[at], field: `schedule.value[${at}]` };
  }
  return { schedule: value as ScheduleInformation, field: "schedule" };
}

function attorneyZoneOf(settings: MailboxSettings, workingHours: WorkingHours | null, whField: string): Zone {
  const name = settings.timeZone;
  if (name !== undefined && name !== null) {
    if (typeof name !== "string") throw new InputError("mailboxSettings.timeZone", "expected a zone name");
    const iana = toIanaZoneName(name);
    if (iana) return IANAZone.create(iana);
    // "tzone://Microsoft/Custom" / "Customized Time Zone": the rules live in workingHours.timeZone.
    const placeholder = /^tzone:\/\/|^customized time zone$/i.test(name.trim());
    if (!placeholder || !workingHours?.timeZone) throw new InputError("mailboxSettings.timeZone", `unknown time zone "${name}"`);
  }
  if (workingHours?.timeZone) return zoneFromGraph(workingHours.timeZone, `${whField}.timeZone`);
  throw new InputError("mailboxSettings.timeZone", "the attorney's time zone is missing");
}

/** A zone for the client: IANA or Windows names, or fixed offsets ("UTC+5:30") taken from a Date header. */
export function clientZoneOf(name: string | null | undefined, fallback: Zone): Zone {
  if (name === undefined || name === null || name === "") return fallback;
  if (typeof name !== "string") throw new InputError("clientTimeZone", "expected a zone name");
  const iana = toIanaZoneName(name);
  if (iana) return IANAZone.create(iana);
  const fixed = /^(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(name.trim());
  if (fixed) {
    const minutes = (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) * (fixed[1] === "-" ? -1 : 1);
    if (Math.abs(minutes) <= 14 * 60) return FixedOffsetZone.instance(minutes);
  }
  throw new InputError("clientTimeZone", `unknown time zone "${name}" (expected e.g. "Europe/London" or "UTC+5:30")`);
}

/** Rounds up to the next multiple of `step` minutes of the zone's wall clock. */
function roundUp(ms: number, zone: Zone, step: number): number {
  const offset = zone.offset(ms) * MINUTE;
  const grid = step * MINUTE;
  const local = ms + offset;
  const rounded = Math.ceil(local / grid) * grid - offset;
  return rounded < ms ? rounded + grid : rounded;
}

/** The end of the last of the next `days` working days (today included) in the attorney's zone. */
function horizonEndOf(now: number, zone: Zone, workingDays: Set<string>, days: number): number {
  let day = DateTime.fromMillis(now, { zone }).startOf("day");
  let seen = 0;
  for (let guard = 0; guard < 7 * (days + 1); guard++) {
    if (workingDays.has(graphDayName(day))) seen++;
    day = day.plus({ days: 1 }).startOf("day");
    if (seen >= days) break;
  }
  return day.toMillis();
}

function candidateStarts(free: Span[], duration: number, rounding: number, zone: Zone): number[] {
  const out: number[] = [];
  for (const span of free) {
    for (let t = roundUp(span.start, zone, rounding); t + duration * MINUTE <= span.end; t = roundUp(t + MINUTE, zone, rounding)) {
      out.push(t);
    }
  }
  return out;
}

/**
 * One slot per day first, alternating the earliest time of a day with one after the middle of that day's
 * free time so the client sees both a morning and an afternoon; then further slots at least an hour apart.
 */
function spreadOverDays(starts: number[], count: number, duration: number, zone: Zone): number[] {
  const byDay = new Map<number, number[]>();
  for (const s of starts) {
    // The local calendar day, as a day number: cheaper than a DateTime per candidate.
    const key = Math.floor((s + zone.offset(s) * MINUTE) / 86_400_000);
    const list = byDay.get(key);
    if (list) list.push(s);
    else byDay.set(key, [s]);
  }
  const days = [...byDay.values()];
  const picked: number[] = [];
  // A window running past midnight puts starts on two dates that can overlap each other.
  const clear = (s: number, gap: number) => picked.every((p) => Math.abs(p - s) >= gap);
  days.forEach((list, i) => {
    if (picked.length >= count) return;
    const usable = list.filter((s) => clear(s, duration * MINUTE));
    if (usable.length === 0) return;
    const mid = (usable[0] + usable[usable.length - 1]) / 2;
    picked.push(i % 2 === 0 ? usable[0] : (usable.find((s) => s >= mid) ?? usable[0]));
  });
  const gap = Math.max(duration, 60) * MINUTE;
  for (const list of days) {
    for (const s of list) {
      if (picked.length >= count) break;
      if (clear(s, gap)) picked.push(s);
    }
  }
  return picked.sort((a, b) => a - b);
}

function iso(ms: number, zone: Zone): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? new Date(ms).toISOString();
}
