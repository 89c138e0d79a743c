// Entry of taskpane.html in Outlook: wait for Office, sign in through the auth module, read Graph, render.
import { createTokenProvider } from "../office/auth";
import { createGraph } from "../graph/index";
import { createOfficeHost } from "../office/index";
import { lazyServices } from "./lazyServices";
import { mountTaskpane } from "./mount";

// Start fetching the engine chunk now, in parallel with office.js start-up and sign-in; if that download
// fails, the next attempt (Retry in the UI) fetches it again.
const loadEngine = () => import(/* webpackChunkName: "engine" */ "./createDialbackServices.js");
const prefetched = loadEngine();
prefetched.catch(() => undefined);

void Office.onReady(() => {
  const host = createOfficeHost(Office);
  const tokens = createTokenProvider();
  const graph = createGraph({ getToken: (options) => tokens.getToken(options) });
  const services = lazyServices(async () => {
    const { createDialbackServices } = await prefetched.catch(loadEngine);
    return createDialbackServices({
      graph,
      owner: () => {
        const user = host.getUser();
        return user ? { name: user.name, address: user.address } : null;
      },
    });
  });
  const container = document.getElementById("root");
  if (container) mountTaskpane(container, { host, services });
});
