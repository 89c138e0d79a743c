// Folding sent, received and meeting records into one aggregate per correspondent, and merging a later
// refresh into an earlier scan. The merge keeps only maxima (and the next meeting), so it is idempotent:
// overlapping refresh windows (`ge` watermarks) cannot double-count or go backwards.
import { isAutomatedAddress, makeInternalTest, normaliseAddress } from "./addresses";
import type {
  CareCallScanState,
  ContactRecord,
  CorrespondentAggregate,
  FirmIdentity,
  ScanBatch,
  ScanWatermarks,
} from "./types";

export function emptyScanState(): CareCallScanState {
  return { version: 1, scannedAt: null, watermarks: { sent: null, received: null, meetings: null }, correspondents: {} };
}

/** Epoch milliseconds of an ISO time, or null when it does not parse. */
export function toMillis(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function later(a: string | null, bMs: number): string | null {
  const aMs = toMillis(a);
  return aMs === null || bMs > aMs ? iso(bMs) : a;
}

function earlier(a: string | null, bMs: number): string | null {
  const aMs = toMillis(a);
  return aMs === null || bMs < aMs ? iso(bMs) : a;
}

function laterOf(a: string | null | undefined, b: string | null | undefined): string | null {
  const aMs = toMillis(a);
  const bMs = toMillis(b);
  if (aMs === null) return bMs === null ? null : iso(bMs);
  if (bMs === null) return iso(aMs);
  return iso(Math.max(aMs, bMs));
}

/**
 * Merges a scan or refresh into the previous state and returns the new state (the input is not changed).
 * Records of the attorney, colleagues and machines are dropped here so the stored state stays small.
 * When the batch carries meetings, its calendarView window is taken to cover every meeting from the
 * meeting watermark on, so the "next meeting" is recomputed from it (a cancelled meeting disappears).
 */
export function mergeScan(
  previous: CareCallScanState | null,
  batch: ScanBatch,
  identity: FirmIdentity = { ownAddresses: [] },
): CareCallScanState {
  const prev = previous ?? emptyScanState();
  const scannedMs = toMillis(batch.scannedAt);
  if (scannedMs === null) throw new RangeError(`scannedAt is not an ISO time: ${batch.scannedAt}`);
  const isInternal = makeInternalTest(identity);
  const correspondents: Record<string, CorrespondentAggregate> = { ...prev.correspondents };
  const touched = new Set<string>();

  const aggregateFor = (address: string): CorrespondentAggregate => {
    if (!touched.has(address)) {
      touched.add(address);
      const existing = correspondents[address];
      correspondents[address] = existing
        ? { ...existing }
        : { address, name: null, lastSent: null, lastReceived: null, lastMeeting: null, nextMeeting: null };
    }
    return correspondents[address];
  };

  // Newest name wins; remembered per address with its time so records may arrive in any order.
  const nameTimes = new Map<string, number>();
  const fold = (records: readonly ContactRecord[] | undefined): number | null => {
    let newest: number | null = null;
    for (const r of records ?? []) {
      const ms = toMillis(r.date);
      const address = normaliseAddress(r.address);
      if (ms === null || address === null) continue;
      if (r.direction !== "meeting" || ms <= scannedMs) newest = newest === null ? ms : Math.max(newest, ms);
      if (r.automated || isInternal(address) || isAutomatedAddress(address)) continue;
      const agg = aggregateFor(address);
      if (r.direction === "sent") agg.lastSent = later(agg.lastSent, ms);
      else if (r.direction === "received") agg.lastReceived = later(agg.lastReceived, ms);
      else if (ms <= scannedMs) agg.lastMeeting = later(agg.lastMeeting, ms);
      else agg.nextMeeting = earlier(agg.nextMeeting, ms);
      const name = r.name?.trim();
      if (name && name.toLowerCase() !== address && ms >= (nameTimes.get(address) ?? -Infinity)) {
        nameTimes.set(address, ms);
        agg.name = name;
      }
    }
    return newest;
  };

  if (batch.meetings) {
    // The new window re-reads every meeting after the old watermark, so stale "next" meetings are replaced;
    // one that has happened since shows up again as a past meeting in this batch.
    for (const [address, agg] of Object.entries(correspondents)) {
      if (agg.nextMeeting !== null) {
        aggregateFor(address).nextMeeting = null;
      }
    }
  }
  const newestSent = fold(batch.sent);
  const newestReceived = fold(batch.received);
  fold(batch.meetings);

  const watermarks: ScanWatermarks = {
    sent: batch.watermarks?.sent ?? (newestSent === null ? prev.watermarks.sent : laterOf(prev.watermarks.sent, iso(newestSent))),
    received:
      batch.watermarks?.received ??
      (newestReceived === null ? prev.watermarks.received : laterOf(prev.watermarks.received, iso(newestReceived))),
    // Meetings are read by time window, not by arrival, so everything up to the scan time has been seen.
    meetings: batch.watermarks?.meetings ?? (batch.meetings ? laterOf(prev.watermarks.meetings, iso(scannedMs)) : prev.watermarks.meetings),
  };

  return { version: 1, scannedAt: laterOf(prev.scannedAt, iso(scannedMs)), watermarks, correspondents };
}

/**
 * Last two-way contact with a correspondent, as epoch ms, or null when there was none.
 * A meeting counts by itself. For mail, it is the latest time since which BOTH sides have written
 * (the older of last-sent and last-received): a newsletter the client never answered, or a client's
 * message nobody answered, does not make the relationship current.
 */
export function lastTwoWayContact(
  agg: CorrespondentAggregate,
  now: Date,
): { ms: number; kind: "mail" | "meeting" } | null {
  const sent = toMillis(agg.lastSent);
  const received = toMillis(agg.lastReceived);
  const mail = sent !== null && received !== null ? Math.min(sent, received) : null;
  let meeting = toMillis(agg.lastMeeting);
  const next = toMillis(agg.nextMeeting);
  if (next !== null && next <= now.getTime()) meeting = meeting === null ? next : Math.max(meeting, next);
  if (mail === null && meeting === null) return null;
  if (meeting !== null && (mail === null || meeting >= mail)) return { ms: meeting, kind: "meeting" };
  return { ms: mail as number, kind: "mail" };
}
