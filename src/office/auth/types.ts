// Interfaces sign-in depends on, so tests can stand in for MSAL and Office.
import type { Configuration, IPublicClientApplication } from "@azure/msal-browser";

export interface GetTokenOptions {
  /** Skip every cache (ours and MSAL's), e.g. after Graph answered 401. */
  forceRefresh?: boolean;
  /** False: never open a window; fail with AuthError "interaction-required" instead. Default true. */
  interactive?: boolean;
}

/** The one question the rest of the add-in asks about sign-in. */
export interface TokenProvider {
  readonly kind: "msal" | "demo";
  getToken(options?: GetTokenOptions): Promise<string>;
}

/** The part of an MSAL client the nested (NAA) path uses. */
export type NestedMsalClient = Pick<
  IPublicClientApplication,
  "acquireTokenSilent" | "acquireTokenPopup" | "getActiveAccount"
>;

/** The part of a standard MSAL client the dialog page uses. */
export type DialogMsalClient = Pick<
  IPublicClientApplication,
  "handleRedirectPromise" | "acquireTokenSilent" | "acquireTokenRedirect" | "loginRedirect" | "getActiveAccount" | "getAllAccounts" | "setActiveAccount"
>;

export interface MsalFactory {
  /** Normally @azure/msal-browser's createNestablePublicClientApplication (already initialised). */
  createNestable(configuration: Configuration): Promise<NestedMsalClient>;
}

/** A dialog opened with Office.context.ui.displayDialogAsync, reduced to what sign-in needs. */
export interface AuthDialog {
  onMessage(handler: (event: { message: string; origin: string | undefined }) => void): void;
  /** Office's DialogEventReceived codes: 12006 closed by the user, 12002/12003 page failed to load. */
  onEvent(handler: (code: number) => void): void;
  close(): void;
}

export type DialogOpenResult = { ok: true; dialog: AuthDialog } | { ok: false; code: number; message: string };

/** The Office.js calls sign-in makes; `officeAuthHost(Office)` adapts the real object. */
export interface OfficeAuthHost {
  isSetSupported(name: string, minVersion: string): boolean;
  /** The mailbox owner's address, used as MSAL loginHint; undefined when unknown. */
  loginHint(): string | undefined;
  displayDialog(url: string, options: { height: number; width: number }, callback: (result: DialogOpenResult) => void): void;
}

/** A token with its absolute expiry (epoch ms). */
export interface TokenGrant {
  accessToken: string;
  expiresAt: number;
}
