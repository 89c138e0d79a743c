// What the demo host page exposes on `window.dialbackDemo`: the taskpane panel takes its Office object and
// clock from here, and the browser tests and bench:ui read the emulator's state, request count and timings.
import type { GraphEmulator } from "../emulator/index";
import type { SimulatedOutlook } from "./simulatedOffice";

export interface DemoBridge {
  emulator: GraphEmulator;
  outlook: SimulatedOutlook;
  /** The demo's clock: the seed's "now", so the mailbox and proposals agree. */
  now(): Date;
  /** Graph HTTP requests the service worker answered since the page loaded (or the last reset). */
  graphRequests(): number;
  resetGraphRequests(): void;
  /** Injected latency per Graph request, in ms. */
  latencyMs: number;
  /** Called by the taskpane panel when the proposal is on screen (for the UI benchmark). */
  markProposalShown(): void;
  /** performance.now() of the last taskpane open and of the proposal being shown. */
  timings: { taskpaneOpened: number | null; proposalShown: number | null };
}
