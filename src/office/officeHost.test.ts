import { createOfficeHost } from "./officeHost";
import { createMemoryStorage } from "./localSettings";
import { themeFromOffice } from "./theme";
import { toGraphConversationId } from "./conversationId";

type Handler = (args: unknown) => void;

/** The slice of Office.js the adapter calls, recorded. */
function fakeOffice(opts: { hostName?: string; roaming?: boolean } = {}) {
  const handlers = new Map<string, Handler>();
  const calls: unknown[][] = [];
  const roamingData = new Map<string, unknown>();
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    MailboxEnums: { RestVersion: { v2_0: "v2.0" } },
    context: {
      requirements: { isSetSupported: (name: string, v: string) => name === "Mailbox" && ["1.1", "1.3", "1.6", "1.14"].includes(v) },
      officeTheme: { bodyBackgroundColor: "#1f1f1f", isDarkTheme: true },
      roamingSettings:
        opts.roaming === false
          ? undefined
          : {
              get: (k: string) => roamingData.get(k) ?? null,
              set: (k: string, v: unknown) => roamingData.set(k, v),
              remove: (k: string) => roamingData.delete(k),
              saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
            },
      mailbox: {
        diagnostics: { hostName: opts.hostName ?? "OutlookWebApp" },
        userProfile: { displayName: "Ada Attorney", emailAddress: "ada@firm.example", timeZone: "Eastern Standard Time" },
        item: {
          itemId: "AAMkAD+abc/def=",
          conversationId: "AAQkAD+conv/1=",
          subject: "Lease",
          from: { displayName: "Priya", emailAddress: "priya@northwind.example" },
          internetMessageId: "<m1@northwind.example>",
          displayReplyForm: (form: unknown) => calls.push(["reply", form]),
        },
        convertToRestId: (id: string, v: string) => {
          calls.push(["convert", id, v]);
          return id.replace(/\+/g, "-").replace(/\//g, "_");
        },
        displayNewMessageForm: (form: unknown) => calls.push(["new", form]),
        addHandlerAsync: (t: string, h: Handler) => handlers.set(t, h),
        removeHandlerAsync: (t: string) => handlers.delete(t),
      },
    },
  };
  return { office: office as unknown as typeof Office, handlers, calls, roamingData };
}

describe("createOfficeHost", () => {
  it("converts the EWS item id to a REST id and normalises the conversation id", () => {
    const { office, calls } = fakeOffice();
    expect(createOfficeHost(office).getCurrentItem()).toEqual({
      itemId: "AAMkAD-abc_def=",
      conversationId: "AAQkAD-conv_1=",
      subject: "Lease",
      from: { name: "Priya", address: "priya@northwind.example" },
      internetMessageId: "<m1@northwind.example>",
    });
    expect(calls).toContainEqual(["convert", "AAMkAD+abc/def=", "v2.0"]);
  });

  it("leaves ids alone on Outlook mobile, where they are already REST ids", () => {
    const { office, calls } = fakeOffice({ hostName: "OutlookIOS" });
    expect(createOfficeHost(office).getCurrentItem()?.itemId).toBe("AAMkAD+abc/def=");
    expect(calls).toHaveLength(0);
  });

  it("opens reply and new-message forms through Office", () => {
    const { office, calls } = fakeOffice();
    const host = createOfficeHost(office);
    host.displayReplyForm({ htmlBody: "<p>hi</p>" });
    host.displayNewMessageForm({ toRecipients: ["a@b.example"], subject: "S", htmlBody: "<p>x</p>" });
    expect(calls).toEqual([
      ["reply", { htmlBody: "<p>hi</p>" }],
      ["new", { toRecipients: ["a@b.example"], subject: "S", htmlBody: "<p>x</p>" }],
    ]);
  });

  it("uses roaming settings when present", async () => {
    const { office, roamingData } = fakeOffice();
    const host = createOfficeHost(office);
    host.settings.set("k", { a: 1 });
    await host.settings.saveAsync();
    expect(roamingData.get("k")).toEqual({ a: 1 });
    expect(host.settings.get("k")).toEqual({ a: 1 });
  });

  it("falls back to local storage without roaming settings", async () => {
    const { office } = fakeOffice({ roaming: false });
    const storage = createMemoryStorage();
    const host = createOfficeHost(office, { storage });
    host.settings.set("k", 5);
    await host.settings.saveAsync();
    expect(storage.getItem("dialback:k")).toBe("5");
  });

  it("reports item changes and theme changes, and unsubscribes", () => {
    const { office, handlers } = fakeOffice();
    const host = createOfficeHost(office);
    const items: unknown[] = [];
    const themes: unknown[] = [];
    const offItem = host.onItemChanged((i) => items.push(i?.subject));
    host.onThemeChanged((t) => themes.push(t));
    handlers.get("olkItemSelectedChanged")?.({});
    handlers.get("officeThemeChanged")?.({ officeTheme: { isDarkTheme: false } });
    expect(items).toEqual(["Lease"]);
    expect(themes).toEqual(["light"]);
    offItem();
    expect(handlers.has("olkItemSelectedChanged")).toBe(false);
  });

  it("reads the theme and the user", () => {
    const { office } = fakeOffice();
    expect(createOfficeHost(office).getTheme()).toBe("dark");
    expect(createOfficeHost(office, { forcedColors: () => true }).getTheme()).toBe("highContrast");
    expect(createOfficeHost(office).getUser()).toEqual({ name: "Ada Attorney", address: "ada@firm.example", timeZone: "Eastern Standard Time" });
  });

  it("has no item outside a mailbox", () => {
    expect(createOfficeHost({ context: {} } as unknown as typeof Office).getCurrentItem()).toBeNull();
  });
});

describe("themeFromOffice", () => {
  it.each([
    [{ isDarkTheme: true }, false, "dark"],
    [{ isDarkTheme: false, bodyBackgroundColor: "#000000" }, false, "light"],
    [{ bodyBackgroundColor: "#262626" }, false, "dark"],
    [{ bodyBackgroundColor: "#ffffff" }, false, "light"],
    [{ bodyBackgroundColor: "not a colour" }, false, "light"],
    [null, false, "light"],
    [{ isDarkTheme: false }, true, "highContrast"],
  ])("%j (forced colours %s) → %s", (theme, forced, expected) => {
    expect(themeFromOffice(theme, forced)).toBe(expected);
  });
});

describe("toGraphConversationId", () => {
  it("turns standard base64 into Graph's URL-safe form", () => {
    expect(toGraphConversationId("AAQk+a/b==")).toBe("AAQk-a_b==");
    expect(toGraphConversationId(null)).toBeNull();
  });
});
