import { useEffect, useState } from "react";
import type { HostTheme, OutlookHost } from "../../office/index";

/** The Outlook theme, kept current when the attorney switches it while the taskpane is open. */
export function useHostTheme(host: OutlookHost): HostTheme {
  const [theme, setTheme] = useState<HostTheme>(() => host.getTheme());
  useEffect(() => host.onThemeChanged(setTheme), [host]);
  return theme;
}
