// The one list of points a call covers: the reply lists them, the booked event's body lists them, the
// voicemail note names the thread's. Every surface takes it from here, so they cannot drift apart.
import type { AgendaItem } from "../agenda";

export interface AgendaPoints {
  /** The open points, in the attorney's order, as the attorney worded them. */
  items: string[];
  /** True when at least one point comes from the thread (not only a check-in template). */
  fromThread: boolean;
  /** How the reply introduces them. */
  heading: string;
}

/** The open (unanswered) points of an agenda; null when there are none. */
export function agendaPoints(agenda: readonly AgendaItem[]): AgendaPoints | null {
  const open = agenda.filter((i) => !i.answered && i.text.trim().length > 0);
  if (open.length === 0) return null;
  const fromThread = open.some((i) => i.kind !== "template");
  return {
    items: open.map((i) => i.text),
    fromThread,
    heading: fromThread ? "Here is what I'd like to cover:" : "A few things I'd love to hear about:",
  };
}
