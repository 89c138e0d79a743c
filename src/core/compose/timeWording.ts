// How proposed times read to people: the client's own clock first, the attorney's beside it, both written
// the attorney's way (clock.ts: the mailbox's dateFormat, timeFormat and locale).
import type { ProposedSlot } from "../scheduling";
import { clockDay, clockRange, clockStyleOf, clockTime, placeOfZone, wallClock, zonedRange, type ClockStyle } from "./clock";

export { placeOfZone, hour12Of } from "./clock";

/** A clock from a locale and a Graph timeFormat, for callers that have no mailboxSettings at hand. */
export function clockFrom(locale?: string | null, timeFormat?: string | null, dateFormat?: string | null): ClockStyle {
  return clockStyleOf({ timeFormat, dateFormat, language: { locale: locale ?? "en-US" } });
}

/** ", before your usual hours" / ", after your usual hours" for a time at the edge of the client's day. */
function edgeNote(slot: ProposedSlot): string {
  if (!slot.clientOutsideMinutes) return "";
  return slot.clientEdge === "late" ? ", after your usual hours" : ", before your usual hours";
}

/**
 * "Tuesday, March 3, 10:00 AM – 10:30 AM your time (3:00 PM in London)". The attorney's side names its day
 * too when it falls on another date than the client's (a client's morning can be the attorney's evening before).
 */
export function describeSlot(slot: ProposedSlot, style: ClockStyle | string = "en-US", timeFormat?: string | null): string {
  const clock = typeof style === "string" ? clockFrom(style, timeFormat) : style;
  const cs = wallClock(slot.clientStart, slot.clientTimeZone);
  const ce = wallClock(slot.clientEnd, slot.clientTimeZone);
  const as = wallClock(slot.start, slot.timeZone);
  const sameZone = slot.clientTimeZone === slot.timeZone || (cs.hour === as.hour && cs.minute === as.minute && cs.day === as.day);
  const client = clockRange(cs, ce, clock, "long");
  if (sameZone) return `${client} ${placeOfZone(slot.timeZone)} time`;
  const sameDate = cs.year === as.year && cs.month === as.month && cs.day === as.day;
  const attorney = sameDate ? clockTime(as, clock) : `${clockDay(as, clock, "long")}, ${clockTime(as, clock)}`;
  // The note is about the client's own day, so it sits beside their time, not inside the attorney's bracket.
  return `${client} your time${edgeNote(slot)} (${attorney} in ${placeOfZone(slot.timeZone)})`;
}

/**
 * The slot as the attorney reads it in their own calendar: "Tue, Dec 1, 9:00 AM – 9:30 AM New York time
 * (11:00 PM – 11:30 PM in Tokyo, the client's time)".
 */
export function describeSlotForAttorney(slot: ProposedSlot, clock: ClockStyle): string {
  const mine = zonedRange(slot.start, slot.end, slot.timeZone, clock);
  if (slot.clientTimeZone === slot.timeZone) return mine;
  const cs = wallClock(slot.clientStart, slot.clientTimeZone);
  const ce = wallClock(slot.clientEnd, slot.clientTimeZone);
  const as = wallClock(slot.start, slot.timeZone);
  if (cs.hour === as.hour && cs.minute === as.minute && cs.day === as.day) return mine;
  const sameDate = cs.year === as.year && cs.month === as.month && cs.day === as.day;
  const theirs = sameDate ? `${clockTime(cs, clock)} – ${clockTime(ce, clock)}` : clockRange(cs, ce, clock);
  return `${mine} (${theirs} in ${placeOfZone(slot.clientTimeZone)}, the client's time)`;
}
