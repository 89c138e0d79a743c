// DialbackServices over the real pieces: the Graph client (one $batch for first paint) and the core
// engine (extraction, proposal, compose, booking). The demo and Outlook differ only in the Graph token and URL.
import type { Contact, Event } from "@microsoft/microsoft-graph-types";
import type { FoundNumber, Mailbox, MailMessage } from "../core/index";
import { htmlToText, stripBidiControls } from "../core/text";
import type { FirmIdentity } from "../core/carecalls";
import { contactWriteFor, planContactSave, type GraphContactLike } from "../core/contacts";
import { waitingForReply, type WaitingStatus } from "../core/responsiveness";
import type { AgendaItem as CoreAgendaItem } from "../core/agenda";
import { buildCallEvent, callTransactionId } from "../core/booking";
import { clockStyleOf, composeCallRequest, composeVoicemailFollowUp, firstName, type DialNumber as CoreDialNumber } from "../core/compose";
import { extractContact } from "../core/extract";
import { proposeCallWith, type ProposeCallResult } from "../core/proposal";
import { SCHEDULING_DEFAULTS, proposeSlots, toIanaZoneName, type MailboxSettings as CoreMailboxSettings, type ProposedSlot, type ScheduleInformation as CoreSchedule, type WeeklyWindow } from "../core/scheduling";
import { GraphError, isScheduleRefused, toMailMessage, type Graph } from "../graph/index";
import type { CurrentItem } from "../office/index";
import { parseTypedNumber } from "./typedNumber";
import type {
  AgendaItem,
  CallDraft,
  CallPlan,
  CallSession,
  CareCallsService,
  ComposedEmail,
  ContactsService,
  DialbackServices,
  DayHours,
  SlotSearch,
} from "./services";

export interface DialbackServicesDeps {
  graph: Pick<
    Graph,
    "loadFirstPaint" | "createEvent" | "findContactByEmail" | "createContact" | "updateContact" | "scanCorrespondents" | "getMailboxSettings" | "getSchedule" | "freeBusyFromCalendarView"
  >;
  /** The mailbox owner as Office knows it; Graph's /me answer wins when it arrives. */
  owner: () => Mailbox | null;
  now?: () => Date;
  /** Days of calendar read for proposals (getSchedule allows under 42). */
  scheduleDays?: number;
  /** How many slots to compute: three shown, the rest behind "More times". */
  slotCount?: number;
}

const SCHEDULE_INTERVAL_MINUTES = 30;

/** Start of the getSchedule window: now, rounded down to the availabilityView interval so digits line up. */
function scheduleWindow(now: Date, days: number): { start: string; end: string } {
  const step = SCHEDULE_INTERVAL_MINUTES * 60_000;
  const start = Math.floor(now.getTime() / step) * step;
  return { start: new Date(start).toISOString(), end: new Date(start + days * 86_400_000).toISOString() };
}

/** Graph's UTC dateTime form, no offset: "2026-11-25T14:00:00". */
const graphUtc = (iso: string) => iso.replace(/\.\d{3}Z$/, "").replace(/Z$/, "");

function toUiAgenda(items: CoreAgendaItem[]): AgendaItem[] {
  return items.map((i) => ({ id: i.id, text: i.text, source: i.kind === "template" ? "template" : "thread" }));
}

/** Compose writes "<display> ext. <ext>" itself, so the display form goes without the extension. */
function shownNumber(n: FoundNumber): FoundNumber {
  return {
    ...n,
    line: stripBidiControls(n.line),
    label: n.label === null ? null : stripBidiControls(n.label),
    ...(n.evidence ? { evidence: stripBidiControls(n.evidence) } : {}),
    ...(n.unsure ? { unsure: stripBidiControls(n.unsure) } : {}),
  };
}

function toCoreDial(dial: CallDraft["dial"]): CoreDialNumber | null {
  if (!dial) return null;
  const display = dial.ext ? dial.display.replace(new RegExp(`[\\s,;]*(ext|x)\\.?\\s*${dial.ext}\\s*$`, "i"), "") : dial.display;
  return { e164: dial.e164, ext: dial.ext, display };
}

/** The mailbox's zone as an IANA name (Windows names are mapped); UTC when Graph's answer is unusable. */
function ianaZoneOf(settings: CoreMailboxSettings | null | undefined): string {
  const name = settings?.timeZone;
  return (typeof name === "string" && toIanaZoneName(name)) || "UTC";
}

/** "08:30:00.0000000" → "08:30". */
const hhmm = (t: string | null | undefined, fallback: string) => (typeof t === "string" && /^\d{2}:\d{2}/.test(t) ? t.slice(0, 5) : fallback);

/** The search the taskpane starts from: the mailbox's working hours, the client's default day, edges on. */
function defaultSearch(settings: CoreMailboxSettings): SlotSearch {
  const wh = settings.workingHours;
  const client = SCHEDULING_DEFAULTS.clientHours[0];
  return {
    attorneyHours: { start: hhmm(wh?.startTime, SCHEDULING_DEFAULTS.workingHours.startTime), end: hhmm(wh?.endTime, SCHEDULING_DEFAULTS.workingHours.endTime) },
    clientHours: { start: client.startTime, end: client.endTime },
    includeEdges: true,
    edgeMinutes: SCHEDULING_DEFAULTS.edgeMinutes,
  };
}

const sameHours = (a: DayHours, b: DayHours) => a.start === b.start && a.end === b.end;

/** Whether the client on this thread is waiting for a reply; a thread core cannot read shows no badge. */
function waitingOn(thread: MailMessage[], attorney: Mailbox, settings: CoreMailboxSettings, now: Date): WaitingStatus | null {
  try {
    return waitingForReply(thread, {
      now,
      identity: { ownAddresses: [attorney.address] },
      workingHours: settings.workingHours ?? null,
      timeZone: settings.timeZone ?? null,
    });
  } catch {
    return null;
  }
}

function contactsService(graph: DialbackServicesDeps["graph"]): ContactsService {
  return {
    propose: async (request) => {
      // Graph's SDK types mark every field nullable; core reads the same JSON.
      const existing = (await graph.findContactByEmail(request.client.address)) as GraphContactLike | null;
      return { plan: planContactSave(existing, request), existing, client: request.client };
    },
    save: async ({ plan, existing, client }, approved) => {
      const write = contactWriteFor(plan, existing, { client }, approved);
      if (!write) return false;
      if (write.method === "POST") await graph.createContact(write.body as Contact);
      else await graph.updateContact(write.contactId, write.body as Partial<Contact>);
      return true;
    },
  };
}

/** Call times offered in a care-call note: the same rules as a reply (working hours, buffers, lead time). */
const CARE_CALL_SLOTS = 3;

function careCallsService(deps: DialbackServicesDeps, now: () => Date, days: number): CareCallsService {
  const attorney = (): Mailbox => {
    const owner = deps.owner();
    if (!owner?.address) throw new Error("Outlook did not say whose mailbox this is.");
    return owner;
  };
  let settings: Promise<CoreMailboxSettings> | null = null;
  const mailboxSettings = () =>
    (settings ??= (deps.graph.getMailboxSettings() as Promise<unknown> as Promise<CoreMailboxSettings>).catch((error: unknown) => {
      settings = null; // a later call asks again
      throw error;
    }));
  return {
    now,
    context: async () => {
      const identity: FirmIdentity = { ownAddresses: [attorney().address] };
      return { identity, timeZone: ianaZoneOf(await mailboxSettings()) };
    },
    scan: (options) => deps.graph.scanCorrespondents({ ...options, now: now() }),
    composeCallRequest: async (candidate) => {
      const me = attorney();
      const at = now();
      const window = scheduleWindow(at, days);
      const q = { address: me.address, start: window.start, end: window.end, intervalMinutes: SCHEDULE_INTERVAL_MINUTES };
      const [settingsValue, schedule] = await Promise.all([
        mailboxSettings(),
        // Personal accounts have no getSchedule: the calendar's own events give the same free/busy.
        deps.graph.getSchedule(q).catch((error: unknown) => {
          if (isScheduleRefused(error)) return deps.graph.freeBusyFromCalendarView(q);
          throw error;
        }),
      ]);
      const { slots } = proposeSlots({
        now: at,
        schedule: schedule as unknown as CoreSchedule,
        scheduleRequest: { startTime: { dateTime: graphUtc(window.start), timeZone: "UTC" }, availabilityViewInterval: SCHEDULE_INTERVAL_MINUTES },
        mailboxSettings: settingsValue,
        count: CARE_CALL_SLOTS,
      });
      const client: Mailbox = { name: candidate.name ?? "", address: candidate.address };
      // No thread: the note's own subject ("Let's set up a call") and its keep-in-touch purpose.
      const email = composeCallRequest({ client, attorney: me, agenda: [], slots, dialNumber: null, threadSubject: null, occasion: "care-call", clock: clockStyleOf(settingsValue) });
      return { subject: email.subject, html: email.html, toRecipients: [client.address] };
    },
  };
}

export const SCHEDULE_FALLBACK_NOTICE =
  "Outlook would not share free/busy through getSchedule (personal Microsoft accounts such as Outlook.com do not have it), so these times come from the events in your own calendar.";

function requirePart<T>(part: { ok: true; value: T } | { ok: false; error: GraphError }): T {
  if (!part.ok) throw part.error;
  return part.value;
}

export function createDialbackServices(deps: DialbackServicesDeps): DialbackServices {
  const now = deps.now ?? (() => new Date());
  const days = deps.scheduleDays ?? 14;
  const slotCount = deps.slotCount ?? 9;

  async function openSession(item: CurrentItem): Promise<CallSession> {
    const owner = deps.owner();
    if (!owner?.address) throw new Error("Outlook did not say whose mailbox this is.");
    const at = now();
    const window = scheduleWindow(at, days);
    const first = await deps.graph.loadFirstPaint({
      messageId: item.itemId,
      conversationId: item.conversationId ?? "",
      ownerAddress: owner.address,
      scheduleStart: window.start,
      scheduleEnd: window.end,
      intervalMinutes: SCHEDULE_INTERVAL_MINUTES,
    });
    const message = toMailMessage(requirePart(first.message));
    // Graph's SDK types mark every field nullable; core's shapes are the same JSON, checked at run time.
    const mailboxSettings = requirePart(first.mailboxSettings) as unknown as CoreMailboxSettings;
    // Personal Microsoft accounts have no getSchedule: read free/busy from the calendar itself and say so.
    let scheduleNotice: string | null = null;
    let scheduleValue = first.schedule.ok ? first.schedule.value : null;
    if (!first.schedule.ok) {
      if (!isScheduleRefused(first.schedule.error)) throw first.schedule.error;
      scheduleValue = await deps.graph.freeBusyFromCalendarView({ address: owner.address, start: window.start, end: window.end });
      scheduleNotice = SCHEDULE_FALLBACK_NOTICE;
    }
    const schedule = scheduleValue as unknown as CoreSchedule;
    // The thread only adds agenda items; without it the open message alone still gives a plan.
    const thread: MailMessage[] = first.thread.ok ? first.thread.value.map(toMailMessage) : [message];
    // "Waiting since" is when the message arrived (receivedDateTime, what Outlook's header shows), not its Date header.
    const arrived = first.thread.ok ? first.thread.value.map((m) => ({ ...toMailMessage(m), date: m.receivedDateTime ?? m.sentDateTime })) : thread;
    const clock = clockStyleOf(mailboxSettings);
    const attorneyZone = ianaZoneOf(mailboxSettings);
    const baseSearch = defaultSearch(mailboxSettings);
    const attorney: Mailbox =
      first.me.ok && (first.me.value.mail || first.me.value.userPrincipalName)
        ? { name: first.me.value.displayName ?? owner.name, address: first.me.value.mail ?? first.me.value.userPrincipalName ?? owner.address }
        : owner;
    // Extraction runs once per message; re-planning for another duration only reruns scheduling.
    const contact = extractContact(message, { thread });
    const messageKey = message.messageId ?? message.id ?? item.itemId;

    const plans = new Map<string, ProposeCallResult>();
    const workingDays = mailboxSettings.workingHours?.daysOfWeek ?? SCHEDULING_DEFAULTS.workingHours.daysOfWeek;
    const propose = (durationMinutes: number, search?: SlotSearch | null): ProposeCallResult => {
      const s = search ?? baseSearch;
      const key = JSON.stringify([durationMinutes, s]);
      let result = plans.get(key);
      if (!result) {
        // The mailbox's own hours go to the engine as they are (their zone may be a custom one); changed hours are the attorney's zone.
        const attorneyHours: WeeklyWindow[] | undefined = sameHours(s.attorneyHours, baseSearch.attorneyHours)
          ? undefined
          : [{ daysOfWeek: workingDays as string[], startTime: s.attorneyHours.start, endTime: s.attorneyHours.end }];
        const clientHours: WeeklyWindow[] = [{ daysOfWeek: SCHEDULING_DEFAULTS.clientHours[0].daysOfWeek, startTime: s.clientHours.start, endTime: s.clientHours.end }];
        result = proposeCallWith(() => contact, {
          message,
          thread,
          now: at,
          mailboxSettings,
          schedule,
          scheduleRequest: { startTime: { dateTime: graphUtc(window.start), timeZone: "UTC" }, availabilityViewInterval: SCHEDULE_INTERVAL_MINUTES },
          durationMinutes,
          attorney,
          contact,
          count: slotCount,
          attorneyHours,
          clientHours,
          includeEdges: s.includeEdges,
          edgeMinutes: s.edgeMinutes,
        });
        plans.set(key, result);
      }
      return result;
    };

    // The UI edits its own agenda list; map it back to core items, keeping thread items' metadata.
    const coreAgenda = (items: AgendaItem[], durationMinutes: number): CoreAgendaItem[] => {
      const known = new Map(propose(durationMinutes).agenda.map((a) => [a.id, a]));
      return items.map((i) => {
        const original = known.get(i.id);
        return original
          ? { ...original, text: i.text }
          : { id: i.id, text: i.text, kind: i.source === "template" ? "template" : "request", sourceMessageId: "attorney" };
      });
    };
    const coreSlot = (draft: Pick<CallDraft, "durationMinutes" | "search">, start: string): ProposedSlot | undefined =>
      propose(draft.durationMinutes, draft.search).slots.find((s) => s.start === start);
    const coreSlots = (draft: CallDraft): ProposedSlot[] =>
      draft.offeredSlots.map((s) => coreSlot(draft, s.start)).filter((s): s is ProposedSlot => !!s);

    const client: Mailbox = message.from;
    // The client's own words, for the greeting's register ("Dear Mr. Morgan" or "Hi Alex"): Graph gives the
    // open message as HTML, so its text is read from the HTML (message.text is null then).
    const clientText = message.text ?? (message.html ? htmlToText(message.html) : null);

    return {
      scheduleNotice,
      waiting: waitingOn(arrived, attorney, mailboxSettings, at),
      plan: ({ durationMinutes, search }): CallPlan => {
        const result = propose(durationMinutes, search);
        return {
          // Everything shown comes from someone else's mail: no bidi controls that could reorder what is displayed.
          client: {
            name: stripBidiControls(result.client.name),
            email: stripBidiControls(result.client.address),
            organization: result.client.organization ? stripBidiControls(result.client.organization) : null,
            timeZone: result.client.timeZone || null,
            firstName: firstName(result.client) ? stripBidiControls(firstName(result.client) as string) : null,
          },
          best: result.best ? shownNumber(result.best) : null,
          numbers: (result.numbers as FoundNumber[]).map(shownNumber),
          numberReason: result.best ? null : contact.reason ? stripBidiControls(contact.reason) : null,
          agenda: toUiAgenda(result.agenda).map((i) => ({ ...i, text: stripBidiControls(i.text) })),
          slots: result.slots.map((s) => ({
            start: s.start,
            end: s.end,
            clientStart: s.clientStart,
            clientEnd: s.clientEnd,
            attorneyOutsideMinutes: s.attorneyOutsideMinutes,
            attorneyEdge: s.attorneyEdge,
            clientOutsideMinutes: s.clientOutsideMinutes,
            clientEdge: s.clientEdge,
          })),
          slotsReason: result.reason ?? null,
          // The mailbox's zone, never the client's: with no slot there is still the attorney's clock to show.
          attorneyTimeZone: result.slots[0]?.timeZone && toIanaZoneName(result.slots[0].timeZone) ? result.slots[0].timeZone : attorneyZone,
          clock,
          search: search ?? baseSearch,
        };
      },
      composeReply: (draft): ComposedEmail => {
        const email = composeCallRequest({
          client,
          attorney,
          agenda: coreAgenda(draft.agenda, draft.durationMinutes),
          slots: coreSlots(draft),
          dialNumber: toCoreDial(draft.dial),
          threadSubject: message.subject,
          durationMinutes: draft.durationMinutes,
          occasion: "reply",
          clientText,
          clock,
        });
        return { subject: email.subject, html: email.html, toRecipients: [client.address] };
      },
      composeVoicemail: (draft): ComposedEmail => {
        const email = composeVoicemailFollowUp({
          client,
          attorney,
          dialNumber: toCoreDial(draft.dial),
          slots: coreSlots(draft),
          agenda: coreAgenda(draft.agenda, draft.durationMinutes),
          threadSubject: message.subject,
          clientText,
          clock,
        });
        return { subject: email.subject, html: email.html, toRecipients: [client.address] };
      },
      book: async (draft) => {
        const slot = coreSlot(draft, draft.chosenSlot.start);
        if (!slot) throw new Error("That time is no longer on offer; choose another.");
        const choice = draft.booking ?? { inviteClient: false, teams: false };
        // One POST carries everything (attendee, Teams, privacy): there is never a half-made event to repair.
        const event = buildCallEvent({
          client,
          slot,
          dialNumber: toCoreDial(draft.dial),
          agenda: coreAgenda(draft.agenda, draft.durationMinutes),
          messageId: messageKey,
          clock,
          inviteClient: choice.inviteClient,
          teams: choice.inviteClient && choice.teams,
          privateHold: !choice.inviteClient,
        });
        // Same message + same slot → same transactionId → Graph keeps one event however often this runs.
        const created = await deps.graph.createEvent(event as unknown as Event, callTransactionId(messageKey, slot.start));
        // A retry that Graph de-duplicated returns the first event: report what that event is, not what was asked.
        const invited = (created.attendees ?? []).find((a) => a.emailAddress?.address?.toLowerCase() === client.address.toLowerCase());
        const mode = created.attendees ? (invited ? "invite" : "hold") : choice.inviteClient ? "invite" : "hold";
        return {
          eventId: created.id ?? "",
          start: slot.start,
          end: slot.end,
          webLink: created.webLink ?? null,
          mode,
          invited: mode === "invite" ? { name: stripBidiControls(client.name ?? ""), address: stripBidiControls(client.address) } : null,
          teams: mode === "invite" && (created.isOnlineMeeting ?? choice.teams) === true,
          joinUrl: created.onlineMeeting?.joinUrl ?? null,
        };
      },
    };
  }

  return {
    openSession,
    parseNumber: async (input, region) => parseTypedNumber(input, region),
    contacts: contactsService(deps.graph),
    careCalls: careCallsService(deps, now, days),
  };
}
