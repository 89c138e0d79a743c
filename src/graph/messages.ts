// Graph message JSON → the plain typed records the taskpane and core read.
import type { Message, Recipient } from "@microsoft/microsoft-graph-types";
import type { Mailbox, MailMessage } from "../core";

export interface GraphAttachmentInfo {
  name: string;
  contentType: string | null;
  size: number | null;
}

export interface GraphMessage {
  /** REST id (immutable when the layer asked for ImmutableId, which it always does). */
  id: string;
  conversationId: string | null;
  subject: string;
  from: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  receivedDateTime: string | null;
  sentDateTime: string | null;
  internetMessageId: string | null;
  hasAttachments: boolean;
  /** An unsent draft (e.g. the attorney's reply in progress). */
  isDraft: boolean;
  body: { contentType: "html" | "text"; content: string } | null;
  /** The part of the body not quoted from earlier messages (only when selected). */
  uniqueBody: { contentType: "html" | "text"; content: string } | null;
  bodyPreview: string | null;
  attachments: GraphAttachmentInfo[];
}

/** Properties getMessage asks for: what the signature finder, agenda and reply need. */
export const MESSAGE_SELECT = [
  "id",
  "subject",
  "body",
  "uniqueBody",
  "bodyPreview",
  "from",
  "sender",
  "toRecipients",
  "ccRecipients",
  "replyTo",
  "conversationId",
  "receivedDateTime",
  "sentDateTime",
  "internetMessageId",
  "hasAttachments",
];

/** Properties of each thread message: enough for the agenda without every full body. */
export const THREAD_SELECT = [
  "id",
  "subject",
  "from",
  "toRecipients",
  "ccRecipients",
  "receivedDateTime",
  "sentDateTime",
  "conversationId",
  "bodyPreview",
  "uniqueBody",
  "hasAttachments",
  "internetMessageId",
  "isDraft",
];

function mailbox(r: Recipient | null | undefined): Mailbox | null {
  const address = r?.emailAddress?.address;
  if (!address) return null;
  return { name: r?.emailAddress?.name ?? "", address };
}

function mailboxes(list: Recipient[] | null | undefined): Mailbox[] {
  return (list ?? []).map(mailbox).filter((m): m is Mailbox => m !== null);
}

function itemBody(b: Message["body"]): GraphMessage["body"] {
  if (!b || typeof b.content !== "string") return null;
  return { contentType: String(b.contentType).toLowerCase() === "text" ? "text" : "html", content: b.content };
}

export function toGraphMessage(m: Message): GraphMessage {
  return {
    id: m.id ?? "",
    conversationId: m.conversationId ?? null,
    subject: m.subject ?? "",
    from: mailbox(m.from) ?? mailbox(m.sender),
    to: mailboxes(m.toRecipients),
    cc: mailboxes(m.ccRecipients),
    receivedDateTime: m.receivedDateTime ?? null,
    sentDateTime: m.sentDateTime ?? null,
    internetMessageId: m.internetMessageId ?? null,
    hasAttachments: !!m.hasAttachments,
    isDraft: !!m.isDraft,
    body: itemBody(m.body),
    uniqueBody: itemBody(m.uniqueBody),
    bodyPreview: m.bodyPreview ?? null,
    attachments: (m.attachments ?? []).map((a) => ({ name: a.name ?? "", contentType: a.contentType ?? null, size: a.size ?? null })),
  };
}

/** Newest first by receivedDateTime (sentDateTime for drafts without one); ties keep id order for stability. */
export function sortNewestFirst(messages: GraphMessage[]): GraphMessage[] {
  const time = (m: GraphMessage): number => Date.parse(m.receivedDateTime ?? m.sentDateTime ?? "") || 0;
  return [...messages].sort((a, b) => time(b) - time(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The core's message record, so the taskpane can hand a Graph message to the extractors. */
export function toMailMessage(m: GraphMessage): MailMessage {
  // Thread listings select uniqueBody only (smaller); the open message carries the full body.
  const content = m.body ?? m.uniqueBody;
  const html = content?.contentType === "html" ? content.content : null;
  const text = content?.contentType === "text" ? content.content : null;
  return {
    id: m.id,
    messageId: m.internetMessageId,
    conversationId: m.conversationId,
    from: m.from ?? { name: "", address: "" },
    to: m.to,
    cc: m.cc,
    subject: m.subject,
    date: m.sentDateTime ?? m.receivedDateTime,
    html,
    text,
    attachments: m.attachments.map((a) => ({ filename: a.name, contentType: a.contentType ?? undefined })),
  };
}
