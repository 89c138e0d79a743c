import type { CareCallCandidate, FirmIdentity, ScanBatch, ScanWatermarks } from "../../core/carecalls";
import type { KeyValueStorage, SettingsStore } from "../../office/index";
import { CareCallsView } from "./CareCallsView";
import { useCareCalls } from "./useCareCalls";

export interface CareCallsPanelProps {
  /** `(o) => graph.scanCorrespondents(o)`. */
  scan(options: { watermarks?: Partial<ScanWatermarks>; since?: string }): Promise<ScanBatch>;
  /** host.settings: dismiss and snooze roam with the mailbox. */
  settings: SettingsStore;
  /** window.localStorage (or a memory store): the scan state and its watermarks. */
  storage?: KeyValueStorage | null;
  identity: FirmIdentity;
  onSchedule(candidate: CareCallCandidate): void;
  months?: number;
  perDay?: { min: number; max: number };
  timeZone?: string;
  locale?: string;
  /** First scan only: ignore mail older than this ISO instant. */
  since?: string;
  clock?: () => Date;
}

/** The care-call tab wired to its data: scan and refresh through `scan`, choices kept in `settings`. */
export function CareCallsPanel(props: CareCallsPanelProps) {
  const data = useCareCalls({
    scan: props.scan,
    settings: props.settings,
    storage: props.storage,
    identity: props.identity,
    since: props.since,
    now: props.clock,
  });
  return (
    <CareCallsView
      scan={data.scan}
      prefs={data.prefs}
      onPrefsChange={data.setPrefs}
      onSchedule={props.onSchedule}
      identity={props.identity}
      now={props.clock?.()}
      months={props.months}
      perDay={props.perDay}
      timeZone={props.timeZone}
      locale={props.locale}
      loading={data.loading}
      error={data.error}
      onRefresh={() => void data.refresh()}
    />
  );
}
