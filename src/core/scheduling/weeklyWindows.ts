// Turns weekly wall-clock rules ("Mon–Fri 09:00–17:30 in Europe/London") into concrete spans.
import { DateTime, Zone } from "luxon";
import { DAYS_OF_WEEK, DayOfWeek, WeeklyWindow } from "./graphShapes";
import { InputError } from "./inputError";
import { clockMinutes } from "./timeZones";
import { Span } from "./spans";

const DAY = 86_400_000;

/** Lower-cased, validated day names; an InputError names the bad entry. */
export function parseDays(days: unknown, field: string): Set<DayOfWeek> {
  if (!Array.isArray(days) || days.length === 0) throw new InputError(field, "expected a non-empty list of day names");
  const out = new Set<DayOfWeek>();
  days.forEach((d, i) => {
    const day = String(d).trim().toLowerCase() as DayOfWeek;
    if (!DAYS_OF_WEEK.includes(day)) throw new InputError(`${field}[${i}]`, `unknown day "${String(d)}"`);
    out.add(day);
  });
  return out;
}

/** Luxon weekday (1 = Monday … 7 = Sunday) to Graph's day name. */
export function graphDayName(dt: DateTime): DayOfWeek {
  return DAYS_OF_WEEK[dt.weekday % 7];
}

/**
 * Every occurrence of the windows in `zone` that touches [from, to). A window whose end is not after its
 * start ("22:00"–"02:00", or "18:00"–"00:00") runs past midnight into the next day; the day named is the
 * day it starts. DST is luxon's: a start inside a spring-forward gap moves to the first valid instant.
 */
export function expandWeeklyWindows(windows: WeeklyWindow[], zone: Zone, from: number, to: number, field: string): Span[] {
  return expandRules(windows.map((w, i) => parseWindow(w, `${field}[${i}]`)), zone, from, to);
}

/** Same as expandWeeklyWindows for one window (Graph's workingHours is a single object). */
export function expandWeeklyWindow(window: WeeklyWindow, zone: Zone, from: number, to: number, field: string): Span[] {
  return expandRules([parseWindow(window, field)], zone, from, to);
}

interface WindowRule {
  days: Set<DayOfWeek>;
  start: number;
  end: number;
}

function parseWindow(w: WeeklyWindow, field: string): WindowRule {
  if (!w || typeof w !== "object") throw new InputError(field, "expected { daysOfWeek, startTime, endTime }");
  const days = parseDays(w.daysOfWeek, `${field}.daysOfWeek`);
  const start = clockMinutes(w.startTime, `${field}.startTime`);
  const end = clockMinutes(w.endTime, `${field}.endTime`);
  if (start === end && start !== 0) throw new InputError(field, "startTime and endTime are equal");
  return { days, start, end: end <= start ? end + 24 * 60 : end };
}

function expandRules(rules: WindowRule[], zone: Zone, from: number, to: number): Span[] {
  const spans: Span[] = [];
  // Start a day early so a window that began yesterday evening and runs past midnight is included.
  let day = DateTime.fromMillis(from - DAY, { zone }).startOf("day");
  const last = DateTime.fromMillis(to, { zone }).startOf("day");
  while (day <= last) {
    const name = graphDayName(day);
    for (const r of rules) {
      if (!r.days.has(name)) continue;
      const start = atMinutes(day, r.start, zone);
      const end = atMinutes(day, r.end, zone);
      const s = Math.max(start, from);
      const e = Math.min(end, to);
      if (e > s) spans.push({ start: s, end: e });
    }
    day = day.plus({ days: 1 }).startOf("day");
  }
  return spans;
}

function atMinutes(day: DateTime, minutes: number, zone: Zone): number {
  const extraDays = Math.floor(minutes / (24 * 60));
  const inDay = minutes % (24 * 60);
  const base = extraDays ? day.plus({ days: extraDays }) : day;
  return DateTime.fromObject(
    { year: base.year, month: base.month, day: base.day, hour: Math.floor(inDay / 60), minute: inDay % 60 },
    { zone },
  ).toMillis();
}
