import { Badge, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ClockRegular } from "@fluentui/react-icons";
import type { WaitingStatus } from "../../core/responsiveness";
import { clockStyleOf, zonedMoment, type ClockStyle } from "../../core/compose/clock";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  nudge: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

export interface WaitingBadgeProps {
  /** From waitingForReply(thread, options); nothing is shown for null, "none" or "answered". */
  status: WaitingStatus | null;
  /** The attorney's IANA zone: the "since" time is the message's received time there, the zone named. */
  timeZone?: string;
  /** The attorney's clock (mailboxSettings); wins over `locale`. */
  clock?: ClockStyle;
  locale?: string;
  /** Optional action next to the nudge, e.g. open a reply. */
  onReply?(): void;
}

/** "Tue, Nov 24, 3:02 PM New York time": the attorney's clock, in the attorney's zone, the zone named. */
function sinceText(iso: string, timeZone: string | undefined, clock: ClockStyle): string {
  return zonedMoment(iso, timeZone ?? "UTC", clock);
}

/** "waiting 3 h" on the open email; past the threshold, a gentle line suggesting a reply or a call. */
export function WaitingBadge({ status, timeZone, clock, locale, onReply }: WaitingBadgeProps) {
  const styles = useStyles();
  if (!status || status.state !== "waiting") return null;
  const who = status.client.name || status.client.address;
  const since = sinceText(status.since, timeZone, clock ?? clockStyleOf(null, locale));
  return (
    <div className={styles.root} role="status" aria-label={`${who} is ${status.label} for a reply`} data-testid="waiting-badge">
      <Badge
        appearance="tint"
        color={status.nudge ? "warning" : "informative"}
        icon={<ClockRegular />}
        title={`Since ${since}${status.unanswered > 1 ? `, ${status.unanswered} messages without a reply` : ""}`}
      >
        {status.label}
      </Badge>
      {!status.nudge && <Caption1 data-testid="waiting-since">since {since}</Caption1>}
      {status.nudge && (
        <div className={styles.nudge}>
          <Caption1 data-testid="waiting-nudge">
            {who} has been {status.label} for a reply (since {since}). A short answer or a call now would help.
          </Caption1>
          {onReply && (
            <Button size="small" appearance="subtle" onClick={onReply}>
              Reply
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
