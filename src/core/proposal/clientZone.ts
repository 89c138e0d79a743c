// A fallback for the client's zone: the offset their mail client wrote in the Date header. It is a fixed
// offset (no DST rules), good enough for a two-week horizon when the signature names no place.
import { DateTime } from "luxon";

/** "UTC+5:30" style zone from an ISO date with offset, or null when absent or UTC (which says nothing). */
export function clientZoneFromDateHeader(date: string | null | undefined): string | null {
  if (!date) return null;
  const dt = DateTime.fromISO(date, { setZone: true });
  if (!dt.isValid) return null;
  const offset = dt.offset;
  // Many servers and webmail clients stamp UTC regardless of where the sender is.
  if (offset === 0) return null;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, "0")}` : ""}`;
}
