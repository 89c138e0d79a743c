import type { Interval } from "../core/index";

/** "Tue 2 Dec, 10:00–10:30" in the given IANA zone. Uses Intl so no date library ships to the browser for this. */
export function formatSlot(slot: Interval, timeZone: string, locale = "en-GB"): string {
  const start = new Date(slot.start);
  const end = new Date(slot.end);
  const day = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone }).format(start);
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}

/** Short zone name for labels: "GMT", "EST", "GMT+9" as Intl spells it on that date. */
export function zoneAbbreviation(timeZone: string, at: Date, locale = "en-US"): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** "Europe/London" → "London"; the city is what people recognise. */
export function zoneCity(timeZone: string): string {
  const city = timeZone.split("/").pop() ?? timeZone;
  return city.replace(/_/g, " ");
}

export function isValidTimeZone(timeZone: string | null | undefined): timeZone is string {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "Tue 2 Dec, 10:00–10:30" read straight from ISO strings that carry their own offset
 * ("2030-01-07T14:30:00+05:30"). Needed for zones Intl cannot name (a custom "UTC+5:30" zone).
 */
export function formatWallClock(startIso: string, endIso: string): string | null {
  const re = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;
  const s = re.exec(startIso);
  const e = re.exec(endIso);
  if (!s || !e) return null;
  const [y, mo, d] = [Number(s[1]), Number(s[2]), Number(s[3])];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${MONTHS[mo - 1]}, ${s[4]}:${s[5]}–${e[4]}:${e[5]}`;
}

/** The slot in a zone: by Intl when it knows the zone, else from the ISO strings' own offsets. */
export function formatSlotIn(slot: Interval, timeZone: string | null, own?: { start?: string; end?: string }): string {
  if (isValidTimeZone(timeZone)) return formatSlot(slot, timeZone);
  return formatWallClock(own?.start ?? slot.start, own?.end ?? slot.end) ?? formatSlot(slot, "UTC");
}
