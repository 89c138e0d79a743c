// The Graph emulator behind msw's service worker: every fetch to graph.microsoft.com from this page and from
// the taskpane frame is answered in the browser, after the injected latency, and counted.
import { delay, http } from "msw";
import { setupWorker } from "msw/browser";
import { GRAPH_ORIGIN, type GraphEmulator } from "../emulator/index";

export interface MockGraph {
  requests(): number;
  reset(): void;
}

export async function startMockGraph(emulator: GraphEmulator, latencyMs: () => number): Promise<MockGraph> {
  let requests = 0;
  const worker = setupWorker(
    http.all(`${GRAPH_ORIGIN}/*`, async ({ request }) => {
      requests++;
      const ms = latencyMs();
      if (ms > 0) await delay(ms);
      return emulator.handle(request);
    }),
  );
  await worker.start({ serviceWorker: { url: "./mockServiceWorker.js" }, onUnhandledRequest: "bypass", quiet: true });
  return { requests: () => requests, reset: () => void (requests = 0) };
}
