// msw 2 handlers over the emulator: the same list serves jest (setupServer from "msw/node") and the
// browser (setupWorker from "msw/browser"), so the demo and the tests run the same Graph.
import { http, HttpHandler } from "msw";
import { createEmulator, EmulatorOptions, GraphEmulator } from "./emulator";

export const GRAPH_ORIGIN = "https://graph.microsoft.com";

/** Handlers for every Graph v1.0 and beta URL, delegating to emulator.handle(). */
export function graphHandlers(emulator: GraphEmulator, origin: string = GRAPH_ORIGIN): HttpHandler[] {
  const resolver = async ({ request }: { request: Request }): Promise<Response> => emulator.handle(request);
  return [http.all(`${origin}/v1.0/*`, resolver), http.all(`${origin}/beta/*`, resolver)];
}

/** The part of msw's `setupWorker` result we use (kept structural so Node code never loads msw/browser). */
export interface WorkerLike {
  start(options?: { serviceWorker?: { url: string }; onUnhandledRequest?: "bypass" | "warn" | "error"; quiet?: boolean }): Promise<unknown>;
  stop(): void;
}

export interface BrowserEmulatorOptions extends EmulatorOptions {
  /** Where the page serves msw's worker script (`npx msw init <dir>` writes it). Default "/mockServiceWorker.js". */
  serviceWorkerUrl?: string;
  quiet?: boolean;
}

/**
 * Starts the emulator in the browser behind msw's service worker:
 *
 *   import { setupWorker } from "msw/browser";
 *   const { emulator } = await startBrowserEmulator(setupWorker, { now: new Date() });
 *
 * Every fetch to https://graph.microsoft.com/v1.0/... from the page is then answered by the emulator;
 * other requests pass through. `emulator.faults` stays reachable for demo switches.
 */
export async function startBrowserEmulator(
  setupWorker: (...handlers: HttpHandler[]) => WorkerLike,
  options: BrowserEmulatorOptions = {},
): Promise<{ emulator: GraphEmulator; worker: WorkerLike }> {
  const emulator = createEmulator(options);
  const worker = setupWorker(...graphHandlers(emulator));
  await worker.start({ serviceWorker: { url: options.serviceWorkerUrl ?? "/mockServiceWorker.js" }, onUnhandledRequest: "bypass", quiet: options.quiet ?? true });
  return { emulator, worker };
}
