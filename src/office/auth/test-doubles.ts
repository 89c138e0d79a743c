// Test doubles for sign-in: a scriptable MSAL client and a scriptable Office host.
// Only imported by *.test.ts files.
import type { AccountInfo, AuthenticationResult } from "@azure/msal-browser";
import type { AuthDialog, DialogOpenResult, MsalFactory, NestedMsalClient, OfficeAuthHost } from "./types";

export const ACCOUNT = { homeAccountId: "h", environment: "login.microsoftonline.com", tenantId: "t", username: "alex@contoso.example", localAccountId: "l" } as AccountInfo;

export function authResult(accessToken: string, expiresOn: Date | null): AuthenticationResult {
  return { accessToken, expiresOn, account: ACCOUNT, scopes: [], idToken: "", idTokenClaims: {}, fromCache: false, tokenType: "Bearer", correlationId: "c", authority: "a", uniqueId: "u", tenantId: "t" };
}

export type Step = AuthenticationResult | Error;

/** An MSAL client whose silent and popup answers are queued per call. */
export function fakeNestedClient(script: { silent?: Step[]; popup?: Step[] }) {
  const silent = [...(script.silent ?? [])];
  const popup = [...(script.popup ?? [])];
  const next = (queue: Step[], name: string) => {
    const step = queue.shift();
    if (step === undefined) return Promise.reject(new Error(`unexpected ${name} call`));
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  };
  const client = {
    acquireTokenSilent: jest.fn(() => next(silent, "acquireTokenSilent")),
    acquireTokenPopup: jest.fn(() => next(popup, "acquireTokenPopup")),
    getActiveAccount: jest.fn((): AccountInfo | null => ACCOUNT),
  };
  return client satisfies NestedMsalClient;
}

export function msalFactory(client: NestedMsalClient | Error): MsalFactory & { createNestable: jest.Mock } {
  return {
    createNestable: jest.fn(() => (client instanceof Error ? Promise.reject(client) : Promise.resolve(client))),
  };
}

/** A dialog that answers when the test tells it to. */
export class FakeDialog implements AuthDialog {
  private messageHandler: ((event: { message: string; origin: string | undefined }) => void) | null = null;
  private eventHandler: ((code: number) => void) | null = null;
  closed = false;
  onMessage(handler: (event: { message: string; origin: string | undefined }) => void): void {
    this.messageHandler = handler;
  }
  onEvent(handler: (code: number) => void): void {
    this.eventHandler = handler;
  }
  close(): void {
    this.closed = true;
  }
  send(message: string, origin: string | undefined = "https://localhost:3000"): void {
    this.messageHandler?.({ message, origin });
  }
  event(code: number): void {
    this.eventHandler?.(code);
  }
}

/** An Office host; `dialogs` decides how each displayDialog call answers. */
export function fakeOffice(options: { naa: boolean; loginHint?: string; dialogs?: Array<(dialog: FakeDialog) => DialogOpenResult | void> }) {
  const plans = [...(options.dialogs ?? [])];
  const opened: Array<{ url: string; dialog: FakeDialog }> = [];
  const host = {
    isSetSupported: jest.fn((name: string, version: string) => options.naa && name === "NestedAppAuth" && version === "1.1"),
    loginHint: () => options.loginHint,
    displayDialog: jest.fn((url: string, _options: { height: number; width: number }, callback: (result: DialogOpenResult) => void) => {
      const dialog = new FakeDialog();
      opened.push({ url, dialog });
      const plan = plans.shift();
      const failure = plan ? plan(dialog) : undefined;
      if (failure) {
        callback(failure);
        return;
      }
      callback({ ok: true, dialog });
      // Let the plan answer after the provider has attached its handlers.
      queueMicrotask(() => dialogReplies.get(dialog)?.());
    }),
  };
  return { host: host satisfies OfficeAuthHost, opened };
}

const dialogReplies = new WeakMap<FakeDialog, () => void>();

/** Plan for fakeOffice: the dialog answers with `act` once handlers are attached. */
export function dialogThat(act: (dialog: FakeDialog) => void): (dialog: FakeDialog) => void {
  return (dialog) => {
    dialogReplies.set(dialog, () => act(dialog));
  };
}
