import { useEffect, useMemo, useRef } from "react";
import { DemoTokenProvider } from "../../../office/auth";
import { createGraph } from "../../../graph/index";
import { createOfficeHost } from "../../../office/index";
import { App } from "../../../taskpane/components/App";
import { createDialbackServices } from "../../../taskpane/createDialbackServices";
import type { DemoBridge } from "../demoBridge";

/**
 * The add-in as the demo hosts it: the same App as in Outlook, over the simulated Office object, with the
 * emulator's fixed token instead of sign-in (explicit here; the production entry never imports this file).
 * Each mount is a fresh taskpane load: state comes back only through roaming settings, as in Outlook.
 */
export function TaskpanePanel({ bridge }: { bridge: DemoBridge }) {
  const { host, services } = useMemo(() => {
    const host = createOfficeHost(bridge.outlook.office, { storage: window.localStorage });
    const tokens = new DemoTokenProvider();
    const graph = createGraph({ getToken: (options) => tokens.getToken(options) });
    const services = createDialbackServices({
      graph,
      now: () => bridge.now(),
      owner: () => {
        const user = host.getUser();
        return user ? { name: user.name, address: user.address } : null;
      },
    });
    return { host, services };
  }, [bridge]);

  // Report when the proposal is on screen, for the UI benchmark.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const shown = () => el.querySelector("[data-testid=slot-list], [data-testid=dial-number]") !== null;
    if (shown()) return bridge.markProposalShown();
    const observer = new MutationObserver(() => {
      if (shown()) {
        bridge.markProposalShown();
        observer.disconnect();
      }
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [bridge]);

  return (
    <div ref={root} data-testid="taskpane" style={{ flexGrow: 1, overflowY: "auto", minHeight: 0 }}>
      <App host={host} services={services} />
    </div>
  );
}
