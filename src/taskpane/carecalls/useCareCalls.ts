// Keeps the care-call data current: the first scan pages through sent items, inbox and calendar; later
// refreshes pass the stored watermarks so only what is new is fetched, and merge it into the stored state.
// The scan state (one entry per correspondent) lives in local storage; the small dismiss/snooze choices
// live in roaming settings so they follow the attorney to every device.
import { useCallback, useEffect, useRef, useState } from "react";
import {
  mergeScan,
  parseCareCallPrefs,
  pruneCareCallPrefs,
  type CareCallPrefs,
  type CareCallScanState,
  type FirmIdentity,
  type ScanBatch,
  type ScanWatermarks,
} from "../../core/carecalls";
import type { KeyValueStorage, SettingsStore } from "../../office/index";

export const CARE_CALL_PREFS_KEY = "careCallPrefs";
const SCAN_KEY_PREFIX = "dialback:careCallScan:v1:";

export interface UseCareCallsOptions {
  /** The Graph scan, e.g. `(o) => graph.scanCorrespondents(o)`; gets watermarks on refreshes. */
  scan(options: { watermarks?: Partial<ScanWatermarks>; since?: string }): Promise<ScanBatch>;
  /** Roaming settings (host.settings): where dismiss and snooze are kept. */
  settings: SettingsStore;
  /** Where the scan state is kept between sessions (window.localStorage); memory only when absent. */
  storage?: KeyValueStorage | null;
  identity: FirmIdentity;
  /** First scan only: ignore mail older than this ISO instant (default: the whole mailbox). */
  since?: string;
  /** Skip the automatic refresh on mount when the stored scan is younger than this. Default 15 minutes. */
  refreshAfterMs?: number;
  now?: () => Date;
}

export interface CareCallsData {
  scan: CareCallScanState | null;
  prefs: CareCallPrefs;
  /** Saves new preferences to roaming settings (from CareCallsView's onPrefsChange). */
  setPrefs(prefs: CareCallPrefs): void;
  loading: boolean;
  error: string | null;
  /** Incremental when a scan is stored, full otherwise. */
  refresh(): Promise<void>;
}

function loadScan(storage: KeyValueStorage | null | undefined, key: string): CareCallScanState | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as CareCallScanState;
    return parsed && parsed.version === 1 && typeof parsed.correspondents === "object" && parsed.watermarks ? parsed : null;
  } catch {
    return null;
  }
}

/** The storage key of a mailbox's scan, so two accounts in one browser never share watermarks. */
export function careCallScanKey(identity: FirmIdentity): string {
  return SCAN_KEY_PREFIX + (identity.ownAddresses[0] ?? "me").toLowerCase();
}

export function useCareCalls(options: UseCareCallsOptions): CareCallsData {
  const { settings, storage, identity } = options;
  const key = careCallScanKey(identity);
  const [scan, setScan] = useState<CareCallScanState | null>(() => loadScan(storage, key));
  const [prefs, setPrefsState] = useState<CareCallPrefs>(() => parseCareCallPrefs(settings.get(CARE_CALL_PREFS_KEY)));
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Latest values for the async refresh without re-creating it on every render.
  const latest = useRef({ scan, options });
  latest.current = { scan, options };
  const running = useRef<Promise<void> | null>(null);

  const refresh = useCallback((): Promise<void> => {
    if (running.current) return running.current;
    const run = (async () => {
      setLoading(true);
      setError(null);
      const { scan: previous, options: o } = latest.current;
      try {
        const batch = await o.scan(previous ? { watermarks: previous.watermarks } : { since: o.since });
        const next = mergeScan(previous, batch, o.identity);
        latest.current.scan = next;
        setScan(next);
        try {
          o.storage?.setItem(careCallScanKey(o.identity), JSON.stringify(next));
        } catch {
          // Storage full or blocked: keep the scan for this session; the next one scans again.
        }
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setLoading(false);
        running.current = null;
      }
    })();
    running.current = run;
    return run;
  }, []);

  useEffect(() => {
    const stored = latest.current.scan;
    const age = stored?.scannedAt ? (options.now?.() ?? new Date()).getTime() - Date.parse(stored.scannedAt) : Infinity;
    if (age >= (options.refreshAfterMs ?? 15 * 60_000)) void refresh();
    // Only on mount: later refreshes are the attorney's (Refresh button) or the taskpane's choice.
  }, []);

  const setPrefs = useCallback(
    (chosen: CareCallPrefs) => {
      // Expired snoozes are dropped on every save so the roaming blob (32 KB for all settings) stays small.
      const next = pruneCareCallPrefs(chosen, latest.current.options.now?.() ?? new Date());
      setPrefsState(next);
      settings.set(CARE_CALL_PREFS_KEY, next);
      settings.saveAsync().catch((e: unknown) => setError(`Could not save your choice: ${e instanceof Error ? e.message : String(e)}`));
    },
    [settings],
  );

  return { scan, prefs, setPrefs, loading, error, refresh };
}
