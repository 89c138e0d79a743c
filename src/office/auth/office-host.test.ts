import { officeAuthHost, type OfficeNamespaceLike } from "./index";

type Handler = (args: { message: string; origin: string | undefined } | { error: number }) => void;

function fakeOfficeNamespace(options: { supported?: (name: string, version?: string) => boolean; fail?: { code: number; message: string } }) {
  const handlers = new Map<unknown, Handler>();
  const dialog = { addEventHandler: jest.fn((type: never, handler: Handler) => handlers.set(type, handler)), close: jest.fn() };
  const displayDialogAsync = jest.fn();
  const office: OfficeNamespaceLike = {
    context: {
      requirements: { isSetSupported: options.supported ?? (() => false) },
      ui: {
        displayDialogAsync: (url, dialogOptions, callback) => {
          displayDialogAsync(url, dialogOptions);
          callback(
            options.fail
              ? { status: "failed", value: dialog, error: options.fail }
              : { status: "succeeded", value: dialog, error: { code: 0, message: "" } },
          );
        },
      },
      mailbox: { userProfile: { emailAddress: "alex@contoso.example" } },
    },
    // The real enums are strings at run time.
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    AsyncResultStatus: { Failed: "failed" },
  };
  return { office, dialog, handlers, displayDialogAsync };
}

describe("officeAuthHost", () => {
  it("passes requirement checks through and treats a throwing check as unsupported", () => {
    const supported = jest.fn((name: string, version?: string) => name === "NestedAppAuth" && version === "1.1");
    expect(officeAuthHost(fakeOfficeNamespace({ supported }).office).isSetSupported("NestedAppAuth", "1.1")).toBe(true);
    const throwing = () => {
      throw new Error("unknown set");
    };
    expect(officeAuthHost(fakeOfficeNamespace({ supported: throwing }).office).isSetSupported("NestedAppAuth", "1.1")).toBe(false);
  });

  it("uses the mailbox owner as login hint", () => {
    expect(officeAuthHost(fakeOfficeNamespace({}).office).loginHint()).toBe("alex@contoso.example");
  });

  it("routes dialog messages and events to the right handlers", () => {
    const { office, handlers, dialog } = fakeOfficeNamespace({});
    const callback = jest.fn();
    officeAuthHost(office).displayDialog("https://localhost:3000/auth-dialog.html", { height: 60, width: 30 }, callback);
    const opened = callback.mock.calls[0][0];
    expect(opened.ok).toBe(true);
    const messages: unknown[] = [];
    const events: number[] = [];
    opened.dialog.onMessage((m: unknown) => messages.push(m));
    opened.dialog.onEvent((code: number) => events.push(code));
    handlers.get("dialogMessageReceived")?.({ message: "hi", origin: "https://localhost:3000" });
    handlers.get("dialogEventReceived")?.({ error: 12006 });
    expect(messages).toEqual([{ message: "hi", origin: "https://localhost:3000" }]);
    expect(events).toEqual([12006]);
    opened.dialog.close();
    expect(dialog.close).toHaveBeenCalled();
  });

  it("reports a failed displayDialogAsync with its Office code", () => {
    const callback = jest.fn();
    officeAuthHost(fakeOfficeNamespace({ fail: { code: 12011, message: "blocked" } }).office).displayDialog("https://x/", { height: 1, width: 1 }, callback);
    expect(callback).toHaveBeenCalledWith({ ok: false, code: 12011, message: "blocked" });
  });
});

describe("officeAuthHost outside Outlook", () => {
  it("reports dialogs as unavailable instead of throwing when office.js has no ui", () => {
    const { office } = fakeOfficeNamespace({});
    const bare: OfficeNamespaceLike = { ...office, context: { ...office.context, ui: undefined } };
    const callback = jest.fn();
    expect(() => officeAuthHost(bare).displayDialog("https://x/", { height: 1, width: 1 }, callback)).not.toThrow();
    expect(callback).toHaveBeenCalledWith({ ok: false, code: -1, message: expect.stringMatching(/not available/) });
  });
});
