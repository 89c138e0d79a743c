// The attorney's clock: one way of writing dates and times, taken from the mailbox (Graph mailboxSettings
// dateFormat, timeFormat, language.locale), used by every surface — the taskpane's banner, slots and
// confirmation, the reply and the booked event. Intl only (no date library, no other import), so the
// taskpane's first chunk can use it too.

/** How the attorney writes dates and times. */
export interface ClockStyle {
  /** BCP 47 locale for day and month names ("en-US"). */
  locale: string;
  /** 12-hour clock with AM/PM ("h:mm tt") or 24-hour ("HH:mm"). */
  hour12: boolean;
  /** Order of month and day in a date: "Tue, Dec 1" (mdy), "Tue 1 Dec" (dmy), "Tue 2026-12-01" (ymd). */
  dateOrder: "mdy" | "dmy" | "ymd";
}

/** The parts of Graph's mailboxSettings this reads. */
export interface ClockSettings {
  dateFormat?: string | null;
  timeFormat?: string | null;
  language?: { locale?: string | null } | null;
}

export const DEFAULT_CLOCK: ClockStyle = { locale: "en-US", hour12: true, dateOrder: "mdy" };

function supportedLocale(locale: string | null | undefined): string | null {
  if (typeof locale !== "string" || !locale.trim()) return null;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale.trim()]).length > 0 ? locale.trim() : null;
  } catch {
    return null;
  }
}

/**
 * 12- or 24-hour clock from Graph's timeFormat ("h:mm tt", "hh:mm tt", "H:mm", "HH:mm"): a "tt" (AM/PM
 * designator) or a lower-case "h" means 12-hour, an upper-case "H" 24-hour. Null or unknown: undefined.
 */
export function hour12Of(timeFormat: string | null | undefined): boolean | undefined {
  if (typeof timeFormat !== "string" || !timeFormat.trim()) return undefined;
  if (/t/i.test(timeFormat)) return true;
  if (/H/.test(timeFormat)) return false;
  if (/h/.test(timeFormat)) return true;
  return undefined;
}

/** Month/day order from Graph's dateFormat ("MM/dd/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d.M.yyyy"). */
export function dateOrderOf(dateFormat: string | null | undefined): ClockStyle["dateOrder"] | undefined {
  if (typeof dateFormat !== "string") return undefined;
  const m = dateFormat.indexOf("M");
  const d = dateFormat.indexOf("d");
  const y = dateFormat.indexOf("y");
  if (m < 0 || d < 0) return undefined;
  if (y >= 0 && y < m && y < d) return "ymd";
  return m < d ? "mdy" : "dmy";
}

function localeHour12(locale: string): boolean {
  try {
    const cycle = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
    return cycle === "h12" || cycle === "h11";
  } catch {
    return true;
  }
}

function localeDateOrder(locale: string): ClockStyle["dateOrder"] {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(Date.UTC(2026, 10, 25)));
    const order = parts.filter((p) => p.type === "year" || p.type === "month" || p.type === "day").map((p) => p.type[0]).join("");
    return order === "ymd" ? "ymd" : order.startsWith("d") ? "dmy" : "mdy";
  } catch {
    return "mdy";
  }
}

/** The attorney's clock from mailboxSettings; what the settings leave open follows their locale. */
export function clockStyleOf(settings: ClockSettings | null | undefined, fallbackLocale?: string | null): ClockStyle {
  const locale = supportedLocale(settings?.language?.locale) ?? supportedLocale(fallbackLocale) ?? DEFAULT_CLOCK.locale;
  return {
    locale,
    hour12: hour12Of(settings?.timeFormat) ?? localeHour12(locale),
    dateOrder: dateOrderOf(settings?.dateFormat) ?? localeDateOrder(locale),
  };
}

/** A wall-clock reading: what a clock in some zone shows at an instant. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const OWN_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:?\d{2}|Z)$/;

export function isIntlZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The wall clock of an instant in a zone. A zone Intl knows is read by Intl; otherwise (a custom "UTC+5:30"
 * zone) the ISO string's own offset is the zone's, as core writes slots.
 */
export function wallClock(instant: string | number | Date, zone: string | null | undefined): WallClock {
  if (typeof instant === "string" && !isIntlZone(zone)) {
    const m = OWN_OFFSET.exec(instant);
    if (m) return { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5] };
  }
  const date = instant instanceof Date ? instant : new Date(instant);
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: isIntlZone(zone) ? zone : "UTC",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour") % 24, minute: get("minute") };
}

const asUtc = (w: WallClock) => new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
const plainSpaces = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");

/** "9:00 AM" or "09:00", as the attorney's clock writes it. */
export function clockTime(w: WallClock, style: ClockStyle): string {
  const options: Intl.DateTimeFormatOptions = { timeZone: "UTC", hour: style.hour12 ? "numeric" : "2-digit", minute: "2-digit", hourCycle: style.hour12 ? "h12" : "h23" };
  return plainSpaces(new Intl.DateTimeFormat(style.locale, options).format(asUtc(w)));
}

/** "Tue, Dec 1" / "Tue 1 Dec" / "Tue 2026-12-01"; long: "Tuesday, December 1" / "Tuesday 1 December". */
export function clockDay(w: WallClock, style: ClockStyle, length: "short" | "long" = "short"): string {
  const d = asUtc(w);
  const name = (o: Intl.DateTimeFormatOptions) => plainSpaces(new Intl.DateTimeFormat(style.locale, { timeZone: "UTC", ...o }).format(d));
  const weekday = name({ weekday: length });
  const month = name({ month: length });
  if (style.dateOrder === "ymd") return `${weekday}, ${w.year}-${String(w.month).padStart(2, "0")}-${String(w.day).padStart(2, "0")}`;
  return style.dateOrder === "mdy" ? `${weekday}, ${month} ${w.day}` : `${weekday} ${w.day} ${month}`;
}

const sameDay = (a: WallClock, b: WallClock) => a.year === b.year && a.month === b.month && a.day === b.day;

/** "Tue, Dec 1, 9:00 AM – 9:30 AM" (the end names its day too when it falls on another). */
export function clockRange(start: WallClock, end: WallClock, style: ClockStyle, length: "short" | "long" = "short"): string {
  const to = sameDay(start, end) ? clockTime(end, style) : `${clockDay(end, style, length)}, ${clockTime(end, style)}`;
  return `${clockDay(start, style, length)}, ${clockTime(start, style)} – ${to}`;
}

/** "Europe/London" → "London", "America/New_York" → "New York"; fixed offsets ("UTC+5:30") as they are. */
export function placeOfZone(zone: string): string {
  if (!zone.includes("/")) return zone;
  return zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ");
}

/** "Tue, Dec 1, 9:00 AM – 9:30 AM New York time": an interval in a zone, the zone named. */
export function zonedRange(startIso: string, endIso: string, zone: string, style: ClockStyle, length: "short" | "long" = "short"): string {
  return `${clockRange(wallClock(startIso, zone), wallClock(endIso, zone), style, length)} ${placeOfZone(zone)} time`;
}

/** "Tue, Nov 24, 3:02 PM New York time": one instant in a zone, the zone named. */
export function zonedMoment(instant: string | number | Date, zone: string, style: ClockStyle): string {
  const w = wallClock(instant, zone);
  return `${clockDay(w, style)}, ${clockTime(w, style)} ${placeOfZone(zone)} time`;
}
