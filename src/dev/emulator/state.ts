// The emulated mailbox: plain records, mutable by tests (state.messages.push(...)) and by the handlers.
import type { Contact, MailboxSettings, User } from "@microsoft/microsoft-graph-types";

export type WellKnownFolder = "inbox" | "sentitems" | "drafts" | "deleteditems";

export interface EmailAddressRecord {
  name: string;
  address: string;
}

export interface StoredAttachment {
  name: string;
  contentType: string;
  size: number;
}

export interface StoredMessage {
  /** REST id. */
  id: string;
  /** The id the same item has under `Prefer: IdType="ImmutableId"`. */
  immutableId: string;
  folder: WellKnownFolder;
  conversationId: string;
  conversationIndex: string;
  internetMessageId: string;
  subject: string;
  from: EmailAddressRecord;
  to: EmailAddressRecord[];
  cc: EmailAddressRecord[];
  replyTo?: EmailAddressRecord[];
  /** Epoch ms. */
  sentAt: number;
  receivedAt: number;
  bodyHtml: string;
  /** The new part only (what Graph calls uniqueBody). */
  uniqueBodyHtml: string;
  attachments: StoredAttachment[];
  isRead: boolean;
  isDraft?: boolean;
  importance?: "low" | "normal" | "high";
  /** Monotonic change number, for watermark tests. */
  changeSeq?: number;
}

export type ShowAs = "free" | "tentative" | "busy" | "oof" | "workingElsewhere" | "unknown";

export interface StoredEvent {
  id: string;
  immutableId: string;
  iCalUId: string;
  subject: string;
  bodyHtml: string;
  /** Epoch ms, UTC instants. */
  start: number;
  end: number;
  originalStartTimeZone: string;
  originalEndTimeZone: string;
  isAllDay: boolean;
  showAs: ShowAs;
  sensitivity: "normal" | "personal" | "private" | "confidential";
  location: string | null;
  /** The location objects as given on create (address, coordinates, locationEmailAddress, locationUri…). */
  locationDetail?: Record<string, unknown> | null;
  locations?: Record<string, unknown>[];
  attendees: { emailAddress: EmailAddressRecord; type: "required" | "optional" | "resource"; response?: string }[];
  organizer: EmailAddressRecord;
  isCancelled: boolean;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  transactionId: string | null;
  createdAt: number;
  modifiedAt: number;
  allowNewTimeProposals: boolean;
  categories: string[];
}

export interface StoredContact extends Contact {
  id: string;
  immutableId?: string;
}

export interface MailboxState {
  me: User & { id: string; mail: string; userPrincipalName: string; displayName: string };
  mailboxSettings: MailboxSettings;
  messages: StoredMessage[];
  events: StoredEvent[];
  contacts: StoredContact[];
  /** Ids handed out so far, for deterministic new ids. */
  counter: number;
}

// FNV-1a based byte stream: deterministic, fast and dependency-free, good enough for ids.
function bytesFrom(seed: string, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  for (let i = 0; i < n; i++) {
    h = Math.imul(h ^ (i + 0x9e), 0x01000193) >>> 0;
    h ^= h >>> 13;
    out[i] = h & 0xff;
  }
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** URL-safe base64 (Graph REST ids use "-" and "_"). */
export function base64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : "=") + (i + 2 < bytes.length ? B64[n & 63] : "=");
  }
  return out;
}

/** An Exchange-looking id: "AAMkAD…=" for items, "AAQkAD…=" for conversations, "AAkAL…" for immutable ids. */
export function exchangeId(kind: "message" | "event" | "contact" | "conversation" | "immutable", seed: string): string {
  const prefix = { message: "AAMkADc3MWUx", event: "AAMkADc3MWUxEv", contact: "AAMkADc3MWUxCn", conversation: "AAQkADc3MWUx", immutable: "AAkALgAAAAAAHYQDEapmEc2byACqAC" }[kind];
  const len = kind === "conversation" ? 16 : 40;
  return `${prefix}${base64url(bytesFrom(`${kind}:${seed}`, len)).replace(/=+$/, "")}AAA=`;
}

/** A conversation id that shows the base64 alphabet difference ("-" or "_"), so id conversion is exercised. */
export function conversationIdFor(seed: string): string {
  for (let salt = 0; ; salt++) {
    const id = exchangeId("conversation", `${seed}#${salt}`);
    if (/[-_]/.test(id)) return id;
  }
}

export function guid(seed: string): string {
  const b = bytesFrom(`guid:${seed}`, 16);
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Plain text of an HTML body, as Graph's bodyPreview and text bodies give it. */
export function htmlToText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, "")
    .replace(/<style[\s\S]*?<\/style>/gi, "")
    .replace(/<br\s*\/?>/gi, "\r\n")
    .replace(/<\/(p|div|tr|li|h\d)>/gi, "\r\n")
    .replace(/<hr[^>]*>/gi, "\r\n________________________________\r\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+\r\n/g, "\r\n")
    .replace(/(\r\n){3,}/g, "\r\n\r\n")
    .trim();
}
