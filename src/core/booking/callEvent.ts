// The Graph event body (POST /me/events) for the booked call, and the optional tentative holds.
import { DateTime } from "luxon";
import { findWindows } from "windows-iana";
import type { Mailbox } from "../types";
import type { AgendaItem } from "../agenda";
import type { ProposedSlot } from "../scheduling";
import { DialNumber, displayName, escapeHtml, numberForPeople, oneLine, telLinkHtml } from "../compose";
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
  slot: Pick<ProposedSlot, "start" | "end" | "timeZone">;
  dialNumber: DialNumber | null;
  agenda: AgendaItem[];
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

function eventBodyHtml(dialNumber: DialNumber | null, agenda: AgendaItem[], note?: string): string {
  const open = agenda.filter((i) => !i.answered);
  const parts = [
    note ? `<p>${escapeHtml(note)}</p>` : "",
    dialNumber ? `<p>Call ${telLinkHtml(dialNumber)}</p>` : "<p>Number to call: not known yet; ask the client.</p>",
    open.length ? `<p>Agenda:</p><ul>${open.map((i) => `<li>${escapeHtml(i.text)}</li>`).join("")}</ul>` : "",
  ];
  return `<div>${parts.filter(Boolean).join("")}</div>`;
}

export function buildCallEvent(input: CallEventInput): GraphEventBody {
  const name = displayName(input.client);
  const reminder = input.reminderMinutes ?? 10;
  const event: GraphEventBody = {
    subject: `Call with ${name}`,
    body: { contentType: "HTML", content: eventBodyHtml(input.dialNumber, input.agenda) },
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
  if (input.teams) {
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
