import { useMemo, useRef, useState } from "react";
import { Divider, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { CurrentItem, FormOutcome, OutlookHost } from "../../office/index";
import { loadDraft, saveDraft, type SavedDraft } from "../draftStore";
import { useCallSession } from "../hooks/useCallSession";
import { useDebouncedEffect } from "../hooks/useDebouncedEffect";
import type { AgendaItem, BookingChoice, CallDraft, CallSession, ComposedEmail, DialNumber, DialbackServices, PlanSlot, SlotSearch } from "../services";
import { AgendaEditor } from "./AgendaEditor";
import { CallActions, type BookingState } from "./CallActions";
import { ClientCard, toDialNumber } from "./ClientCard";
import { WaitingBadge } from "../carecalls/WaitingBadge";
import { ContactSaver } from "./ContactSaver";
import { ErrorBar } from "./ErrorBar";
import { ErrorBoundary } from "./ErrorBoundary";
import { FormNotice } from "./FormNotice";
import { LoadingSkeleton } from "./LoadingSkeleton";
import { SlotPicker } from "./SlotPicker";

/** How long edits sit still before they are written to roaming settings (each save is a round trip to Exchange). */
export const SAVE_DEBOUNCE_MS = 400;
const DEFAULT_DURATION = 30;
const OFFERED = 3;
/** The nudge's Reply: an empty reply for a quick answer (Create reply below is the call request). */
const QUICK_REPLY: ComposedEmail = { subject: "", html: "", toRecipients: [] };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM },
});

export interface CallPlannerProps {
  host: OutlookHost;
  services: DialbackServices;
  item: CurrentItem;
}

/** The whole "Schedule a call" flow for one message: loads, then hands over to the editor. */
export function CallPlanner({ host, services, item }: CallPlannerProps) {
  const state = useCallSession(services, item);
  if (state.status === "loading") return <LoadingSkeleton />;
  if (state.status === "error") {
    return (
      <div style={{ padding: tokens.spacingHorizontalM }}>
        <ErrorBar title="Could not read this conversation." error={state.error} onRetry={state.retry} />
      </div>
    );
  }
  return (
    <ErrorBoundary title="Could not prepare the call.">
      <PlanEditor host={host} services={services} item={item} session={state.session} />
    </ErrorBoundary>
  );
}

function PlanEditor({ host, services, item, session }: CallPlannerProps & { session: CallSession }) {
  const styles = useStyles();
  const saved = useMemo<SavedDraft | null>(() => loadDraft(host.settings, item.itemId), [host, item.itemId]);
  const [durationMinutes, setDuration] = useState(saved?.durationMinutes ?? DEFAULT_DURATION);
  const [search, setSearch] = useState<SlotSearch | null>(saved?.search ?? null);
  const [choice, setChoice] = useState<BookingChoice>(saved?.booking ?? { inviteClient: false, teams: false });
  const plan = useMemo(() => session.plan({ durationMinutes, search }), [session, durationMinutes, search]);
  const [agenda, setAgenda] = useState<AgendaItem[]>(() => saved?.agenda ?? plan.agenda);
  const [slotStart, setSlotStart] = useState<string | null>(saved?.slotStart ?? null);
  const [dial, setDial] = useState<DialNumber | null>(() => saved?.dial ?? (plan.best ? toDialNumber(plan.best) : null));
  const [booking, setBooking] = useState<BookingState>(saved?.booked ? { status: "done", result: saved.booked } : { status: "idle" });
  const [actionError, setActionError] = useState<unknown>(null);
  const edited = useRef(saved !== null);
  const bookingInFlight = useRef(false);

  const touch = <T,>(set: (v: T) => void) => (v: T) => {
    edited.current = true;
    set(v);
  };

  useDebouncedEffect(
    () => {
      if (!edited.current) return;
      saveDraft(host.settings, item.itemId, {
        agenda,
        slotStart,
        durationMinutes,
        dial,
        booked: booking.status === "done" ? booking.result : null,
        search,
        booking: choice,
      }).catch(() => undefined); // a failed save must not break the flow; the next edit saves again
    },
    [agenda, slotStart, durationMinutes, dial, booking, search, choice],
    SAVE_DEBOUNCE_MS,
  );

  // Once booked, the call's own time is busy in the attorney's calendar and drops out of fresh proposals;
  // keep showing it (chosen) so a reopened taskpane still says what was booked.
  const booked = booking.status === "done" ? booking.result : null;
  const slots: PlanSlot[] =
    booked && !plan.slots.some((s) => s.start === booked.start) ? [{ start: booked.start, end: booked.end }, ...plan.slots] : plan.slots;
  // The first proposed time is chosen until the attorney picks another, so Book works at once.
  const chosenSlot = slots.find((s) => s.start === slotStart) ?? (slotStart === null ? (slots[0] ?? null) : null);
  const offeredSlots = chosenSlot
    ? [chosenSlot, ...slots.filter((s) => s.start !== chosenSlot.start).slice(0, OFFERED - 1)]
    : slots.slice(0, OFFERED);
  const draft: CallDraft = { durationMinutes, agenda, offeredSlots, chosenSlot, dial, search: plan.search, booking: choice };
  // A changed search re-proposes: the first new time is chosen again unless the picked one is still offered.
  const changeSearch = (next: SlotSearch) => {
    edited.current = true;
    setSearch(next);
    const fresh = session.plan({ durationMinutes, search: next });
    if (slotStart !== null && !fresh.slots.some((s) => s.start === slotStart)) setSlotStart(null);
  };

  const [formOutcome, setFormOutcome] = useState<FormOutcome | null>(null);
  const openForm = (compose: () => ComposedEmail, open: (email: ComposedEmail) => FormOutcome) => {
    setActionError(null);
    setFormOutcome(null);
    try {
      setFormOutcome(open(compose()));
    } catch (error) {
      setActionError(error);
    }
  };

  const book = async () => {
    if (bookingInFlight.current || !chosenSlot) return; // a double click books once
    bookingInFlight.current = true;
    setBooking({ status: "pending" });
    try {
      const result = await session.book({ ...draft, chosenSlot });
      edited.current = true;
      setBooking({ status: "done", result });
    } catch (error) {
      setBooking({ status: "error", error });
    } finally {
      bookingInFlight.current = false;
    }
  };

  const region = plan.best?.country ?? plan.numbers.find((n) => n.country)?.country ?? null;

  return (
    <main className={styles.root} aria-label={`Schedule a call with ${plan.client.name || plan.client.email}`}>
      <WaitingBadge status={session.waiting} timeZone={plan.attorneyTimeZone} clock={plan.clock} onReply={() => openForm(() => QUICK_REPLY, (m) => host.displayReplyForm({ htmlBody: m.html }))} />
      <ClientCard client={plan.client} numbers={plan.numbers} dial={dial} region={region} onDialChange={touch(setDial)} parseNumber={services.parseNumber} reason={plan.numberReason} />
      <Divider />
      <AgendaEditor items={agenda} onChange={touch(setAgenda)} />
      <Divider />
      {session.scheduleNotice && (
        <MessageBar intent="info" layout="multiline" data-testid="schedule-notice">
          <MessageBarBody>{session.scheduleNotice}</MessageBarBody>
        </MessageBar>
      )}
      <SlotPicker
        slots={slots}
        chosenStart={chosenSlot?.start ?? null}
        onChoose={touch(setSlotStart)}
        durationMinutes={durationMinutes}
        onDurationChange={touch(setDuration)}
        attorneyTimeZone={plan.attorneyTimeZone}
        clientTimeZone={plan.client.timeZone}
        reason={plan.slotsReason ?? null}
        clock={plan.clock}
        search={plan.search}
        onSearchChange={changeSearch}
      />
      <Divider />
      <CallActions
        canBook={chosenSlot !== null}
        booking={booking}
        attorneyTimeZone={plan.attorneyTimeZone}
        clock={plan.clock}
        choice={choice}
        onChoiceChange={touch(setChoice)}
        clientFirstName={plan.client.firstName ?? null}
        clientName={plan.client.name || plan.client.email}
        actionError={actionError}
        onCreateReply={() => openForm(() => session.composeReply(draft), (m) => host.displayReplyForm({ htmlBody: m.html }))}
        onVoicemail={() =>
          openForm(
            () => session.composeVoicemail(draft),
            (m) => host.displayNewMessageForm({ toRecipients: m.toRecipients, subject: m.subject, htmlBody: m.html }),
          )
        }
        onBook={book}
      />
      <FormNotice outcome={formOutcome} />
      <ContactSaver contacts={services.contacts} client={plan.client} numbers={plan.numbers} dial={dial} region={region} />
    </main>
  );
}
