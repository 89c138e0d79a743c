// A stand-in for the parts of Office.js the add-in uses, driven by the demo host page. It mimics the
// real host's quirks that matter: item ids come in EWS form and need convertToRestId, conversation ids
// come in standard base64, roaming settings are one blob saved asynchronously, handlers are per event type.
import type { Mailbox } from "../../core/index";

export interface SimulatedItem {
  /** Graph (REST) id of the message. */
  restId: string;
  /** Graph (URL-safe) conversation id. */
  conversationId: string | null;
  subject: string;
  from: Mailbox;
  internetMessageId?: string | null;
}

export type SimulatedForm =
  | { kind: "reply"; htmlBody: string; item: SimulatedItem }
  | { kind: "new"; toRecipients: string[]; subject: string; htmlBody: string };

export type SimulatedTheme = "light" | "dark";

export interface SimulatedOutlook {
  /** Hand this to createOfficeHost in the taskpane frame. */
  readonly office: typeof Office;
  select(item: SimulatedItem | null): void;
  setTheme(theme: SimulatedTheme): void;
  onForm(listener: (form: SimulatedForm) => void): () => void;
  readonly forms: SimulatedForm[];
}

export interface SimulatedOutlookOptions {
  user: { displayName: string; emailAddress: string; timeZone: string };
  /** Where roaming settings live between taskpane openings (the host page's localStorage). */
  storage: Pick<Storage, "getItem" | "setItem">;
  /** The Mailbox requirement set this Outlook supports (the demo's ?mailbox=1.3); default 1.14. */
  mailboxVersion?: string;
}

/** Outlook's compose forms take at most 32 KB of htmlBody; office.js throws before opening a larger one. */
export const SIMULATED_FORM_BODY_LIMIT = 32 * 1024;

function checkBody(htmlBody: string): void {
  if (htmlBody.length > SIMULATED_FORM_BODY_LIMIT) {
    // office.js checks the parameter with MicrosoftAjax's validation, which throws an argument-out-of-range error.
    const err = new Error("Sys.ArgumentOutOfRangeException: Specified argument was out of the range of valid values.\nParameter name: htmlBody");
    err.name = "Sys.ArgumentOutOfRangeException";
    throw err;
  }
}

const setAtMost = (version: string, max: string): boolean => {
  const [a, b] = [version, max].map((v) => v.split(".").map((n) => Number(n) || 0));
  return a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0));
};

/** EWS ids use standard base64; REST ids the URL-safe alphabet. The simulation converts between them like Exchange. */
export const toEwsId = (restId: string) => restId.replace(/-/g, "+").replace(/_/g, "/");
const toRestId = (ewsId: string) => ewsId.replace(/\+/g, "-").replace(/\//g, "_");

const ROAMING_KEY = "simulated-outlook.roamingSettings";
const THEMES: Record<SimulatedTheme, Office.OfficeTheme> = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#ffffff",
    controlForegroundColor: "#242424",
    isDarkTheme: false,
    themeId: 3 as unknown as Office.ThemeId,
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#1f1f1f",
    controlForegroundColor: "#ffffff",
    isDarkTheme: true,
    themeId: 2 as unknown as Office.ThemeId,
  },
};

type Handler = (args: unknown) => void;

export function createSimulatedOutlook(options: SimulatedOutlookOptions): SimulatedOutlook {
  const mailboxVersion = options.mailboxVersion ?? "1.14";
  const supports = (version: string) => setAtMost(version, mailboxVersion);
  let selected: SimulatedItem | null = null;
  let theme: SimulatedTheme = "light";
  const handlers = new Map<string, Handler>();
  const formListeners = new Set<(form: SimulatedForm) => void>();
  const forms: SimulatedForm[] = [];
  const emitForm = (form: SimulatedForm) => {
    forms.push(form);
    formListeners.forEach((l) => l(form));
  };

  const readRoaming = (): Record<string, unknown> => {
    try {
      return JSON.parse(options.storage.getItem(ROAMING_KEY) ?? "{}") as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  // Like Office: reads see unsaved sets; saveAsync persists the whole blob.
  let roaming = readRoaming();

  const itemView = () => {
    if (!selected) return null;
    const item = selected;
    return {
      itemId: toEwsId(item.restId),
      conversationId: item.conversationId ? toEwsId(item.conversationId) : null,
      subject: item.subject,
      from: { displayName: item.from.name, emailAddress: item.from.address },
      internetMessageId: item.internetMessageId ?? null,
      itemType: "message",
      displayReplyForm: (form: string | { htmlBody?: string }) => {
        const htmlBody = typeof form === "string" ? form : (form.htmlBody ?? "");
        checkBody(htmlBody);
        emitForm({ kind: "reply", htmlBody, item });
      },
    };
  };

  const office = {
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Outlook", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Outlook: "Outlook" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    MailboxEnums: { RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" } },
    context: {
      // Outlook exposes officeTheme from Mailbox 1.14.
      get officeTheme() {
        return supports("1.14") ? THEMES[theme] : undefined;
      },
      roamingSettings: {
        get: (name: string) => (name in roaming ? roaming[name] : null),
        set: (name: string, value: unknown) => void (roaming[name] = value),
        remove: (name: string) => void delete roaming[name],
        saveAsync: (callback?: (r: { status: string }) => void) => {
          setTimeout(() => {
            options.storage.setItem(ROAMING_KEY, JSON.stringify(roaming));
            callback?.({ status: "succeeded" });
          }, 0);
        },
      },
      requirements: { isSetSupported: (name: string, version?: string) => name === "Mailbox" && supports(version ?? "1.1") },
      mailbox: {
        get item() {
          return itemView();
        },
        diagnostics: { hostName: "OutlookWebApp", hostVersion: "simulated" },
        userProfile: { ...options.user, accountType: "enterprise" },
        convertToRestId: (id: string) => toRestId(id),
        // Mailbox 1.6; an older Outlook has no such method.
        displayNewMessageForm: supports("1.6")
          ? (form: { toRecipients?: string[]; subject?: string; htmlBody?: string }) => {
              checkBody(form.htmlBody ?? "");
              emitForm({ kind: "new", toRecipients: form.toRecipients ?? [], subject: form.subject ?? "", htmlBody: form.htmlBody ?? "" });
            }
          : undefined,
        addHandlerAsync: (type: string, handler: Handler, callback?: (r: { status: string }) => void) => {
          if (type === "officeThemeChanged" && !supports("1.14")) {
            callback?.({ status: "failed" });
            return;
          }
          handlers.set(type, handler);
          callback?.({ status: "succeeded" });
        },
        removeHandlerAsync: (type: string, callback?: (r: { status: string }) => void) => {
          handlers.delete(type);
          callback?.({ status: "succeeded" });
        },
      },
    },
  };

  return {
    office: office as unknown as typeof Office,
    forms,
    select(item) {
      selected = item;
      roaming = readRoaming();
      handlers.get(office.EventType.ItemChanged)?.({ type: office.EventType.ItemChanged });
    },
    setTheme(next) {
      theme = next;
      handlers.get(office.EventType.OfficeThemeChanged)?.({ type: "officeThemeChanged", officeTheme: THEMES[next] });
    },
    onForm(listener) {
      formListeners.add(listener);
      return () => void formListeners.delete(listener);
    },
  };
}
