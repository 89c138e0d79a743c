import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { CalendarAddRegular, MailArrowUpRegular, VoicemailRegular } from "@fluentui/react-icons";
import type { BookingResult } from "../services";
import { formatSlotIn } from "../timeFormat";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
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
}

export function CallActions({ canBook, booking, attorneyTimeZone, onCreateReply, onBook, onVoicemail, actionError }: CallActionsProps) {
  const styles = useStyles();
  const pending = booking.status === "pending";
  const booked = booking.status === "done";
  return (
    <section className={styles.root} aria-label="Actions">
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
          {pending ? "Booking…" : booked ? "Booked" : "Book"}
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
        {booking.status === "done" && (
          <MessageBar intent="success" data-testid="booking-result">
            <MessageBarBody>
              <MessageBarTitle>Call booked</MessageBarTitle>
              {formatSlotIn({ start: booking.result.start, end: booking.result.end }, attorneyTimeZone)} is on your calendar.
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {booking.status === "error" && <ErrorBar title="Could not book the call." error={booking.error} onRetry={onBook} />}
      {actionError != null && <ErrorBar title="Outlook could not open the form." error={actionError} />}
    </section>
  );
}
