// Entry of taskpane.html in the demo build: the same App as in Outlook, over the host page's simulated
// Office object and the emulator's fixed token. Sign-in is skipped explicitly here, and this file is not
// part of the production build (webpack picks src/taskpane/index.tsx there).
import { createRoot } from "react-dom/client";
import { DemoTokenProvider } from "../../office/auth";
import { createGraph } from "../../graph/index";
import { createOfficeHost } from "../../office/index";
import { createDialbackServices, mountTaskpane } from "../../taskpane/mount";
import { readBridge } from "./demoBridge";

const bridge = readBridge(window.parent);
const container = document.getElementById("root");

function NotInHost() {
  return (
    <p style={{ fontFamily: "sans-serif", padding: 16 }}>
      This is the demo taskpane. Open <a href="./">the simulated Outlook</a> to use it.
    </p>
  );
}

if (container && bridge) {
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
  // Tell the host when the proposal is on screen, for the UI benchmark.
  const observer = new MutationObserver(() => {
    if (document.querySelector("[data-testid=slot-list], [data-testid=dial-number]")) {
      bridge.markProposalShown();
      observer.disconnect();
    }
  });
  observer.observe(container, { childList: true, subtree: true });
  mountTaskpane(container, { host, services });
} else if (container) {
  createRoot(container).render(<NotInHost />);
}
