import { useEffect, useState } from "react";
import type { CurrentItem, OutlookHost } from "../../office/index";

/** The open message; follows the selection when the taskpane is pinned. */
export function useCurrentItem(host: OutlookHost): CurrentItem | null {
  const [item, setItem] = useState<CurrentItem | null>(() => host.getCurrentItem());
  useEffect(() => host.onItemChanged(setItem), [host]);
  return item;
}
