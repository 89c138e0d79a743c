// The standalone emulator: a real HTTP server on a free port, answering like Graph.
import { createEmulator, createSeed } from "../../src/dev/emulator";
import { startGraphEmulatorServer } from "../../src/dev/server/graph-emulator";
import { createGraph } from "../../src/graph";

const NOW = new Date("2026-11-25T15:00:00Z");

describe("standalone Graph emulator server", () => {
  let server: Awaited<ReturnType<typeof startGraphEmulatorServer>>;
  beforeAll(async () => {
    server = await startGraphEmulatorServer({ port: 0, emulator: createEmulator({ seed: createSeed({ now: NOW }) }) });
  });
  afterAll(() => server.close());

  it("answers /v1.0/me without a token with 401 InvalidAuthenticationToken", async () => {
    const res = await fetch(`${server.url}/me`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe("InvalidAuthenticationToken");
  });

  it("answers /v1.0/me with any bearer token", async () => {
    const res = await fetch(`${server.url}/me`, { headers: { Authorization: "Bearer anything" } });
    expect(res.status).toBe(200);
    const me = await res.json();
    expect(me.mail).toBe("alex.morgan@harwellmorgan.com");
    expect(res.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves the layer unchanged, nextLink paging over http included", async () => {
    const graph = createGraph({ getToken: async () => "dev", baseUrl: server.url });
    const fp = await graph.loadFirstPaint({
      messageId: server.emulator.state.messages[0].id,
      conversationId: server.emulator.state.messages[0].conversationId,
      ownerAddress: "alex.morgan@harwellmorgan.com",
      scheduleStart: "2026-11-23T00:00:00Z",
      scheduleEnd: "2026-11-28T00:00:00Z",
    });
    expect(fp.httpRequests).toBe(1);
    expect(fp.message.ok && fp.thread.ok && fp.schedule.ok).toBe(true);
    const scan = await graph.scanCorrespondents({ now: NOW, pageSize: 5 });
    expect(scan.received!.length).toBe(server.emulator.state.messages.filter((m) => m.folder === "inbox").length);
  });

  it("drops the connection when told to", async () => {
    server.emulator.faults.dropConnection({ route: "/me", count: 1 });
    await expect(fetch(`${server.url}/me`, { headers: { Authorization: "Bearer x" } })).rejects.toThrow();
  });
});
