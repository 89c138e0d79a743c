import { resolve } from "node:path";
import { DefinePlugin } from "webpack";
import { configFromEnv, type BuildEnv } from "../../config";
import { DEMO_TOKEN, DemoTokenProvider, MsalTokenProvider, createTokenProvider } from "./index";
import { authResult, fakeNestedClient, fakeOffice, msalFactory } from "./test-doubles";

const CLIENT_ID = "0b8c4d2e-9f1a-4c3b-8e7d-6a5f4e3d2c1b";
const deps = () => ({
  msal: msalFactory(fakeNestedClient({ silent: [authResult("entra-token", new Date(Date.now() + 3_600_000))] })),
  office: fakeOffice({ naa: true }).host,
  dialogPageUrl: "https://localhost:3000/auth-dialog.html",
});

/**
 * The variables the project's webpack config bakes into a bundle, read from its DefinePlugin, so the
 * test follows the real build rather than a copy of its settings.
 */
function bakedEnv(webpackEnv: Record<string, unknown>): BuildEnv {
  const saved = { ...process.env };
  delete process.env.DIALBACK_DEMO;
  process.env.DIALBACK_CLIENT_ID = CLIENT_ID;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(resolve(__dirname, "../../../webpack.config.js")) as (env: unknown, argv: unknown) => { plugins: unknown[] };
    const config = makeConfig(webpackEnv, { mode: "production" });
    const define = config.plugins.find((p): p is DefinePlugin => p instanceof DefinePlugin);
    if (!define) throw new Error("webpack.config.js has no DefinePlugin");
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(define.definitions)) {
      const name = /^process\.env\.(\w+)$/.exec(key)?.[1];
      if (name && typeof value === "string") env[name] = JSON.parse(value);
    }
    return env;
  } finally {
    process.env = saved;
  }
}

describe("createTokenProvider", () => {
  it("never yields the demo provider in the add-in build (dist/), even if DIALBACK_DEMO is set for the demo", async () => {
    const env = bakedEnv({});
    expect(env.DIALBACK_DEMO).toBe("");
    expect(env.DIALBACK_CLIENT_ID).toBe(CLIENT_ID);
    const provider = createTokenProvider(configFromEnv(env), deps());
    expect(provider).toBeInstanceOf(MsalTokenProvider);
    await expect(provider.getToken()).resolves.toBe("entra-token");
  });

  it("yields the demo provider in the demo build (dist-demo/)", async () => {
    const provider = createTokenProvider(configFromEnv(bakedEnv({ demo: true })), deps());
    expect(provider).toBeInstanceOf(DemoTokenProvider);
    await expect(provider.getToken()).resolves.toBe(DEMO_TOKEN);
  });

  it.each([
    [{ DIALBACK_CLIENT_ID: CLIENT_ID }],
    [{ DIALBACK_CLIENT_ID: CLIENT_ID, DIALBACK_DEMO: "" }],
    [{ DIALBACK_CLIENT_ID: CLIENT_ID, DIALBACK_DEMO: "0" }],
    [{}],
  ])("does not use the demo token for %j", async (env) => {
    const provider = createTokenProvider(configFromEnv(env), deps());
    expect(provider).not.toBeInstanceOf(DemoTokenProvider);
    const outcome = await provider.getToken().catch((error: unknown) => error);
    expect(outcome).not.toBe(DEMO_TOKEN);
  });

  it("works without an Office global (jest has none): no NAA, and the dialog reports Office missing", async () => {
    const provider = createTokenProvider(configFromEnv({ DIALBACK_CLIENT_ID: CLIENT_ID }), { msal: deps().msal });
    const error = await provider.getToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthError", code: "failed", detail: expect.stringMatching(/^-1 Office is not available/) });
  });
});

describe("DemoTokenProvider", () => {
  it("hands out a different token after a forced refresh, so an expired-token fault can be ridden out", async () => {
    const demo = new DemoTokenProvider();
    const first = await demo.getToken();
    const renewed = await demo.getToken({ forceRefresh: true });
    expect(renewed).not.toBe(first);
    await expect(demo.getToken()).resolves.toBe(renewed);
  });
});
