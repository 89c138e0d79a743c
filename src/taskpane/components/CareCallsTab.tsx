// The "Care calls" tab: CareCallsPanel over the real scan, with dismiss and snooze in roaming settings and
// "Schedule a call" opening a new "Let's set up a call" message to the client. Loaded on demand (the scan
// and its date maths stay out of the first paint of "This email").
import { useCallback, useEffect, useState } from "react";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { CareCallCandidate, FirmIdentity } from "../../core/carecalls";
import type { FormOutcome, KeyValueStorage, OutlookHost } from "../../office/index";
import { CareCallsPanel } from "../carecalls/index";
import type { CareCallsService } from "../services";
import { ErrorBar } from "./ErrorBar";
import { FormNotice } from "./FormNotice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
});

export interface CareCallsTabProps {
  host: OutlookHost;
  careCalls: CareCallsService;
  /** Where the scan and its watermarks are kept between taskpane loads; window.localStorage by default. */
  storage?: KeyValueStorage | null;
}

/** localStorage, or null where the browser refuses it (then the scan lives in memory for this load). */
function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

type Context = { status: "loading" } | { status: "ready"; identity: FirmIdentity; timeZone: string } | { status: "error"; error: unknown };

export function CareCallsTab({ host, careCalls, storage }: CareCallsTabProps) {
  const styles = useStyles();
  const [context, setContext] = useState<Context>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [scheduleError, setScheduleError] = useState<{ who: string; error: unknown } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [store] = useState(() => (storage === undefined ? browserStorage() : storage));

  useEffect(() => {
    let live = true;
    setContext({ status: "loading" });
    careCalls.context().then(
      (c) => live && setContext({ status: "ready", ...c }),
      (error: unknown) => live && setContext({ status: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [careCalls, attempt]);

  const scan = useCallback((options: Parameters<CareCallsService["scan"]>[0]) => careCalls.scan(options), [careCalls]);
  const clock = useCallback(() => careCalls.now(), [careCalls]);

  const [formOutcome, setFormOutcome] = useState<FormOutcome | null>(null);
  const schedule = async (candidate: CareCallCandidate) => {
    if (opening) return; // one compose form at a time
    setScheduleError(null);
    setFormOutcome(null);
    setOpening(candidate.address);
    try {
      const email = await careCalls.composeCallRequest(candidate);
      setFormOutcome(host.displayNewMessageForm({ toRecipients: email.toRecipients, subject: email.subject, htmlBody: email.html }));
    } catch (error) {
      setScheduleError({ who: candidate.name ?? candidate.address, error });
    } finally {
      setOpening(null);
    }
  };

  if (context.status === "loading") {
    return (
      <div className={styles.root}>
        <Spinner size="small" label="Reading your mailbox settings…" />
      </div>
    );
  }
  if (context.status === "error") {
    return (
      <div className={styles.root}>
        <ErrorBar title="Could not load care calls." error={context.error} onRetry={() => setAttempt((a) => a + 1)} />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {scheduleError && (
        <ErrorBar title={`Could not start the message to ${scheduleError.who}.`} error={scheduleError.error} />
      )}
      {opening && <Spinner size="tiny" label="Finding times in your calendar…" />}
      <FormNotice outcome={formOutcome} />
      <CareCallsPanel
        scan={scan}
        settings={host.settings}
        storage={store}
        identity={context.identity}
        timeZone={context.timeZone}
        clock={clock}
        onSchedule={(c) => void schedule(c)}
      />
    </div>
  );
}
