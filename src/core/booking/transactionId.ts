// One logical booking, one transactionId: Graph drops a repeated POST /me/events carrying the same id,
// so a retry after a timeout cannot leave two calls in the calendar.
import { stableHash128 } from "./stableHash";

/** The instant as UTC millis, so "09:00+01:00" and "08:00Z" give the same id. */
function instantKey(slotStart: string): string {
  const t = Date.parse(slotStart);
  return Number.isFinite(t) ? new Date(t).toISOString() : slotStart.trim();
}

/**
 * A GUID-shaped id derived from the message and the slot. Marked as an RFC 9562 version 8 (custom)
 * UUID, since it is neither random nor a name-based SHA-1 one. `purpose` keeps holds apart from the call.
 */
export function callTransactionId(messageId: string, slotStart: string, purpose = "call"): string {
  const [a, b, c, d] = stableHash128(`dialback:${purpose}\n${messageId.trim()}\n${instantKey(slotStart)}`);
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  const h = hex(a) + hex(b) + hex(c) + hex(d);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`.toUpperCase();
}
