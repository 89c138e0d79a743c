// Adapts the real Office.js object to the small OfficeAuthHost interface sign-in uses.
import type { AuthDialog, DialogOpenResult, OfficeAuthHost } from "./types";

/** The slice of the Office.js namespace this adapter reads (structurally satisfied by `Office`). */
export interface OfficeNamespaceLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: {
      displayDialogAsync(
        startAddress: string,
        options: { height: number; width: number },
        callback: (result: { status: unknown; value: DialogLike; error: { code: number; message: string } }) => void,
      ): void;
    };
    mailbox?: { userProfile?: { emailAddress?: string } };
  };
  EventType: { DialogMessageReceived: unknown; DialogEventReceived: unknown };
  AsyncResultStatus: { Failed: unknown };
}

interface DialogLike {
  addEventHandler(eventType: never, handler: (args: { message: string; origin: string | undefined } | { error: number }) => void): void;
  close(): void;
}

export function officeAuthHost(office: OfficeNamespaceLike): OfficeAuthHost {
  return {
    isSetSupported(name, minVersion) {
      try {
        return office.context.requirements.isSetSupported(name, minVersion);
      } catch {
        // Older hosts throw for requirement sets they have never heard of.
        return false;
      }
    },
    loginHint() {
      const address = office.context.mailbox?.userProfile?.emailAddress;
      return address ? address : undefined;
    },
    displayDialog(url, options, callback) {
      const ui = office.context.ui;
      if (!ui || typeof ui.displayDialogAsync !== "function") {
        // A page opened outside Outlook (or a host without the Dialog API) has office.js but no dialogs.
        callback({ ok: false, code: -1, message: "Office dialogs are not available on this page." });
        return;
      }
      ui.displayDialogAsync(url, options, (result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          callback({ ok: false, code: result.error.code, message: result.error.message });
          return;
        }
        callback({ ok: true, dialog: wrapDialog(office, result.value) } satisfies DialogOpenResult);
      });
    },
  };
}

function wrapDialog(office: OfficeNamespaceLike, dialog: DialogLike): AuthDialog {
  const on = (eventType: unknown, handler: Parameters<DialogLike["addEventHandler"]>[1]) =>
    dialog.addEventHandler(eventType as never, handler);
  return {
    onMessage(handler) {
      on(office.EventType.DialogMessageReceived, (args) => {
        if ("message" in args) handler({ message: args.message, origin: args.origin });
      });
    },
    onEvent(handler) {
      on(office.EventType.DialogEventReceived, (args) => {
        if ("error" in args) handler(args.error);
      });
    },
    close() {
      dialog.close();
    },
  };
}
