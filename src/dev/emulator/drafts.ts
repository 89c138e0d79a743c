// Drafts and replies: POST /me/messages, createReply, PATCH while a draft, send (202), delete.
import { DateTime } from "luxon";
import { exchangeId, EmailAddressRecord, MailboxState, StoredMessage } from "./state";

export class DraftError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Recipients = { emailAddress?: { name?: string; address?: string } }[] | undefined;

function recipients(list: Recipients): EmailAddressRecord[] {
  return (list ?? []).filter((r) => r.emailAddress?.address).map((r) => ({ name: r.emailAddress?.name ?? r.emailAddress!.address!, address: r.emailAddress!.address! }));
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function htmlOf(body: { contentType?: string; content?: string } | undefined): string {
  if (!body?.content) return "";
  return String(body.contentType ?? "").toLowerCase() === "text" ? esc(body.content).replace(/\r?\n/g, "<br>") : body.content;
}

function inner(html: string): string {
  return html.replace(/^[\s\S]*?<body[^>]*>/i, "").replace(/<\/body>[\s\S]*$/i, "");
}

function newDraft(state: MailboxState, now: number, fields: Partial<StoredMessage>): StoredMessage {
  const seq = ++state.counter;
  return {
    id: exchangeId("message", `draft-${seq}-${now}`),
    immutableId: exchangeId("immutable", `draft-${seq}-${now}`),
    folder: "drafts",
    conversationId: exchangeId("conversation", `draft-${seq}-${now}`),
    conversationIndex: "AQHbDraft",
    internetMessageId: `<DRAFT${seq}${now}@BN8PR04MB6210.namprd04.prod.outlook.com>`,
    subject: "",
    from: { name: state.me.displayName, address: state.me.mail },
    to: [],
    cc: [],
    sentAt: now,
    receivedAt: now,
    bodyHtml: "<html><body></body></html>",
    uniqueBodyHtml: "<html><body></body></html>",
    attachments: [],
    isRead: true,
    isDraft: true,
    changeSeq: seq,
    ...fields,
  };
}

export function createDraft(state: MailboxState, now: number, body: Record<string, unknown>): StoredMessage {
  const html = `<html><body>${htmlOf(body.body as { contentType?: string; content?: string })}</body></html>`;
  const draft = newDraft(state, now, {
    subject: String(body.subject ?? ""),
    to: recipients(body.toRecipients as Recipients),
    cc: recipients(body.ccRecipients as Recipients),
    bodyHtml: html,
    uniqueBodyHtml: html,
    importance: (String(body.importance ?? "normal").toLowerCase() as StoredMessage["importance"]) ?? "normal",
  });
  state.messages.push(draft);
  return draft;
}

/** createReply: a draft addressed to replyTo (or from), quoting the original as Outlook does. */
export function createReply(state: MailboxState, now: number, original: StoredMessage, body: Record<string, unknown> | null, zone: string): StoredMessage {
  const message = (body?.message ?? {}) as Record<string, unknown>;
  const comment = typeof body?.comment === "string" ? body.comment : null;
  if (comment !== null && message.body) {
    throw new DraftError(400, "ErrorInvalidRequest", "The comment and message.body properties cannot both be specified.");
  }
  const newPart = comment !== null ? esc(comment).replace(/\r?\n/g, "<br>") : htmlOf(message.body as { contentType?: string; content?: string });
  const sent = DateTime.fromMillis(original.sentAt, { zone }).setLocale("en-US").toFormat("cccc, LLLL d, yyyy h:mm:ss a");
  const addr = (r: EmailAddressRecord): string => `${esc(r.name)} &lt;${esc(r.address)}&gt;`;
  const quote =
    '<div id="appendonsend"></div>\r\n<hr style="display:inline-block;width:98%" tabindex="-1">\r\n' +
    `<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> ${addr(original.from)}<br>\r\n` +
    `<b>Sent:</b> ${esc(sent)}<br>\r\n<b>To:</b> ${original.to.map(addr).join("; ")}<br>\r\n<b>Subject:</b> ${esc(original.subject)}</font>\r\n<div>&nbsp;</div>\r\n</div>\r\n`;
  const to = message.toRecipients ? recipients(message.toRecipients as Recipients) : original.replyTo?.length ? original.replyTo : [original.from];
  const subject = /^re:/i.test(original.subject) ? original.subject : `RE: ${original.subject}`;
  const draft = newDraft(state, now, {
    subject,
    to,
    cc: recipients(message.ccRecipients as Recipients),
    conversationId: original.conversationId,
    conversationIndex: `${original.conversationIndex}AAAA`,
    bodyHtml: `<html><body><div>${newPart}</div>\r\n${quote}<div>${inner(original.bodyHtml)}</div></body></html>`,
    uniqueBodyHtml: `<html><body><div>${newPart}</div></body></html>`,
  });
  state.messages.push(draft);
  return draft;
}

const DRAFT_ONLY = new Set(["body", "subject", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "importance"]);

export function patchMessage(m: StoredMessage, now: number, patch: Record<string, unknown>): void {
  for (const key of Object.keys(patch)) {
    if (DRAFT_ONLY.has(key) && !m.isDraft) {
      throw new DraftError(400, "ErrorInvalidPropertyUpdateSentMessage", "Update operation is not supported for this property on a sent message.");
    }
  }
  if (typeof patch.subject === "string") m.subject = patch.subject;
  if (patch.body) {
    const html = `<html><body>${htmlOf(patch.body as { contentType?: string; content?: string })}</body></html>`;
    m.bodyHtml = html;
    m.uniqueBodyHtml = html;
  }
  if (patch.toRecipients) m.to = recipients(patch.toRecipients as Recipients);
  if (patch.ccRecipients) m.cc = recipients(patch.ccRecipients as Recipients);
  if (typeof patch.isRead === "boolean") m.isRead = patch.isRead;
  if (typeof patch.importance === "string") m.importance = patch.importance.toLowerCase() as StoredMessage["importance"];
  m.changeSeq = (m.changeSeq ?? 0) + 1;
  m.receivedAt = Math.max(m.receivedAt, now);
}

export function sendDraft(m: StoredMessage, now: number): void {
  if (!m.isDraft) throw new DraftError(400, "ErrorInvalidOperation", "Only draft messages can be sent.");
  if (m.to.length + m.cc.length === 0) throw new DraftError(400, "ErrorInvalidRecipients", "At least one recipient isn't valid., A message can't be sent because it contains no recipients.");
  m.isDraft = false;
  m.folder = "sentitems";
  m.sentAt = now;
  m.receivedAt = now;
  m.changeSeq = (m.changeSeq ?? 0) + 1;
}
