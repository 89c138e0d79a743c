// What the demo host page exposes on `window.dialbackDemo`: the taskpane frame reads its Office object and
// clock from here, and the browser tests read the emulator's state and the request count.
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
  /** Called by the taskpane frame when the proposal is on screen (for the UI benchmark). */
  markProposalShown(): void;
  /** performance.now() of the last taskpane open and of the proposal being shown. */
  timings: { taskpaneOpened: number | null; proposalShown: number | null };
}

export function readBridge(from: Window): DemoBridge | null {
  try {
    return ((from as unknown as { dialbackDemo?: DemoBridge }).dialbackDemo ?? null) || null;
  } catch {
    return null; // a cross-origin parent
  }
}
