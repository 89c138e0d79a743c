import { useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, CallRegular, DismissRegular, SnoozeRegular } from "@fluentui/react-icons";
import {
  DEFAULT_CARE_CALL_MONTHS,
  dismissCareCall,
  snoozeCareCall,
  suggestCareCalls,
  undismissCareCall,
  type CareCallCandidate,
  type CareCallPrefs,
  type CareCallScanState,
  type FirmIdentity,
} from "../../core/carecalls";
import { formatContactDate, formatMonthsAgo } from "./format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface CareCallsViewProps {
  /** The merged scan (mergeScan); null while the first scan runs. */
  scan: CareCallScanState | null;
  /** Dismiss/snooze choices, as loaded from roaming settings (parseCareCallPrefs). */
  prefs: CareCallPrefs;
  /** Called with the new preferences after Dismiss, Snooze or Undo: persist them. */
  onPrefsChange(prefs: CareCallPrefs): void;
  /** "Schedule a call": start the flow for this client as a new message. */
  onSchedule(candidate: CareCallCandidate): void;
  /** The attorney's addresses and firm domains. */
  identity: FirmIdentity;
  now?: Date;
  /** Suggest correspondents not contacted for more than this many months. Default 12. */
  months?: number;
  perDay?: { min: number; max: number };
  /** The attorney's IANA zone: decides where "today" starts and how dates read. */
  timeZone?: string;
  locale?: string;
  /** Shows a spinner in place of the list (e.g. while the first scan pages through the mailbox). */
  loading?: boolean;
  /** A scan error to show, with Retry calling onRefresh. */
  error?: string | null;
  onRefresh?(): void;
}

function CandidateItem({
  candidate,
  timeZone,
  locale,
  onSchedule,
  onSnooze,
  onDismiss,
}: {
  candidate: CareCallCandidate;
  timeZone?: string;
  locale?: string;
  onSchedule(): void;
  onSnooze(): void;
  onDismiss(): void;
}) {
  const styles = useStyles();
  const who = candidate.name ?? candidate.address;
  const how = candidate.lastContactKind === "meeting" ? "meeting" : "email both ways";
  return (
    <li className={styles.item} aria-label={who} data-testid="care-call">
      <Body1>
        <strong>{who}</strong>
      </Body1>
      {candidate.name && <Caption1 className={styles.meta}>{candidate.address}</Caption1>}
      <Caption1 className={styles.meta}>
        Last contact {formatContactDate(candidate.lastContact, timeZone, locale)} ({formatMonthsAgo(candidate.monthsSince)}, {how})
      </Caption1>
      <div className={styles.actions}>
        <Button appearance="primary" size="small" icon={<CallRegular />} onClick={onSchedule} aria-label={`Schedule a call with ${who}`}>
          Schedule a call
        </Button>
        <Button size="small" icon={<SnoozeRegular />} onClick={onSnooze} aria-label={`Snooze ${who} for 1 month`}>
          Snooze 1 month
        </Button>
        <Button size="small" appearance="subtle" icon={<DismissRegular />} onClick={onDismiss} aria-label={`Dismiss ${who}`}>
          Dismiss
        </Button>
      </div>
    </li>
  );
}

/** The care-call tab: today's few clients to call, everyone overdue on demand, dismiss and snooze remembered. */
export function CareCallsView(props: CareCallsViewProps) {
  const styles = useStyles();
  const { scan, prefs, identity, onPrefsChange, onSchedule, timeZone, locale } = props;
  const months = props.months ?? DEFAULT_CARE_CALL_MONTHS;
  const [showAll, setShowAll] = useState(false);
  const [undo, setUndo] = useState<{ text: string; address: string; kind: "dismiss" | "snooze"; previousSnooze: string | undefined } | null>(null);
  // One "now" per mount unless given, so the list does not reshuffle on every render.
  const [mountedAt] = useState(() => new Date());
  const now = props.now ?? mountedAt;
  const perDayMin = props.perDay?.min;
  const perDayMax = props.perDay?.max;

  const suggestions = useMemo(
    () =>
      scan
        ? suggestCareCalls(scan, prefs, identity, {
            now,
            months,
            timeZone,
            perDay: perDayMin !== undefined && perDayMax !== undefined ? { min: perDayMin, max: perDayMax } : undefined,
          })
        : null,
    [scan, prefs, identity, now, months, timeZone, perDayMin, perDayMax],
  );

  const act = (candidate: CareCallCandidate, kind: "dismiss" | "snooze") => {
    const who = candidate.name ?? candidate.address;
    const next = kind === "dismiss" ? dismissCareCall(prefs, candidate.address, now) : snoozeCareCall(prefs, candidate.address, now, { months: 1 });
    setUndo({
      text: kind === "dismiss" ? `${who} will not be suggested again.` : `${who} is snoozed for a month.`,
      address: candidate.address,
      kind,
      previousSnooze: prefs.snoozed[candidate.address],
    });
    onPrefsChange(next);
  };
  // Undo works on the current preferences (not a snapshot), so other changes made meanwhile survive.
  const undoLast = () => {
    if (!undo) return;
    const base = undo.kind === "dismiss" ? undismissCareCall(prefs, undo.address) : prefs;
    const snoozed = { ...base.snoozed };
    if (undo.previousSnooze) snoozed[undo.address] = undo.previousSnooze;
    else delete snoozed[undo.address];
    onPrefsChange({ ...base, snoozed });
    setUndo(null);
  };

  const renderList = (items: CareCallCandidate[], label: string) => (
    <ul className={styles.list} aria-label={label}>
      {items.map((c) => (
        <CandidateItem
          key={c.address}
          candidate={c}
          timeZone={timeZone}
          locale={locale}
          onSchedule={() => onSchedule(c)}
          onSnooze={() => act(c, "snooze")}
          onDismiss={() => act(c, "dismiss")}
        />
      ))}
    </ul>
  );

  const others = suggestions ? suggestions.overdue.filter((c) => !suggestions.today.some((t) => t.address === c.address)) : [];

  return (
    <section className={styles.root} aria-label="Care calls">
      <div className={styles.header}>
        <Subtitle2 as="h2">Care calls</Subtitle2>
        {props.onRefresh && (
          <Button appearance="subtle" size="small" icon={<ArrowClockwiseRegular />} onClick={props.onRefresh} disabled={props.loading} aria-label="Refresh">
            Refresh
          </Button>
        )}
      </div>
      <Caption1 className={styles.meta}>Clients you have not spoken with for more than {months} months. A few each day.</Caption1>
      {props.error && (
        <MessageBar intent="error">
          <MessageBarBody>{props.error}</MessageBarBody>
          {props.onRefresh && (
            <MessageBarActions>
              <Button onClick={props.onRefresh}>Retry</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {undo && (
        <MessageBar intent="info">
          <MessageBarBody>{undo.text}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={undoLast}>Undo</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {(props.loading || !suggestions) && !props.error && <Spinner size="small" label="Looking through your mail and calendar…" />}
      {suggestions && suggestions.today.length === 0 && !props.loading && (
        <Body1>Nobody to call today: everyone you correspond with has heard from you within {months} months.</Body1>
      )}
      {suggestions && suggestions.today.length > 0 && renderList(suggestions.today, "Today's care calls")}
      {others.length > 0 && (
        <Switch
          checked={showAll}
          onChange={(_, data) => setShowAll(data.checked)}
          label={`Show ${others.length} more not contacted for ${months} months`}
        />
      )}
      {showAll && others.length > 0 && renderList(others, "Everyone overdue")}
    </section>
  );
}
