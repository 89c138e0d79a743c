// The care-call scan: who the attorney corresponds with, and when, from sent items, inbox and calendar.
// Pages are requested with a narrow $select and the largest page Graph allows, so a 10,000-message
// mailbox costs about a dozen requests; a refresh filters on the stored watermarks and costs about three.
import type { Event, Message } from "@microsoft/microsoft-graph-types";
import type { ContactRecord, ScanBatch, ScanWatermarks } from "../core";

export interface ScanOptions {
  /** First scan only: ignore mail and meetings before this ISO instant (default: everything). */
  since?: string;
  /** From the previous scan: only what is newer is fetched. */
  watermarks?: Partial<ScanWatermarks>;
  /** Defaults to the current time. */
  now?: Date;
  /** How far ahead meetings count as "already planned" (default 365 days). */
  horizonDays?: number;
  /** Items per page (Graph's maximum $top for messages is 1000). */
  pageSize?: number;
}

/** Fetches every page of a list (following @odata.nextLink). */
export type FetchAll = <T>(path: string) => Promise<T[]>;

// Graph wants `$filter` values in OData literal form: date-times without quotes, in UTC.
const odataInstant = (iso: string): string => new Date(iso).toISOString().replace(/\.000Z$/, "Z");

function q(params: Record<string, string | number | undefined>): string {
  return (
    "?" +
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${k === "$select" ? v : encodeURIComponent(String(v))}`)
      .join("&")
  );
}

/** Graph rejects a calendarView range over this many days (400 ErrorInvalidRequest, "Maximum number of days: 1825"). */
export const CALENDAR_VIEW_MAX_DAYS = 1825;

/** Consecutive [start, end) ranges covering `from`..`to`, none longer than Graph's calendarView limit. */
function calendarWindows(from: Date, to: Date): Array<[Date, Date]> {
  const out: Array<[Date, Date]> = [];
  const span = CALENDAR_VIEW_MAX_DAYS * 86_400_000;
  for (let start = from.getTime(); start < to.getTime(); start += span) out.push([new Date(start), new Date(Math.min(start + span, to.getTime()))]);
  return out;
}

/** Paths of the scans; exported so tests can assert their shape (and the emulator can accept them). */
export function scanPaths(opts: ScanOptions): { sent: string; received: string; meetings: string[] } {
  const now = opts.now ?? new Date();
  const top = Math.min(opts.pageSize ?? 1000, 1000);
  const sentFrom = opts.watermarks?.sent ?? opts.since;
  const receivedFrom = opts.watermarks?.received ?? opts.since;
  const meetingsFrom = opts.watermarks?.meetings ?? opts.since ?? new Date(now.getTime() - 10 * 365 * 86_400_000).toISOString();
  const horizon = new Date(now.getTime() + (opts.horizonDays ?? 365) * 86_400_000).toISOString();
  // The sort property leads the filter, as Graph requires of $filter + $orderby on messages.
  return {
    sent: `/me/mailFolders('sentitems')/messages${q({
      $filter: sentFrom ? `sentDateTime ge ${odataInstant(sentFrom)}` : undefined,
      $orderby: "sentDateTime desc",
      $select: "sentDateTime,toRecipients,ccRecipients",
      $top: top,
    })}`,
    received: `/me/mailFolders('inbox')/messages${q({
      $filter: receivedFrom ? `receivedDateTime ge ${odataInstant(receivedFrom)}` : undefined,
      $orderby: "receivedDateTime desc",
      $select: "receivedDateTime,from",
      $top: top,
    })}`,
    // Ten years back and a year ahead is more than one calendarView may span: one request per window.
    meetings: calendarWindows(new Date(meetingsFrom), new Date(horizon)).map(
      ([start, end]) =>
        `/me/calendarView${q({
          startDateTime: odataInstant(start.toISOString()),
          endDateTime: odataInstant(end.toISOString()),
          $select: "start,attendees,organizer,isCancelled",
          $top: top,
        })}`,
    ),
  };
}

/** Graph dateTime without offset (UTC when no Prefer timezone was sent) → ISO instant. */
function utcInstant(dateTime: string | null | undefined): string | null {
  if (!dateTime) return null;
  const withZone = /[zZ]|[+-]\d\d:\d\d$/.test(dateTime) ? dateTime : `${dateTime}Z`;
  const t = Date.parse(withZone);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function newest(dates: (string | null | undefined)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (!best || Date.parse(d) > Date.parse(best))) best = d;
  return best;
}

export async function scanCorrespondentsWith(fetchAll: FetchAll, opts: ScanOptions): Promise<ScanBatch> {
  const now = opts.now ?? new Date();
  const scannedAt = now.toISOString();
  const paths = scanPaths(opts);
  const [sentItems, receivedItems, ...windows] = await Promise.all([
    fetchAll<Message>(paths.sent),
    fetchAll<Message>(paths.received),
    ...paths.meetings.map((p) => fetchAll<Event>(p)),
  ]);
  // A meeting that spans two windows comes back in both.
  const seenEvents = new Set<string>();
  const events = (windows as Event[][]).flat().filter((e) => !e.id || (!seenEvents.has(e.id) && !!seenEvents.add(e.id)));

  const sent: ContactRecord[] = [];
  for (const m of sentItems) {
    if (!m.sentDateTime) continue;
    for (const r of [...(m.toRecipients ?? []), ...(m.ccRecipients ?? [])]) {
      if (r.emailAddress?.address) sent.push({ address: r.emailAddress.address, name: r.emailAddress.name ?? null, date: m.sentDateTime, direction: "sent" });
    }
  }
  const received: ContactRecord[] = [];
  for (const m of receivedItems) {
    const from = m.from?.emailAddress;
    if (from?.address && m.receivedDateTime) received.push({ address: from.address, name: from.name ?? null, date: m.receivedDateTime, direction: "received" });
  }
  const meetings: ContactRecord[] = [];
  for (const e of events) {
    if (e.isCancelled) continue;
    const start = utcInstant(e.start?.dateTime);
    if (!start) continue;
    const people = [...(e.attendees ?? []).map((a) => a.emailAddress), e.organizer?.emailAddress];
    for (const p of people) if (p?.address) meetings.push({ address: p.address, name: p.name ?? null, date: start, direction: "meeting" });
  }

  return {
    scannedAt,
    sent,
    received,
    meetings,
    watermarks: {
      sent: newest([opts.watermarks?.sent, ...sentItems.map((m) => m.sentDateTime)]),
      received: newest([opts.watermarks?.received, ...receivedItems.map((m) => m.receivedDateTime)]),
      // Meetings can be added anywhere in the future, so the calendar resumes from the scan time, not the newest start.
      meetings: scannedAt,
    },
  };
}
