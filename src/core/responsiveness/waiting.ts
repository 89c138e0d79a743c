// How long the client has been waiting for a reply on the open thread, and whether to nudge.
//
// Default nudge: past 4 working hours. Half a working day means a client who wrote in the morning gets a
// nudge by mid-afternoon, while a same-day answer is still possible, well inside the "reply within one
// business day" norm firms commonly promise. Counting working hours (the mailbox's own, default Outlook's
// Mon–Fri 08:00–17:00) rather than wall time keeps nights and weekends from turning Friday-evening mail into
// a Monday-morning alarm. The label shows wall-clock time, because that is what the client experiences.
import { DateTime, IANAZone, Zone } from "luxon";
import { isAutomatedAddress, makeInternalTest, normaliseAddress } from "../carecalls";
import type { FirmIdentity } from "../carecalls";
import { expandWeeklyWindows, zoneFromGraph } from "../scheduling";
import type { WorkingHours } from "../scheduling";
import type { Mailbox } from "../types";

/** The parts of a thread message this module reads; a MailMessage fits. */
export interface ThreadMessageLike {
  from: { address: string; name?: string | null } | null;
  date?: string | null;
  /** An unsent draft is not a reply: pass Graph's isDraft through when the thread includes Drafts. */
  isDraft?: boolean | null;
}

export interface WaitingOptions {
  now: Date;
  /** The attorney and firm: a reply from any of them answers the client. */
  identity: FirmIdentity;
  /** Nudge once the client has waited this many working hours. Default 4. */
  nudgeAfterWorkingHours?: number;
  /** The mailbox's working hours (Graph mailboxSettings.workingHours). Default Mon–Fri 08:00–17:00. */
  workingHours?: WorkingHours | null;
  /** Zone for working hours that carry none (mailboxSettings.timeZone, IANA or Windows). Default UTC. */
  timeZone?: string | null;
}

export type WaitingStatus =
  | {
      state: "waiting";
      /** Who is waiting: the sender of the first unanswered message. */
      client: Mailbox;
      /** When the first unanswered client message arrived (ISO). */
      since: string;
      /** How many client messages have no reply yet. */
      unanswered: number;
      elapsedMs: number;
      workingMs: number;
      /** "waiting 3 h", "waiting 2 days". */
      label: string;
      nudge: boolean;
    }
  | { state: "answered"; client: Mailbox; repliedAt: string }
  /** No external human in the thread (internal mail, newsletters) or no dated messages. */
  | { state: "none" };

export const DEFAULT_NUDGE_WORKING_HOURS = 4;
export const DEFAULT_WORKING_HOURS: WorkingHours = {
  daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
  startTime: "08:00",
  endTime: "17:00",
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "waiting 12 min", "waiting 3 h", "waiting 1 day", "waiting 2 days" (wall-clock, rounded down). */
export function formatWaiting(elapsedMs: number): string {
  const ms = Math.max(0, elapsedMs);
  if (ms < HOUR) return `waiting ${Math.max(1, Math.floor(ms / MINUTE))} min`;
  if (ms < DAY) return `waiting ${Math.floor(ms / HOUR)} h`;
  const days = Math.floor(ms / DAY);
  return `waiting ${days} ${days === 1 ? "day" : "days"}`;
}

function zoneFor(options: Pick<WaitingOptions, "workingHours" | "timeZone">): Zone {
  const hours = options.workingHours;
  if (hours?.timeZone) {
    try {
      return zoneFromGraph(hours.timeZone, "workingHours.timeZone");
    } catch {
      // Fall through to the mailbox zone: an odd zone must not hide the badge.
    }
  }
  if (options.timeZone) {
    try {
      return zoneFromGraph({ name: options.timeZone }, "timeZone");
    } catch {
      // Same.
    }
  }
  return IANAZone.create("UTC");
}

/** Milliseconds of [fromMs, toMs) that fall inside the working hours. */
export function workingMillisBetween(
  fromMs: number,
  toMs: number,
  options: Pick<WaitingOptions, "workingHours" | "timeZone"> = {},
): number {
  if (!(toMs > fromMs)) return 0;
  const zone = zoneFor(options);
  const hours = options.workingHours ?? DEFAULT_WORKING_HOURS;
  let spans;
  try {
    spans = expandWeeklyWindows([hours], zone, fromMs, toMs, "workingHours");
  } catch {
    spans = expandWeeklyWindows([DEFAULT_WORKING_HOURS], zone, fromMs, toMs, "workingHours");
  }
  return spans.reduce((sum, s) => sum + (s.end - s.start), 0);
}

/**
 * Looks at the thread (any order) and answers: is a client waiting for the firm, since when, and is it
 * time to nudge? Client messages after the firm's last message are unanswered; the wait runs from the
 * first of them. A reply by any colleague counts, since the client has heard from the firm.
 */
export function waitingForReply(thread: readonly ThreadMessageLike[], options: WaitingOptions): WaitingStatus {
  const isInternal = makeInternalTest(options.identity);
  const dated = thread
    .map((m) => ({ m, ms: m.date ? Date.parse(m.date) : NaN, address: normaliseAddress(m.from?.address) }))
    .filter((x): x is { m: ThreadMessageLike; ms: number; address: string } => !Number.isNaN(x.ms) && x.address !== null && !x.m.isDraft)
    .sort((a, b) => a.ms - b.ms);

  let lastFirm: (typeof dated)[number] | null = null;
  let unanswered: typeof dated = [];
  let lastClient: (typeof dated)[number] | null = null;
  for (const x of dated) {
    if (isInternal(x.address)) {
      lastFirm = x;
      unanswered = [];
    } else if (!isAutomatedAddress(x.address)) {
      unanswered.push(x);
      lastClient = x;
    }
  }
  const mailbox = (x: (typeof dated)[number]): Mailbox => ({ address: x.address, name: x.m.from?.name?.trim() || x.address });

  if (unanswered.length === 0) {
    if (lastClient && lastFirm) return { state: "answered", client: mailbox(lastClient), repliedAt: new Date(lastFirm.ms).toISOString() };
    return { state: "none" };
  }
  const first = unanswered[0];
  const nowMs = options.now.getTime();
  const elapsedMs = Math.max(0, nowMs - first.ms);
  const workingMs = workingMillisBetween(first.ms, nowMs, options);
  const threshold = (options.nudgeAfterWorkingHours ?? DEFAULT_NUDGE_WORKING_HOURS) * HOUR;
  return {
    state: "waiting",
    client: mailbox(first),
    since: new Date(first.ms).toISOString(),
    unanswered: unanswered.length,
    elapsedMs,
    workingMs,
    label: formatWaiting(elapsedMs),
    nudge: workingMs >= threshold,
  };
}

/** For display: the time the wait started, in the attorney's zone ("Tue 14:05"). */
export function waitingSinceLabel(status: Extract<WaitingStatus, { state: "waiting" }>, timeZone = "UTC", locale = "en-US"): string {
  return DateTime.fromISO(status.since, { zone: timeZone }).setLocale(locale).toFormat("ccc HH:mm");
}
