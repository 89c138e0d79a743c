// OutlookHost over Office.js. The only module in the add-in that calls the Office API; it takes the
// Office namespace as a parameter so the demo host can pass its simulated one and tests can pass fakes.
import type { CurrentItem, FormOutcome, HostCapabilities, HostTheme, OutlookHost, SettingsStore } from "./outlookHost";
import { FORM_BODY_LIMIT, fitFormBody, htmlToText, NEW_MESSAGE_FORM_SET, OFFICE_THEME_SET } from "./formLimits";
import { toGraphConversationId } from "./conversationId";
import { createLocalSettings, createMemoryStorage, type KeyValueStorage } from "./localSettings";
import { themeFromOffice } from "./theme";

type OfficeNamespace = typeof Office;

/** Outlook mobile already hands out REST ids; everywhere else itemId is an EWS id that Graph rejects. */
const MOBILE_HOSTS = new Set(["OutlookIOS", "OutlookAndroid"]);

export interface OfficeHostOptions {
  /** localStorage, or a substitute; used when roaming settings are unavailable. */
  storage?: KeyValueStorage | null;
  /** Whether the OS forces high-contrast colours (matchMedia("(forced-colors: active)")). */
  forcedColors?: () => boolean;
}

function readItem(office: OfficeNamespace): CurrentItem | null {
  const mailbox = office.context?.mailbox;
  const item = mailbox?.item as Office.MessageRead | undefined;
  if (!mailbox || !item || !item.itemId) return null;
  const hostName = mailbox.diagnostics?.hostName ?? "";
  const itemId = MOBILE_HOSTS.has(hostName)
    ? item.itemId
    : mailbox.convertToRestId(item.itemId, office.MailboxEnums.RestVersion.v2_0);
  return {
    itemId,
    conversationId: toGraphConversationId(item.conversationId),
    subject: item.subject ?? "",
    from: item.from ? { name: item.from.displayName ?? "", address: item.from.emailAddress ?? "" } : null,
    internetMessageId: item.internetMessageId ?? null,
  };
}

function roamingSettings(office: OfficeNamespace): SettingsStore | null {
  const rs = office.context?.roamingSettings;
  if (!rs) return null;
  return {
    get: <T>(key: string) => {
      const v = rs.get(key) as T | null | undefined;
      return v === null || v === undefined ? undefined : v;
    },
    set: (key, value) => rs.set(key, value),
    remove: (key) => rs.remove(key),
    saveAsync: () =>
      new Promise<void>((resolve, reject) =>
        rs.saveAsync((result) =>
          result.status === office.AsyncResultStatus.Succeeded
            ? resolve()
            : reject(new Error(result.error?.message ?? "Could not save settings")),
        ),
      ),
  };
}

/** Windows high contrast shows up in the page as forced colours; Office's theme does not report it. */
function browserForcedColors(): boolean {
  return typeof matchMedia === "function" && matchMedia("(forced-colors: active)").matches;
}

function safeLocalStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // sandboxed frames throw on access
  }
}

function mailboxSetSupported(office: OfficeNamespace, version: string): boolean {
  try {
    return office.context?.requirements?.isSetSupported("Mailbox", version) ?? false;
  } catch {
    return false;
  }
}

function shortenedNote(originalLength: number): string {
  return `The drafted note was ${Math.ceil(originalLength / 1024)} KB and Outlook accepts at most ${FORM_BODY_LIMIT / 1024} KB, so it was cut where "[…]" shows. Check the end of the message before sending.`;
}

export function createOfficeHost(office: OfficeNamespace, options: OfficeHostOptions = {}): OutlookHost {
  const forcedColors = options.forcedColors ?? browserForcedColors;
  const settings =
    roamingSettings(office) ?? createLocalSettings(options.storage ?? safeLocalStorage() ?? createMemoryStorage());
  const mailbox = () => office.context?.mailbox;
  const capabilities = (): HostCapabilities => ({
    newMessageForm: mailboxSetSupported(office, NEW_MESSAGE_FORM_SET),
    officeTheme: mailboxSetSupported(office, OFFICE_THEME_SET),
  });

  const subscribe = (eventType: Office.EventType, handler: (args: unknown) => void): (() => void) => {
    const mb = mailbox();
    if (!mb?.addHandlerAsync) return () => undefined;
    try {
      mb.addHandlerAsync(eventType, handler);
    } catch {
      return () => undefined; // the event needs a newer requirement set than this host has
    }
    return () => {
      try {
        mb.removeHandlerAsync(eventType); // Outlook removes every handler of the type; we register one per type
      } catch {
        /* host gone */
      }
    };
  };

  return {
    getCurrentItem: () => readItem(office),
    onItemChanged: (listener) => subscribe(office.EventType.ItemChanged, () => listener(readItem(office))),
    displayReplyForm: ({ htmlBody }): FormOutcome => {
      const item = mailbox()?.item as Office.MessageRead | undefined;
      if (!item) throw new Error("No message is open.");
      const body = fitFormBody(htmlBody);
      item.displayReplyForm({ htmlBody: body.html });
      return { opened: true, shortened: body.shortened, note: body.shortened ? shortenedNote(body.originalLength) : null };
    },
    displayNewMessageForm: ({ toRecipients, subject, htmlBody }): FormOutcome => {
      const mb = mailbox();
      if (!mb) throw new Error("Outlook is not available.");
      if (!capabilities().newMessageForm || typeof mb.displayNewMessageForm !== "function") {
        // Mailbox 1.6 is missing: no add-in can open a new message here. Hand the drafted text back instead.
        return {
          opened: false,
          note: `This version of Outlook cannot open a new message from an add-in (it needs Mailbox ${NEW_MESSAGE_FORM_SET}). Copy the drafted message below into a new email to ${toRecipients.join(", ")}.`,
          text: htmlToText(htmlBody),
          toRecipients,
          subject,
        };
      }
      const body = fitFormBody(htmlBody);
      mb.displayNewMessageForm({ toRecipients, subject, htmlBody: body.html });
      return { opened: true, shortened: body.shortened, note: body.shortened ? shortenedNote(body.originalLength) : null };
    },
    capabilities,
    settings,
    // Before Mailbox 1.14 Outlook reports no theme: the taskpane stays light (forced colours still apply).
    getTheme: (): HostTheme => themeFromOffice(capabilities().officeTheme ? office.context?.officeTheme : undefined, forcedColors()),
    onThemeChanged: (listener) =>
      subscribe(office.EventType.OfficeThemeChanged, (args) =>
        listener(themeFromOffice((args as Office.OfficeThemeChangedEventArgs)?.officeTheme, forcedColors())),
      ),
    getUser: () => {
      const profile = mailbox()?.userProfile;
      if (!profile) return null;
      return { name: profile.displayName, address: profile.emailAddress, timeZone: profile.timeZone ?? null };
    },
  };
}
