// getSchedule: a merged availabilityView plus scheduleItems, computed from the owner's events.
import type { WorkingHours } from "@microsoft/microsoft-graph-types";
import { dateTimeTimeZone, RenderOptions } from "./represent";
import { ShowAs, StoredEvent } from "./state";

/** Digits Graph documents for availabilityView. */
export const AVAILABILITY_DIGIT: Record<ShowAs, string> = {
  free: "0",
  tentative: "1",
  busy: "2",
  oof: "3",
  workingElsewhere: "4",
  unknown: "0",
};

// When items overlap in a slot, the strongest claim on the time wins.
const STRENGTH: Record<ShowAs, number> = { oof: 5, busy: 4, tentative: 3, workingElsewhere: 2, free: 1, unknown: 0 };

export function availabilityView(events: StoredEvent[], start: number, end: number, intervalMinutes: number): string {
  const step = intervalMinutes * 60_000;
  const slots = Math.ceil((end - start) / step);
  let view = "";
  for (let i = 0; i < slots; i++) {
    const a = start + i * step;
    const b = Math.min(end, a + step);
    let best: ShowAs = "free";
    for (const e of events) {
      if (e.isCancelled || e.start >= b || e.end <= a) continue;
      if (STRENGTH[e.showAs] > STRENGTH[best]) best = e.showAs;
    }
    view += AVAILABILITY_DIGIT[best];
  }
  return view;
}

export function scheduleInformation(
  scheduleId: string,
  events: StoredEvent[],
  start: number,
  end: number,
  intervalMinutes: number,
  workingHours: WorkingHours | null | undefined,
  render: RenderOptions,
): Record<string, unknown> {
  const items = events
    .filter((e) => !e.isCancelled && e.showAs !== "free" && e.start < end && e.end > start)
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map((e) => {
      const isPrivate = e.sensitivity === "private";
      const item: Record<string, unknown> = { isPrivate, status: e.showAs };
      // Subject and location only when the owner's sharing allows it: private items hide them.
      if (!isPrivate) {
        item.subject = e.subject;
        item.location = e.location ?? "";
      }
      item.start = dateTimeTimeZone(e.start, render);
      item.end = dateTimeTimeZone(e.end, render);
      return item;
    });
  return {
    scheduleId,
    availabilityView: availabilityView(events, start, end, intervalMinutes),
    scheduleItems: items,
    workingHours: workingHours ?? null,
  };
}
