// The Microsoft Graph shapes the scheduler reads, reduced to the fields it uses. Core may not import
// @microsoft/microsoft-graph-types, so these mirror the documented JSON (see shared/contracts/graph).

export type DayOfWeek = "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday";

export const DAYS_OF_WEEK: readonly DayOfWeek[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** Graph `dateTimeTimeZone`: a wall-clock time (no offset) plus the zone it is in. */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/** Graph `standardTimeZoneOffset` / `daylightTimeZoneOffset`: a yearly transition rule. */
export interface TimeZoneTransitionRule {
  /** Local time of the change, "02:00:00.0000000". */
  time: string;
  /** 1..4 = first..fourth, 5 = last occurrence of `dayOfWeek` in the month. */
  dayOccurrence: number;
  dayOfWeek: DayOfWeek;
  /** 1..12; 0 means the zone has no transition. */
  month: number;
  /** 0 for a rule that recurs every year. */
  year?: number;
  /** Only on the daylight rule: minutes added to `bias` while daylight saving is on (usually -60). */
  daylightBias?: number;
}

/** Graph `customTimeZone` as returned in workingHours when the admin set rules rather than a name. */
export interface CustomTimeZone {
  "@odata.type"?: string;
  /** Minutes to add to local time to get UTC (so UTC-8 is 480). */
  bias: number;
  name?: string;
  standardOffset?: TimeZoneTransitionRule | null;
  daylightOffset?: TimeZoneTransitionRule | null;
}

/** Graph `timeZoneBase` (`{name}`) or its `customTimeZone` subtype. */
export type GraphTimeZone = { name: string } | CustomTimeZone;

/** Graph `workingHours`; also the shape used for the attorney's call-back windows and client hours. */
export interface WorkingHours {
  daysOfWeek: DayOfWeek[] | string[];
  /** "08:00:00.0000000" or "08:00". */
  startTime: string;
  endTime: string;
  timeZone?: GraphTimeZone | null;
}

/** A weekly window in a zone given elsewhere (call-back windows, client business hours). */
export interface WeeklyWindow {
  daysOfWeek: DayOfWeek[] | string[];
  startTime: string;
  endTime: string;
}

/** GET /me/mailboxSettings, the fields the scheduler reads. */
export interface MailboxSettings {
  /** Windows ("Pacific Standard Time") or IANA ("America/Los_Angeles"), whichever the admin set. */
  timeZone?: string | null;
  workingHours?: WorkingHours | null;
  /** The mailbox's preferred date format, e.g. "M/d/yyyy" (Graph mailboxSettings.dateFormat). */
  dateFormat?: string | null;
  /** The mailbox's preferred time format, e.g. "h:mm tt" or "HH:mm" (Graph mailboxSettings.timeFormat). */
  timeFormat?: string | null;
  /** The mailbox's language; its locale names days and months in dates ("en-US"). */
  language?: { locale?: string | null; displayName?: string | null } | null;
}

/** One `scheduleItem` of a getSchedule response. */
export interface ScheduleItem {
  /** free | tentative | busy | oof | workingElsewhere | unknown; casing varies across responses. */
  status: string;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isPrivate?: boolean;
  subject?: string;
  location?: string;
}

/** One `scheduleInformation` item of a getSchedule response. */
export interface ScheduleInformation {
  scheduleId?: string;
  availabilityView?: string;
  scheduleItems?: ScheduleItem[];
  workingHours?: WorkingHours | null;
  error?: { message?: string; responseCode?: string } | null;
}

/** The whole getSchedule response body (`{ value: [...] }`). */
export interface GetScheduleResponse {
  value: ScheduleInformation[];
}
