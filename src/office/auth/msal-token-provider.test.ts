import { BrowserAuthError, InteractionRequiredAuthError } from "@azure/msal-browser";
import { configFromEnv } from "../../config";
import { AuthError } from "./auth-error";
import { encodeDialogReply } from "./dialog-protocol";
import { EXPIRY_MARGIN_MS, MsalTokenProvider } from "./index";
import { ACCOUNT, authResult, dialogThat, fakeNestedClient, fakeOffice, msalFactory } from "./test-doubles";

const CLIENT_ID = "0b8c4d2e-9f1a-4c3b-8e7d-6a5f4e3d2c1b";
const DIALOG_PAGE = "https://localhost:3000/auth-dialog.html";
const FIVE_SCOPES = ["Mail.Read", "Calendars.ReadWrite", "MailboxSettings.Read", "Contacts.ReadWrite", "User.Read"];
const T0 = Date.UTC(2026, 10, 25, 14, 0, 0);
const HOUR = 60 * 60 * 1000;

function setup(options: {
  naa: boolean;
  silent?: Array<ReturnType<typeof authResult> | Error>;
  popup?: Array<ReturnType<typeof authResult> | Error>;
  dialogs?: Parameters<typeof fakeOffice>[0]["dialogs"];
  createFails?: Error;
  env?: Parameters<typeof configFromEnv>[0];
}) {
  let now = T0;
  const client = fakeNestedClient({ silent: options.silent, popup: options.popup });
  const msal = msalFactory(options.createFails ?? client);
  const office = fakeOffice({ naa: options.naa, loginHint: "alex@contoso.example", dialogs: options.dialogs });
  const config = configFromEnv(options.env ?? { DIALBACK_CLIENT_ID: CLIENT_ID });
  const provider = new MsalTokenProvider(config, { msal, office: office.host, dialogPageUrl: DIALOG_PAGE, now: () => now });
  return { provider, client, msal, office, advance: (ms: number) => (now += ms) };
}

const inOneHour = () => new Date(T0 + HOUR);
const tokenReply = (token: string, expiresAt = T0 + HOUR) => encodeDialogReply({ type: "token", accessToken: token, expiresAt });
const interactionRequired = () => new InteractionRequiredAuthError("interaction_required", "corr");
const cancelledPopup = () => new BrowserAuthError("user_cancelled", "corr");

async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error;
    throw new Error(`expected an AuthError, got ${String(error)}`);
  }
  throw new Error("expected a rejection");
}

describe("MsalTokenProvider with nested app authentication", () => {
  it("checks NestedAppAuth 1.1 at run time and returns the silent token for exactly the five scopes", async () => {
    const { provider, client, msal, office } = setup({ naa: true, silent: [authResult("naa-silent", inOneHour())] });
    await expect(provider.getToken()).resolves.toBe("naa-silent");
    expect(office.host.isSetSupported).toHaveBeenCalledWith("NestedAppAuth", "1.1");
    expect(msal.createNestable).toHaveBeenCalledWith({ auth: { clientId: CLIENT_ID, authority: "https://login.microsoftonline.com/common" } });
    const request = client.acquireTokenSilent.mock.calls[0] as unknown as [{ scopes: string[]; account: unknown; forceRefresh: boolean }];
    expect(request[0].scopes).toEqual(FIVE_SCOPES);
    expect(request[0].scopes).not.toContain("Mail.Send");
    expect(request[0]).toMatchObject({ account: ACCOUNT, forceRefresh: false });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
    expect(office.host.displayDialog).not.toHaveBeenCalled();
  });

  it("falls back from silent to a popup when interaction is required", async () => {
    const { provider, client, office } = setup({ naa: true, silent: [interactionRequired()], popup: [authResult("naa-popup", inOneHour())] });
    await expect(provider.getToken()).resolves.toBe("naa-popup");
    expect(client.acquireTokenPopup).toHaveBeenCalledWith({ scopes: FIVE_SCOPES, loginHint: "alex@contoso.example" });
    expect(office.host.displayDialog).not.toHaveBeenCalled();
  });

  it("reports a cancelled popup clearly, opens no dialog, and can sign in on the next try", async () => {
    const { provider, office } = setup({
      naa: true,
      silent: [interactionRequired(), interactionRequired()],
      popup: [cancelledPopup(), authResult("second-try", inOneHour())],
    });
    const error = await rejection(provider.getToken());
    expect(error.code).toBe("cancelled");
    expect(error.detail).toBe("user_cancelled");
    expect(error.message).toMatch(/cancelled.*Nothing was changed/);
    expect(error.userMessage).toBe(error.message);
    expect(office.host.displayDialog).not.toHaveBeenCalled();
    await expect(provider.getToken()).resolves.toBe("second-try");
  });

  it("never opens a window when asked for a silent token only", async () => {
    const { provider, client } = setup({ naa: true, silent: [interactionRequired()] });
    expect((await rejection(provider.getToken({ interactive: false }))).code).toBe("interaction-required");
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("uses the Office dialog when the NAA popup is blocked", async () => {
    const { provider, office } = setup({
      naa: true,
      silent: [interactionRequired()],
      popup: [new BrowserAuthError("popup_window_error", "corr")],
      dialogs: [dialogThat((d) => d.send(tokenReply("from-dialog")))],
    });
    await expect(provider.getToken()).resolves.toBe("from-dialog");
    expect(office.opened).toHaveLength(1);
  });

  it("uses the Office dialog when the nested client cannot be created, and retries creation later", async () => {
    const { provider, msal } = setup({
      naa: true,
      createFails: new Error("bridge unavailable"),
      dialogs: [dialogThat((d) => d.send(tokenReply("t1"))), dialogThat((d) => d.send(tokenReply("t2")))],
    });
    await expect(provider.getToken()).resolves.toBe("t1");
    await expect(provider.getToken({ forceRefresh: true })).resolves.toBe("t2");
    expect(msal.createNestable).toHaveBeenCalledTimes(2);
  });
});

describe("MsalTokenProvider token cache", () => {
  it("serves a cached token without asking MSAL again", async () => {
    const { provider, client } = setup({ naa: true, silent: [authResult("cached", inOneHour())] });
    await provider.getToken();
    await expect(provider.getToken()).resolves.toBe("cached");
    expect(client.acquireTokenSilent).toHaveBeenCalledTimes(1);
  });

  it("refreshes silently once the cached token is inside the expiry margin", async () => {
    const { provider, client, advance } = setup({
      naa: true,
      silent: [authResult("old", inOneHour()), authResult("new", new Date(T0 + 2 * HOUR))],
    });
    await provider.getToken();
    advance(HOUR - EXPIRY_MARGIN_MS - 1000);
    await expect(provider.getToken()).resolves.toBe("old");
    advance(2000);
    await expect(provider.getToken()).resolves.toBe("new");
    expect(client.acquireTokenSilent).toHaveBeenCalledTimes(2);
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it("treats a token whose expiry is already past as expired", async () => {
    const { provider, client } = setup({
      naa: true,
      silent: [authResult("stale", new Date(T0 - 1000)), authResult("fresh", inOneHour())],
    });
    await expect(provider.getToken()).resolves.toBe("stale");
    await expect(provider.getToken()).resolves.toBe("fresh");
    expect(client.acquireTokenSilent).toHaveBeenCalledTimes(2);
  });

  it("bypasses both caches on forceRefresh (after Graph answered 401)", async () => {
    const { provider, client } = setup({ naa: true, silent: [authResult("rejected", inOneHour()), authResult("renewed", inOneHour())] });
    await provider.getToken();
    await expect(provider.getToken({ forceRefresh: true })).resolves.toBe("renewed");
    const second = client.acquireTokenSilent.mock.calls[1] as unknown as [{ forceRefresh: boolean }];
    expect(second[0].forceRefresh).toBe(true);
    await expect(provider.getToken()).resolves.toBe("renewed");
  });

  it("shares one MSAL request between concurrent callers", async () => {
    const { provider, client } = setup({ naa: true, silent: [authResult("shared", inOneHour())] });
    const tokens = await Promise.all([provider.getToken(), provider.getToken(), provider.getToken()]);
    expect(tokens).toEqual(["shared", "shared", "shared"]);
    expect(client.acquireTokenSilent).toHaveBeenCalledTimes(1);
  });
});

describe("MsalTokenProvider Office dialog fallback", () => {
  it("opens auth-dialog.html with the login hint when NAA is unsupported and caches the answer", async () => {
    const { provider, office, msal } = setup({ naa: false, dialogs: [dialogThat((d) => d.send(tokenReply("dialog-token")))] });
    await expect(provider.getToken()).resolves.toBe("dialog-token");
    await expect(provider.getToken()).resolves.toBe("dialog-token");
    expect(msal.createNestable).not.toHaveBeenCalled();
    expect(office.opened).toHaveLength(1);
    const url = new URL(office.opened[0].url);
    expect(`${url.origin}${url.pathname}`).toBe(DIALOG_PAGE);
    expect(url.searchParams.get("hint")).toBe("alex@contoso.example");
    expect(url.searchParams.get("force")).toBeNull();
    expect(office.opened[0].dialog.closed).toBe(true);
  });

  it("asks the dialog page to skip its cache on forceRefresh", async () => {
    const { provider, office } = setup({
      naa: false,
      dialogs: [dialogThat((d) => d.send(tokenReply("a"))), dialogThat((d) => d.send(tokenReply("b")))],
    });
    await provider.getToken();
    await expect(provider.getToken({ forceRefresh: true })).resolves.toBe("b");
    expect(new URL(office.opened[1].url).searchParams.get("force")).toBe("1");
  });

  it("reopens the dialog once the dialog token expires", async () => {
    const { provider, office, advance } = setup({
      naa: false,
      dialogs: [dialogThat((d) => d.send(tokenReply("first", T0 + HOUR))), dialogThat((d) => d.send(tokenReply("second", T0 + 3 * HOUR)))],
    });
    await provider.getToken();
    advance(HOUR);
    await expect(provider.getToken()).resolves.toBe("second");
    expect(office.opened).toHaveLength(2);
  });

  it.each([
    ["the user closes the dialog (12006)", dialogThat((d) => d.event(12006)), "cancelled", "12006"],
    ["the user declines consent on the page", dialogThat((d) => d.send(encodeDialogReply({ type: "error", code: "access_denied", message: "AADSTS65004" }))), "cancelled", "access_denied"],
    ["the page cannot load (12002)", dialogThat((d) => d.event(12002)), "failed", "12002"],
    ["the page answers garbage", dialogThat((d) => d.send("{not json")), "failed", "unreadable reply"],
    ["another origin answers", dialogThat((d) => d.send(tokenReply("stolen"), "https://evil.example")), "failed", "origin https://evil.example"],
    ["Entra ID rejects the request", dialogThat((d) => d.send(encodeDialogReply({ type: "error", code: "invalid_client", message: "AADSTS700016" }))), "failed", "invalid_client"],
  ])("rejects with a typed AuthError when %s", async (_what, plan, code, detail) => {
    const { provider, office } = setup({ naa: false, dialogs: [plan] });
    const error = await rejection(provider.getToken());
    expect(error).toMatchObject({ code, detail });
    expect(error.message.length).toBeGreaterThan(20);
    expect(office.opened[0].dialog.closed).toBe(true);
  });

  it.each([
    [12009, "cancelled"],
    [12011, "blocked"],
    [12007, "failed"],
  ])("maps displayDialogAsync failure %i to %s", async (officeCode, code) => {
    const { provider } = setup({ naa: false, dialogs: [() => ({ ok: false, code: officeCode, message: "no" })] });
    expect((await rejection(provider.getToken())).code).toBe(code);
  });

  it("after a cancelled dialog, the next attempt opens a new one and succeeds", async () => {
    const { provider, office } = setup({
      naa: false,
      dialogs: [dialogThat((d) => d.event(12006)), dialogThat((d) => d.send(tokenReply("retry-ok")))],
    });
    expect((await rejection(provider.getToken())).code).toBe("cancelled");
    await expect(provider.getToken()).resolves.toBe("retry-ok");
    expect(office.opened).toHaveLength(2);
  });

  it("does not open the dialog for a silent-only request", async () => {
    const { provider, office } = setup({ naa: false });
    expect((await rejection(provider.getToken({ interactive: false }))).code).toBe("interaction-required");
    expect(office.host.displayDialog).not.toHaveBeenCalled();
  });
});

describe("MsalTokenProvider without a client id", () => {
  it("fails with not-configured and touches neither MSAL nor Office", async () => {
    const { provider, msal, office } = setup({ naa: true, env: {} });
    const error = await rejection(provider.getToken());
    expect(error.code).toBe("not-configured");
    expect(error.detail).toMatch(/DIALBACK_CLIENT_ID/);
    expect(msal.createNestable).not.toHaveBeenCalled();
    expect(office.host.displayDialog).not.toHaveBeenCalled();
  });
});

describe("MsalTokenProvider when the host throws", () => {
  it("turns a throwing displayDialogAsync into a typed AuthError", async () => {
    const { provider, office } = setup({ naa: false });
    office.host.displayDialog.mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of undefined");
    });
    const error = await rejection(provider.getToken());
    expect(error).toMatchObject({ code: "failed", detail: "displayDialogAsync threw" });
  });
});
