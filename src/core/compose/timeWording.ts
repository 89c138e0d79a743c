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

// Newer ICU puts a narrow no-break space before AM/PM; older mail clients show it as a box, so plain space.
function time(dt: DateTime): string {
  return dt.toLocaleString(DateTime.TIME_SIMPLE).replace(/[\u202f\u00a0]/g, " ");
}

/**
 * "Tuesday, March 3, 10:00 – 10:30 AM your time (3:00 PM in London)". The attorney's side names its day
 * too when it falls on another date than the client's (a client's morning can be the attorney's evening before).
 */
export function describeSlot(slot: ProposedSlot, locale = "en-US"): string {
  const cs = DateTime.fromISO(slot.clientStart, { setZone: true }).setLocale(locale);
  const ce = DateTime.fromISO(slot.clientEnd, { setZone: true }).setLocale(locale);
  const as = DateTime.fromISO(slot.start, { setZone: true }).setLocale(locale);
  const sameZone = slot.clientTimeZone === slot.timeZone || cs.offset === as.offset;
  const client = `${day(cs)}, ${time(cs)} – ${time(ce)}`;
  if (sameZone) return client;
  const attorney = cs.toISODate() === as.toISODate() ? time(as) : `${day(as)}, ${time(as)}`;
  return `${client} your time (${attorney} in ${placeOfZone(slot.timeZone)})`;
}
