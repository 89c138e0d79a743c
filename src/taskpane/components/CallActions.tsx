import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarAddRegular, MailArrowUpRegular, VoicemailRegular } from "@fluentui/react-icons";
import type { BookingChoice, BookingResult, ClockStyle } from "../services";
import { DEFAULT_CLOCK, zonedRange } from "../timeFormat";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  choice: { display: "flex", flexDirection: "column" },
});

export type BookingState =
  | { status: "idle" }
  | { status: "pending" }
  | { status: "done"; result: BookingResult }
  | { status: "error"; error: unknown };

export interface CallActionsProps {
  canBook: boolean;
  booking: BookingState;
  attorneyTimeZone: string;
  onCreateReply(): void;
  onBook(): void;
  onVoicemail(): void;
  actionError: unknown;
  /** The attorney's clock (mailboxSettings): the confirmation's time is written with it. */
  clock?: ClockStyle;
  /** Invitation or private hold; the Book button says which. */
  choice?: BookingChoice;
  onChoiceChange?(choice: BookingChoice): void;
  /** How the button names the client ("Jane"), and the full name for the confirmation. */
  clientFirstName?: string | null;
  clientName?: string;
}

/** "Book and invite Jane" or "Hold time privately": what pressing the button will do. */
export function bookLabel(choice: BookingChoice, firstName: string | null | undefined): string {
  if (!choice.inviteClient) return "Hold time privately";
  return `Book and invite ${firstName || "the client"}`;
}

/** What booking did, in words: the time (zone named) and who was sent what. */
export function bookingSummary(result: BookingResult, attorneyTimeZone: string, clock: ClockStyle, clientName?: string): { title: string; text: string } {
  const when = zonedRange(result.start, result.end, attorneyTimeZone, clock);
  if (result.mode === "invite") {
    const who = result.invited ? `${result.invited.name || result.invited.address} (${result.invited.address})` : (clientName ?? "the client");
    return {
      title: "Invitation sent",
      text: `${when} is on your calendar, and ${who} has been sent an invitation${result.teams ? " with a Teams meeting" : ""}.`,
    };
  }
  // A booking saved before the choice existed says only what is certain.
  if (result.mode !== "hold") return { title: "Call booked", text: `${when} is on your calendar.` };
  return {
    title: "Time held privately",
    text: `${when} is held on your calendar as a private event. Nothing was sent to ${clientName || "the client"}.`,
  };
}

export function CallActions(props: CallActionsProps) {
  const { canBook, booking, attorneyTimeZone, onCreateReply, onBook, onVoicemail, actionError, onChoiceChange, clientFirstName, clientName } = props;
  const styles = useStyles();
  const clock = props.clock ?? DEFAULT_CLOCK;
  const choice = props.choice ?? { inviteClient: false, teams: false };
  const pending = booking.status === "pending";
  const booked = booking.status === "done";
  const who = clientFirstName || "the client";
  return (
    <section className={styles.root} aria-label="Actions">
      {onChoiceChange && !booked && (
        <div className={styles.choice}>
          <RadioGroup
            aria-label="How to book"
            value={choice.inviteClient ? "invite" : "hold"}
            onChange={(_, d) => onChoiceChange({ inviteClient: d.value === "invite", teams: d.value === "invite" && choice.teams })}
            disabled={pending}
          >
            <Radio value="hold" label="Hold the time privately (nothing is sent)" />
            <Radio value="invite" label={`Send ${who} an invitation`} />
          </RadioGroup>
          {choice.inviteClient && (
            <Checkbox label="Add a Teams meeting" checked={choice.teams} disabled={pending} onChange={(_, d) => onChoiceChange({ ...choice, teams: d.checked === true })} />
          )}
        </div>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<MailArrowUpRegular />} onClick={onCreateReply}>
          Create reply
        </Button>
        <Button
          icon={pending ? <Spinner size="tiny" /> : <CalendarAddRegular />}
          onClick={onBook}
          disabled={!canBook || pending || booked}
          aria-describedby={canBook ? undefined : "book-hint"}
        >
          {pending ? "Booking…" : booked ? "Booked" : bookLabel(choice, clientFirstName)}
        </Button>
        <Button icon={<VoicemailRegular />} onClick={onVoicemail}>
          Left a voicemail
        </Button>
      </div>
      {!canBook && !booked && (
        <span id="book-hint" style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 }}>
          Choose a time to book the call.
        </span>
      )}
      <div aria-live="polite">
        {booking.status === "done" && (() => {
          const summary = bookingSummary(booking.result, attorneyTimeZone, clock, clientName);
          return (
            <MessageBar intent="success" layout="multiline" data-testid="booking-result">
              <MessageBarBody>
                <MessageBarTitle>{summary.title}</MessageBarTitle>
                {summary.text}
              </MessageBarBody>
            </MessageBar>
          );
        })()}
      </div>
      {booking.status === "error" && <ErrorBar title="Could not book the call." error={booking.error} onRetry={onBook} />}
      {actionError != null && <ErrorBar title="Outlook could not open the form." error={actionError} />}
    </section>
  );
}
