// The taskpane writes every date and time with core's clock (mailboxSettings dateFormat, timeFormat and
// locale), the same one the reply and the booked event use. clock.ts is Intl only, so it can sit in the
// first chunk; it is imported by path for that reason (the compose entry brings libphonenumber).
import type { Interval } from "../core/index";
import { DEFAULT_CLOCK, clockRange, isIntlZone, placeOfZone, wallClock, zonedMoment, zonedRange, type ClockStyle } from "../core/compose/clock";

export { DEFAULT_CLOCK, zonedMoment, zonedRange, type ClockStyle };

/** "Tue, Dec 1, 9:00 AM – 9:30 AM" in a zone, the attorney's way; the ISO strings' own offsets for zones Intl cannot name. */
export function formatSlotIn(slot: Interval, timeZone: string | null, clock: ClockStyle = DEFAULT_CLOCK, own?: { start?: string; end?: string }): string {
  const zone = isIntlZone(timeZone) ? timeZone : null;
  const start = zone ? slot.start : (own?.start ?? slot.start);
  const end = zone ? slot.end : (own?.end ?? slot.end);
  return clockRange(wallClock(start, zone ?? timeZone), wallClock(end, zone ?? timeZone), clock);
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
  return placeOfZone(timeZone);
}

export function isValidTimeZone(timeZone: string | null | undefined): timeZone is string {
  return isIntlZone(timeZone);
}
