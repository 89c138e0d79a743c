// OutlookHost over Office.js. The only module in the add-in that calls the Office API; it takes the
// Office namespace as a parameter so the demo host can pass its simulated one and tests can pass fakes.
import type { CurrentItem, HostTheme, OutlookHost, SettingsStore } from "./outlookHost";
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

export function createOfficeHost(office: OfficeNamespace, options: OfficeHostOptions = {}): OutlookHost {
  const forcedColors = options.forcedColors ?? browserForcedColors;
  const settings =
    roamingSettings(office) ?? createLocalSettings(options.storage ?? safeLocalStorage() ?? createMemoryStorage());
  const mailbox = () => office.context?.mailbox;

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
    displayReplyForm: ({ htmlBody }) => {
      const item = mailbox()?.item as Office.MessageRead | undefined;
      if (!item) throw new Error("No message is open.");
      item.displayReplyForm({ htmlBody });
    },
    displayNewMessageForm: ({ toRecipients, subject, htmlBody }) => {
      const mb = mailbox();
      if (!mb) throw new Error("Outlook is not available.");
      mb.displayNewMessageForm({ toRecipients, subject, htmlBody });
    },
    settings,
    getTheme: (): HostTheme => themeFromOffice(office.context?.officeTheme, forcedColors()),
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
