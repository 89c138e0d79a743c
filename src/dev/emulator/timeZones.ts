// Time as Graph writes it: zones named the Windows or the IANA way, date-times with seven fractional
// digits and no offset, the zone given beside them.
import { DateTime, IANAZone } from "luxon";
import { findIana } from "windows-iana";

const UTC_NAMES = new Set(["utc", "etc/utc", "tzone://microsoft/utc", "coordinated universal time", "gmt"]);

/** A luxon zone name for a Graph zone name (Windows or IANA), or null when Graph would reject it. */
export function resolveZone(name: string | null | undefined): string | null {
  if (!name) return null;
  const trimmed = name.trim();
  if (UTC_NAMES.has(trimmed.toLowerCase())) return "UTC";
  if (trimmed.includes("/") && IANAZone.isValidZone(trimmed)) return trimmed;
  const iana = findIana(trimmed, "001")[0] ?? findIana(trimmed)[0];
  if (iana && IANAZone.isValidZone(iana)) return iana;
  return null;
}

/** "2019-03-15T12:00:00.0000000" in `zone`. */
export function graphDateTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss") + ".0000000";
}

/** Graph's message/contact timestamps: UTC, whole seconds, "Z" ("2018-09-09T03:15:08Z"). */
export function graphInstant(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, "Z");
}

/** A dateTimeTimeZone from a request body → epoch ms; null when the zone or the date is unreadable. */
export function parseDateTimeTimeZone(value: { dateTime?: unknown; timeZone?: unknown } | null | undefined): number | null {
  if (!value || typeof value.dateTime !== "string") return null;
  const hasOffset = /([zZ]|[+-]\d\d:?\d\d)$/.test(value.dateTime);
  const zone = hasOffset ? "UTC" : resolveZone(typeof value.timeZone === "string" ? value.timeZone : "UTC");
  if (!zone) return null;
  const dt = DateTime.fromISO(value.dateTime, { zone, setZone: false });
  return dt.isValid ? dt.toMillis() : null;
}

/** A query-string instant (calendarView startDateTime): offset honoured, none means UTC. */
export function parseQueryInstant(value: string | null): number | null {
  if (!value) return null;
  const dt = DateTime.fromISO(value, { zone: "UTC" });
  return dt.isValid ? dt.toMillis() : null;
}
