// Fakes of DialbackServices for component tests: a small deterministic plan and recorded calls.
import type { CareCallCandidate, ScanBatch } from "../../core/carecalls";
import { contactWriteFor, planContactSave, type ContactWrite, type GraphContactLike } from "../../core/contacts";
import type { FoundNumber, Interval } from "../../core/index";
import type { WaitingStatus } from "../../core/responsiveness";
import { parseTypedNumber } from "../typedNumber";
import type { BookingResult, CallDraft, CallPlan, ComposedEmail, DialbackServices } from "../services";

export const DIRECT: FoundNumber = {
  e164: "+442074845546",
  ext: null,
  kind: "direct",
  label: "Direct",
  line: "Direct: +44 20 7484 5546",
  confidence: 0.95,
  country: "GB",
  display: "+44 20 7484 5546",
};
export const MAIN: FoundNumber = { ...DIRECT, e164: "+442074840000", kind: "main", label: "Main", line: "Main: +44 20 7484 0000", display: "+44 20 7484 0000" };

/** Slots every hour from 2030-01-07 14:00Z, `durationMinutes` long. */
export function hourlySlots(count: number, durationMinutes: number): Interval[] {
  return Array.from({ length: count }, (_, i) => {
    const start = Date.UTC(2030, 0, 7, 14 + i);
    return { start: new Date(start).toISOString(), end: new Date(start + durationMinutes * 60_000).toISOString() };
  });
}

export interface FakeServices extends DialbackServices {
  calls: { open: number; book: CallDraft[]; reply: CallDraft[]; voicemail: CallDraft[]; saved: ContactWrite[]; scans: number; callRequests: CareCallCandidate[] };
  /** Makes the next openSession (or book) fail with this error. */
  failNext: { open?: unknown; book?: unknown };
  /** The client's Outlook contact as Graph would return it (null: none yet). */
  contact: GraphContactLike | null;
  /** What the session reports for the open thread's waiting client. */
  waiting: WaitingStatus | null;
  /** What the care-call scan returns. */
  scanResult: ScanBatch;
  /** Resolve pending bookings manually (to test the pending state and double clicks). */
  releaseBookings(): void;
}

export function createFakeServices(overrides: Partial<CallPlan> = {}, opts: { holdBookings?: boolean } = {}): FakeServices {
  const calls: FakeServices["calls"] = { open: 0, book: [], reply: [], voicemail: [], saved: [], scans: 0, callRequests: [] };
  const held: (() => void)[] = [];
  const booked = new Map<string, BookingResult>();
  const fake: FakeServices = {
    calls,
    failNext: {},
    contact: null,
    waiting: null,
    scanResult: { scannedAt: "2030-01-07T12:00:00.000Z", sent: [], received: [], meetings: [] },
    releaseBookings: () => held.splice(0).forEach((r) => r()),
    async openSession() {
      calls.open++;
      if (fake.failNext.open) {
        const e = fake.failNext.open;
        fake.failNext.open = undefined;
        throw e;
      }
      return {
        waiting: fake.waiting,
        plan: ({ durationMinutes, search }) => ({
          client: { name: "Priya Natarajan", email: "priya@northwind.example", organization: "Northwind Traders", timeZone: "Europe/London", firstName: "Priya" },
          best: DIRECT,
          numbers: [DIRECT, MAIN],
          agenda: [
            { id: "t1", text: "Status of the lease amendment", source: "thread" },
            { id: "t2", text: "Signed NDA (attachment mentioned)", source: "thread" },
          ],
          slots: hourlySlots(6, durationMinutes),
          attorneyTimeZone: "America/New_York",
          clock: { locale: "en-GB", hour12: false, dateOrder: "dmy" },
          search: search ?? { attorneyHours: { start: "08:30", end: "17:30" }, clientHours: { start: "09:00", end: "17:30" }, includeEdges: true, edgeMinutes: 150 },
          ...overrides,
        }),
        composeReply: (draft): ComposedEmail => {
          calls.reply.push(draft);
          return { subject: "RE: Lease", html: `<p>${draft.agenda.map((a) => a.text).join("; ")} | ${draft.dial?.display}</p>`, toRecipients: ["priya@northwind.example"] };
        },
        composeVoicemail: (draft): ComposedEmail => {
          calls.voicemail.push(draft);
          return { subject: "Sorry I missed you", html: "<p>voicemail</p>", toRecipients: ["priya@northwind.example"] };
        },
        async book(draft) {
          calls.book.push(draft);
          if (fake.failNext.book) {
            const e = fake.failNext.book;
            fake.failNext.book = undefined;
            throw e;
          }
          if (opts.holdBookings) await new Promise<void>((r) => held.push(r));
          const key = draft.chosenSlot.start;
          const invite = draft.booking?.inviteClient === true;
          const result: BookingResult = booked.get(key) ?? {
            eventId: `evt-${booked.size + 1}`,
            start: draft.chosenSlot.start,
            end: draft.chosenSlot.end,
            mode: invite ? "invite" : "hold",
            invited: invite ? { name: "Priya Natarajan", address: "priya@northwind.example" } : null,
            teams: invite && draft.booking?.teams === true,
          };
          booked.set(key, result);
          return result;
        },
      };
    },
    parseNumber: async (input, region) => parseTypedNumber(input, region),
    contacts: {
      propose: async (request) => ({ plan: planContactSave(fake.contact, request), existing: fake.contact, client: request.client }),
      save: async ({ plan, existing, client }, approved) => {
        const write = contactWriteFor(plan, existing, { client }, approved);
        if (write) calls.saved.push(write);
        return write !== null;
      },
    },
    careCalls: {
      now: () => new Date("2030-01-07T12:00:00Z"),
      context: async () => ({ identity: { ownAddresses: ["alex@firm.example"] }, timeZone: "America/New_York" }),
      scan: async () => {
        calls.scans++;
        return fake.scanResult;
      },
      composeCallRequest: async (candidate) => {
        calls.callRequests.push(candidate);
        return { subject: "Let's set up a call", html: `<p>Hi ${candidate.name ?? ""}</p>`, toRecipients: [candidate.address] };
      },
    },
  };
  return fake;
}
