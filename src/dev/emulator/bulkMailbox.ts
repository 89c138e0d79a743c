// A large mailbox for care-call scale tests: thousands of messages over several years with a few
// hundred correspondents, generated deterministically from a seed number.
import { ATTORNEY } from "./seedData";
import { conversationIdFor, exchangeId, StoredEvent, StoredMessage } from "./state";

export interface BulkOptions {
  now?: Date;
  /** Total messages, split between inbox and sent items (default 10 000). */
  messages?: number;
  correspondents?: number;
  /** Meetings with correspondents over the same period (default 300). */
  meetings?: number;
  /** Span of history in days (default 5 years). */
  days?: number;
  seed?: number;
}

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Amelia", "Bruno", "Chloé", "Dmitri", "Elena", "Farah", "Georg", "Hana", "Ivan", "Julia", "Kenji", "Lucía", "Mateo", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Sven", "Tara"];
const LAST = ["Okafor", "Schmidt", "Dubois", "Ivanova", "Rossi", "Khan", "Weber", "Tanaka", "Petrov", "Silva", "Nakamura", "García", "López", "Haddad", "Farouk", "Costa", "Martin", "Jensen", "Novak", "Reddy"];
const DOMAINS = ["acme-holdings.com", "bluewater.co.uk", "kraftwerk-ag.de", "soleil-invest.fr", "andes-mining.cl", "harbourfreight.com.au", "sakuratrade.co.jp", "mumbai-textiles.in", "nordic-wind.se", "lagos-fintech.ng"];

export interface BulkMailbox {
  messages: StoredMessage[];
  events: StoredEvent[];
  correspondents: { name: string; address: string }[];
}

export function generateBulkMailbox(options: BulkOptions = {}): BulkMailbox {
  const now = (options.now ?? new Date()).getTime();
  const total = options.messages ?? 10_000;
  const nPeople = options.correspondents ?? 300;
  const days = options.days ?? 5 * 365;
  const rand = prng(options.seed ?? 42);
  const people = Array.from({ length: nPeople }, (_, i) => {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const domain = DOMAINS[i % DOMAINS.length];
    return { name: `${first} ${last}`, address: `${first}.${last}${i}@${domain}`.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "") };
  });
  const me = { name: ATTORNEY.name, address: ATTORNEY.address };
  const messages: StoredMessage[] = [];
  for (let i = 0; i < total; i++) {
    // Skewed activity: some correspondents write often, many rarely.
    const who = people[Math.floor(rand() ** 2 * nPeople)];
    const sentAt = Math.floor((now - rand() * days * 86_400_000) / 1000) * 1000;
    const outgoing = rand() < 0.4;
    const key = `bulk-${options.seed ?? 42}-${i}`;
    const html = `<html><body><div>Message ${i} about matter ${Math.floor(rand() * 500)}.</div></body></html>`;
    messages.push({
      id: exchangeId("message", key),
      immutableId: exchangeId("immutable", key),
      folder: outgoing ? "sentitems" : "inbox",
      conversationId: conversationIdFor(`${key}-conv`),
      conversationIndex: "AQHbulk",
      internetMessageId: `<${key}@example.invalid>`,
      subject: `Matter update ${i}`,
      from: outgoing ? me : who,
      to: outgoing ? [who] : [me],
      cc: [],
      sentAt,
      receivedAt: sentAt + 1000,
      bodyHtml: html,
      uniqueBodyHtml: html,
      attachments: [],
      isRead: true,
      changeSeq: i + 1,
    });
  }
  const events: StoredEvent[] = [];
  for (let i = 0; i < (options.meetings ?? 300); i++) {
    const who = people[Math.floor(rand() * nPeople)];
    const start = Math.floor((now - rand() * days * 86_400_000) / 3_600_000) * 3_600_000;
    events.push({
      id: exchangeId("event", `bulk-ev-${i}`),
      immutableId: exchangeId("immutable", `bulk-ev-${i}`),
      iCalUId: `bulk-${i}`,
      subject: `Meeting with ${who.name}`,
      bodyHtml: "<html><body></body></html>",
      start,
      end: start + 3_600_000,
      originalStartTimeZone: "Eastern Standard Time",
      originalEndTimeZone: "Eastern Standard Time",
      isAllDay: false,
      showAs: "busy",
      sensitivity: "normal",
      location: null,
      attendees: [{ type: "required", emailAddress: who }],
      organizer: me,
      isCancelled: false,
      isOnlineMeeting: true,
      onlineMeetingProvider: "teamsForBusiness",
      transactionId: null,
      createdAt: start - 86_400_000,
      modifiedAt: start - 86_400_000,
      allowNewTimeProposals: true,
      categories: [],
    });
  }
  return { messages, events, correspondents: people };
}
