import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_AUTHORITY, GRAPH_SCOPES, configFromEnv, readBuildConfig } from "./index";

const ID = "0b8c4d2e-9f1a-4c3b-8e7d-6a5f4e3d2c1b";

describe("GRAPH_SCOPES", () => {
  it("is exactly the five delegated permissions, never Mail.Send or a write-all-mail scope", () => {
    expect([...GRAPH_SCOPES].sort()).toEqual(
      ["Calendars.ReadWrite", "Contacts.ReadWrite", "Mail.Read", "MailboxSettings.Read", "User.Read"].sort(),
    );
    expect(GRAPH_SCOPES).not.toContain("Mail.Send");
    expect(GRAPH_SCOPES).not.toContain("Mail.ReadWrite");
  });
});

describe("configFromEnv", () => {
  it("takes the client id and authority and trims a trailing slash", () => {
    const config = configFromEnv({
      DIALBACK_CLIENT_ID: ` ${ID} `,
      DIALBACK_AUTHORITY: "https://login.microsoftonline.com/contoso.onmicrosoft.com/",
    });
    expect(config).toMatchObject({
      clientId: ID,
      authority: "https://login.microsoftonline.com/contoso.onmicrosoft.com",
      demo: false,
      problems: [],
    });
    expect(config.scopes).toBe(GRAPH_SCOPES);
  });

  it("defaults the authority to the multi-tenant endpoint", () => {
    expect(configFromEnv({ DIALBACK_CLIENT_ID: ID }).authority).toBe(DEFAULT_AUTHORITY);
  });

  it.each([
    [{}, /DIALBACK_CLIENT_ID was not set/],
    [{ DIALBACK_CLIENT_ID: "my-app" }, /not an application \(client\) id/],
    [{ DIALBACK_CLIENT_ID: ID, DIALBACK_AUTHORITY: "http://login.microsoftonline.com/common" }, /must be an https URL/],
    [{ DIALBACK_CLIENT_ID: ID, DIALBACK_AUTHORITY: "not a url" }, /must be an https URL/],
  ])("reports a problem for %j", (env, problem) => {
    const config = configFromEnv(env);
    expect(config.problems.join("\n")).toMatch(problem);
  });

  it("drops a malformed client id rather than passing it to MSAL", () => {
    expect(configFromEnv({ DIALBACK_CLIENT_ID: "my-app" }).clientId).toBeNull();
  });

  it.each([
    ["1", true],
    ["true", true],
    ["YES", true],
    ["0", false],
    ["", false],
    [undefined, false],
    ["false", false],
  ])("reads DIALBACK_DEMO=%p as demo=%p", (value, demo) => {
    expect(configFromEnv({ DIALBACK_DEMO: value }).demo).toBe(demo);
  });

  it("does not ask for a client id in a demo build", () => {
    expect(configFromEnv({ DIALBACK_DEMO: "1" }).problems).toEqual([]);
  });
});

describe("readBuildConfig", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("reads the variables DefinePlugin replaces", () => {
    process.env.DIALBACK_CLIENT_ID = ID;
    process.env.DIALBACK_DEMO = "";
    expect(readBuildConfig()).toMatchObject({ clientId: ID, demo: false });
    process.env.DIALBACK_DEMO = "1";
    expect(readBuildConfig().demo).toBe(true);
  });
});

describe("docs/APP-REGISTRATION.md", () => {
  it("tells administrators to grant exactly the scopes the add-in requests", () => {
    const guide = readFileSync(join(__dirname, "..", "..", "docs", "APP-REGISTRATION.md"), "utf8");
    const section = guide.slice(guide.indexOf("## 3."), guide.indexOf("## 4."));
    const listed = [...section.matchAll(/^\| `([A-Za-z.]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...GRAPH_SCOPES].sort());
  });
});
