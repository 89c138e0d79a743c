// The msw route: the layer on the real global fetch against https://graph.microsoft.com, intercepted
// by the emulator's handlers, exactly as jest suites and the browser demo use it.
import { setupServer } from "msw/node";
import { createEmulator, createSeed, graphHandlers, startBrowserEmulator } from "../../src/dev/emulator";
import { createGraph } from "../../src/graph";

const NOW = new Date("2026-11-25T15:00:00Z");
const emulator = createEmulator({ seed: createSeed({ now: NOW }) });
const server = setupServer(...graphHandlers(emulator));

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

it("serves the default Graph base URL through msw", async () => {
  const graph = createGraph({ getToken: async () => "msw" });
  const thread = emulator.state.messages.find((m) => m.subject.startsWith("RE: Project Heron"))!;
  const fp = await graph.loadFirstPaint({
    messageId: thread.id,
    conversationId: thread.conversationId,
    ownerAddress: "alex.morgan@harwellmorgan.com",
    scheduleStart: "2026-11-25T00:00:00Z",
    scheduleEnd: "2026-11-26T00:00:00Z",
  });
  expect(emulator.stats.requests).toBe(1);
  expect(fp.thread.ok && fp.thread.value).toHaveLength(2);
  expect(fp.message.ok && fp.message.value.cc.map((c) => c.name)).toEqual(["Jordan Lee"]);
});

it("a dropped connection surfaces as a network failure", async () => {
  emulator.faults.dropConnection({ count: 1 });
  await expect(fetch("https://graph.microsoft.com/v1.0/me", { headers: { Authorization: "Bearer x" } })).rejects.toThrow();
});

it("startBrowserEmulator starts msw's worker with the Graph handlers (fake worker in Node)", async () => {
  // Compile-time check (npm run typecheck): msw's own setupWorker fits the parameter.
  const fits: Parameters<typeof startBrowserEmulator>[0] | null = null as typeof import("msw/browser").setupWorker | null;
  void fits;
  const started: unknown[] = [];
  const { emulator: browserEmulator } = await startBrowserEmulator(
    (...handlers) => {
      expect(handlers).toHaveLength(2);
      return { start: async (o) => started.push(o), stop: () => undefined };
    },
    { now: NOW },
  );
  expect(started).toEqual([{ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "bypass", quiet: true }]);
  expect(browserEmulator.state.messages.length).toBeGreaterThan(20);
});
