import { InteractionRequiredAuthError, ServerError, type AccountInfo } from "@azure/msal-browser";
import { configFromEnv } from "../../../config";
import { decodeDialogReply } from "../dialog-protocol";
import { ACCOUNT, authResult } from "../test-doubles";
import { runAuthDialog } from "./run-auth-dialog";

const CLIENT_ID = "0b8c4d2e-9f1a-4c3b-8e7d-6a5f4e3d2c1b";
const PAGE = "https://localhost:3000/auth-dialog.html";
const FIVE_SCOPES = ["Mail.Read", "Calendars.ReadWrite", "MailboxSettings.Read", "Contacts.ReadWrite", "User.Read"];
const LATER = new Date(Date.UTC(2030, 0, 1));

function fakeClient(options: { redirect?: ReturnType<typeof authResult> | Error | null; accounts?: AccountInfo[]; silent?: ReturnType<typeof authResult> | Error }) {
  const settle = <T>(value: T | Error) => (value instanceof Error ? Promise.reject(value) : Promise.resolve(value));
  return {
    handleRedirectPromise: jest.fn(() => settle(options.redirect ?? null)),
    acquireTokenSilent: jest.fn(() => settle(options.silent ?? new Error("no silent planned"))),
    acquireTokenRedirect: jest.fn(() => Promise.resolve()),
    loginRedirect: jest.fn(() => Promise.resolve()),
    getActiveAccount: jest.fn(() => null),
    getAllAccounts: jest.fn(() => options.accounts ?? []),
    setActiveAccount: jest.fn(),
  };
}

async function run(client: ReturnType<typeof fakeClient>, search = "", env: Parameters<typeof configFromEnv>[0] = { DIALBACK_CLIENT_ID: CLIENT_ID }) {
  const sent: string[] = [];
  const createClient = jest.fn(() => Promise.resolve(client));
  const outcome = await runAuthDialog({ config: configFromEnv(env), createClient, messageParent: (m) => sent.push(m), search, redirectUri: PAGE });
  return { outcome, replies: sent.map(decodeDialogReply), createClient };
}

describe("runAuthDialog (auth-dialog.html)", () => {
  it("starts a login redirect for the five scopes with the login hint when nobody is signed in", async () => {
    const client = fakeClient({});
    const { outcome, replies, createClient } = await run(client, "?hint=alex%40contoso.example");
    expect(outcome).toBe("redirecting");
    expect(replies).toEqual([]);
    expect(client.loginRedirect).toHaveBeenCalledWith({ scopes: FIVE_SCOPES, loginHint: "alex@contoso.example" });
    expect(createClient).toHaveBeenCalledWith({
      auth: { clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/common", redirectUri: PAGE },
      cache: { cacheLocation: "localStorage" },
    });
  });

  it("sends the token back when the page returns from the redirect", async () => {
    const client = fakeClient({ redirect: authResult("from-redirect", LATER) });
    const { outcome, replies } = await run(client);
    expect(outcome).toBe("sent-token");
    expect(replies).toEqual([{ type: "token", accessToken: "from-redirect", expiresAt: LATER.getTime() }]);
    expect(client.setActiveAccount).toHaveBeenCalledWith(ACCOUNT);
    expect(client.handleRedirectPromise).toHaveBeenCalledWith({ navigateToLoginRequestUrl: false });
  });

  it("answers from the cache without a redirect when an account is known, honouring force", async () => {
    const client = fakeClient({ accounts: [ACCOUNT], silent: authResult("silent", LATER) });
    const { replies } = await run(client, "?force=1");
    expect(replies[0]).toMatchObject({ type: "token", accessToken: "silent" });
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: FIVE_SCOPES, account: ACCOUNT, forceRefresh: true });
    expect(client.loginRedirect).not.toHaveBeenCalled();
  });

  it("redirects for the known account when its refresh token no longer works", async () => {
    const client = fakeClient({ accounts: [ACCOUNT], silent: new InteractionRequiredAuthError("interaction_required", "c") });
    expect((await run(client)).outcome).toBe("redirecting");
    expect(client.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: FIVE_SCOPES, account: ACCOUNT });
  });

  it("reports a declined consent with Entra's code so the taskpane shows 'cancelled'", async () => {
    const client = fakeClient({ redirect: new ServerError("access_denied", "AADSTS65004: User declined to consent") });
    const { outcome, replies } = await run(client);
    expect(outcome).toBe("sent-error");
    expect(replies[0]).toMatchObject({ type: "error", code: "access_denied" });
  });

  it("reports a missing client id without creating MSAL", async () => {
    const client = fakeClient({});
    const { replies, createClient } = await run(client, "", {});
    expect(replies[0]).toMatchObject({ type: "error", code: "not-configured", message: expect.stringMatching(/DIALBACK_CLIENT_ID/) });
    expect(createClient).not.toHaveBeenCalled();
  });
});
