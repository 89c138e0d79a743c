// DialbackServices over the real pieces: the Graph client (one $batch for first paint) and the core
// engine (extraction, proposal, compose, booking). The demo and Outlook differ only in the Graph token and URL.
import type { Contact, Event } from "@microsoft/microsoft-graph-types";
import type { FoundNumber, Mailbox, MailMessage } from "../core/index";
import type { AgendaItem as CoreAgendaItem } from "../core/agenda";
import { buildCallEvent, callTransactionId } from "../core/booking";
import { composeCallRequest, composeVoicemailFollowUp, type DialNumber as CoreDialNumber } from "../core/compose";
import { extractContact } from "../core/extract";
import { proposeCallWith, type ProposeCallResult } from "../core/proposal";
import type { MailboxSettings as CoreMailboxSettings, ProposedSlot, ScheduleInformation as CoreSchedule } from "../core/scheduling";
import { GraphError, toMailMessage, type Graph } from "../graph/index";
import type { CurrentItem } from "../office/index";
import { parseTypedNumber } from "./typedNumber";
import type {
  AgendaItem,
  CallDraft,
  CallPlan,
  CallSession,
  ComposedEmail,
  ContactWrite,
  DialbackServices,
  SavedContact,
} from "./services";

export interface DialbackServicesDeps {
  graph: Pick<Graph, "loadFirstPaint" | "createEvent" | "findContactByEmail" | "createContact" | "updateContact">;
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

function toCoreDial(dial: CallDraft["dial"]): CoreDialNumber | null {
  return dial ? { e164: dial.e164, ext: dial.ext, display: dial.display } : null;
}

function toSavedContact(c: Contact): SavedContact {
  return {
    id: c.id ?? "",
    displayName: c.displayName ?? "",
    email: c.emailAddresses?.[0]?.address ?? "",
    businessPhones: c.businessPhones ?? [],
    mobilePhone: c.mobilePhone ?? null,
  };
}

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
    const schedule = requirePart(first.schedule) as unknown as CoreSchedule;
    // The thread only adds agenda items; without it the open message alone still gives a plan.
    const thread: MailMessage[] = first.thread.ok ? first.thread.value.map(toMailMessage) : [message];
    const attorney: Mailbox =
      first.me.ok && (first.me.value.mail || first.me.value.userPrincipalName)
        ? { name: first.me.value.displayName ?? owner.name, address: first.me.value.mail ?? first.me.value.userPrincipalName ?? owner.address }
        : owner;
    // Extraction runs once per message; re-planning for another duration only reruns scheduling.
    const contact = extractContact(message);
    const messageKey = message.messageId ?? message.id ?? item.itemId;

    const plans = new Map<number, ProposeCallResult>();
    const propose = (durationMinutes: number): ProposeCallResult => {
      let result = plans.get(durationMinutes);
      if (!result) {
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
        });
        plans.set(durationMinutes, result);
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
    const coreSlot = (durationMinutes: number, start: string): ProposedSlot | undefined =>
      propose(durationMinutes).slots.find((s) => s.start === start);
    const coreSlots = (draft: CallDraft): ProposedSlot[] =>
      draft.offeredSlots.map((s) => coreSlot(draft.durationMinutes, s.start)).filter((s): s is ProposedSlot => !!s);

    const client: Mailbox = message.from;

    return {
      plan: ({ durationMinutes }): CallPlan => {
        const result = propose(durationMinutes);
        return {
          client: {
            name: result.client.name,
            email: result.client.address,
            organization: result.client.organization,
            timeZone: result.client.timeZone || null,
          },
          best: result.best,
          numbers: result.numbers as FoundNumber[],
          agenda: toUiAgenda(result.agenda),
          slots: result.slots.map((s) => ({ start: s.start, end: s.end, clientStart: s.clientStart, clientEnd: s.clientEnd })),
          attorneyTimeZone: result.slots[0]?.timeZone ?? result.client.timeZone ?? "UTC",
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
        });
        return { subject: email.subject, html: email.html, toRecipients: [client.address] };
      },
      book: async (draft) => {
        const slot = coreSlot(draft.durationMinutes, draft.chosenSlot.start);
        if (!slot) throw new Error("That time is no longer on offer; choose another.");
        const event = buildCallEvent({
          client,
          slot,
          dialNumber: toCoreDial(draft.dial),
          agenda: coreAgenda(draft.agenda, draft.durationMinutes),
          messageId: messageKey,
        });
        // Same message + same slot → same transactionId → Graph keeps one event however often this runs.
        const created = await deps.graph.createEvent(event as unknown as Event, callTransactionId(messageKey, slot.start));
        return { eventId: created.id ?? "", start: slot.start, end: slot.end, webLink: created.webLink ?? null };
      },
    };
  }

  return {
    openSession,
    parseNumber: async (input, region) => parseTypedNumber(input, region),
    contacts: {
      findByEmail: async (email) => {
        const found = await deps.graph.findContactByEmail(email);
        return found ? toSavedContact(found) : null;
      },
      save: async (write: ContactWrite) => {
        const phones = { businessPhones: write.businessPhones, mobilePhone: write.mobilePhone };
        const saved = write.id
          ? await deps.graph.updateContact(write.id, phones)
          : await deps.graph.createContact({
              displayName: write.displayName,
              emailAddresses: [{ address: write.email, name: write.displayName }],
              companyName: write.companyName ?? null,
              ...phones,
            });
        return toSavedContact(saved);
      },
    },
  };
}
