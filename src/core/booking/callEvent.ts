// The Graph event body (POST /me/events) for the booked call, and the optional tentative holds.
import { DateTime } from "luxon";
import { findWindows } from "windows-iana";
import type { Mailbox } from "../types";
import type { AgendaItem } from "../agenda";
import type { ProposedSlot } from "../scheduling";
import { DialNumber, agendaPoints, clockFrom, describeSlotForAttorney, displayName, escapeHtml, numberForPeople, oneLine, telLinkHtml, type ClockStyle } from "../compose";
import { callTransactionId } from "./transactionId";

export interface GraphDateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

/** The subset of Graph's event resource Dialback writes. */
export interface GraphEventBody {
  subject: string;
  body: { contentType: "HTML"; content: string };
  start: GraphDateTimeTimeZone;
  end: GraphDateTimeTimeZone;
  location?: { displayName: string };
  showAs: "busy" | "tentative";
  isReminderOn: boolean;
  reminderMinutesBeforeStart?: number;
  sensitivity: "normal" | "private";
  attendees?: { emailAddress: { address: string; name: string }; type: "required" }[];
  isOnlineMeeting?: boolean;
  onlineMeetingProvider?: "teamsForBusiness";
  allowNewTimeProposals?: boolean;
  categories?: string[];
  transactionId?: string;
}

export interface CallEventInput {
  client: Mailbox;
  slot: Pick<ProposedSlot, "start" | "end" | "timeZone"> & Partial<Pick<ProposedSlot, "clientStart" | "clientEnd" | "clientTimeZone">>;
  dialNumber: DialNumber | null;
  /** The same agenda the reply lists (compose's agendaPoints): the event body shows exactly those points. */
  agenda: AgendaItem[];
  /** The attorney's clock (clockStyleOf(mailboxSettings)) for the time written in the body. Default en-US. */
  clock?: ClockStyle;
  /** Send the client an invitation (Graph invites attendees on create). Default false: a note in the attorney's calendar. */
  inviteClient?: boolean;
  /** Mark the event private, so delegates and shared calendars see only "busy". */
  privateHold?: boolean;
  /** Add a Teams meeting (only useful with inviteClient). */
  teams?: boolean;
  reminderMinutes?: number;
  /** The client message the call answers; with the slot it fixes the transactionId. */
  messageId?: string | null;
}

/**
 * Graph's dateTimeTimeZone for an ISO instant: wall-clock time in the slot's zone, named the Windows way,
 * which every Graph method accepts (IANA names are only accepted from a list). Zones without a Windows
 * name (a fixed offset from a custom zone) go as UTC.
 */
export function graphDateTime(iso: string, zone: string): GraphDateTimeTimeZone {
  const instant = DateTime.fromISO(iso, { setZone: true });
  const windows = zone.includes("/") ? findWindows(zone)[0] : zone === "UTC" ? "UTC" : undefined;
  const target = windows ? instant.setZone(zone) : instant.toUTC();
  return { dateTime: target.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: windows ?? "UTC" };
}

function agendaHtml(agenda: AgendaItem[], heading: string): string {
  const points = agendaPoints(agenda);
  return points ? `<p>${escapeHtml(heading)}</p><ul>${points.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>` : "";
}

function whenLine(slot: CallEventInput["slot"], clock: ClockStyle): string {
  const full = { clientStart: slot.start, clientEnd: slot.end, clientTimeZone: slot.timeZone, ...slot };
  return describeSlotForAttorney(full, clock);
}

/** The attorney's own note (a private hold): when, whom to call on which number, the agenda. */
function holdBodyHtml(input: CallEventInput, clock: ClockStyle): string {
  const parts = [
    `<p>${escapeHtml(`Call with ${displayName(input.client)}: ${whenLine(input.slot, clock)}`)}</p>`,
    input.dialNumber ? `<p>Call ${telLinkHtml(input.dialNumber)}</p>` : "<p>Number to call: not known yet; ask the client.</p>",
    agendaHtml(input.agenda, "Agenda:"),
  ];
  return `<div>${parts.filter(Boolean).join("")}</div>`;
}

/** What the client reads in the invitation: written to them, with the same agenda as the reply. */
function inviteBodyHtml(input: CallEventInput, clock: ClockStyle): string {
  const parts = [
    `<p>${escapeHtml(`Our call: ${whenLine(input.slot, clock)}`)}</p>`,
    input.dialNumber
      ? `<p>${escapeHtml("I'll call you on ")}${telLinkHtml(input.dialNumber)}${input.teams ? "; the Teams link below works too" : ""}.</p>`
      : input.teams
        ? "<p>Join with the Teams link below, or reply with the best number to reach you on.</p>"
        : "<p>Please reply with the best number to reach you on.</p>",
    agendaHtml(input.agenda, "What we'll cover:"),
  ];
  return `<div>${parts.filter(Boolean).join("")}</div>`;
}

function eventBodyHtml(dialNumber: DialNumber | null, agenda: AgendaItem[], note?: string): string {
  const parts = [
    note ? `<p>${escapeHtml(note)}</p>` : "",
    dialNumber ? `<p>Call ${telLinkHtml(dialNumber)}</p>` : "<p>Number to call: not known yet; ask the client.</p>",
    agendaHtml(agenda, "Agenda:"),
  ];
  return `<div>${parts.filter(Boolean).join("")}</div>`;
}

export function buildCallEvent(input: CallEventInput): GraphEventBody {
  const name = displayName(input.client);
  const reminder = input.reminderMinutes ?? 10;
  const clock = input.clock ?? clockFrom("en-US");
  const event: GraphEventBody = {
    subject: `Call with ${name}`,
    body: { contentType: "HTML", content: input.inviteClient ? inviteBodyHtml(input, clock) : holdBodyHtml(input, clock) },
    start: graphDateTime(input.slot.start, input.slot.timeZone),
    end: graphDateTime(input.slot.end, input.slot.timeZone),
    showAs: "busy",
    isReminderOn: reminder > 0,
    sensitivity: input.privateHold ? "private" : "normal",
  };
  if (reminder > 0) event.reminderMinutesBeforeStart = reminder;
  if (input.dialNumber) event.location = { displayName: oneLine(`Phone ${numberForPeople(input.dialNumber)}`) };
  if (input.inviteClient) {
    event.attendees = [{ emailAddress: { address: oneLine(input.client.address), name }, type: "required" }];
    event.allowNewTimeProposals = true;
  }
  // A Teams meeting only comes with an invitation: a private hold has no one to meet.
  if (input.teams && input.inviteClient) {
    event.isOnlineMeeting = true;
    event.onlineMeetingProvider = "teamsForBusiness";
  }
  if (input.messageId) event.transactionId = callTransactionId(input.messageId, input.slot.start);
  return event;
}

export interface TentativeHoldsInput {
  client: Mailbox;
  dialNumber?: DialNumber | null;
  messageId?: string | null;
}

/** Category on every hold, so the Graph layer can find and delete them all once one slot is booked. */
export const HOLD_CATEGORY = "Dialback hold";

/**
 * Private tentative placeholders on every proposed slot, so nothing else lands there while the client
 * chooses. Each has its own transactionId (message + slot + "hold"), so a retried hold is not doubled.
 */
export function buildTentativeHolds(slots: Pick<ProposedSlot, "start" | "end" | "timeZone">[], input: TentativeHoldsInput): GraphEventBody[] {
  const name = displayName(input.client);
  return slots.map((slot) => {
    const hold: GraphEventBody = {
      subject: `Hold: call with ${name}`,
      body: { contentType: "HTML", content: eventBodyHtml(input.dialNumber ?? null, [], "Proposed call time, held until the client picks one.") },
      start: graphDateTime(slot.start, slot.timeZone),
      end: graphDateTime(slot.end, slot.timeZone),
      showAs: "tentative",
      isReminderOn: false,
      sensitivity: "private",
      categories: [HOLD_CATEGORY],
    };
    if (input.messageId) hold.transactionId = callTransactionId(input.messageId, slot.start, "hold");
    return hold;
  });
}
