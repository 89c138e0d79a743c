import { useEffect, useState } from "react";
import type { HostTheme, OutlookHost } from "../../office/index";

/**
 * The Outlook theme, kept current when the attorney switches it while the taskpane is open. Windows high
 * contrast reaches the page as forced colours, not through Office, so that change is watched too.
 */
export function useHostTheme(host: OutlookHost): HostTheme {
  const [theme, setTheme] = useState<HostTheme>(() => host.getTheme());
  useEffect(() => host.onThemeChanged(setTheme), [host]);
  useEffect(() => {
    if (typeof matchMedia !== "function") return;
    const query = matchMedia("(forced-colors: active)");
    const onChange = () => setTheme(host.getTheme());
    query.addEventListener?.("change", onChange);
    return () => query.removeEventListener?.("change", onChange);
  }, [host]);
  return theme;
}
