// The one interface the taskpane uses to talk to Outlook. The real implementation wraps Office.js
// (officeHost.ts); the memory implementation (memoryHost.ts) runs the UI in tests without a host.
import type { Mailbox } from "../core/index";

/** The message open in the reading pane, with its id already in the REST form Graph expects. */
export interface CurrentItem {
  /** REST id (converted with convertToRestId), usable in Graph URLs. */
  itemId: string;
  /** Conversation id in Graph's URL-safe base64 form. */
  conversationId: string | null;
  subject: string;
  from: Mailbox | null;
  internetMessageId?: string | null;
}

export type HostTheme = "light" | "dark" | "highContrast";

export interface ReplyForm {
  htmlBody: string;
}

export interface NewMessageForm {
  toRecipients: string[];
  subject: string;
  htmlBody: string;
}

/** Key-value settings that roam with the mailbox (Office roaming settings), or stay in localStorage outside Outlook. */
/**
 * What became of a request to open a compose form. `opened` with `shortened` when the body was cut to Outlook's
 * 32 KB limit; not opened when this Outlook lacks the form (displayNewMessageForm needs Mailbox 1.6): then
 * `text` is the drafted message for the attorney to copy. `note` says so in words for the taskpane.
 */
export type FormOutcome =
  | { opened: true; shortened: boolean; note: string | null }
  | { opened: false; note: string; text: string; toRecipients: string[]; subject: string };

/** What this Outlook build can do, from its requirement sets. */
export interface HostCapabilities {
  /** mailbox.displayNewMessageForm (Mailbox 1.6). */
  newMessageForm: boolean;
  /** Office.context.officeTheme (Mailbox 1.14); without it the taskpane stays light. */
  officeTheme: boolean;
}

export interface SettingsStore {
  get<T = unknown>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Persists pending changes; resolves when stored. */
  saveAsync(): Promise<void>;
}

export interface OutlookHost {
  getCurrentItem(): CurrentItem | null;
  /** Called when the attorney opens another message while the taskpane is pinned. Returns an unsubscribe function. */
  onItemChanged(listener: (item: CurrentItem | null) => void): () => void;
  displayReplyForm(form: ReplyForm): FormOutcome;
  displayNewMessageForm(form: NewMessageForm): FormOutcome;
  capabilities(): HostCapabilities;
  readonly settings: SettingsStore;
  getTheme(): HostTheme;
  onThemeChanged(listener: (theme: HostTheme) => void): () => void;
  /** The mailbox owner, when the host knows it. */
  getUser(): { name: string; address: string; timeZone: string | null } | null;
}
