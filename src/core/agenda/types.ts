import type { Mailbox, MailMessage } from "../types";

/** "topic": a point the client raised without asking, requesting or dating it ("We'd like to go through the non-compete wording"). */
export type AgendaKind = "question" | "request" | "deadline" | "attachment" | "topic" | "template";

export type AgendaTemplate = "check-in" | "feedback" | "wrap-up";

export interface AgendaItem {
  /** Stable for the same thread: hash of the source message and the item's text. */
  id: string;
  /** What the point is about, a few of the client's words the attorney reads at a glance (or the template's). */
  text: string;
  /** The client's whole sentence the item was read from; absent for templates and the attachment list. */
  source?: string;
  kind: AgendaKind;
  /** id / Message-ID of the client's message it came from; "template" for templates. */
  sourceMessageId: string;
  /** True when a later message from the attorney already addresses it. */
  answered?: boolean;
}

export interface AgendaOptions {
  /** The client: only this sender's own (newest, unquoted) text is read. A bare address works too. */
  client: Mailbox | string;
  /** The attorney; later messages from this address can answer items. Default: anyone but the client. */
  attorney?: Mailbox | string | null;
  /** Templates to add even when the thread has open items. */
  templates?: AgendaTemplate[];
  /** Template used when nothing is open. Default "check-in"; null for none. */
  fallbackTemplate?: AgendaTemplate | null;
  /** Keep answered items (marked) instead of dropping them. Default true. */
  keepAnswered?: boolean;
  /** Most open items to return (templates not counted). Default 8. */
  maxItems?: number;
  /**
   * The part of a message its sender wrote (no quoted history), as plain text. Default: the message's text
   * (or its HTML reduced to text) with quoted history removed.
   */
  newestText?: (message: MailMessage) => string;
}
