// How proposed times read to people: the client's own clock first, the attorney's beside it.
import { DateTime } from "luxon";
import type { ProposedSlot } from "../scheduling";

/** "Los Angeles" for America/Los_Angeles; fixed-offset names ("UTC-8") as they are. */
export function placeOfZone(zone: string): string {
  if (!zone.includes("/")) return zone;
  return zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ");
}

function day(dt: DateTime): string {
  return dt.toLocaleString({ weekday: "long", day: "numeric", month: "long" }).replace(/[\u202f\u00a0]/g, " ");
}

/**
 * 12- or 24-hour clock from Graph's mailboxSettings timeFormat ("h:mm tt", "hh:mm tt", "H:mm", "HH:mm"):
 * a "tt" (AM/PM designator) means 12-hour. Null or unknown leaves it to the locale.
 */
export function hour12Of(timeFormat: string | null | undefined): boolean | undefined {
  if (typeof timeFormat !== "string" || !timeFormat.trim()) return undefined;
  if (/t/i.test(timeFormat)) return true;
  if (/H/.test(timeFormat)) return false;
  if (/h/.test(timeFormat)) return true;
  return undefined;
}

// Newer ICU puts a narrow no-break space before AM/PM; older mail clients show it as a box, so plain space.
function time(dt: DateTime, hour12?: boolean): string {
  if (hour12 === undefined) return dt.toLocaleString(DateTime.TIME_SIMPLE).replace(/[\u202f\u00a0]/g, " ");
  const options: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", hourCycle: hour12 ? "h12" : "h23" };
  if (hour12 === false) options.hour = "2-digit";
  return dt.toLocaleString(options).replace(/[\u202f\u00a0]/g, " ");
}

/** "before your usual hours" / "after your usual hours" for a time at the edge of the client's day. */
function edgeNote(slot: ProposedSlot): string {
  if (!slot.clientOutsideMinutes) return "";
  return slot.clientEdge === "late" ? ", after your usual hours" : ", before your usual hours";
}

/**
 * "Tuesday, March 3, 10:00 – 10:30 AM your time (3:00 PM in London)". The attorney's side names its day
 * too when it falls on another date than the client's (a client's morning can be the attorney's evening before).
 */
export function describeSlot(slot: ProposedSlot, locale = "en-US", timeFormat?: string | null): string {
  const h12 = hour12Of(timeFormat);
  const cs = DateTime.fromISO(slot.clientStart, { setZone: true }).setLocale(locale);
  const ce = DateTime.fromISO(slot.clientEnd, { setZone: true }).setLocale(locale);
  const as = DateTime.fromISO(slot.start, { setZone: true }).setLocale(locale);
  const sameZone = slot.clientTimeZone === slot.timeZone || cs.offset === as.offset;
  const client = `${day(cs)}, ${time(cs, h12)} – ${time(ce, h12)}`;
  if (sameZone) return `${client} ${placeOfZone(slot.timeZone)} time`;
  const attorney = cs.toISODate() === as.toISODate() ? time(as, h12) : `${day(as)}, ${time(as, h12)}`;
  return `${client} your time (${attorney} in ${placeOfZone(slot.timeZone)}${edgeNote(slot)})`;
}
