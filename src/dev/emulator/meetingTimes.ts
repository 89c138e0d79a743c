// POST /me/findMeetingTimes: suggestions inside the requested time slots, within the organizer's working
// hours for activityDomain "work". Scoring follows the documented averages (free 100, tentative 50,
// unknown 49, busy 0); suggestions are sorted by confidence, then chronologically. The real algorithm
// changes over time, so this is a plausible stand-in, not a replica.
import type { WorkingHours } from "@microsoft/microsoft-graph-types";
import { DateTime, Duration } from "luxon";
import { dateTimeTimeZone, RenderOptions } from "./represent";
import { HttpError } from "./requestContext";
import { ShowAs, StoredEvent } from "./state";
import { parseDateTimeTimeZone, resolveZone } from "./timeZones";

type Availability = "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";
const SCORE: Record<Availability, number> = { free: 100, workingElsewhere: 100, tentative: 50, unknown: 49, busy: 0, oof: 0 };
const STRENGTH: Record<ShowAs, number> = { oof: 5, busy: 4, tentative: 3, workingElsewhere: 2, free: 1, unknown: 0 };

function availabilityOf(events: StoredEvent[], start: number, end: number): Availability {
  let best: ShowAs = "free";
  for (const e of events) if (!e.isCancelled && e.start < end && e.end > start && STRENGTH[e.showAs] > STRENGTH[best]) best = e.showAs;
  return best === "unknown" ? "free" : best;
}

/** Whether [start, end) lies inside the working hours (named zone; custom zones fall back to the mailbox zone). */
function withinWorkingHours(start: number, end: number, wh: WorkingHours | null | undefined, fallbackZone: string): boolean {
  if (!wh?.startTime || !wh.endTime) return true;
  const zone = resolveZone((wh.timeZone as { name?: string } | null | undefined)?.name) ?? fallbackZone;
  const s = DateTime.fromMillis(start, { zone });
  const e = DateTime.fromMillis(end, { zone });
  const day = s.setLocale("en-US").toFormat("cccc").toLowerCase();
  if (!(wh.daysOfWeek ?? []).map(String).includes(day) || !s.hasSame(e.minus({ milliseconds: 1 }), "day")) return false;
  const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const from = s.hour * 60 + s.minute;
  const to = e.hour * 60 + e.minute || 24 * 60;
  return from >= minutes(wh.startTime) && to <= minutes(wh.endTime);
}

export interface MeetingTimesInput {
  body: Record<string, unknown>;
  ownAddresses: string[];
  events: StoredEvent[];
  workingHours: WorkingHours | null | undefined;
  mailboxZone: string;
  render: RenderOptions;
  /** Epoch ms: the default window starts here when the request gives no time slots. */
  now: number;
}

export function findMeetingTimes(input: MeetingTimesInput): Record<string, unknown> {
  const b = input.body;
  const attendees = (Array.isArray(b.attendees) ? b.attendees : []) as { type?: string; emailAddress?: { address?: string; name?: string } }[];
  const duration = Duration.fromISO(String(b.meetingDuration ?? "PT30M"));
  if (!duration.isValid || duration.as("minutes") <= 0) throw new HttpError(400, "ErrorInvalidRequest", "meetingDuration must be an ISO 8601 duration such as PT1H.");
  const minPercent = Number(b.minimumAttendeePercentage ?? 50);
  const max = Number(b.maxCandidates ?? 5);
  const constraint = (b.timeConstraint ?? {}) as { activityDomain?: string; timeSlots?: { start?: unknown; end?: unknown }[] };
  const work = (constraint.activityDomain ?? "work").toLowerCase() === "work";
  const location = ((b.locationConstraint as { locations?: { displayName?: string }[] } | undefined)?.locations ?? []).slice(0, 1).map((l) => ({ displayName: l.displayName ?? "" }));
  const own = new Set(input.ownAddresses.map((a) => a.toLowerCase()));
  const step = 30 * 60_000;
  const length = duration.as("milliseconds");
  const now = input.now;
  const slots = (constraint.timeSlots ?? []).map((t) => [parseDateTimeTimeZone(t.start as never), parseDateTimeTimeZone(t.end as never)] as const);
  if (slots.length === 0) {
    const start = Math.ceil(now / step) * step;
    slots.push([start, start + 2 * 86_400_000]);
  }
  if (slots.some(([s, e]) => s === null || e === null)) throw new HttpError(400, "ErrorInvalidRequest", "Each time slot needs a valid start and end.");

  const candidates: { start: number; confidence: number; organizer: Availability; each: Availability[] }[] = [];
  for (const [s, e] of slots as [number, number][]) {
    for (let t = Math.ceil(s / step) * step; t + length <= e; t += step) {
      if (work && !withinWorkingHours(t, t + length, input.workingHours, input.mailboxZone)) continue;
      const organizer = availabilityOf(input.events, t, t + length);
      if (SCORE[organizer] === 0) continue;
      // Only the owner's own calendar is known here; other attendees are "unknown", as for external people.
      const each = attendees.map((a) => (own.has((a.emailAddress?.address ?? "").toLowerCase()) ? organizer : ("unknown" as Availability)));
      const scores = each.length ? each.map((x) => SCORE[x]) : [SCORE[organizer]];
      const confidence = Math.round(scores.reduce((x, y) => x + y, 0) / scores.length);
      if (confidence >= minPercent) candidates.push({ start: t, confidence, organizer, each });
    }
  }
  candidates.sort((x, y) => y.confidence - x.confidence || x.start - y.start);
  const chosen = candidates.slice(0, max);
  const reason = chosen.length ? "" : attendees.length ? "attendeesUnavailableOrUnknown" : "organizerUnavailable";
  return {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.meetingTimeSuggestionsResult",
    emptySuggestionsReason: reason,
    meetingTimeSuggestions: chosen.map((c, i) => ({
      confidence: c.confidence,
      order: i + 1,
      organizerAvailability: c.organizer,
      suggestionReason:
        c.confidence === 100 ? "Suggested because it is one of the nearest times when all attendees are available." : "Suggested because it is one of the nearest times when most attendees are available.",
      attendeeAvailability: attendees.map((a, k) => ({ availability: c.each[k], attendee: { emailAddress: { address: a.emailAddress?.address ?? "" } } })),
      locations: location,
      meetingTimeSlot: { start: dateTimeTimeZone(c.start, input.render), end: dateTimeTimeZone(c.start + length, input.render) },
    })),
  };
}
