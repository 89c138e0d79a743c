// Entry of the demo host page (dist-demo/index.html): a simulated Outlook reading pane over the Graph
// emulator, which runs in this page behind msw's service worker. Query parameters, for tests and the benchmark:
//   ?now=<ISO instant>   seed the mailbox and the proposals at this time (default: the real now)
//   ?latency=<ms>        delay every Graph response (default 0)
//   ?message=<key>       open this seeded thread's newest client message (e.g. "thameside-spa")
//   ?mailbox=<version>   the Mailbox requirement set the simulated Outlook supports (default 1.14; e.g. 1.3)
import { createRoot } from "react-dom/client";
import { createEmulator, createSeed } from "../emulator/index";
import { OutlookShell } from "./components/OutlookShell";
import type { DemoBridge } from "./demoBridge";
import { startMockGraph } from "./mockGraphWorker";
import { createSimulatedOutlook } from "./simulatedOffice";

async function start() {
  const params = new URLSearchParams(location.search);
  const nowParam = params.get("now");
  const now = nowParam && !Number.isNaN(Date.parse(nowParam)) ? new Date(nowParam) : new Date();
  const seed = createSeed({ now });
  const emulator = createEmulator({ seed });
  const attorney = seed.me;
  const outlook = createSimulatedOutlook({
    user: { displayName: attorney.displayName, emailAddress: attorney.mail, timeZone: "Eastern Standard Time" },
    storage: window.localStorage,
    mailboxVersion: /^1\.\d{1,2}$/.test(params.get("mailbox") ?? "") ? (params.get("mailbox") as string) : undefined,
  });
  const startedAt = performance.now();
  const bridge: DemoBridge = {
    emulator,
    outlook,
    now: () => new Date(now.getTime() + (performance.now() - startedAt)),
    latencyMs: Number(params.get("latency") ?? 0) || 0,
    graphRequests: () => mock.requests(),
    resetGraphRequests: () => mock.reset(),
    timings: { taskpaneOpened: null, proposalShown: null },
    markProposalShown: () => {
      bridge.timings.proposalShown ??= performance.now();
    },
  };
  const mock = await startMockGraph(emulator, () => bridge.latencyMs);
  (window as unknown as { dialbackDemo: DemoBridge }).dialbackDemo = bridge;

  const key = params.get("message");
  const thread = key ? seed.threads[key] : undefined;
  // the newest message in the thread that is not from the attorney: the one a person would open
  const initial = thread
    ? [...thread.messageIds].reverse().find((id) => emulator.state.messages.find((m) => m.id === id && m.from.address !== attorney.mail)) ?? null
    : null;

  const container = document.getElementById("host-root");
  if (container) createRoot(container).render(<OutlookShell bridge={bridge} initialMessageId={initial} />);
}

void start();
