// The logic of auth-dialog.html, the page the Office dialog fallback opens. It signs in with standard
// MSAL (redirect flow inside the dialog window) and sends the token to the taskpane with messageParent.
// Kept free of globals so it can be tested with a fake MSAL client.
import type { Configuration, RedirectRequest } from "@azure/msal-browser";
import type { BuildConfig } from "../../../config";
import { encodeDialogReply, readDialogRequest, type DialogReply } from "../dialog-protocol";
import { msalErrorCode, needsInteraction } from "../error-codes";
import type { DialogMsalClient } from "../types";

export interface AuthDialogDeps {
  config: BuildConfig;
  /** Normally createStandardPublicClientApplication (already initialised). */
  createClient(configuration: Configuration): Promise<DialogMsalClient>;
  messageParent(message: string): void;
  /** location.search of the dialog page. */
  search: string;
  /** This page's own URL without query or hash; registered as an SPA redirect URI. */
  redirectUri: string;
}

export type AuthDialogOutcome = "sent-token" | "sent-error" | "redirecting";

export async function runAuthDialog(deps: AuthDialogDeps): Promise<AuthDialogOutcome> {
  const send = (reply: DialogReply): AuthDialogOutcome => {
    deps.messageParent(encodeDialogReply(reply));
    return reply.type === "token" ? "sent-token" : "sent-error";
  };
  const { config } = deps;
  if (config.clientId === null) {
    return send({ type: "error", code: "not-configured", message: config.problems.join(" ") });
  }
  const scopes = [...config.scopes];
  try {
    const client = await deps.createClient({
      auth: { clientId: config.clientId, authority: config.authority, redirectUri: deps.redirectUri },
      // localStorage: the next dialog (after expiry) finds the refresh token and closes at once.
      cache: { cacheLocation: "localStorage" },
    });
    // Handle the answer on the redirect page itself: going back to the page that started the login
    // (same page, plus ?hint=…) would only cost the dialog another load.
    const returned = await client.handleRedirectPromise({ navigateToLoginRequestUrl: false });
    if (returned) {
      if (returned.account) client.setActiveAccount(returned.account);
      return send({ type: "token", accessToken: returned.accessToken, expiresAt: expiry(returned.expiresOn) });
    }

    const request = readDialogRequest(deps.search);
    const account = client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
    if (account) {
      try {
        const silent = await client.acquireTokenSilent({ scopes, account, forceRefresh: request.forceRefresh });
        return send({ type: "token", accessToken: silent.accessToken, expiresAt: expiry(silent.expiresOn) });
      } catch (error) {
        if (!needsInteraction(error)) throw error;
      }
      await client.acquireTokenRedirect({ scopes, account });
      return "redirecting";
    }
    const login: RedirectRequest = { scopes, ...(request.loginHint ? { loginHint: request.loginHint } : {}) };
    await client.loginRedirect(login);
    return "redirecting";
  } catch (error) {
    const code = msalErrorCode(error) ?? "unknown";
    // Only the code and MSAL's own description travel; never a token or a stack.
    const message = error instanceof Error ? error.message : String(error);
    return send({ type: "error", code, message });
  }
}

function expiry(expiresOn: Date | null): number {
  // Without an expiry, assume a short life so the taskpane asks again soon.
  return expiresOn instanceof Date ? expiresOn.getTime() : Date.now() + 10 * 60 * 1000;
}
