// Sign-in and the Graph layer together, against the Graph emulator: an expired token is replaced
// once (forceRefresh after the 401) and the call succeeds, for the demo provider and the MSAL one.
import { configFromEnv } from "../../config";
import { createEmulator } from "../../dev/emulator";
import { createGraph } from "../../graph";
import { DEMO_TOKEN, DemoTokenProvider, MsalTokenProvider } from "./index";
import { authResult, fakeNestedClient, fakeOffice, msalFactory } from "./test-doubles";

const inOneHour = () => new Date(Date.now() + 3_600_000);

describe("token refresh through the Graph layer", () => {
  it("the demo provider rides out an expired emulator token", async () => {
    const emulator = createEmulator();
    emulator.faults.expireToken(DEMO_TOKEN);
    const tokens = new DemoTokenProvider();
    const getToken = jest.fn((options?: { forceRefresh?: boolean }) => tokens.getToken(options));
    const graph = createGraph({ getToken, fetch: emulator.fetch });
    await expect(graph.getMailboxSettings()).resolves.toHaveProperty("timeZone");
    expect(getToken.mock.calls.filter(([o]) => o?.forceRefresh)).toHaveLength(1);
  });

  it("the MSAL provider asks MSAL again, bypassing its cache, when Graph says the token expired", async () => {
    const emulator = createEmulator();
    emulator.faults.expireToken("revoked-token");
    const client = fakeNestedClient({ silent: [authResult("revoked-token", inOneHour()), authResult("fresh-token", inOneHour())] });
    const provider = new MsalTokenProvider(configFromEnv({ DIALBACK_CLIENT_ID: "0b8c4d2e-9f1a-4c3b-8e7d-6a5f4e3d2c1b" }), {
      msal: msalFactory(client),
      office: fakeOffice({ naa: true }).host,
      dialogPageUrl: "https://localhost:3000/auth-dialog.html",
    });
    const graph = createGraph({ getToken: (options) => provider.getToken(options), fetch: emulator.fetch });
    await expect(graph.getMailboxSettings()).resolves.toHaveProperty("timeZone");
    expect(client.acquireTokenSilent).toHaveBeenCalledTimes(2);
    expect(client.acquireTokenSilent.mock.calls[1]).toEqual([expect.objectContaining({ forceRefresh: true })]);
    // The fresh token is cached: the next call costs no MSAL round trip.
    await graph.getMailboxSettings();
    expect(client.acquireTokenSilent).toHaveBeenCalledTimes(2);
  });
});
