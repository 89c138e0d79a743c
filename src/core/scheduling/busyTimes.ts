// Busy time from a getSchedule answer: its scheduleItems, and its availabilityView when the caller can
// say where the view starts (the response itself does not carry the request's start time).
import { DateTimeTimeZone, ScheduleInformation } from "./graphShapes";
import { InputError } from "./inputError";
import { graphDateTimeToMillis } from "./timeZones";
import { Span, mergeSpans } from "./spans";

/** Where an availabilityView starts and how long each digit lasts (the getSchedule request's values). */
export interface AvailabilityViewFrame {
  startTime: DateTimeTimeZone;
  /** Minutes per digit; Graph's default is 30. */
  availabilityViewInterval?: number | string;
}

/** Statuses that leave the attorney free. Everything else blocks, unknown statuses included, to be safe. */
const FREE_STATUSES = new Set(["free"]);

export function busySpans(schedule: ScheduleInformation, frame: AvailabilityViewFrame | undefined, field: string): Span[] {
  if (!schedule || typeof schedule !== "object") throw new InputError(field, "expected a getSchedule scheduleInformation item");
  if (schedule.error) {
    throw new InputError(`${field}.error`, `Graph could not read this calendar: ${schedule.error.message ?? schedule.error.responseCode ?? "unknown error"}`);
  }
  const items = schedule.scheduleItems ?? [];
  if (!Array.isArray(items)) throw new InputError(`${field}.scheduleItems`, "expected a list");
  const spans: Span[] = [];
  items.forEach((item, i) => {
    const f = `${field}.scheduleItems[${i}]`;
    if (!item || typeof item !== "object") throw new InputError(f, "expected { status, start, end }");
    if (FREE_STATUSES.has(String(item.status ?? "").toLowerCase())) return;
    const start = graphDateTimeToMillis(item.start, `${f}.start`);
    const end = graphDateTimeToMillis(item.end, `${f}.end`);
    if (end < start) throw new InputError(f, "end is before start");
    spans.push({ start, end });
  });
  const view = schedule.availabilityView;
  if (frame && typeof view === "string" && view.length > 0) {
    if (!/^[0-4]+$/.test(view)) throw new InputError(`${field}.availabilityView`, "expected digits 0-4");
    const minutes = Number(frame.availabilityViewInterval ?? 30);
    if (!(minutes >= 5 && minutes <= 1440)) throw new InputError("scheduleRequest.availabilityViewInterval", "expected 5..1440 minutes");
    const origin = graphDateTimeToMillis(frame.startTime, "scheduleRequest.startTime");
    for (let i = 0; i < view.length; i++) {
      if (view[i] !== "0") spans.push({ start: origin + i * minutes * 60_000, end: origin + (i + 1) * minutes * 60_000 });
    }
  }
  return mergeSpans(spans);
}
