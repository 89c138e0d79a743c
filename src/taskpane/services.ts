// What the taskpane needs from the rest of the add-in, as one small interface. The real implementation
// (createDialbackServices.ts) wires the Graph client and the core proposal engine; tests pass fakes.
import type { CareCallCandidate, FirmIdentity, ScanBatch, ScanWatermarks } from "../core/carecalls";
import type { ContactPlan, GraphContactLike } from "../core/contacts";
import type { FoundNumber, Interval, Mailbox, PhoneKind } from "../core/index";
import type { WaitingStatus } from "../core/responsiveness";
import type { CurrentItem } from "../office/index";
import type { ClockStyle } from "../core/compose/clock";

export type { ClockStyle };

export type AgendaSource = "thread" | "template" | "attorney";

export interface AgendaItem {
  id: string;
  text: string;
  source: AgendaSource;
}

export interface ClientSummary {
  name: string;
  email: string;
  organization: string | null;
  /** IANA zone of the client, when the engine could tell. */
  timeZone: string | null;
  /** What the attorney calls them in a button ("Book and invite Jane"); null when the name says nothing. */
  firstName?: string | null;
}

/** "08:30"–"17:30": one day's hours, the same every working day. */
export interface DayHours {
  start: string;
  end: string;
}

/** What the slot search looks at; the attorney widens or narrows it in the slot picker. */
export interface SlotSearch {
  /** The attorney's hours, in the attorney's zone (default the mailbox's working hours). */
  attorneyHours: DayHours;
  /** The client's hours, in the client's zone (default 09:00–17:30). */
  clientHours: DayHours;
  /** Offer times before or after either side's hours when too few fall inside both. */
  includeEdges: boolean;
  /** How far outside either side's hours such a time may fall. */
  edgeMinutes: number;
}

/** How booking goes: a private hold in the attorney's calendar, or an invitation the client receives. */
export interface BookingChoice {
  inviteClient: boolean;
  /** A Teams meeting in the invitation (only with inviteClient). */
  teams: boolean;
}

/** A proposed call time; client times carry the client's own UTC offset when the engine knew the zone. */
export interface PlanSlot extends Interval {
  clientStart?: string;
  clientEnd?: string;
  /** Minutes outside the attorney's / client's hours (far zones), and on which side of the day. */
  attorneyOutsideMinutes?: number;
  attorneyEdge?: "early" | "late";
  clientOutsideMinutes?: number;
  clientEdge?: "early" | "late";
}

/** Everything the taskpane shows for one message, computed from one Graph round trip. */
export interface CallPlan {
  client: ClientSummary;
  best: FoundNumber | null;
  numbers: FoundNumber[];
  /** When there is no number to call: why, in words ("Jane gave no number of their own; …"). */
  numberReason?: string | null;
  agenda: AgendaItem[];
  /** Proposed slots, best first; the UI shows three and keeps the rest behind "More times". */
  slots: PlanSlot[];
  /** IANA zone of the attorney's mailbox. */
  attorneyTimeZone: string;
  /** How the attorney writes dates and times (mailboxSettings dateFormat, timeFormat, locale): every surface uses it. */
  clock: ClockStyle;
  /** The search these slots came from (the defaults, unless the attorney changed them). */
  search: SlotSearch;
  /** Why there are no slots, in words. */
  slotsReason?: string | null;
}

/** The number the attorney will dial: one found in the signature, or one typed in. */
export interface DialNumber {
  e164: string;
  ext: string | null;
  display: string;
  kind: PhoneKind | "typed";
  /** The signature line it came from, when found rather than typed. */
  line: string | null;
  /** Where the line came from, in words ("from Jane's signature on 3 March"). */
  evidence?: string | null;
  /** Set when the engine is not sure the number is the client's: why, in words. */
  unsure?: string | null;
}

/** The attorney's choices: what the reply, the voicemail follow-up and the booking are built from. */
export interface CallDraft {
  durationMinutes: number;
  agenda: AgendaItem[];
  /** The times offered to the client (the chosen one first when there is one). */
  offeredSlots: Interval[];
  chosenSlot: Interval | null;
  dial: DialNumber | null;
  /** The search the slots came from; default the plan's. */
  search?: SlotSearch | null;
  /** Invitation or private hold; default a private hold. */
  booking?: BookingChoice;
}

export interface ComposedEmail {
  subject: string;
  html: string;
  toRecipients: string[];
}

export interface BookingResult {
  eventId: string;
  start: string;
  end: string;
  webLink?: string | null;
  /** What booking did: sent the client an invitation, or held the time privately. */
  mode?: "invite" | "hold";
  /** Who was invited (mode "invite"). */
  invited?: { name: string; address: string } | null;
  /** Whether the invitation carries a Teams meeting, and its join link when Graph gave one. */
  teams?: boolean;
  joinUrl?: string | null;
}

export interface CallSession {
  /** How long the client has been waiting for the firm's reply on this thread, from the first paint's data. */
  readonly waiting: WaitingStatus | null;
  /** Said in words when free/busy came from a fallback (getSchedule refused, as for personal accounts). */
  readonly scheduleNotice?: string | null;
  plan(options: { durationMinutes: number; search?: SlotSearch | null }): CallPlan;
  composeReply(draft: CallDraft): ComposedEmail;
  composeVoicemail(draft: CallDraft): ComposedEmail;
  /** Idempotent: the same message and slot always create at most one event. */
  book(draft: CallDraft & { chosenSlot: Interval }): Promise<BookingResult>;
}

/** What "Save to contacts" starts from: the client and the numbers found in the signature (or typed). */
export interface ContactSaveRequest {
  client: Mailbox;
  numbers: FoundNumber[];
  organization: string | null;
  /** Region for contact numbers stored without a country code. */
  region: string | null;
}

/** core's plan for the save, with the contact it was made from: shown in ContactSaveDialog, then written. */
export interface ContactSaveProposal {
  plan: ContactPlan;
  /** The client's existing Outlook contact; null when a new one would be created. */
  existing: GraphContactLike | null;
  client: Mailbox;
}

export interface ContactsService {
  /** Looks the client's contact up and plans the save with core's planContactSave; writes nothing. */
  propose(request: ContactSaveRequest): Promise<ContactSaveProposal>;
  /** Writes the plan's additions plus the approved replacements (change ids); false when nothing needed writing. */
  save(proposal: ContactSaveProposal, approvedReplacementIds: string[]): Promise<boolean>;
}

/** The care-call tab's data: the correspondents scan, the attorney's identity and zone, the call request. */
export interface CareCallsService {
  /** The add-in's clock (the demo's seeded "now"): "overdue" and "today" are counted from it. */
  now(): Date;
  /** The attorney's own addresses and IANA zone (from /me and the mailbox settings). */
  context(): Promise<{ identity: FirmIdentity; timeZone: string }>;
  scan(options: { watermarks?: Partial<ScanWatermarks>; since?: string }): Promise<ScanBatch>;
  /** A new "Let's set up a call" message to the client, with times that fit the attorney's calendar. */
  composeCallRequest(candidate: CareCallCandidate): Promise<ComposedEmail>;
}

export interface DialbackServices {
  /** Reads the message, its thread, the mailbox settings and both calendars (one Graph $batch). */
  openSession(item: CurrentItem): Promise<CallSession>;
  contacts: ContactsService;
  careCalls: CareCallsService;
  /** Reads a number the attorney typed (null when it is not a phone number); numbers without +CC use `region`. */
  parseNumber(input: string, region: string | null): Promise<DialNumber | null>;
}

/** The error text to show a person: GraphError.userMessage when present, else the message. */
export function describeError(error: unknown): string {
  if (error && typeof error === "object") {
    const userMessage = (error as { userMessage?: unknown }).userMessage;
    if (typeof userMessage === "string" && userMessage) return userMessage;
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string" && message) return message;
  }
  return "Something went wrong.";
}
