// The one call both the CLI and the taskpane make: from the open message and its thread to the client's
// number, an agenda, call times, the call-request email and the event that would book the call.
import type { ContactExtraction, FoundNumber, Mailbox, MailMessage } from "../types";
import { AGENDA_TEMPLATES, AgendaItem, AgendaTemplate, buildAgenda } from "../agenda";
import { CallEventInput, GraphEventBody, buildCallEvent } from "../booking";
import { ComposedEmail, clockStyleOf, composeCallRequest } from "../compose";
import {
  AvailabilityViewFrame,
  GetScheduleResponse,
  InputError,
  MailboxSettings,
  ProposedSlot,
  ScheduleInformation,
  WeeklyWindow,
  proposeSlots,
  toIanaZoneName,
} from "../scheduling";
import { clientZoneFromDateHeader } from "./clientZone";

export interface ProposeCallInput {
  /** The client's message the attorney has open. */
  message: MailMessage;
  /** The whole conversation, newest first; defaults to just `message`. */
  thread?: MailMessage[];
  /** The current instant, ISO 8601 with offset (or a Date). */
  now: string | Date;
  /** GET /me/mailboxSettings as Graph returns it. */
  mailboxSettings: MailboxSettings;
  /** POST /me/calendar/getSchedule: the whole response or its item for the attorney. */
  schedule: ScheduleInformation | GetScheduleResponse;
  /** The getSchedule request's start and interval, to read availabilityView as well as scheduleItems. */
  scheduleRequest?: AvailabilityViewFrame;
  /** When the attorney takes calls, in the attorney's zone, shaped like Graph's workingHours. */
  callbackWindows?: WeeklyWindow[];
  durationMinutes?: number;
  /** Set by hand: wins over the signature and the Date header. IANA, Windows or "UTC+5:30". */
  clientTimeZone?: string | null;
  /** The client's business hours in the client's zone; default Mon–Fri 09:00–17:30. */
  clientHours?: WeeklyWindow[];
  /** The attorney's hours for this search, in the attorney's zone; default the mailbox's working hours. */
  attorneyHours?: WeeklyWindow[];
  /** Far zones: offer times at the edges of either day when too few fall inside both (default true). */
  includeEdges?: boolean;
  /** How far outside either side's hours an edge time may fall (default 150 minutes). */
  edgeMinutes?: number;
  /** Region (ISO 3166 alpha-2) for numbers written without a country code. */
  defaultRegion?: string | null;
  /** The attorney (mailbox owner); defaults to the message's first recipient. */
  attorney?: Mailbox | null;
  count?: number;
  bufferMinutes?: number;
  leadMinutes?: number;
  horizonWorkingDays?: number;
  /** Agenda templates to add even when the thread has open items. */
  templates?: AgendaTemplate[];
  /** The email's purpose sentence, in the attorney's voice. */
  purpose?: string;
  /** Locale for dates and times in the email. Default "en-US". */
  locale?: string;
  /** How the booked event should look. */
  booking?: Pick<CallEventInput, "inviteClient" | "privateHold" | "teams" | "reminderMinutes">;
  /** The extraction, when the caller already ran it (the taskpane does, to show the number early). */
  contact?: ContactExtraction;
}

export type ClientZoneSource = "given" | "signature" | "date-header" | "attorney";

export interface ProposeCallResult {
  client: Mailbox & { organization: string | null; timeZone: string; timeZoneSource: ClientZoneSource };
  attorney: Mailbox;
  /** The number to dial, or null when the signature shows none. */
  best: FoundNumber | null;
  numbers: FoundNumber[];
  agenda: AgendaItem[];
  slots: ProposedSlot[];
  /** Why there are no slots, e.g. "no time free in the next 10 working days". */
  reason?: string;
  email: ComposedEmail;
  /** The POST /me/events body booking the first slot, or null when no slot was found. */
  event: GraphEventBody | null;
}

/** Extraction engine, injected so the proposal module does not fix which extractor runs. */
export type ExtractContact = (message: MailMessage, options?: { defaultRegion?: string | null }) => ContactExtraction;

function requireMailbox(value: unknown, field: string): Mailbox {
  if (!value || typeof value !== "object") throw new InputError(field, "expected { name, address }");
  const m = value as Partial<Mailbox>;
  if (typeof m.address !== "string" || !m.address.includes("@")) throw new InputError(`${field}.address`, "expected an email address");
  return { name: typeof m.name === "string" ? m.name : "", address: m.address };
}

function validate(input: ProposeCallInput): void {
  if (!input || typeof input !== "object") throw new InputError("input", "expected an object");
  if (!input.message || typeof input.message !== "object") throw new InputError("message", "expected the client's message");
  requireMailbox(input.message.from, "message.from");
  if (input.now === undefined || input.now === null) throw new InputError("now", "required: the current time, ISO 8601 with offset");
  if (!input.mailboxSettings || typeof input.mailboxSettings !== "object") throw new InputError("mailboxSettings", "required: Graph's mailboxSettings object");
  if (!input.schedule || typeof input.schedule !== "object") throw new InputError("schedule", "required: Graph's getSchedule response");
  if (input.thread !== undefined && !Array.isArray(input.thread)) throw new InputError("thread", "expected a list of messages, newest first");
  if (input.defaultRegion != null && !/^[A-Za-z]{2}$/.test(String(input.defaultRegion))) throw new InputError("defaultRegion", "expected a two-letter country code");
  if (input.attorney != null) requireMailbox(input.attorney, "attorney");
  if (input.templates !== undefined) {
    if (!Array.isArray(input.templates)) throw new InputError("templates", `expected a list of ${Object.keys(AGENDA_TEMPLATES).join(", ")}`);
    input.templates.forEach((t, i) => {
      if (!Object.hasOwn(AGENDA_TEMPLATES, t)) throw new InputError(`templates[${i}]`, `unknown template "${t}" (known: ${Object.keys(AGENDA_TEMPLATES).join(", ")})`);
    });
  }
  if (input.purpose !== undefined && typeof input.purpose !== "string") throw new InputError("purpose", "expected a sentence");
  if (input.locale !== undefined) {
    let supported = false;
    try {
      supported = typeof input.locale === "string" && Intl.DateTimeFormat.supportedLocalesOf([input.locale]).length > 0;
    } catch {
      supported = false;
    }
    if (!supported) throw new InputError("locale", `unsupported locale ${JSON.stringify(input.locale)} (e.g. "en-GB")`);
  }
  if (input.booking !== undefined) {
    if (!input.booking || typeof input.booking !== "object") throw new InputError("booking", "expected { inviteClient, privateHold, teams, reminderMinutes }");
    for (const key of ["inviteClient", "privateHold", "teams"] as const) {
      const v = input.booking[key];
      if (v !== undefined && typeof v !== "boolean") throw new InputError(`booking.${key}`, "expected true or false");
    }
    const r = input.booking.reminderMinutes;
    if (r !== undefined && !(typeof r === "number" && Number.isInteger(r) && r >= 0 && r <= 10080)) throw new InputError("booking.reminderMinutes", "expected a whole number of minutes, 0 to 10080");
  }
}

/** The client's zone and where it came from: by hand, the signature, the Date header's offset, else the attorney's. */
function clientZone(input: ProposeCallInput, contact: ContactExtraction): { zone: string | null; source: ClientZoneSource } {
  if (input.clientTimeZone) return { zone: input.clientTimeZone, source: "given" };
  if (contact.timeZone && toIanaZoneName(contact.timeZone)) return { zone: contact.timeZone, source: "signature" };
  const fromDate = clientZoneFromDateHeader(input.message.date);
  if (fromDate) return { zone: fromDate, source: "date-header" };
  return { zone: null, source: "attorney" };
}

export function proposeCallWith(extract: ExtractContact, input: ProposeCallInput): ProposeCallResult {
  validate(input);
  const message = input.message;
  const contact = input.contact ?? extract(message, { defaultRegion: input.defaultRegion ? input.defaultRegion.toUpperCase() : null });
  const from = requireMailbox(message.from, "message.from");
  const attorney = input.attorney ? requireMailbox(input.attorney, "attorney") : (message.to ?? [])[0] ?? { name: "", address: "" };
  const { zone, source } = clientZone(input, contact);

  const proposal = proposeSlots({
    now: input.now,
    schedule: input.schedule,
    scheduleId: attorney.address || null,
    scheduleRequest: input.scheduleRequest,
    mailboxSettings: input.mailboxSettings,
    callbackWindows: input.callbackWindows,
    clientTimeZone: zone,
    clientHours: input.clientHours,
    attorneyHours: input.attorneyHours,
    includeEdges: input.includeEdges,
    edgeMinutes: input.edgeMinutes,
    durationMinutes: input.durationMinutes,
    bufferMinutes: input.bufferMinutes,
    leadMinutes: input.leadMinutes,
    horizonWorkingDays: input.horizonWorkingDays,
    count: input.count,
  });

  const thread = input.thread && input.thread.length > 0 ? input.thread : [message];
  const agenda = buildAgenda(thread, { client: from, attorney: attorney.address ? attorney : null, templates: input.templates });
  // One clock for the reply and the event: the mailbox's dateFormat/timeFormat, in the given locale or the mailbox's.
  const clock = clockStyleOf({ ...input.mailboxSettings, language: { locale: input.locale ?? input.mailboxSettings.language?.locale ?? "en-US" } });
  const email = composeCallRequest({
    client: from,
    attorney,
    agenda,
    slots: proposal.slots,
    dialNumber: contact.best,
    purpose: input.purpose,
    threadSubject: message.subject,
    locale: input.locale,
    timeFormat: input.mailboxSettings.timeFormat ?? null,
    clock,
    durationMinutes: input.durationMinutes ?? 30,
    clientText: message.text ?? null,
  });
  const first = proposal.slots[0];
  const event = first
    ? buildCallEvent({ client: from, slot: first, dialNumber: contact.best, agenda, messageId: messageKey(message), clock, ...input.booking })
    : null;

  const result: ProposeCallResult = {
    client: {
      ...from,
      organization: contact.organization ?? null,
      timeZone: first?.clientTimeZone ?? zone ?? "",
      timeZoneSource: source,
    },
    attorney,
    best: contact.best,
    numbers: contact.numbers,
    agenda,
    slots: proposal.slots,
    email,
    event,
  };
  if (proposal.reason) result.reason = proposal.reason;
  return result;
}

/** Message-ID when known (stable across mailboxes), else Graph id, else a key from sender, date and subject. */
function messageKey(m: MailMessage): string {
  return m.messageId ?? m.id ?? `${m.from.address}|${m.date ?? ""}|${m.subject ?? ""}`;
}
