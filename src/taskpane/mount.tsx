// Mounts the taskpane into a page. Shared by the Outlook entry (index.tsx) and the demo host's taskpane frame.
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App, type AppProps } from "./components/App";

export function mountTaskpane(container: HTMLElement, props: AppProps): Root {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <App {...props} />
    </StrictMode>,
  );
  return root;
}

export type { DialbackServices } from "./services";
